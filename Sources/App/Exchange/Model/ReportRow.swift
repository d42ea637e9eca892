import Foundation

/// A row of `exchange_reports`: one account reports a listing or a message (once per item).
struct ReportRow: Decodable, Sendable {
    var id: UUID
    var listingID: Int?
    var messageID: UUID?
    var reporterID: UUID
    var reason: String
    var note: String?
    var resolved: Bool
    var createdAt: Double
}

/// A row of `moderation_log`: a moderator's decision. No foreign keys: the log outlives what it mentions.
struct ModerationLogRow: Decodable, Sendable {
    var id: UUID
    var at: Double
    var moderatorID: UUID?
    var listingID: Int?
    var messageID: UUID?
    var areaID: Int?
    /// restore | remove
    var decision: String
    var note: String

    var isMessage: Bool { messageID != nil }
}

/// A logged decision with the moderator's public name; the account may be gone.
typealias LoggedDecision = Joined<ModerationLogRow, PersonName>

extension Joined where Row == ModerationLogRow, Extra == PersonName {
    var moderator: String { extra.publicName ?? Texts.Moderation.deletedAccount }
}
