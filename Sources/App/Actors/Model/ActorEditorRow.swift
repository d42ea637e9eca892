import Foundation

/// A row of `actor_editors`: a person who may edit an actor's entry.
struct ActorEditorRow: Codable, Sendable {
    var actorID: UUID
    var userID: UUID
    var addedAt: Double
}

extension Joined where Row == ActorEditorRow, Extra == ActorQueries.PersonName {
    /// "Anna B.", as others see an editor.
    var publicName: String { PublicName.make(firstName: extra.firstName, initial: extra.initial) }
}
