import Foundation

/// A row of `user_blocks`: one person no longer wants contact with another.
struct BlockRow: Decodable, Sendable {
    var blockerID: UUID
    var blockedID: UUID
    var createdAt: Double
}

/// A block with the public name of the blocked person.
typealias BlockedPerson = Joined<BlockRow, PersonName>

extension Joined where Row == BlockRow, Extra == PersonName {
    var name: String { extra.publicName ?? "" }
}
