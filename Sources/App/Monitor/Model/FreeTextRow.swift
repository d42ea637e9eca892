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

extension FreeTextRow {
    init(waveID: UUID, areaID: Int?, questionKey: String, text: String, status: FreeTextStatus, isSample: Bool) {
        self.init(id: UUID(), waveID: waveID, areaID: areaID, questionKey: questionKey, text: text, status: status.rawValue,
                  isSample: isSample)
    }
}

enum FreeTextStatus: String, Sendable {
    case pending, approved, rejected
}
