extension Optional {
    /// `map` with an async transform (e.g. a query for an optional id).
    func asyncMap<T>(_ transform: (Wrapped) async throws -> T) async rethrows -> T? {
        guard let self else { return nil }
        return try await transform(self)
    }

    /// `flatMap` with an async transform (e.g. a database lookup of an optional id).
    func asyncFlatMap<T>(_ transform: (Wrapped) async throws -> T?) async rethrows -> T? {
        guard let self else { return nil }
        return try await transform(self)
    }
}
