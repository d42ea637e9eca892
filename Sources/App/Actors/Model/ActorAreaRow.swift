import Foundation

/// A row of `actor_areas`: a Quartier an actor works in.
struct ActorAreaRow: Codable, Sendable {
    var actorID: UUID
    var areaID: Int
}
