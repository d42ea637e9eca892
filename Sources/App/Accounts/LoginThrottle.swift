import Crypto
import Foundation
import SQLKit

/// Limits failed log-ins per account and per IP address. Keys are salted SHA-256 hashes: the table never holds an
/// e-mail or IP address. State lives in the database, so several app instances share it.
struct LoginThrottle: Sendable {
    var maxFailures = 10
    var window: TimeInterval = 15 * 60
    let salt: String

    func keys(email: String, ip: String?) -> [String] {
        (["account:" + email.lowercased()] + (ip.map { ["ip:" + $0] } ?? [])).map(hash)
    }

    private func hash(_ value: String) -> String {
        SHA256.hash(data: Data((salt + "|" + value).utf8)).map { String(format: "%02x", $0) }.joined()
    }

    /// When the keys are blocked, the moment from which a new attempt is allowed.
    func blockedUntil(keys: [String], now: Date, on sql: any SQLDatabase) async throws -> Date? {
        let since = now.timeIntervalSince1970 - window
        var latest: Date?
        for key in keys {
            let rows = try await sql.select().column("failed_at").from("login_failures")
                .where("key", .equal, key).where("failed_at", .greaterThan, since)
                .orderBy("failed_at", .descending).limit(maxFailures).all()
            guard rows.count >= maxFailures else { continue }
            // blocked until the oldest of the last `maxFailures` failures leaves the window
            let oldest = try rows.last!.decode(column: "failed_at", as: Double.self)
            let until = Date(timeIntervalSince1970: oldest + window)
            if latest == nil || until > latest! { latest = until }
        }
        return latest
    }

    func recordFailure(keys: [String], now: Date, on sql: any SQLDatabase) async throws {
        var insert = sql.insert(into: "login_failures").columns("id", "key", "failed_at")
        for key in keys { insert = insert.values(SQLBind(UUID()), SQLBind(key), SQLBind(now.timeIntervalSince1970)) }
        try await insert.run()
        // keep the table small: old entries are of no use
        try await sql.delete(from: "login_failures").where("failed_at", .lessThan, now.timeIntervalSince1970 - window).run()
    }

    func clear(accountKey: String, on sql: any SQLDatabase) async throws {
        try await sql.delete(from: "login_failures").where("key", .equal, accountKey).run()
    }
}
