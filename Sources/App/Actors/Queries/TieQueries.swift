import Foundation
import GemeinsamCore
import SQLKit

/// Cooperations between actors: proposed and confirmed ties, and ties derived from Begegnung (an offer of one
/// actor at another actor's place; a confirmed room booking of one actor in another actor's room).
enum TieQueries {
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

    /// Proposed and confirmed (and declined) ties of an actor, newest first, with both names.
    static func proposedTies(of actorID: UUID, on sql: any SQLDatabase) async throws -> [Tie] {
        try await sql.raw("""
            SELECT t.id, t.source_actor_id, s.name AS source_name, t.target_actor_id, d.name AS target_name, t.kind, t.status, t.note
            FROM actor_ties t JOIN actors s ON s.id = t.source_actor_id JOIN actors d ON d.id = t.target_actor_id
            WHERE t.source_actor_id = \(bind: actorID) OR t.target_actor_id = \(bind: actorID)
            ORDER BY t.created_at DESC
            """).all().map(decode)
    }

    static func tie(_ id: UUID, on sql: any SQLDatabase) async throws -> Tie? {
        try await sql.raw("""
            SELECT t.id, t.source_actor_id, s.name AS source_name, t.target_actor_id, d.name AS target_name, t.kind, t.status, t.note
            FROM actor_ties t JOIN actors s ON s.id = t.source_actor_id JOIN actors d ON d.id = t.target_actor_id
            WHERE t.id = \(bind: id)
            """).first().map(decode)
    }

    /// Every tie between two approved actors that counts for the network: confirmed ties and derived ties.
    /// With `actorID`, only the ties of that actor.
    static func networkTies(of actorID: UUID? = nil, on sql: any SQLDatabase) async throws -> [Tie] {
        let approved = ActorStatus.approved.rawValue
        var confirmed: SQLQueryString = """
            SELECT t.id, t.source_actor_id, s.name AS source_name, t.target_actor_id, d.name AS target_name, t.kind, t.status, t.note
            FROM actor_ties t JOIN actors s ON s.id = t.source_actor_id JOIN actors d ON d.id = t.target_actor_id
            WHERE t.status = \(bind: TieStatus.confirmed.rawValue) AND s.status = \(bind: approved) AND d.status = \(bind: approved)
            """
        if let actorID { confirmed += " AND (t.source_actor_id = \(bind: actorID) OR t.target_actor_id = \(bind: actorID))" }
        var ties = try await sql.raw(confirmed).all().map(decode)

        var offers: SQLQueryString = """
            SELECT o.organiser_actor_id AS source_id, s.name AS source_name, p.owner_actor_id AS target_id, d.name AS target_name,
                   o.title AS note
            FROM offers o JOIN places p ON p.id = o.place_id
            JOIN actors s ON s.id = o.organiser_actor_id JOIN actors d ON d.id = p.owner_actor_id
            WHERE o.status = \(bind: PublicationStatus.published.rawValue) AND o.organiser_actor_id <> p.owner_actor_id
              AND s.status = \(bind: approved) AND d.status = \(bind: approved)
            """
        if let actorID { offers += " AND (o.organiser_actor_id = \(bind: actorID) OR p.owner_actor_id = \(bind: actorID))" }
        for row in try await sql.raw(offers).all() {
            ties.append(try derived(row, kind: .jointOffer))
        }

        var bookings: SQLQueryString = """
            SELECT b.requester_actor_id AS source_id, s.name AS source_name, p.owner_actor_id AS target_id, d.name AS target_name,
                   r.name AS note
            FROM room_bookings b JOIN rooms r ON r.id = b.room_id JOIN places p ON p.id = r.place_id
            JOIN actors s ON s.id = b.requester_actor_id JOIN actors d ON d.id = p.owner_actor_id
            WHERE b.status = \(bind: BookingStatus.confirmed.rawValue) AND b.requester_actor_id <> p.owner_actor_id
              AND s.status = \(bind: approved) AND d.status = \(bind: approved)
            """
        if let actorID { bookings += " AND (b.requester_actor_id = \(bind: actorID) OR p.owner_actor_id = \(bind: actorID))" }
        for row in try await sql.raw(bookings).all() {
            ties.append(try derived(row, kind: .roomUse))
        }
        return ties
    }

    /// The ties as graph edges: every tie counts 1, so the edge weight between two actors counts their ties.
    static func edges(_ ties: [Tie]) -> [Network.Edge] {
        ties.map { Network.Edge($0.sourceID.uuidString.lowercased(), $0.targetID.uuidString.lowercased(), weight: 1) }
    }

    private static func decode(_ row: any SQLRow) throws -> Tie {
        Tie(id: try row.decode(column: "id", as: UUID.self),
            sourceID: try row.decode(column: "source_actor_id", as: UUID.self),
            sourceName: try row.decode(column: "source_name", as: String.self),
            targetID: try row.decode(column: "target_actor_id", as: UUID.self),
            targetName: try row.decode(column: "target_name", as: String.self),
            kind: TieKind(rawValue: try row.decode(column: "kind", as: String.self)) ?? .cooperation,
            status: TieStatus(rawValue: try row.decode(column: "status", as: String.self)) ?? .proposed,
            note: try row.decode(column: "note", as: String.self))
    }

    private static func derived(_ row: any SQLRow, kind: TieKind) throws -> Tie {
        Tie(id: nil, sourceID: try row.decode(column: "source_id", as: UUID.self),
            sourceName: try row.decode(column: "source_name", as: String.self),
            targetID: try row.decode(column: "target_id", as: UUID.self),
            targetName: try row.decode(column: "target_name", as: String.self),
            kind: kind, status: .confirmed, note: try row.decode(column: "note", as: String.self))
    }
}
