import Foundation

/// A row of `outbox`: one notification, listed in the recipient's account and delivered by mail.
struct OutboxRow: Decodable, Sendable {
    var id: UUID
    var userID: UUID?
    var toAddress: String
    var subject: String
    var body: String
    /// The path of the page the mail points to.
    var link: String?
    /// A `NotificationKind` raw value.
    var kind: String
    var createdAt: Double
    var sentAt: Double?
    var attempts: Int
    var lastError: String?
}
