import Foundation
import GemeinsamCore
import SQLKit

/// Cooperations between actors: proposed and confirmed ties, and ties derived from Begegnung (an offer of one
/// actor at another actor's place; a confirmed room booking of one actor in another actor's room).
enum TieQueries {
    /// The two actors of a tie with their names (`source_id`, `source_name`, `target_id`, `target_name`).
    struct Ends: Decodable, Sendable {
        var sourceID: UUID
        var sourceName: String
        var targetID: UUID
        var targetName: String
    }

    /// A tie between two named actors: a stored one (`actor_ties`) or one derived from Begegnung.
    @dynamicMemberLookup
    struct Tie: Sendable {
        /// nil for derived ties
        var id: UUID?
        var ends: Ends
        var kind: TieKind
        var status: TieStatus
        /// the note of a proposed tie, or what a derived tie comes from (the offer's title, the room)
        var note: String
        var isDerived: Bool { id == nil }

        subscript<T>(dynamicMember keyPath: KeyPath<Ends, T>) -> T { ends[keyPath: keyPath] }

        func other(than actorID: UUID) -> (id: UUID, name: String) {
            ends.sourceID == actorID ? (ends.targetID, ends.targetName) : (ends.sourceID, ends.sourceName)
        }
    }

    /// A row of `actor_ties` with the names of both actors.
    private typealias StoredTie = Joined<ActorTieRow, Ends>

    private static func named(_ stored: StoredTie) -> Tie {
        Tie(id: stored.id, ends: stored.extra, kind: stored.kind, status: stored.status, note: stored.note)
    }

    private static let namedTies: SQLQueryString = """
        SELECT t.*, t.source_actor_id AS source_id, s.name AS source_name, t.target_actor_id AS target_id, d.name AS target_name
        FROM actor_ties t JOIN actors s ON s.id = t.source_actor_id JOIN actors d ON d.id = t.target_actor_id
        """

    /// Proposed and confirmed (and declined) ties of an actor, newest first, with both names.
    static func proposedTies(of actorID: UUID, on sql: any SQLDatabase) async throws -> [Tie] {
        try await sql.raw(namedTies + """
             WHERE t.source_actor_id = \(bind: actorID) OR t.target_actor_id = \(bind: actorID)
            ORDER BY t.created_at DESC
            """).rows(StoredTie.self).map(named)
    }

    static func tie(_ id: UUID, on sql: any SQLDatabase) async throws -> Tie? {
        try await sql.raw(namedTies + " WHERE t.id = \(bind: id)").row(StoredTie.self).map(named)
    }

    /// Every tie between two approved actors that counts for the network: confirmed ties and derived ties.
    /// With `actorID`, only the ties of that actor.
    static func networkTies(of actorID: UUID? = nil, on sql: any SQLDatabase) async throws -> [Tie] {
        let approved = ActorStatus.approved.rawValue
        var confirmed = namedTies + """
             WHERE t.status = \(bind: TieStatus.confirmed.rawValue) AND s.status = \(bind: approved) AND d.status = \(bind: approved)
            """
        if let actorID { confirmed += " AND (t.source_actor_id = \(bind: actorID) OR t.target_actor_id = \(bind: actorID))" }
        return try await sql.raw(confirmed).rows(StoredTie.self).map(named)
            + ActorPlaces.derivedTies(of: actorID, on: sql)
    }

    /// The ties as graph edges: every tie counts 1, so the edge weight between two actors counts their ties.
    static func edges(_ ties: [Tie]) -> [Network.Edge] {
        ties.map { Network.Edge($0.sourceID.uuidString.lowercased(), $0.targetID.uuidString.lowercased(), weight: 1) }
    }
}
