import Foundation
import Vapor

/// Rendered HTML of busy public pages' main content, kept for a short time per use. The parts around it (header
/// with the person's navigation, form tokens) are rendered per request, so only public, per-person-free HTML may go
/// in. There is one way to empty it: `invalidate()`, called after every successful write through the site
/// (`RenderCacheMiddleware`) and by jobs that change public data; writes by other processes show within the
/// lifetime of a use.
final class RenderCache: Sendable {
    /// What a fragment is used for; each use has its own lifetime (seconds, 0 = not cached).
    struct Use: Sendable, Hashable {
        var name: String
        var lifetime: TimeInterval
    }

    private let fragments: MemoryCache<String>
    private let clock: AppClock

    init(clock: AppClock, capacity: Int = 4_000) {
        self.clock = clock
        self.fragments = MemoryCache(capacity: capacity)
    }

    func html(_ use: Use, key: String, render: () async throws -> String) async rethrows -> String {
        guard use.lifetime > 0 else { return try await render() }
        let fullKey = use.name + "|" + UIText.language.code + "|" + key
        let now = clock.now
        if let hit = fragments.get(fullKey, now: now) { return hit }
        let html = try await render()
        fragments.put(fullKey, html, lifetime: use.lifetime, now: now)
        return html
    }

    func invalidate() { fragments.removeAll() }
    var count: Int { fragments.count }
}

extension RenderCache.Use {
    /// A Quartier page and a Quartier's offer list (`PAGE_CACHE_SECONDS`).
    static func page(_ config: AppConfig) -> Self { .init(name: "page", lifetime: Double(config.pageCacheSeconds)) }
    /// The Börse's listing lists (`LIST_CACHE_SECONDS`); the key holds today's date, so nothing outlives its day.
    static func listings(_ config: AppConfig) -> Self { .init(name: "listings", lifetime: Double(config.listCacheSeconds)) }
}

/// Empties the render cache after every successful request that may have changed data (anything but GET/HEAD).
struct RenderCacheMiddleware: AsyncMiddleware {
    func respond(to request: Request, chainingTo next: any AsyncResponder) async throws -> Response {
        let response = try await next.respond(to: request)
        if request.method != .GET, request.method != .HEAD, response.status.code < 400 {
            request.application.renderCache.invalidate()
        }
        return response
    }
}
