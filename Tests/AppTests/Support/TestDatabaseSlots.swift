import Foundation

/// Limits how many test apps use the PostgreSQL test database at the same time: Swift Testing runs tests in
/// parallel, and each app opens its own connection pool, which would exceed the server's max_connections.
actor TestDatabaseSlots {
    static let shared = TestDatabaseSlots(limit: Int(ProcessInfo.processInfo.environment["TEST_DATABASE_SLOTS"] ?? "") ?? 12)

    private let limit: Int
    private var inUse = 0
    private var waiting: [CheckedContinuation<Void, Never>] = []

    init(limit: Int) { self.limit = max(1, limit) }

    func acquire() async {
        if inUse < limit {
            inUse += 1
            return
        }
        await withCheckedContinuation { waiting.append($0) }
    }

    func release() {
        if waiting.isEmpty {
            inUse -= 1
        } else {
            waiting.removeFirst().resume()   // the slot passes to the next test
        }
    }
}
