import Foundation

/// A row of `actor_invitations`: an e-mail invitation to join an actor's editors. The address is kept only until
/// the invitation is accepted, withdrawn or expires; the link's token is stored only as its SHA-256 hash.
struct ActorInvitationRow: Codable, Sendable {
    var id = UUID()
    var actorID: UUID
    var email: String
    var tokenHash: String
    var invitedBy: UUID?
    var createdAt: Double
    var expiresAt: Double

    var expiry: Date { Date(timeIntervalSince1970: expiresAt) }
}
