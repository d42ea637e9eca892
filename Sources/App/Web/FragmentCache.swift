import Foundation
import NIOConcurrencyHelpers
import Vapor

/// Rendered HTML of the busiest public pages' main content (a Quartier page, a Quartier's offer list), kept for
/// a minute. The parts around it (header with the person's navigation, form tokens) are rendered per request.
/// Every successful write through this instance (`FragmentCacheMiddleware`) empties the cache, so editors see
/// their change at once; writes by other processes (commands, other instances) show within the lifetime.
final class FragmentCache: Sendable {
    private struct Entry { var html: String; var expires: Date }
    private let entries = NIOLockedValueBox([String: Entry]())
    let lifetime: TimeInterval
    let capacity: Int

    init(lifetime: TimeInterval = 60, capacity: Int = 2_000) {
        self.lifetime = lifetime
        self.capacity = capacity
    }

    func html(_ key: String, now: Date = Date(), render: () async throws -> String) async rethrows -> String {
        guard lifetime > 0 else { return try await render() }
        if let hit = entries.withLockedValue({ $0[key] }), hit.expires > now { return hit.html }
        let html = try await render()
        entries.withLockedValue { entries in
            // filter combinations are unbounded; start over rather than grow without limit
            if entries.count >= capacity { entries.removeAll(keepingCapacity: true) }
            entries[key] = Entry(html: html, expires: now.addingTimeInterval(lifetime))
        }
        return html
    }

    func clear() { entries.withLockedValue { $0.removeAll() } }
    var count: Int { entries.withLockedValue { $0.count } }
}

/// Empties the page caches after every successful request that may have changed data (anything but GET/HEAD).
struct FragmentCacheMiddleware: AsyncMiddleware {
    func respond(to request: Request, chainingTo next: any AsyncResponder) async throws -> Response {
        let response = try await next.respond(to: request)
        if request.method != .GET, request.method != .HEAD, response.status.code < 400 {
            request.application.fragmentCache.clear()
        }
        return response
    }
}

extension Application {
    var fragmentCache: FragmentCache {
        get {
            guard let cache = storage[FragmentCacheKey.self] else { fatalError("FragmentCache not configured") }
            return cache
        }
        set { storage[FragmentCacheKey.self] = newValue }
    }
    private struct FragmentCacheKey: StorageKey { typealias Value = FragmentCache }
}
