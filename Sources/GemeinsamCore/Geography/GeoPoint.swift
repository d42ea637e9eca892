import Foundation

/// A position in WGS84 degrees (RFC 7946 order is lon, lat; here the fields are named to avoid mix-ups).
public struct GeoPoint: Sendable, Hashable, Codable {
    public var lat: Double
    public var lon: Double

    public init(lat: Double, lon: Double) {
        self.lat = lat
        self.lon = lon
    }
}

/// An axis-aligned box in degrees. Does not handle boxes that cross the antimeridian.
public struct GeoBoundingBox: Sendable, Hashable {
    public var minLat: Double
    public var minLon: Double
    public var maxLat: Double
    public var maxLon: Double

    public init(minLat: Double, minLon: Double, maxLat: Double, maxLon: Double) {
        self.minLat = minLat
        self.minLon = minLon
        self.maxLat = maxLat
        self.maxLon = maxLon
    }

    /// The smallest box around `points`; `nil` when there are none.
    public init?<S: Sequence>(points: S) where S.Element == GeoPoint {
        var iterator = points.makeIterator()
        guard let first = iterator.next() else { return nil }
        var box = GeoBoundingBox(minLat: first.lat, minLon: first.lon, maxLat: first.lat, maxLon: first.lon)
        while let p = iterator.next() { box.include(p) }
        self = box
    }

    public var center: GeoPoint { GeoPoint(lat: (minLat + maxLat) / 2, lon: (minLon + maxLon) / 2) }

    /// Inclusive of the edges.
    public func contains(_ p: GeoPoint) -> Bool {
        p.lat >= minLat && p.lat <= maxLat && p.lon >= minLon && p.lon <= maxLon
    }

    public func intersects(_ other: GeoBoundingBox) -> Bool {
        minLat <= other.maxLat && other.minLat <= maxLat && minLon <= other.maxLon && other.minLon <= maxLon
    }

    public func union(_ other: GeoBoundingBox) -> GeoBoundingBox {
        GeoBoundingBox(minLat: min(minLat, other.minLat), minLon: min(minLon, other.minLon),
                       maxLat: max(maxLat, other.maxLat), maxLon: max(maxLon, other.maxLon))
    }

    /// Moves every side outwards by `byFraction` of the box's extent in that direction
    /// (0.05 makes the box 10 % taller and 10 % wider).
    public func expanded(byFraction fraction: Double) -> GeoBoundingBox {
        let dLat = (maxLat - minLat) * fraction
        let dLon = (maxLon - minLon) * fraction
        return GeoBoundingBox(minLat: minLat - dLat, minLon: minLon - dLon, maxLat: maxLat + dLat, maxLon: maxLon + dLon)
    }

    mutating func include(_ p: GeoPoint) {
        if p.lat < minLat { minLat = p.lat }
        if p.lat > maxLat { maxLat = p.lat }
        if p.lon < minLon { minLon = p.lon }
        if p.lon > maxLon { maxLon = p.lon }
    }
}
