import Foundation
import Testing
@testable import GemeinsamCore

@Suite("Wegbegleitung: Rangfolge Gebiet für Gebiet gleich der über die ganze Stadt")
struct GuidanceNearbyRankingTests {
    typealias G = GuidanceTestSupport
    typealias P = GuidanceRankingPropertyTests

    /// Ten bands of 1 km from 5 km south to 5 km north of the origin, 20 km wide; each offer in the band it lies in.
    static let areas: [GuidanceRecommendations.Area] = (0..<10).map { band in
        let south = G.point(north: Double(band) * 1000 - 5000), north = G.point(north: Double(band) * 1000 - 4000)
        let west = G.origin.lon - 0.15, east = G.origin.lon + 0.15
        return .init(id: band, shape: GeoShape(ring: [GeoPoint(lat: south.lat, lon: west), GeoPoint(lat: south.lat, lon: east),
                                                      GeoPoint(lat: north.lat, lon: east), GeoPoint(lat: north.lat, lon: west)]))
    }

    static func band(of offer: G.Offer) -> Int? {
        guard let location = offer.location else { return nil }
        return areas.first { location.lat >= $0.shape.boundingBox.minLat && location.lat < $0.shape.boundingBox.maxLat }?.id
    }

    @Test("400 random cases: same suggestions as ranking all offers at once, and fewer areas read when possible")
    func sameAsFullRanking() async throws {
        var random = Network.SeededRandom(seed: 20_261_203)
        var readFewer = 0
        for _ in 0..<400 {
            // setup: offers in the bands (those without a place in band 0, as a meeting point's Quartier)
            let offers = (0..<60).map { P.randomOffer($0, &random) }.filter { $0.location.map { abs($0.lat - G.origin.lat) < 0.044 } ?? true }
            let byArea = Dictionary(grouping: offers) { Self.band(of: $0) ?? 0 }
            let needs = P.randomNeeds(&random)
            let limit = 1 + random.below(5)
            var read: [Int] = []
            // act
            let nearby = await GuidanceRecommendations.rankNearbyFirst(Self.areas, origin: G.origin, needs: needs, now: G.now,
                                                                       limit: limit, firstBatch: 2) { ids in
                read += ids
                return ids.flatMap { byArea[$0] ?? [] }
            }
            // check
            let full = GuidanceRecommendations.rank(offers, needs: needs, origin: G.origin, now: G.now, limit: limit)
            #expect(nearby == full, "\(needs)")
            if read.count < Self.areas.count { readFewer += 1 }
            #expect(Set(read).count == read.count)
        }
        #expect(readFewer > 50, "the point of it: stopping early happens")
    }

    @Test func distanceToAShapeAndTheLowerBound() {
        // the band 2 to 3 km north of the origin: 2,000 m away (as the great circle has it), 0 from inside
        let band = Self.areas[7].shape
        #expect(abs(band.distance(from: G.origin) - 2000) < 2)
        #expect(Self.areas[5].shape.distance(from: G.origin) == 0)
        #expect(GuidanceRecommendations.lowerBoundDistance(from: G.origin, to: band) < G.origin.greatCircleDistance(to: G.point(north: 2000)))
        #expect(GuidanceRecommendations.lowerBoundDistance(from: G.origin, to: band) > 1950)
        // beside a corner: the distance to the corner
        let corner = band.boundingBox
        let beyond = GeoPoint(lat: corner.maxLat + (corner.maxLat - corner.minLat), lon: corner.maxLon + 0.01)
        let expected = beyond.greatCircleDistance(to: GeoPoint(lat: corner.maxLat, lon: corner.maxLon))
        // (the plane uses the ellipsoid, the great circle a sphere: they differ by about 0.1 %)
        #expect(abs(band.distance(from: beyond) - expected) < expected * 0.005)
    }
}
