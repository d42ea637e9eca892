import Foundation

/// A row of `actor_editors`: a person who may edit an actor's entry.
struct ActorEditorRow: Codable, Sendable {
    var actorID: UUID
    var userID: UUID
    var addedAt: Double
}
