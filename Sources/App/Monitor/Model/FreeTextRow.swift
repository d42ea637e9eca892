import Foundation

/// A row of `survey_free_texts`: a free-text answer, stored apart from its response and shown only after review.
struct FreeTextRow: Decodable, Sendable {
    var id: UUID
    var waveID: UUID
    var areaID: Int?
    var questionKey: String
    var text: String
    /// A `FreeTextStatus` raw value.
    var status: String
    var isSample: Bool
}

enum FreeTextStatus: String, Sendable {
    case pending, approved, rejected
}
