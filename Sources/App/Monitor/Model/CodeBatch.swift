import Foundation

/// The one-time codes (`survey_codes`) of one wave and batch: how many were made and how many are used. Single
/// codes are never read back: the table holds only their salted hash.
struct CodeBatch: Decodable, Sendable {
    var batch: String
    var total: Int
    var usedCount: Int
}
