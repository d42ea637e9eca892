@testable import App
import Foundation
import GemeinsamCore
import SQLKit
import Testing
import Vapor
import VaporTesting

@Suite(.serialized) struct NetworkPageTests {
    @Test func coordinatorsSeeTheNetworkWithTablesAndCSV() async throws {
        try await withTestApp { app in
            // setup: a triangle, a separate pair and an isolated actor
            let a = try await ActorFixture.actor(app, name: "Alpha")
            let b = try await ActorFixture.actor(app, name: "Beta")
            let c = try await ActorFixture.actor(app, name: "Gamma", in: "nordmarkt")
            let d = try await ActorFixture.actor(app, name: "Delta", in: "hoerde")
            let e = try await ActorFixture.actor(app, name: "Epsilon", in: "hoerde")
            try await ActorFixture.actor(app, name: "Zeta", in: "hoerde")
            for (x, y) in [(a, b), (b, c), (a, c), (d, e)] {
                try await ActorFixture.confirmedTie(app, x, y)
            }
            var coordinator = try await EditFixture.browser(app, email: "k@example.org", firstName: "Kim", role: .coordinator)
            // act
            let page = try await coordinator.get("/netzwerk")
            // check
            #expect(page.status == .ok)
            #expect(page.text.contains("<svg class=\"network-map\""))
            #expect(page.text.contains("3 Gruppen, die nicht miteinander verbunden sind"))
            #expect(page.text.contains("<caption>"))
            let groups = try await coordinator.get("/netzwerk/csv/gruppen")
            #expect(groups.text.hasPrefix("\u{FEFF}Gruppe;Akteure;Mitglieder"))
            #expect(groups.text.contains("1;3;Alpha, Beta, Gamma"))
            let actors = try await coordinator.get("/netzwerk/csv/akteure")
            // Beta in a triangle: degree 2, betweenness 0, closeness (5 other actors, 2 reachable) = 2/5 * 2/2 = 0.4
            #expect(actors.text.contains("Beta;\(b.uuidString.lowercased());1;"))
            #expect(actors.text.contains(";2;2;0;0,4;1;nein"))
            #expect(try await coordinator.get("/netzwerk/csv/unbekannt").status == .notFound)
            var resident = try await EditFixture.browser(app, email: "r@example.org", firstName: "Rita")
            #expect(try await resident.get("/netzwerk").status == .forbidden)
            #expect(try await resident.get("/netzwerk/csv/akteure").status == .forbidden)
        }
    }

    @Test func sampleContentBuildsANetworkWithTwoSeparateParts() async throws {
        try await withTestApp { app in
            _ = try await SampleContent.seed(app)
            let model = try await NetworkModel.load(on: ActorFixture.sql(app), geography: app.geographyStore.snapshot)
            #expect(model.analysis.graph.nodeCount > 30)
            #expect(model.analysis.components.count >= 2)
            #expect(!model.brokers.isEmpty && !model.hotspots.isEmpty && !model.introductions.isEmpty)
            // seeding twice adds nothing
            let before = try await EditFixture.count(app, "actors")
            _ = try await SampleContent.seed(app)
            #expect(try await EditFixture.count(app, "actors") == before)
        }
    }
}
