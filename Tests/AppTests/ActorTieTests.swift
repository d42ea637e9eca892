@testable import App
import Foundation
import GemeinsamCore
import SQLKit
import Testing
import Vapor
import VaporTesting

@Suite(.serialized) struct ActorTieTests {
    @Test func proposeConfirmAndWhoMayNot() async throws {
        try await withTestApp { app in
            // setup
            var anna = try await EditFixture.browser(app, email: "anna@example.org")
            var ben = try await EditFixture.browser(app, email: "ben@example.org", firstName: "Ben")
            let a = try await ActorFixture.actor(app, name: "Verein A", editor: try await EditFixture.userID(app, "anna@example.org"))
            let b = try await ActorFixture.actor(app, name: "Verein B", editor: try await EditFixture.userID(app, "ben@example.org"))
            let draft = try await ActorFixture.actor(app, name: "Entwurf C", status: .submitted)
            // bad proposals
            #expect(try await anna.post("/akteure/\(a)/kooperationen", [("partner", a.uuidString), ("kind", "kooperation")]).status
                    == .unprocessableEntity)
            #expect(try await anna.post("/akteure/\(a)/kooperationen", [("partner", draft.uuidString), ("kind", "kooperation")]).status
                    == .unprocessableEntity)
            #expect(try await anna.post("/akteure/\(a)/kooperationen", [("partner", b.uuidString), ("kind", "freundschaft")]).status
                    == .unprocessableEntity)
            #expect(try await ben.post("/akteure/\(a)/kooperationen", [("partner", b.uuidString), ("kind", "kooperation")]).status
                    == .forbidden)
            // act: propose
            let proposed = try await anna.post("/akteure/\(a)/kooperationen", [("partner", b.uuidString), ("kind", "kooperation"),
                                                                               ("note", "Sommerfest")])
            #expect(proposed.status == .seeOther)
            let again = try await anna.post("/akteure/\(a)/kooperationen", [("partner", b.uuidString), ("kind", "kooperation")])
            #expect(again.status == .conflict)
            let ties = try await TieQueries.proposedTies(of: a, on: ActorFixture.sql(app))
            let tie = try #require(ties.first)
            #expect(tie.status == .proposed)
            #expect(try await TieQueries.networkTies(on: ActorFixture.sql(app)).isEmpty)   // not yet
            #expect(try await ben.get("/akteure/\(b)/kooperationen").text.contains("Verein A nennt Sie als Partner"))
            // the proposer may not confirm
            #expect(try await anna.post("/kooperationen/\(tie.id!)/entscheidung", [("decision", "bestaetigen")]).status == .forbidden)
            // act: confirm
            let confirmed = try await ben.post("/kooperationen/\(tie.id!)/entscheidung", [("decision", "bestaetigen"), ("actor", b.uuidString)])
            #expect(confirmed.status == .seeOther)
            let network = try await TieQueries.networkTies(on: ActorFixture.sql(app))
            #expect(network.count == 1 && network[0].kind == .cooperation)
            var visitor = Browser(app)
            #expect(try await visitor.get("/akteure/\(a)").text.contains("Verein B"))
            // a stranger may not end it
            var carla = try await EditFixture.browser(app, email: "carla@example.org", firstName: "Carla")
            #expect(try await carla.post("/kooperationen/\(tie.id!)/entscheidung", [("decision", "beenden")]).status == .forbidden)
            // either side may end it
            #expect(try await anna.post("/kooperationen/\(tie.id!)/entscheidung", [("decision", "beenden")]).status == .seeOther)
            #expect(try await TieQueries.networkTies(on: ActorFixture.sql(app)).isEmpty)
        }
    }

    @Test func tiesAreDerivedFromOffersAtPartnersPlacesAndRoomBookings() async throws {
        try await withTestApp { app in
            let sql = ActorFixture.sql(app)
            let host = try await ActorFixture.actor(app, name: "Gastgeber")
            let guest = try await ActorFixture.actor(app, name: "Gast")
            let place = try await EditFixture.place(app)
            try await sql.update("places").set("owner_actor_id", to: host).where("id", .equal, place).run()
            let offer = try await EditFixture.offer(app, place: place)
            try await sql.update("offers").set("organiser_actor_id", to: guest).where("id", .equal, offer).run()
            let ties = try await TieQueries.networkTies(on: sql)
            #expect(ties.count == 1)
            #expect(ties.first?.kind == .jointOffer && ties.first?.note == "Spielenachmittag")
            let model = try await NetworkModel.load(on: sql, geography: app.geographyStore.snapshot)
            #expect(model.analysis.graph.edgeCount == 1 && model.analysis.components.count == 1)
            // an unapproved actor does not count
            try await sql.update("actors").set("status", to: "rejected").where("id", .equal, guest).run()
            #expect(try await TieQueries.networkTies(on: sql).isEmpty)
        }
    }
}
