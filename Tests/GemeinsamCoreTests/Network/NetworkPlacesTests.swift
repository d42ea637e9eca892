import Testing
@testable import GemeinsamCore

/// Hotspots and introductions: the spatial side of the actor network.
@Suite struct NetworkPlacesTests {
    @Test func hotspotsRankByActorsAndTiesPerSquareKilometre() {
        // setup
        let areas = [
            Network.AreaCounts(id: "Nordmarkt", areaKm2: 0.5, actorCount: 6, internalTieCount: 4),   // 20 / km²
            Network.AreaCounts(id: "Hafen", areaKm2: 2, actorCount: 10, internalTieCount: 6),        // 8 / km²
            Network.AreaCounts(id: "Borsigplatz", areaKm2: 1, actorCount: 12, internalTieCount: 8),  // 20 / km²
            Network.AreaCounts(id: "Leer", areaKm2: 0, actorCount: 3, internalTieCount: 0),
        ]
        // act
        let hotspots = Network.hotspots(areas)
        // check: equal density → more actors first; the area without size is left out
        #expect(hotspots.map(\.id) == ["Borsigplatz", "Nordmarkt", "Hafen"])
        #expect(hotspots[1].densityPerKm2 == 20)
        #expect(hotspots[1].actorsPerKm2 == 12)
        #expect(hotspots[1].tiesPerKm2 == 8)
        #expect(hotspots[2].densityPerKm2 == 8)
    }

    @Test func areaCountsCountInternalTiesOnce() {
        let graph = Network.Graph(edges: [
            Network.Edge("a", "b"), Network.Edge("b", "a"), Network.Edge("b", "c"), Network.Edge("c", "d"),
        ])
        let counts = Network.areaCounts(graph, areaOf: ["a": "N", "b": "N", "c": "N", "d": "S"],
                                        areaKm2: ["N": 1.5, "S": 2, "W": 1])
        #expect(counts == [
            Network.AreaCounts(id: "N", areaKm2: 1.5, actorCount: 3, internalTieCount: 2),
            Network.AreaCounts(id: "S", areaKm2: 2, actorCount: 1, internalTieCount: 0),
            Network.AreaCounts(id: "W", areaKm2: 1, actorCount: 0, internalTieCount: 0),
        ])
    }

    @Test func introductionsPairUntiedActorsWithSharedTopicsNearby() {
        // setup: Dortmund Nordstadt coordinates; Kiosk and Seniorenbüro are already tied
        let graph = Network.Graph(edges: [Network.Edge("Kiosk", "Seniorenbüro"), Network.Edge("Kirche", "Tafel")])
        let nordmarkt = GeoPoint(lat: 51.5230, lon: 7.4560)
        let profiles = [
            Network.ActorProfile(id: "Kiosk", topics: ["Nachbarschaft", "Senior*innen"], coordinate: nordmarkt),
            Network.ActorProfile(id: "Seniorenbüro", topics: ["Senior*innen"], coordinate: nordmarkt),
            // 0.0108° of latitude ≈ 1.2 km north
            Network.ActorProfile(id: "Kirche", topics: ["Senior*innen", "Nachbarschaft", "Musik"],
                                 coordinate: GeoPoint(lat: 51.5338, lon: 7.4560)),
            Network.ActorProfile(id: "Sportverein", topics: ["Sport"], coordinate: nordmarkt),
            // far away: 10 km
            Network.ActorProfile(id: "Hombruch", topics: ["Nachbarschaft"],
                                 coordinate: GeoPoint(lat: 51.4330, lon: 7.4560)),
        ]
        // act
        let suggestions = Network.introductions(graph, profiles: profiles)
        // check
        #expect(suggestions.map { [$0.first, $0.second] } == [["Kiosk", "Kirche"].sorted(), ["Kirche", "Seniorenbüro"]])
        let best = suggestions[0]
        #expect(best.sharedTopics == ["Nachbarschaft", "Senior*innen"])
        #expect(best.reason == "beide arbeiten zu Nachbarschaft und Senior*innen, 1,2 km entfernt, noch nicht verbunden"
            + " – würde getrennte Teile des Netzes verbinden")
        #expect(best.bridgesParts)
        #expect(abs(best.score - (2 + (1 - 1.2009 / 2) + 0.5)) < 0.01)
    }

    @Test func introductionsFallBackToAreas() {
        let graph = Network.Graph(edges: [Network.Edge("A", "B"), Network.Edge("B", "C")])
        let profiles = [
            Network.ActorProfile(id: "A", topics: ["Kultur"], area: "Hafen"),
            Network.ActorProfile(id: "C", topics: ["Kultur"], area: "Nordmarkt"),
            Network.ActorProfile(id: "D", topics: ["Kultur"], area: "Hafen"),
            Network.ActorProfile(id: "E", topics: ["Kultur"], area: "Hörde"),
        ]
        let options = Network.IntroductionOptions(neighbouringAreas: ["Nordmarkt": ["Hafen"]])
        let suggestions = Network.introductions(graph, profiles: profiles, options: options)
        #expect(suggestions.map { $0.first + $0.second } == ["AD", "CD", "AC"])
        #expect(suggestions[0].reason
            == "beide arbeiten zu Kultur, im selben Quartier, noch nicht verbunden – würde getrennte Teile des Netzes verbinden")
        #expect(suggestions[2].reason == "beide arbeiten zu Kultur, in benachbarten Quartieren, noch nicht verbunden")
        #expect(suggestions[2].nearness == .neighbouringArea)
    }

    @Test func germanFormatting() {
        #expect(Network.formatKm(1.249) == "1,2 km")
        #expect(Network.formatKm(0.04) == "unter 0,1 km")
        #expect(Network.formatKm(12.96) == "13,0 km")
        #expect(Network.germanList(["A", "B", "C"]) == "A, B und C")
    }
}
