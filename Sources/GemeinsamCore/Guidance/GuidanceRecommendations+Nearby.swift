import Foundation

extension GuidanceRecommendations {
    /// An area whose offers can be read on their own, with a shape that holds all its places.
    public struct Area: Sendable, Equatable {
        public var id: Int
        public var shape: GeoShape

        public init(id: Int, shape: GeoShape) { (self.id, self.shape) = (id, shape) }
    }

    /// The same result as `rank` over the offers of all `areas`, reading them area by area, nearest first, and
    /// stopping as soon as no offer further away could change it: the result is full, every suggestion fits an
    /// interest (or none were named), and the last one is nearer than any place in an area not yet read. In a city
    /// that is usually the Quartier and its neighbours instead of 2,000 offers.
    public static func rankNearbyFirst(
        _ areas: [Area], origin: GeoPoint, needs: Needs, now: Date, windowDays: Int = defaultWindowDays,
        limit: Int = defaultLimit, firstBatch: Int = 6, load: ([Int]) async throws -> [Offer]
    ) async rethrows -> [Recommendation] {
        let ordered = areas.map { (area: $0, bound: lowerBoundDistance(from: origin, to: $0.shape)) }
            .sorted { $0.bound != $1.bound ? $0.bound < $1.bound : $0.area.id < $1.area.id }
        var offers: [Offer] = []
        var next = 0
        var batch = max(1, firstBatch)
        while true {
            let end = min(ordered.count, next + batch)
            offers += try await load(ordered[next..<end].map(\.area.id))
            next = end
            let ranked = rank(offers, needs: needs, origin: origin, now: now, windowDays: windowDays, limit: limit)
            guard next < ordered.count else { return ranked }
            let nearestUnread = ordered[next].bound
            let allFit = needs.interests.isEmpty || ranked.allSatisfy { $0.reasons.contains(where: \.isInterest) }
            if ranked.count == limit, allFit, let last = ranked.last?.distanceMeters, Double(last) < nearestUnread {
                return ranked
            }
            batch *= 2
        }
    }

    /// A distance no place in `shape` is nearer than: the distance to its nearest point, less 1 % and 20 m for
    /// the difference between the plane and the sphere and for rounding.
    static func lowerBoundDistance(from point: GeoPoint, to shape: GeoShape) -> Double {
        max(0, shape.distance(from: point) * 0.99 - 20)
    }
}

extension GuidanceRecommendations.Reason {
    var isInterest: Bool {
        if case .interest = self { return true }
        return false
    }
}
