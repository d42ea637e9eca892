import Foundation
import Testing
@testable import GemeinsamCore

@Suite("Geography: SVG projection")
struct SVGProjectionTests {
    let box = GeoBoundingBox(minLat: 51.4, minLon: 7.3, maxLat: 51.6, maxLon: 7.6)

    @Test func cornersMapToThePadding() {
        // setup
        let projection = SVGProjection(box: box, width: 400, padding: 8)
        // act
        let southWest = projection.project(GeoPoint(lat: box.minLat, lon: box.minLon))
        let northEast = projection.project(GeoPoint(lat: box.maxLat, lon: box.maxLon))
        // check: north up, padding on each side
        #expect(abs(southWest.x - 8) < 1e-9 && abs(southWest.y - (projection.height - 8)) < 1e-9)
        #expect(abs(northEast.x - 392) < 1e-9 && abs(northEast.y - 8) < 1e-9)
        // height: 0.2° of latitude against 0.3° · cos 51.5° = 0.18675° of scaled longitude over 384 px.
        let expectedHeight = 0.2 / (0.3 * cos(51.5 * Double.pi / 180)) * 384 + 16
        #expect(abs(projection.height - expectedHeight) < 1e-9)
        #expect(abs(expectedHeight - 427.235) < 0.001)
    }

    @Test func pathDataUsesOneDecimalAndClosesEachRing() {
        let projection = SVGProjection(box: box, width: 400, padding: 8)
        let shape = GeoShape(ring: [GeoPoint(lat: 51.4, lon: 7.3), GeoPoint(lat: 51.4, lon: 7.6),
                                    GeoPoint(lat: 51.6, lon: 7.6), GeoPoint(lat: 51.6, lon: 7.3)])
        #expect(projection.pathData(shape) == "M8.0 419.2L8.0 8.0L392.0 8.0L392.0 419.2Z")
    }

    @Test func douglasPeuckerKeepsCornersAndDropsStraightRuns() {
        // setup: a square whose sides carry many collinear points and a little noise (< 0.5 px)
        let projection = SVGProjection(box: GeoBoundingBox(minLat: 0, minLon: 0, maxLat: 1, maxLon: 1), width: 116, padding: 8)
        var ring: [GeoPoint] = []
        for i in 0..<10 { ring.append(GeoPoint(lat: 0, lon: Double(i) / 10)) }
        for i in 0..<10 { ring.append(GeoPoint(lat: Double(i) / 10, lon: 1 + (i % 2 == 0 ? 0 : 0.002))) }
        for i in 0..<10 { ring.append(GeoPoint(lat: 1, lon: 1 - Double(i) / 10)) }
        for i in 0..<10 { ring.append(GeoPoint(lat: 1 - Double(i) / 10, lon: 0)) }
        // act
        let path = projection.pathData(GeoShape(ring: ring))
        let unsimplified = projection.pathData(GeoShape(ring: ring), simplifyTolerancePixels: 0)
        // check: only the four corners remain (cos 0.5° ≈ 1, so the square is 100 × 100 px)
        #expect(path == "M8.0 108.0L8.0 8.0L108.0 8.0L108.0 108.0Z")
        #expect(unsimplified.filter { $0 == "L" }.count == 39)
    }

    @Test func douglasPeuckerKeepsAPointBeyondTheTolerance() {
        let line: [DouglasPeucker.Point] = [(0, 0), (5, 0.4), (10, 0), (15, 3), (20, 0)]
        let simplified = DouglasPeucker.simplify(line, tolerance: 0.5)
        #expect(simplified.map(\.x) == [0, 10, 15, 20])
    }

    @Test func holesRunTheOtherWayRound() {
        let projection = SVGProjection(box: GeoBoundingBox(minLat: 0, minLon: 0, maxLat: 1, maxLon: 1), width: 116, padding: 8)
        let outer = [GeoPoint(lat: 0, lon: 0), GeoPoint(lat: 0, lon: 1), GeoPoint(lat: 1, lon: 1), GeoPoint(lat: 1, lon: 0)]
        let hole = [GeoPoint(lat: 0.4, lon: 0.4), GeoPoint(lat: 0.4, lon: 0.6), GeoPoint(lat: 0.6, lon: 0.6), GeoPoint(lat: 0.6, lon: 0.4)]
        let path = projection.pathData(GeoShape(polygons: [GeoPolygon(rings: [outer, hole])]))
        // Outer ring clockwise on screen (up the left side first), hole anticlockwise.
        #expect(path == "M8.0 108.0L8.0 8.0L108.0 8.0L108.0 108.0ZM48.0 68.0L68.0 68.0L68.0 48.0L48.0 48.0Z")
    }

    @Test func ringsSmallerThanAPixelTenthDisappear() {
        let projection = SVGProjection(box: GeoBoundingBox(minLat: 0, minLon: 0, maxLat: 1, maxLon: 1), width: 116, padding: 8)
        let speck = GeoShape(ring: [GeoPoint(lat: 0.5, lon: 0.5), GeoPoint(lat: 0.5, lon: 0.5001), GeoPoint(lat: 0.5001, lon: 0.5)])
        #expect(projection.pathData(speck) == "")
    }
}
