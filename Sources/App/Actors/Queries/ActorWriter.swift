import Crypto
import Foundation
import SQLKit

/// Writing actors, their Quartiere, editors and invitations. Callers run multi-statement changes in a transaction.
enum ActorWriter {
    /// A new actor (submitted for review unless `row` says otherwise); the person who submits it becomes its first
    /// editor.
    @discardableResult
    static func insert(_ row: ActorRow, workAreaIDs: [Int], now: Date, on sql: any SQLDatabase) async throws -> UUID {
        var row = row
        row.createdAt = now.timeIntervalSince1970
        row.updatedAt = row.createdAt
        try await sql.insert(into: "actors").values(row: row).run()
        try await setWorkAreas(row.id, workAreaIDs, on: sql)
        if let userID = row.submittedBy { try await addEditor(actorID: row.id, userID: userID, now: now, on: sql) }
        return row.id
    }

    static func update(_ id: UUID, _ profile: ActorProfile, workAreaIDs: [Int], now: Date, on sql: any SQLDatabase) async throws {
        try await sql.update("actors").set(row: profile, except: [])
            .set("updated_at", to: now.timeIntervalSince1970)
            .where("id", .equal, id).run()
        try await setWorkAreas(id, workAreaIDs, on: sql)
    }

    private static func setWorkAreas(_ id: UUID, _ areaIDs: [Int], on sql: any SQLDatabase) async throws {
        try await sql.delete(from: "actor_areas").where("actor_id", .equal, id).run()
        let rows = Set(areaIDs).sorted().map { ActorAreaRow(actorID: id, areaID: $0) }
        guard !rows.isEmpty else { return }
        try await sql.insert(into: "actor_areas").values(rows: rows).run()
    }

    /// Approves or rejects (with a reason). The editors of an approved actor may edit its places and offers in
    /// Begegnung (`EditScope`); no role is granted.
    static func decide(_ id: UUID, status: ActorStatus, reason: String, by userID: UUID, now: Date,
                       on sql: any SQLDatabase) async throws {
        try await sql.update("actors")
            .set("status", to: status.rawValue).set("rejection_reason", to: status == .rejected ? reason : "")
            .set("decided_by", to: SQLBind(userID)).set("decided_at", to: SQLBind(now.timeIntervalSince1970))
            .set("updated_at", to: now.timeIntervalSince1970)
            .where("id", .equal, id).run()
    }

    /// A changed actor goes back to review unless a coordinator changed it.
    static func resubmit(_ id: UUID, now: Date, on sql: any SQLDatabase) async throws {
        try await sql.update("actors").set("status", to: ActorStatus.submitted.rawValue)
            .set("updated_at", to: now.timeIntervalSince1970).where("id", .equal, id).run()
    }

    // MARK: editors

    static func addEditor(actorID: UUID, userID: UUID, now: Date, on sql: any SQLDatabase) async throws {
        guard try await !ActorQueries.isEditor(actorID: actorID, userID: userID, on: sql) else { return }
        try await sql.insert(into: "actor_editors")
            .values(row: ActorEditorRow(actorID: actorID, userID: userID, addedAt: now.timeIntervalSince1970)).run()
    }

    static func removeEditor(actorID: UUID, userID: UUID, on sql: any SQLDatabase) async throws {
        try await sql.delete(from: "actor_editors").where("actor_id", .equal, actorID).where("user_id", .equal, userID).run()
    }

    static let invitationLifetime: TimeInterval = 14 * 86_400

    /// Stores an invitation and returns the token for the link (only its hash is stored).
    static func invite(actorID: UUID, email: String, by userID: UUID, now: Date, on sql: any SQLDatabase) async throws -> String {
        // one open invitation per address and actor
        try await sql.delete(from: "actor_invitations").where("actor_id", .equal, actorID).where("email", .equal, email).run()
        let token = CSRFMiddleware.newToken()
        let invitation = ActorInvitationRow(actorID: actorID, email: email, tokenHash: tokenHash(token), invitedBy: userID,
                                            createdAt: now.timeIntervalSince1970,
                                            expiresAt: now.addingTimeInterval(invitationLifetime).timeIntervalSince1970)
        try await sql.insert(into: "actor_invitations").values(row: invitation).run()
        return token
    }

    static func tokenHash(_ token: String) -> String {
        SHA256.hash(data: Data(token.utf8)).map { String(format: "%02x", $0) }.joined()
    }

    @discardableResult
    static func deleteExpiredInvitations(now: Date, on sql: any SQLDatabase) async throws -> Int {
        try await sql.delete(from: "actor_invitations").where("expires_at", .lessThanOrEqual, now.timeIntervalSince1970)
            .returning("id").all().count
    }

    static func deleteInvitation(_ id: UUID, on sql: any SQLDatabase) async throws {
        try await sql.delete(from: "actor_invitations").where("id", .equal, id).run()
    }
}
