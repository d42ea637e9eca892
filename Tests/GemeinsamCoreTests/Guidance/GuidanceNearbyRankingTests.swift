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
        return .init(id: band, box: GeoBoundingBox(minLat: south.lat, minLon: west, maxLat: north.lat, maxLon: east))
    }

    static func band(of offer: G.Offer) -> Int? {
        guard let location = offer.location else { return nil }
        return areas.first { location.lat >= $0.box.minLat && location.lat < $0.box.maxLat }?.id
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

    @Test func lowerBoundIsNeverMoreThanTheDistance() {
        let box = Self.areas[7].box
        #expect(GuidanceRecommendations.lowerBoundDistance(from: G.origin, to: Self.areas[5].box) == 0)
        let inside = GeoPoint(lat: (box.minLat + box.maxLat) / 2, lon: box.minLon + 0.01)
        #expect(GuidanceRecommendations.lowerBoundDistance(from: G.origin, to: box) <= G.origin.greatCircleDistance(to: inside))
        #expect(GuidanceRecommendations.lowerBoundDistance(from: G.origin, to: box) > 1900)
    }
}
