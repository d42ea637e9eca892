import Foundation
import SQLKit

/// Single-use tokens sent by e-mail (or, for a kiosk reset, shown to the person standing at the counter). Only the
/// SHA-256 of a token is stored; redeeming one is a single UPDATE that also checks purpose, expiry and prior use.
enum AccountTokens {
    enum Purpose: String, Sendable {
        case passwordReset = "password-reset"
        case emailVerification = "email-verification"
        case unlock
    }

    static func lifetime(_ purpose: Purpose) -> TimeInterval {
        switch purpose {
        case .passwordReset: 3_600
        case .emailVerification: 7 * 86_400
        case .unlock: 3_600
        }
    }

    /// A new token for `userID`; earlier unused tokens of the same purpose stop working.
    static func issue(_ purpose: Purpose, userID: UUID, now: Date, lifetime: TimeInterval? = nil,
                      on sql: any SQLDatabase) async throws -> String {
        let (token, id) = AuthSessions.newToken()
        let t = now.timeIntervalSince1970
        try await sql.update("account_tokens").set("used_at", to: t)
            .where("user_id", .equal, userID).where("purpose", .equal, purpose.rawValue)
            .where("used_at", .is, SQLLiteral.null).run()
        try await sql.insert(into: "account_tokens")
            .columns("id", "user_id", "purpose", "created_at", "expires_at", "used_at")
            .values(SQLBind(id), SQLBind(userID), SQLBind(purpose.rawValue), SQLBind(t),
                    SQLBind(t + (lifetime ?? Self.lifetime(purpose))), SQLLiteral.null)
            .run()
        return token
    }

    /// The person a valid, unused token of `purpose` belongs to — without using it up (to show a form first).
    static func peek(_ token: String, purpose: Purpose, now: Date, on sql: any SQLDatabase) async throws -> UUID? {
        guard AuthSessions.isWellFormed(token) else { return nil }
        return try await sql.select().column("user_id").from("account_tokens")
            .where("id", .equal, AuthSessions.id(of: token)).where("purpose", .equal, purpose.rawValue)
            .where("used_at", .is, SQLLiteral.null).where("expires_at", .greaterThan, now.timeIntervalSince1970)
            .first()?.decode(column: "user_id", as: UUID.self)
    }

    /// Uses the token up; returns the person when it was valid (once only, also under concurrent requests).
    static func redeem(_ token: String, purpose: Purpose, now: Date, on sql: any SQLDatabase) async throws -> UUID? {
        guard AuthSessions.isWellFormed(token) else { return nil }
        let t = now.timeIntervalSince1970
        return try await sql.update("account_tokens").set("used_at", to: t)
            .where("id", .equal, AuthSessions.id(of: token)).where("purpose", .equal, purpose.rawValue)
            .where("used_at", .is, SQLLiteral.null).where("expires_at", .greaterThan, t)
            .returning("user_id").first()?.decode(column: "user_id", as: UUID.self)
    }

    /// Deletes tokens that expired more than a day ago (the retention job).
    @discardableResult
    static func deleteExpired(now: Date, on sql: any SQLDatabase) async throws -> Int {
        try await sql.delete(from: "account_tokens")
            .where("expires_at", .lessThan, now.timeIntervalSince1970 - 86_400)
            .returning("id").all().count
    }
}
