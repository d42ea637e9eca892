import Foundation
import NIOConcurrencyHelpers

/// The next offers per Quartier page, kept for a minute: the Quartier page is the most visited page, and a minute of
/// delay for a new offer is harmless. Any successful write through this instance clears it (FragmentCacheMiddleware).
final class UpcomingCache: Sendable {
    private struct Entry { var items: [OfferQueries.ListItem]; var expires: Date }
    private let entries = NIOLockedValueBox([Int: Entry]())
    let lifetime: TimeInterval

    init(lifetime: TimeInterval = 60) { self.lifetime = lifetime }

    func items(for areaID: Int, now: Date = Date(), load: () async throws -> [OfferQueries.ListItem]) async rethrows
        -> [OfferQueries.ListItem] {
        guard lifetime > 0 else { return try await load() }
        if let hit = entries.withLockedValue({ $0[areaID] }), hit.expires > now { return hit.items }
        let items = try await load()
        entries.withLockedValue { $0[areaID] = Entry(items: items, expires: now.addingTimeInterval(lifetime)) }
        return items
    }

    func clear() { entries.withLockedValue { $0.removeAll() } }
}
