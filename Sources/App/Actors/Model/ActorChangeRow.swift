import Foundation

/// A row of `actor_changes`: a change to an approved actor's public entry by an editor who joined after the approval,
/// waiting for a coordinator. `proposal` is the new entry as JSON (`Proposal`).
struct ActorChangeRow: Codable, Sendable {
    var id = UUID()
    var actorID: UUID
    var submittedBy: UUID?
    var submittedAt: Double
    var proposal: String

    /// The entry as the editor wants it.
    struct Proposal: Codable, Sendable, Equatable {
        var profile: ActorProfile
        var workAreaIDs: [Int]
    }

    var decodedProposal: Proposal? { try? JSONDecoder().decode(Proposal.self, from: Data(proposal.utf8)) }
}
