import Crypto
import Foundation
import SQLKit

/// Sessions in the database with idle and absolute timeouts, so every app instance sees the same sessions, a
/// password change can end them all, and the expiry job can delete what has ended.
enum AuthSessions {
    /// A new random cookie value (256 bits) and the id under which its session is stored.
    static func newToken() -> (token: String, id: String) {
        let token = Data((0..<32).map { _ in UInt8.random(in: 0...255) }).base64URLEncodedString()
        return (token, id(of: token))
    }

    static func id(of token: String) -> String {
        SHA256.hash(data: Data(token.utf8)).map { String(format: "%02x", $0) }.joined()
    }

    static func isWellFormed(_ token: String) -> Bool {
        token.count == 43 && token.allSatisfy { $0.isASCII && ($0.isLetter || $0.isNumber || $0 == "-" || $0 == "_") }
    }

    /// Starts a session for `userID`; returns the cookie value.
    static func create(userID: UUID, staff: Bool, limits: SessionLimits, now: Date,
                       on sql: any SQLDatabase) async throws -> String {
        let (token, id) = newToken()
        let t = now.timeIntervalSince1970
        try await sql.insert(into: "auth_sessions")
            .columns("id", "user_id", "data", "created_at", "last_seen_at", "idle_seconds", "expires_at")
            .values(SQLBind(id), SQLBind(userID), SQLBind("{}"), SQLBind(t), SQLBind(t),
                    SQLBind(staff ? limits.staffIdle : limits.residentIdle),
                    SQLBind(t + (staff ? limits.staffMaximum : limits.residentMaximum)))
            .run()
        return token
    }

    static func find(token: String, on sql: any SQLDatabase) async throws -> AuthSessionRow? {
        guard isWellFormed(token) else { return nil }
        return try await sql.select().column("*").from("auth_sessions").where("id", .equal, id(of: token))
            .row(AuthSessionRow.self)
    }

    /// Notes activity; written at most once a minute per session, so reading pages does not mean a write each time.
    static func touch(_ session: AuthSessionRow, now: Date, on sql: any SQLDatabase) async throws {
        let t = now.timeIntervalSince1970
        guard t - session.lastSeenAt >= 60 else { return }
        try await sql.update("auth_sessions").set("last_seen_at", to: t).where("id", .equal, session.id).run()
    }

    static func delete(id: String, on sql: any SQLDatabase) async throws {
        try await sql.delete(from: "auth_sessions").where("id", .equal, id).run()
    }

    /// Ends every session of the person, except the one with id `keeping`; returns how many ended.
    @discardableResult
    static func deleteAll(userID: UUID, keeping: String? = nil, on sql: any SQLDatabase) async throws -> Int {
        var query = sql.delete(from: "auth_sessions").where("user_id", .equal, userID)
        if let keeping { query = query.where("id", .notEqual, keeping) }
        return try await query.returning("id").all().count
    }

    static func count(userID: UUID, on sql: any SQLDatabase) async throws -> Int {
        try await sql.select().column(SQLFunction("COUNT", args: SQLLiteral.all), as: "n").from("auth_sessions")
            .where("user_id", .equal, userID).first()?.decode(column: "n", as: Int.self) ?? 0
    }

    /// Deletes sessions that ended by either timeout (the expiry job).
    @discardableResult
    static func deleteExpired(now: Date, on sql: any SQLDatabase) async throws -> Int {
        let t = now.timeIntervalSince1970
        return try await sql.delete(from: "auth_sessions")
            .where("expires_at", .lessThanOrEqual, t)
            .orWhere(SQLBinaryExpression(
                left: SQLBinaryExpression(left: SQLBind(t), op: SQLBinaryOperator.subtract, right: SQLIdentifier("last_seen_at")),
                op: SQLBinaryOperator.greaterThanOrEqual, right: SQLIdentifier("idle_seconds")))
            .returning("id").all().count
    }
}
