import Foundation

/// A row of `actor_ties`: a cooperation an editor of the source actor proposed, which the target's editors
/// confirm or decline. Created with defaults for a new proposal; `ActorWriter` stamps the times.
struct ActorTieRow: Codable, Sendable {
    var id = UUID()
    var sourceActorID: UUID
    var targetActorID: UUID
    var kind: TieKind
    var status: TieStatus = .proposed
    var note = ""
    var proposedBy: UUID?
    var decidedBy: UUID?
    var isSample = false
    var createdAt = 0.0
    var decidedAt: Double?
}
