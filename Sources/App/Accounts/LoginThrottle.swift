import Crypto
import Foundation
import SQLKit

/// Slows down password guessing without letting anyone lock an owner out of their account:
/// - per account *and* address: after `freeFailures` failures, each further attempt waits twice as long as the one
///   before (from `firstDelay` up to `maximumDelay`) — the owner from another address is not affected;
/// - per address across all accounts (credential stuffing): at most `addressLimit` failures per `window`;
/// - per account from anywhere: at `alertFailures` failures in a window the owner gets one mail with an unlock link,
///   which clears the account's failures (an attacker behind the same proxy cannot keep the owner out).
/// Keys are salted SHA-256 hashes: the table never holds an e-mail or IP address. State lives in the database, so
/// several app instances share it. Behind a reverse proxy, the address is the client's (`TRUSTED_PROXIES`).
struct LoginThrottle: Sendable {
    var freeFailures = 10
    var firstDelay: TimeInterval = 30
    var maximumDelay: TimeInterval = 15 * 60
    var addressLimit = 50
    var alertFailures = 10
    var window: TimeInterval = 15 * 60
    let salt: String

    struct Keys: Sendable {
        /// account and address together
        var pair: String
        /// the account from any address
        var account: String
        /// the address for any account (nil without an address)
        var address: String?
    }

    func keys(email: String, ip: String?) -> Keys {
        let account = email.lowercased()
        return Keys(pair: hash("pair:" + account + "|" + (ip ?? "")), account: hash("account:" + account),
                    address: ip.map { hash("ip:" + $0) })
    }

    private func hash(_ value: String) -> String {
        SHA256.hash(data: Data((salt + "|" + value).utf8)).map { String(format: "%02x", $0) }.joined()
    }

    /// When the attempt must wait, the moment from which it is allowed.
    func blockedUntil(keys: Keys, now: Date, on sql: any SQLDatabase) async throws -> Date? {
        let t = now.timeIntervalSince1970
        var until: Double?
        let pairTimes = try await failureTimes(keys.pair, since: t - 86_400, limit: 64, on: sql)
        if pairTimes.count >= freeFailures, let last = pairTimes.first {
            let extra = Double(pairTimes.count - freeFailures)
            let delay = min(maximumDelay, firstDelay * pow(2, extra))
            if last + delay > t { until = last + delay }
        }
        if let address = keys.address {
            let times = try await failureTimes(address, since: t - window, limit: addressLimit, on: sql)
            if times.count >= addressLimit, let oldest = times.last, oldest + window > t {
                until = max(until ?? 0, oldest + window)
            }
        }
        return until.map { Date(timeIntervalSince1970: $0) }
    }

    /// Records a failure; returns true when the owner should now get an unlock mail (once per window).
    func recordFailure(keys: Keys, now: Date, on sql: any SQLDatabase) async throws -> Bool {
        let t = now.timeIntervalSince1970
        // the pair's row also names its account, so that an unlock can clear the account from every address
        var insert = sql.insert(into: "login_failures").columns("id", "key", "account_key", "failed_at")
        insert = insert.values(SQLBind(UUID()), SQLBind(keys.pair), SQLBind(keys.account), SQLBind(t))
        for key in [keys.account] + (keys.address.map { [$0] } ?? []) {
            insert = insert.values(SQLBind(UUID()), SQLBind(key), SQLLiteral.null, SQLBind(t))
        }
        try await insert.run()
        // keep the table small: nothing older than a day is used
        try await sql.delete(from: "login_failures").where("failed_at", .lessThan, t - 86_400).run()
        let recent = try await failureTimes(keys.account, since: t - window, limit: alertFailures + 1, on: sql)
        return recent.count == alertFailures
    }

    /// After a successful log-in or an unlock: the account's own failures are forgotten.
    func clear(keys: Keys, on sql: any SQLDatabase) async throws {
        try await sql.delete(from: "login_failures").where("key", .in, [keys.pair, keys.account]).run()
    }

    /// The unlock link: every failure of the account from any address is forgotten, so its owner can log in at once.
    func unlock(email: String, on sql: any SQLDatabase) async throws {
        let account = hash("account:" + email.lowercased())
        try await sql.delete(from: "login_failures").where("key", .equal, account).orWhere("account_key", .equal, account)
            .run()
    }

    private func failureTimes(_ key: String, since: Double, limit: Int, on sql: any SQLDatabase) async throws -> [Double] {
        try await sql.select().column("failed_at").from("login_failures")
            .where("key", .equal, key).where("failed_at", .greaterThan, since)
            .orderBy("failed_at", .descending).limit(limit).all()
            .map { try $0.decode(column: "failed_at", as: Double.self) }
    }
}
