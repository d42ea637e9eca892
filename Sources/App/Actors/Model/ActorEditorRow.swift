import Foundation

/// A row of `actor_editors`: a person who may edit an actor's entry.
struct ActorEditorRow: Codable, Sendable {
    var actorID: UUID
    var userID: UUID
    var addedAt: Double
}

extension Joined where Row == ActorEditorRow, Extra == PersonName {
    /// "Anna B.", as others see an editor (an inner join: the account exists).
    var publicName: String { extra.publicName ?? "" }
}
