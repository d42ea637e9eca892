import Foundation
import GemeinsamCore
import SQLKit

/// Cooperations between actors: proposed and confirmed ties, and ties derived from Begegnung (an offer of one
/// actor at another actor's place; a confirmed room booking of one actor in another actor's room).
enum TieQueries {
    /// A tie between two named actors: a stored one (`actor_ties`) or one derived from Begegnung.
    struct Tie: Sendable {
        /// nil for derived ties
        var id: UUID?
        var sourceID: UUID
        var sourceName: String
        var targetID: UUID
        var targetName: String
        var kind: TieKind
        var status: TieStatus
        /// the note of a proposed tie, or what a derived tie comes from (the offer's title, the room)
        var note: String
        var isDerived: Bool { id == nil }

        func other(than actorID: UUID) -> (id: UUID, name: String) {
            sourceID == actorID ? (targetID, targetName) : (sourceID, sourceName)
        }
    }

    /// A stored tie with the names of both actors (`source_name`, `target_name`).
    private struct NamedTie: Decodable {
        var row: ActorTieRow
        var sourceName: String
        var targetName: String

        private enum CodingKeys: String, CodingKey { case sourceName, targetName }

        init(from decoder: any Decoder) throws {
            row = try ActorTieRow(from: decoder)
            let columns = try decoder.container(keyedBy: CodingKeys.self)
            sourceName = try columns.decode(String.self, forKey: .sourceName)
            targetName = try columns.decode(String.self, forKey: .targetName)
        }

        var tie: Tie {
            Tie(id: row.id, sourceID: row.sourceActorID, sourceName: sourceName, targetID: row.targetActorID,
                targetName: targetName, kind: row.kind, status: row.status, note: row.note)
        }
    }

    private static let namedTies: SQLQueryString = """
        SELECT t.*, s.name AS source_name, d.name AS target_name
        FROM actor_ties t JOIN actors s ON s.id = t.source_actor_id JOIN actors d ON d.id = t.target_actor_id
        """

    /// Proposed and confirmed (and declined) ties of an actor, newest first, with both names.
    static func proposedTies(of actorID: UUID, on sql: any SQLDatabase) async throws -> [Tie] {
        try await sql.raw(namedTies + """
             WHERE t.source_actor_id = \(bind: actorID) OR t.target_actor_id = \(bind: actorID)
            ORDER BY t.created_at DESC
            """).rows(NamedTie.self).map(\.tie)
    }

    static func tie(_ id: UUID, on sql: any SQLDatabase) async throws -> Tie? {
        try await sql.raw(namedTies + " WHERE t.id = \(bind: id)").row(NamedTie.self)?.tie
    }

    /// Every tie between two approved actors that counts for the network: confirmed ties and derived ties.
    /// With `actorID`, only the ties of that actor.
    static func networkTies(of actorID: UUID? = nil, on sql: any SQLDatabase) async throws -> [Tie] {
        let approved = ActorStatus.approved.rawValue
        var confirmed = namedTies + """
             WHERE t.status = \(bind: TieStatus.confirmed.rawValue) AND s.status = \(bind: approved) AND d.status = \(bind: approved)
            """
        if let actorID { confirmed += " AND (t.source_actor_id = \(bind: actorID) OR t.target_actor_id = \(bind: actorID))" }
        return try await sql.raw(confirmed).rows(NamedTie.self).map(\.tie)
            + ActorPlaces.derivedTies(of: actorID, on: sql)
    }

    /// The ties as graph edges: every tie counts 1, so the edge weight between two actors counts their ties.
    static func edges(_ ties: [Tie]) -> [Network.Edge] {
        ties.map { Network.Edge($0.sourceID.uuidString.lowercased(), $0.targetID.uuidString.lowercased(), weight: 1) }
    }
}
