import Foundation
import Testing
@testable import GemeinsamCore

@Suite("Geography: shapes")
struct GeoShapeTests {
    /// 0…10 × 0…10 (degrees, near the equator so the numbers stay simple) with a 4…6 × 4…6 hole.
    let squareWithHole = GeoShape(polygons: [GeoPolygon(rings: [
        [GeoPoint(lat: 0, lon: 0), GeoPoint(lat: 0, lon: 10), GeoPoint(lat: 10, lon: 10), GeoPoint(lat: 10, lon: 0)],
        [GeoPoint(lat: 4, lon: 4), GeoPoint(lat: 6, lon: 4), GeoPoint(lat: 6, lon: 6), GeoPoint(lat: 4, lon: 6)],
    ])])

    @Test func squareWithHoleContainment() {
        #expect(squareWithHole.contains(GeoPoint(lat: 1, lon: 1)))
        #expect(squareWithHole.contains(GeoPoint(lat: 5, lon: 8)))
        #expect(!squareWithHole.contains(GeoPoint(lat: 5, lon: 5)))      // in the hole
        #expect(!squareWithHole.contains(GeoPoint(lat: 11, lon: 5)))     // north of it
        #expect(!squareWithHole.contains(GeoPoint(lat: 5, lon: -0.5)))   // west of it
    }

    @Test func closedAndOpenRingsBehaveAlike() {
        let open = GeoShape(ring: [GeoPoint(lat: 0, lon: 0), GeoPoint(lat: 0, lon: 2), GeoPoint(lat: 2, lon: 2), GeoPoint(lat: 2, lon: 0)])
        let closed = GeoShape(ring: open.polygons[0].rings[0] + [GeoPoint(lat: 0, lon: 0)])
        #expect(open.contains(GeoPoint(lat: 1, lon: 1)) && closed.contains(GeoPoint(lat: 1, lon: 1)))
        #expect(abs(open.areaSquareKilometres - closed.areaSquareKilometres) < 1e-9)
        #expect(open.centroid == closed.centroid)
    }

    @Test func multiPolygonContainsPointsOfEitherPart() {
        let shape = GeoShape(polygons: [
            GeoPolygon(rings: [[GeoPoint(lat: 0, lon: 0), GeoPoint(lat: 0, lon: 1), GeoPoint(lat: 1, lon: 1), GeoPoint(lat: 1, lon: 0)]]),
            GeoPolygon(rings: [[GeoPoint(lat: 0, lon: 5), GeoPoint(lat: 0, lon: 6), GeoPoint(lat: 1, lon: 6), GeoPoint(lat: 1, lon: 5)]]),
        ])
        #expect(shape.contains(GeoPoint(lat: 0.5, lon: 0.5)))
        #expect(shape.contains(GeoPoint(lat: 0.5, lon: 5.5)))
        #expect(!shape.contains(GeoPoint(lat: 0.5, lon: 3)))
        #expect(shape.boundingBox == GeoBoundingBox(minLat: 0, minLon: 0, maxLat: 1, maxLon: 6))
    }

    @Test func areaOfOneDegreeCellNear51North() {
        // setup: 50.5…51.5° N × 7…8° E
        let cell = GeoShape(ring: [GeoPoint(lat: 50.5, lon: 7), GeoPoint(lat: 50.5, lon: 8),
                                   GeoPoint(lat: 51.5, lon: 8), GeoPoint(lat: 51.5, lon: 7)])
        // act
        let area = cell.areaSquareKilometres
        // check: on a sphere, 1° of latitude is 111.2 km and 1° of longitude at 51° is 111.2 · cos 51° = 70.0 km.
        #expect(abs(area - 111.2 * 70.0) / (111.2 * 70.0) < 0.005)
        // On WGS84 at 51°: meridian radius M = 6,374.0 km → 111.248 km per degree; N·cos φ → 70.198 km per
        // degree; M·N·cos φ·(π/180)² = 7,809.37 km² (the curvature change across the cell is second order).
        #expect(abs(area - 7_809.37) / 7_809.37 < 0.0001)
    }

    @Test func areaSubtractsHolesAndIgnoresOrientation() {
        let reversed = GeoShape(polygons: [GeoPolygon(rings: squareWithHole.polygons[0].rings.map { $0.reversed() })])
        let outerOnly = GeoShape(ring: squareWithHole.polygons[0].rings[0])
        let holeOnly = GeoShape(ring: squareWithHole.polygons[0].rings[1])
        #expect(abs(squareWithHole.areaSquareKilometres - (outerOnly.areaSquareKilometres - holeOnly.areaSquareKilometres)) < 1e-6)
        #expect(abs(reversed.areaSquareKilometres - squareWithHole.areaSquareKilometres) < 1e-6)
        // The hole, 4…6° N × 4…6° E: at 5° a degree is 110.583 km north–south (M) and 110.899 km east–west
        // (N·cos φ) on WGS84, so about 4 · 110.583 · 110.899 = 49,054 km².
        #expect(abs(holeOnly.areaSquareKilometres - 49_054) / 49_054 < 0.0005)
    }

    @Test func centroidIsAreaWeighted() {
        // setup: an L made of a 2×1 block (lon 0…2, lat 0…1) and a 1×1 block on top at lon 0…1, lat 1…2,
        // near the equator so degrees are almost square.
        let l = GeoShape(ring: [GeoPoint(lat: 0, lon: 0), GeoPoint(lat: 0, lon: 0.02), GeoPoint(lat: 0.01, lon: 0.02),
                                GeoPoint(lat: 0.01, lon: 0.01), GeoPoint(lat: 0.02, lon: 0.01), GeoPoint(lat: 0.02, lon: 0)])
        // act
        let c = l.centroid
        // check: (2·(1, 0.5) + 1·(0.5, 1.5)) / 3 = (0.8333, 0.8333) in units of 0.01°.
        #expect(abs(c.lon - 0.008333) < 0.00001)
        #expect(abs(c.lat - 0.008333) < 0.00001)
        // A hole in the middle of a symmetric square leaves the centroid in place.
        #expect(abs(squareWithHole.centroid.lat - 5) < 0.05 && abs(squareWithHole.centroid.lon - 5) < 1e-9)
    }

    @Test func representativePointLiesInsideAConcaveShape() {
        // A "U": its centroid falls into the gap.
        let u = GeoShape(ring: [GeoPoint(lat: 0, lon: 0), GeoPoint(lat: 0, lon: 3), GeoPoint(lat: 3, lon: 3), GeoPoint(lat: 3, lon: 2),
                                GeoPoint(lat: 0.5, lon: 2), GeoPoint(lat: 0.5, lon: 1), GeoPoint(lat: 3, lon: 1), GeoPoint(lat: 3, lon: 0)])
        #expect(!u.contains(u.centroid))
        #expect(u.contains(u.representativePoint))
        #expect(squareWithHole.contains(squareWithHole.representativePoint))
    }

    @Test func boundingBoxUnionAndExpansion() {
        let a = GeoBoundingBox(minLat: 51, minLon: 7, maxLat: 52, maxLon: 8)
        let b = GeoBoundingBox(minLat: 50, minLon: 7.5, maxLat: 51.5, maxLon: 9)
        #expect(a.union(b) == GeoBoundingBox(minLat: 50, minLon: 7, maxLat: 52, maxLon: 9))
        #expect(a.expanded(byFraction: 0.1) == GeoBoundingBox(minLat: 50.9, minLon: 6.9, maxLat: 52.1, maxLon: 8.1))
        #expect(GeoBoundingBox(points: [GeoPoint]()) == nil)
    }

    @Test func mutatingPolygonsUpdatesTheBoundingBox() {
        var shape = GeoShape(ring: [GeoPoint(lat: 0, lon: 0), GeoPoint(lat: 0, lon: 1), GeoPoint(lat: 1, lon: 1)])
        shape.polygons.append(GeoPolygon(rings: [[GeoPoint(lat: 5, lon: 5), GeoPoint(lat: 5, lon: 6), GeoPoint(lat: 6, lon: 6)]]))
        #expect(shape.boundingBox.maxLat == 6)
        #expect(shape.contains(GeoPoint(lat: 5.2, lon: 5.8)))
    }
}
