@testable import App
import Foundation
import GemeinsamCore
import SQLKit
import Testing
import Vapor
import VaporTesting

@Suite(.serialized) struct ActorLinkTests {
    @Test func placesOffersAndBookingsNameTheirActorAndTiesFollow() async throws {
        try await withTestApp { app in
            // setup: Anna edits actor A, Ben edits actor B (both approved, both with the editing role)
            var anna = try await EditFixture.browser(app, email: "anna@example.org", actorEditor: true)
            var ben = try await EditFixture.browser(app, email: "ben@example.org", firstName: "Ben", actorEditor: true)
            var coordinator = try await EditFixture.browser(app, email: "k@example.org", firstName: "Kim", role: .coordinator)
            let a = try await ActorFixture.actor(app, name: "Verein A", editor: try await EditFixture.userID(app, "anna@example.org"))
            let b = try await ActorFixture.actor(app, name: "Verein B", editor: try await EditFixture.userID(app, "ben@example.org"))
            let sql = ActorFixture.sql(app)
            // Ben may not name Anna's actor for his place
            let wrong = try await ben.post("/orte/neu", try EditFixture.placeFields(app) + [("ownerActor", a.uuidString)])
            #expect(wrong.status == .unprocessableEntity && wrong.text.contains("Diesen Akteur können Sie hier nicht wählen"))
            // act: Ben's place is run by B
            let form = try await ben.get("/orte/neu")
            #expect(form.text.contains("Betrieben von (Akteur im Verzeichnis)") && form.text.contains("Verein B")
                    && !form.text.contains("Verein A"))
            let created = try await ben.post("/orte/neu", try EditFixture.placeFields(app) + [("ownerActor", b.uuidString)])
            #expect(created.status == .seeOther)
            let place = try EditFixture.redirectID(created)
            #expect(try await sql.select().column("owner_actor_id").from("places").where("id", .equal, place).first()?
                .decode(column: "owner_actor_id", as: UUID?.self) == b)
            let room = try await EditFixture.room(app, place: place)
            // Anna requests the room for A; Ben confirms: a "Raumnutzung" tie
            let day = FormInput.dateText(EditFixture.today().adding(days: 10)!)
            #expect(try await anna.post("/raeume/\(room)/anfragen", [("date", day), ("startTime", "10:00"), ("endTime", "12:00"),
                                                                     ("purpose", "Vereinstreffen"), ("actor", b.uuidString)]).status
                    == .unprocessableEntity)
            #expect(try await anna.post("/raeume/\(room)/anfragen", [("date", day), ("startTime", "10:00"), ("endTime", "12:00"),
                                                                     ("purpose", "Vereinstreffen"), ("actor", a.uuidString)]).status
                    == .seeOther)
            let booking = try #require(try await sql.select().columns("id", "requester_actor_id").from("room_bookings").first())
            #expect(try booking.decode(column: "requester_actor_id", as: UUID?.self) == a)
            #expect(try await ben.post("/buchungen/\(try booking.decode(column: "id", as: UUID.self))/entscheidung",
                                       [("action", "confirm")]).status == .seeOther)
            var ties = try await TieQueries.networkTies(on: sql)
            #expect(ties.count == 1 && ties[0].kind == .roomUse && ties[0].sourceID == a && ties[0].targetID == b)
            // the coordinator enters A's offer at B's place: a "gemeinsames Angebot" tie
            let offer = try await coordinator.post("/angebote/neu", EditFixture.offerFields(title: "Nähcafé", place: place)
                                                   + [("organiserActor", a.uuidString)])
            #expect(offer.status == .seeOther)
            ties = try await TieQueries.networkTies(on: sql)
            #expect(ties.contains { $0.kind == .jointOffer && $0.note == "Nähcafé" })
            // the actor page lists the place, the room and the offer
            var visitor = Browser(app)
            let pageB = try await visitor.get("/akteure/\(b)")
            #expect(pageB.text.contains("Quartierstreff Borsigplatz") && pageB.text.contains("Gruppenraum"))
            let pageA = try await visitor.get("/akteure/\(a)")
            #expect(pageA.text.contains("Nähcafé") && pageA.text.contains("Raumnutzung"))
        }
    }
}
