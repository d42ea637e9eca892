import Foundation

/// A row of `exchange_messages`: one message in the thread of a contact request.
struct MessageRow: Decodable, Sendable {
    var id: UUID
    var contactRequestID: UUID
    var senderID: UUID?
    /// author | requester | kiosk
    var senderSide: String
    var body: String
    var hidden: Bool
    var createdAt: Double
}
