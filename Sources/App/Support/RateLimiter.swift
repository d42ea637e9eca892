import Crypto
import Foundation
import SQLKit

/// Counts events per key in a time window, in the database (so every app instance shares the counts). Keys are
/// salted SHA-256 hashes of what they describe ("register|203.0.113.0/24"); with `rotatingDaily` the salt changes
/// every day, so stored keys cannot be linked across days nor to anything else stored (e.g. survey answers).
struct RateLimiter: Sendable {
    var limit: Int
    var window: TimeInterval

    enum Decision: Equatable, Sendable {
        case allowed
        /// Refused until this moment.
        case limited(until: Date)
    }

    static func key(_ value: String, salt: String) -> String {
        SHA256.hash(data: Data((salt + "|" + value).utf8)).map { String(format: "%02x", $0) }.joined()
    }

    /// The salt for `now`: the installation's salt, or a per-day salt derived from it.
    static func salt(rotatingDaily: Bool, now: Date, on sql: any SQLDatabase) async throws -> String {
        let base = try await Settings.salt(on: sql)
        guard rotatingDaily else { return base }
        let day = Int(now.timeIntervalSince1970 / 86_400)
        return key("day-\(day)", salt: base)
    }

    func check(_ key: String, now: Date, on sql: any SQLDatabase) async throws -> Decision {
        let since = now.timeIntervalSince1970 - window
        let rows = try await sql.select().column("at").from("rate_limit_events")
            .where("key", .equal, key).where("at", .greaterThan, since)
            .orderBy("at", .descending).limit(limit).all()
        guard rows.count >= limit, let oldest = try rows.last?.decode(column: "at", as: Double.self) else { return .allowed }
        return .limited(until: Date(timeIntervalSince1970: oldest + window))
    }

    func record(_ key: String, now: Date, on sql: any SQLDatabase) async throws {
        try await sql.insert(into: "rate_limit_events").columns("id", "key", "at")
            .values(SQLBind(UUID()), SQLBind(key), SQLBind(now.timeIntervalSince1970)).run()
    }

    /// Checks and, when allowed, records in one go.
    func attempt(_ key: String, now: Date, on sql: any SQLDatabase) async throws -> Decision {
        let decision = try await check(key, now: now, on: sql)
        if decision == .allowed { try await record(key, now: now, on: sql) }
        return decision
    }

    /// Deletes events older than a day (the retention job); no window is longer.
    @discardableResult
    static func deleteOld(now: Date, on sql: any SQLDatabase) async throws -> Int {
        try await sql.delete(from: "rate_limit_events").where("at", .lessThan, now.timeIntervalSince1970 - 86_400)
            .returning("id").all().count
    }
}
