extension Optional {
    /// `map` with an async transform (e.g. a query for an optional id).
    func asyncMap<T>(_ transform: (Wrapped) async throws -> T) async rethrows -> T? {
        switch self {
        case let .some(value): try await transform(value)
        case .none: nil
        }
    }
}
