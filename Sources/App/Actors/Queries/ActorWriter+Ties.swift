import Foundation
import SQLKit

/// Writing cooperations between actors.
extension ActorWriter {
    /// Stores a proposed (or, for sample content and tests, an already decided) tie. A declined tie of the same kind
    /// between the two actors may be proposed again; returns false when it is already proposed or confirmed.
    static func proposeTie(_ tie: ActorTieRow, now: Date, on sql: any SQLDatabase) async throws -> Bool {
        let existing = try await sql.raw("""
            SELECT * FROM actor_ties WHERE kind = \(bind: tie.kind.rawValue)
            AND ((source_actor_id = \(bind: tie.sourceActorID) AND target_actor_id = \(bind: tie.targetActorID))
              OR (source_actor_id = \(bind: tie.targetActorID) AND target_actor_id = \(bind: tie.sourceActorID)))
            """).rows(ActorTieRow.self)
        if existing.contains(where: { $0.status != .declined }) { return false }
        for declined in existing { try await deleteTie(declined.id, on: sql) }
        var tie = tie
        tie.createdAt = now.timeIntervalSince1970
        tie.decidedAt = tie.status == .proposed ? nil : tie.createdAt
        try await sql.insert(into: "actor_ties").values(row: tie).run()
        return true
    }

    static func decideTie(_ id: UUID, status: TieStatus, by userID: UUID, now: Date, on sql: any SQLDatabase) async throws {
        try await sql.update("actor_ties").set("status", to: status.rawValue).set("decided_by", to: SQLBind(userID))
            .set("decided_at", to: SQLBind(now.timeIntervalSince1970)).where("id", .equal, id).run()
    }

    static func deleteTie(_ id: UUID, on sql: any SQLDatabase) async throws {
        try await sql.delete(from: "actor_ties").where("id", .equal, id).run()
    }
}
