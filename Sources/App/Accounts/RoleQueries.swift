import Foundation
import SQLKit

/// Granting and revoking roles; every change is written to the audit log in the same transaction.
enum RoleQueries {
    struct Holder: Sendable {
        var userID: UUID
        var email: String
        var publicName: String
        var grants: [RoleGrant]
    }

    static func holders(on sql: any SQLDatabase) async throws -> [Holder] {
        let grants = try await sql.select().column("*").from("user_roles").rows(UserRoleRow.self)
        let userIDs = Set(grants.map(\.userID))
        guard !userIDs.isEmpty else { return [] }
        let users = try await sql.select().column("*").from("users").where("id", .in, Array(userIDs))
            .orderBy("email").rows(UserRow.self)
        let byUser = Dictionary(grouping: grants, by: \.userID)
        return users.map { user in
            Holder(userID: user.id, email: user.email, publicName: user.publicName,
                   grants: (byUser[user.id] ?? []).compactMap(\.grant))
        }
    }

    static func userID(email: String, on sql: any SQLDatabase) async throws -> UUID? {
        try await AccountQueries.user(email: email, on: sql)?.id
    }

    /// Accounts that hold `role` (in any area).
    static func userIDs(with role: Role, on sql: any SQLDatabase) async throws -> [UUID] {
        Array(Set(try await sql.select().column("*").from("user_roles").where("role", .equal, role.rawValue)
            .rows(UserRoleRow.self).map(\.userID))).sorted { $0.uuidString < $1.uuidString }
    }

    /// Returns false when the grant already exists.
    static func grant(_ grant: RoleGrant, to userID: UUID, by actorID: UUID?, detail: String, now: Date,
                      on sql: any SQLDatabase) async throws -> Bool {
        var existing = sql.select().column("id").from("user_roles")
            .where("user_id", .equal, userID).where("role", .equal, grant.role.rawValue)
        existing = grant.areaID.map { existing.where("area_id", .equal, $0) } ?? existing.where("area_id", .is, SQLLiteral.null)
        if try await existing.first() != nil { return false }
        try await sql.insert(into: "user_roles").columns("id", "user_id", "role", "area_id", "granted_at")
            .values(SQLBind(UUID()), SQLBind(userID), SQLBind(grant.role.rawValue), SQLBind(grant.areaID),
                    SQLBind(now.timeIntervalSince1970))
            .run()
        try await audit(action: "role.grant", actor: actorID, subject: userID, detail: detail, now: now, on: sql)
        return true
    }

    static func revoke(_ grant: RoleGrant, from userID: UUID, by actorID: UUID?, detail: String, now: Date,
                       on sql: any SQLDatabase) async throws {
        var delete = sql.delete(from: "user_roles").where("user_id", .equal, userID).where("role", .equal, grant.role.rawValue)
        delete = grant.areaID.map { delete.where("area_id", .equal, $0) } ?? delete.where("area_id", .is, SQLLiteral.null)
        try await delete.run()
        try await audit(action: "role.revoke", actor: actorID, subject: userID, detail: detail, now: now, on: sql)
    }

    static func countAdmins(on sql: any SQLDatabase) async throws -> Int {
        try await sql.select().column(SQLFunction("COUNT", args: SQLLiteral.all), as: "n").from("user_roles")
            .where("role", .equal, Role.admin.rawValue).first()?.decode(column: "n", as: Int.self) ?? 0
    }

    static func audit(action: String, actor: UUID?, subject: UUID?, detail: String, now: Date,
                      on sql: any SQLDatabase) async throws {
        try await sql.insert(into: "audit_entries").columns("id", "at", "actor_id", "subject_id", "action", "detail")
            .values(SQLBind(UUID()), SQLBind(now.timeIntervalSince1970), SQLBind(actor), SQLBind(subject),
                    SQLBind(action), SQLBind(detail))
            .run()
    }

    /// The e-mail addresses of who changed a role and whose role it was (nil: the system or a deleted account).
    struct AuditEmails: Decodable, Sendable {
        var actorEmail: String?
        var subjectEmail: String?
    }

    typealias AuditLogEntry = Joined<AuditEntryRow, AuditEmails>

    static func auditLog(limit: Int = 200, on sql: any SQLDatabase) async throws -> [AuditLogEntry] {
        try await sql.raw("""
            SELECT a.*, actor.email AS actor_email, subject.email AS subject_email
            FROM audit_entries a
            LEFT JOIN users actor ON actor.id = a.actor_id
            LEFT JOIN users subject ON subject.id = a.subject_id
            ORDER BY a.at DESC LIMIT \(bind: limit)
            """).rows(AuditLogEntry.self)
    }
}
