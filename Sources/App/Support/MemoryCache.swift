import Foundation
import NIOConcurrencyHelpers

/// A small in-memory cache: values by key, each for a lifetime (nil: until removed), at most `capacity` entries
/// (the least recently used one goes first). The one cache type of the app: rendered fragments (`RenderCache`)
/// and computed statistics (`MonitorCache`) are built on it.
final class MemoryCache<Value: Sendable>: Sendable {
    private struct Entry { var value: Value; var expires: Date?; var used: UInt64 }
    private struct State { var entries: [String: Entry] = [:]; var tick: UInt64 = 0 }
    private let state = NIOLockedValueBox(State())
    let capacity: Int

    init(capacity: Int) { self.capacity = capacity }

    func get(_ key: String, now: Date) -> Value? {
        state.withLockedValue { s in
            guard let entry = s.entries[key] else { return nil }
            if let expires = entry.expires, expires <= now {
                s.entries[key] = nil
                return nil
            }
            s.tick += 1
            s.entries[key]?.used = s.tick
            return entry.value
        }
    }

    func put(_ key: String, _ value: Value, lifetime: TimeInterval?, now: Date) {
        if let lifetime, lifetime <= 0 { return }
        state.withLockedValue { s in
            s.tick += 1
            s.entries[key] = Entry(value: value, expires: lifetime.map { now.addingTimeInterval($0) }, used: s.tick)
            guard s.entries.count > capacity else { return }
            // drop the least recently used quarter at once, so a burst of new keys costs one sort, not one per key
            let victims = s.entries.sorted { $0.value.used < $1.value.used }.prefix(max(1, capacity / 4))
            for (key, _) in victims { s.entries[key] = nil }
        }
    }

    /// Updates the value under `key` in place (when it is there).
    func update(_ key: String, _ change: (inout Value) -> Void) {
        state.withLockedValue { s in
            guard var entry = s.entries[key] else { return }
            change(&entry.value)
            s.entries[key] = entry
        }
    }

    func removeAll() { state.withLockedValue { $0.entries.removeAll(keepingCapacity: true) } }
    var count: Int { state.withLockedValue { $0.entries.count } }
}
