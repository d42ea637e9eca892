import Foundation
import NIOConcurrencyHelpers
import Vapor

/// Rendered listing lists (the main part of a Quartier's Börse page, the Börse section of a Quartier page, the
/// newest listings), for a few seconds. They hold public data only and are the same for every visitor. Every
/// change through the Börse's forms empties the cache at once; other changes (another app instance, an account
/// deletion, the expiry sweep) show after at most `ttl` seconds. The key contains today's date, so a listing is
/// never shown as open after its last day.
final class ExchangeListCache: Sendable {
    private struct State {
        var entries: [String: (html: String, at: Double)] = [:]
    }
    private let state = NIOLockedValueBox(State())
    let ttl: Double
    let maximumEntries: Int

    init(ttl: Double = 10, maximumEntries: Int = 2_000) {
        self.ttl = ttl
        self.maximumEntries = maximumEntries
    }

    func get(_ key: String, now: Double = Date().timeIntervalSince1970) -> String? {
        state.withLockedValue { s in
            guard let entry = s.entries[key], now - entry.at < ttl else { return nil }
            return entry.html
        }
    }

    func put(_ key: String, _ html: String, now: Double = Date().timeIntervalSince1970) {
        guard ttl > 0 else { return }
        state.withLockedValue { s in
            if s.entries.count >= maximumEntries { s.entries.removeAll(keepingCapacity: true) }
            s.entries[key] = (html, now)
        }
    }

    func invalidate() {
        state.withLockedValue { $0.entries.removeAll(keepingCapacity: true) }
    }

    /// The cached HTML for `key`, or `make()` rendered and stored.
    func html(_ key: String, _ make: () async throws -> String) async rethrows -> String {
        if let hit = get(key) { return hit }
        let html = try await make()
        put(key, html)
        return html
    }
}

/// Empties the cache after every state-changing request of the Börse.
struct ExchangeCacheInvalidation: AsyncMiddleware {
    func respond(to request: Request, chainingTo next: any AsyncResponder) async throws -> Response {
        defer { if request.method != .GET && request.method != .HEAD { request.application.exchangeCache.invalidate() } }
        return try await next.respond(to: request)
    }
}

extension Application {
    var exchangeCache: ExchangeListCache {
        get { storage[ExchangeCacheKey.self] ?? ExchangeListCache(ttl: 0) }
        set { storage[ExchangeCacheKey.self] = newValue }
    }
    private struct ExchangeCacheKey: StorageKey { typealias Value = ExchangeListCache }
}
