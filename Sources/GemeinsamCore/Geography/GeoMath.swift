import Foundation

/// WGS84 ellipsoid constants.
enum WGS84 {
    static let a = 6_378_137.0
    static let f = 1 / 298.257223563
    static let e2 = f * (2 - f)
    static let e = e2.squareRoot()
    /// The mean radius (2a + b)/3 of the IUGG, 6,371,008.8 m: the sphere that fits the ellipsoid best on average.
    static let meanRadius = a * (1 - f / 3)
}

extension GeoPoint {
    /// Great-circle distance in metres on the sphere with the WGS84 mean radius (haversine formula, stable for short
    /// distances). Within 0.5 % of the ellipsoidal distance; for ranking places in one city that is plenty.
    public func greatCircleDistance(to other: GeoPoint) -> Double {
        let rad = Double.pi / 180
        let dLat = (other.lat - lat) * rad
        let dLon = (other.lon - lon) * rad
        let h = sin(dLat / 2) * sin(dLat / 2) + cos(lat * rad) * cos(other.lat * rad) * sin(dLon / 2) * sin(dLon / 2)
        return 2 * WGS84.meanRadius * asin(min(1, h.squareRoot()))
    }
}

/// A plane tangent at `origin` with metres along east (x) and north (y), scaled with the ellipsoid's
/// radii of curvature at the origin. Distortion grows with distance: about 0.01 % at 15 km.
struct LocalPlane: Sendable {
    let origin: GeoPoint
    let metresPerDegreeLat: Double
    let metresPerDegreeLon: Double

    init(origin: GeoPoint) {
        self.origin = origin
        let phi = origin.lat * .pi / 180
        let s = sin(phi)
        let w = (1 - WGS84.e2 * s * s).squareRoot()
        let meridianRadius = WGS84.a * (1 - WGS84.e2) / (w * w * w)
        let normalRadius = WGS84.a / w
        metresPerDegreeLat = meridianRadius * .pi / 180
        metresPerDegreeLon = normalRadius * cos(phi) * .pi / 180
    }

    func project(_ p: GeoPoint) -> (x: Double, y: Double) {
        ((p.lon - origin.lon) * metresPerDegreeLon, (p.lat - origin.lat) * metresPerDegreeLat)
    }

    func unproject(x: Double, y: Double) -> GeoPoint {
        GeoPoint(lat: origin.lat + y / metresPerDegreeLat, lon: origin.lon + x / metresPerDegreeLon)
    }
}

/// The cylindrical equal-area projection of the WGS84 ellipsoid (Snyder, "Map Projections", eq. 3-12):
/// x = a·λ, y = a·q(φ)/2. Plane areas there equal ellipsoid areas.
enum EqualAreaPlane {
    static func q(_ latitudeDegrees: Double) -> Double {
        let s = sin(latitudeDegrees * .pi / 180)
        let e = WGS84.e
        return (1 - WGS84.e2) * (s / (1 - WGS84.e2 * s * s) - 1 / (2 * e) * log((1 - e * s) / (1 + e * s)))
    }

    /// Signed area in m² (positive when counter-clockwise in lon/lat).
    static func signedArea(_ ring: [GeoPoint]) -> Double {
        guard ring.count >= 3 else { return 0 }
        // Longitudes relative to the first point keep the shoelace sum free of cancellation.
        let lon0 = ring[0].lon
        var sum = 0.0
        var prevX = (ring[ring.count - 1].lon - lon0) * .pi / 180
        var prevY = q(ring[ring.count - 1].lat)
        for p in ring {
            let x = (p.lon - lon0) * .pi / 180
            let y = q(p.lat)
            sum += prevX * y - x * prevY
            prevX = x
            prevY = y
        }
        return sum / 2 * WGS84.a * WGS84.a / 2
    }
}
