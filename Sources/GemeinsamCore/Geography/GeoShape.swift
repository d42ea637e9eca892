import Foundation

/// One polygon: `rings[0]` is the outer boundary, further rings are holes.
/// Rings may be given open or closed (first point repeated at the end); every algorithm here treats
/// them as closed. The GeoJSON reader stores them open.
public struct GeoPolygon: Sendable, Hashable {
    public var rings: [[GeoPoint]]

    public init(rings: [[GeoPoint]]) {
        self.rings = rings
    }

    /// Even-odd rule over all rings, so a point inside a hole is outside the polygon.
    public func contains(_ p: GeoPoint) -> Bool {
        var inside = false
        for ring in rings where ring.count >= 3 {
            var j = ring.count - 1
            for i in 0..<ring.count {
                let a = ring[i], b = ring[j]
                if (a.lat > p.lat) != (b.lat > p.lat) {
                    let crossLon = a.lon + (p.lat - a.lat) / (b.lat - a.lat) * (b.lon - a.lon)
                    if p.lon < crossLon { inside.toggle() }
                }
                j = i
            }
        }
        return inside
    }
}

/// A Polygon or MultiPolygon.
public struct GeoShape: Sendable, Hashable {
    public var polygons: [GeoPolygon] {
        didSet { cachedBox = Self.box(of: polygons) }
    }

    /// Kept in step with `polygons` so that `contains` can reject far points cheaply.
    private var cachedBox: GeoBoundingBox

    public init(polygons: [GeoPolygon]) {
        self.polygons = polygons
        self.cachedBox = Self.box(of: polygons)
    }

    /// A simple polygon without holes.
    public init(ring: [GeoPoint]) {
        self.init(polygons: [GeoPolygon(rings: [ring])])
    }

    /// Even-odd rule within each polygon (holes respected); true if any polygon contains the point.
    public func contains(_ p: GeoPoint) -> Bool {
        guard cachedBox.contains(p) else { return false }
        return polygons.contains { $0.contains(p) }
    }

    /// The box around all outer rings. For a shape without points: a zero box at 0°, 0°.
    public var boundingBox: GeoBoundingBox { cachedBox }

    /// Area on the WGS84 ellipsoid in km².
    ///
    /// Computed exactly for a polygon whose edges are straight lines in the cylindrical equal-area
    /// projection of the ellipsoid (authalic latitude). Real boundary edges are geodesics or just
    /// "lines between points"; for edges of a few hundred metres the difference is far below 0.01 %.
    /// Holes are subtracted; ring orientation does not matter.
    public var areaSquareKilometres: Double {
        var total = 0.0
        for polygon in polygons {
            for (index, ring) in polygon.rings.enumerated() {
                let a = abs(EqualAreaPlane.signedArea(ring))
                total += index == 0 ? a : -a
            }
        }
        return total / 1_000_000
    }

    /// Area-weighted centroid (holes subtracted), computed in a local equirectangular plane around the
    /// shape; for a city-sized shape this is within centimetres of the ellipsoidal centroid.
    /// May lie outside a strongly concave shape; use `representativePoint` for a label position.
    public var centroid: GeoPoint {
        let plane = LocalPlane(origin: boundingBox.center)
        var area = 0.0, momentX = 0.0, momentY = 0.0
        for polygon in polygons {
            for (index, ring) in polygon.rings.enumerated() where ring.count >= 3 {
                var a = 0.0, mx = 0.0, my = 0.0
                var prev = plane.project(ring[ring.count - 1])
                for point in ring {
                    let cur = plane.project(point)
                    let cross = prev.x * cur.y - cur.x * prev.y
                    a += cross
                    mx += (prev.x + cur.x) * cross
                    my += (prev.y + cur.y) * cross
                    prev = cur
                }
                // Normalise the orientation: outer rings count positive, holes negative.
                let sign: Double = (a >= 0 ? 1 : -1) * (index == 0 ? 1 : -1)
                area += sign * a / 2
                momentX += sign * mx / 6
                momentY += sign * my / 6
            }
        }
        guard abs(area) > 1e-12 else { return vertexMean }
        return plane.unproject(x: momentX / area, y: momentY / area)
    }

    /// A point guaranteed to lie inside the shape (if it has any area): the centroid when it is inside,
    /// otherwise the middle of the widest stretch of the largest polygon along the centroid's latitude.
    public var representativePoint: GeoPoint {
        let c = centroid
        if contains(c) { return c }
        let largest = polygons.max { GeoShape(polygons: [$0]).areaSquareKilometres < GeoShape(polygons: [$1]).areaSquareKilometres }
        guard let polygon = largest, let outer = polygon.rings.first, !outer.isEmpty else { return c }
        let box = GeoBoundingBox(points: outer) ?? boundingBox
        for lat in [c.lat, box.center.lat, (box.minLat + 3 * box.maxLat) / 4, (3 * box.minLat + box.maxLat) / 4] {
            if let p = Self.widestStretchMidpoint(of: polygon, atLatitude: lat) { return p }
        }
        return c
    }

    private var vertexMean: GeoPoint {
        var lat = 0.0, lon = 0.0, n = 0.0
        for polygon in polygons { for ring in polygon.rings { for p in ring { lat += p.lat; lon += p.lon; n += 1 } } }
        return n > 0 ? GeoPoint(lat: lat / n, lon: lon / n) : GeoPoint(lat: 0, lon: 0)
    }

    private static func widestStretchMidpoint(of polygon: GeoPolygon, atLatitude lat: Double) -> GeoPoint? {
        var crossings: [Double] = []
        for ring in polygon.rings where ring.count >= 3 {
            var j = ring.count - 1
            for i in 0..<ring.count {
                let a = ring[i], b = ring[j]
                if (a.lat > lat) != (b.lat > lat) {
                    crossings.append(a.lon + (lat - a.lat) / (b.lat - a.lat) * (b.lon - a.lon))
                }
                j = i
            }
        }
        crossings.sort()
        var best: (width: Double, mid: Double)? = nil
        var i = 0
        while i + 1 < crossings.count {
            let width = crossings[i + 1] - crossings[i]
            if width > (best?.width ?? 0) { best = (width, (crossings[i] + crossings[i + 1]) / 2) }
            i += 2
        }
        return best.map { GeoPoint(lat: lat, lon: $0.mid) }
    }

    private static func box(of polygons: [GeoPolygon]) -> GeoBoundingBox {
        var box: GeoBoundingBox? = nil
        for polygon in polygons {
            guard let outer = polygon.rings.first, let b = GeoBoundingBox(points: outer) else { continue }
            box = box.map { $0.union(b) } ?? b
        }
        return box ?? GeoBoundingBox(minLat: 0, minLon: 0, maxLat: 0, maxLon: 0)
    }
}

/// A feature read from GeoJSON. Property values are text: numbers and booleans are written as in JSON
/// ("1", "2.5", "true"); nested arrays and objects as compact JSON text; `null` values are left out.
public struct GeoFeature: Sendable {
    public var properties: [String: String]
    public var shape: GeoShape

    public init(properties: [String: String], shape: GeoShape) {
        self.properties = properties
        self.shape = shape
    }
}

extension GeoShape {
    /// Metres from `point` to the nearest point of the shape (0 inside), on the plane tangent at `point`:
    /// within a city it differs from the great-circle distance by far less than a metre per kilometre.
    public func distance(from point: GeoPoint) -> Double {
        if contains(point) { return 0 }
        let plane = LocalPlane(origin: point)
        var best = Double.infinity
        for polygon in polygons {
            for ring in polygon.rings where !ring.isEmpty {
                var previous = plane.project(ring[ring.count - 1])
                for vertex in ring {
                    let current = plane.project(vertex)
                    best = min(best, Self.distanceToSegment(previous, current))
                    previous = current
                }
            }
        }
        return best
    }

    /// Distance from the plane's origin to the segment a–b.
    private static func distanceToSegment(_ a: (x: Double, y: Double), _ b: (x: Double, y: Double)) -> Double {
        let dx = b.x - a.x, dy = b.y - a.y
        let lengthSquared = dx * dx + dy * dy
        let t = lengthSquared == 0 ? 0 : max(0, min(1, -(a.x * dx + a.y * dy) / lengthSquared))
        let x = a.x + t * dx, y = a.y + t * dy
        return (x * x + y * y).squareRoot()
    }
}
