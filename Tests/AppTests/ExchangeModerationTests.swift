@testable import App
import Foundation
import GemeinsamCore
import SQLKit
import Testing
import Vapor
import VaporTesting

@Suite struct ExchangeModerationTests {
    @Test func threeReportsFromDifferentAccountsHideUntilReview() async throws {
        try await withTestApp { app in
            var anna = try await ExchangeTest.person(app, "anna@example.org", first: "Anna")
            let listing = try await ExchangeTest.createListing(&anna, ExchangeTest.listingFields(title: "Verdächtiges Angebot"))
            var reporters: [Browser] = []
            for i in 0..<3 { reporters.append(try await ExchangeTest.person(app, "r\(i)@example.org", first: "Rita")) }
            // the author cannot report; bad reasons are refused
            #expect(try await anna.post("/boerse/\(listing)/melden", [("reason", "spam")]).status == .unprocessableEntity)
            #expect(try await reporters[0].post("/boerse/\(listing)/melden", [("reason", "bitcoin")]).status == .unprocessableEntity)
            // the same account twice counts once
            #expect(try await reporters[0].post("/boerse/\(listing)/melden", [("reason", "money")]).status == .seeOther)
            let twice = try await reporters[0].post("/boerse/\(listing)/melden", [("reason", "money")])
            #expect(twice.headers.first(name: .location)?.contains("bereits-gemeldet") == true)
            #expect(try await reporters[1].post("/boerse/\(listing)/melden", [("reason", "spam"), ("note", "Vorkasse")]).status == .seeOther)
            var visitor = Browser(app)
            #expect(try await visitor.get("/boerse/\(listing)").status == .ok)          // two reports: still visible
            #expect(try await reporters[2].post("/boerse/\(listing)/melden", [("reason", "danger")]).status == .seeOther)
            // hidden for the public, the lists and the API; the author still sees it with a notice
            #expect(try await visitor.get("/boerse/\(listing)").status == .notFound)
            #expect(!(try await visitor.get("/boerse/quartier/borsigplatz")).text.contains("href=\"/boerse/\(listing)\""))
            #expect(!(try await visitor.get("/api/v1/listings")).text.contains("Verdächtiges Angebot"))
            #expect(try await anna.get("/boerse/\(listing)").text.contains("ausgeblendet"))
            // moderators: the coordinator and the area manager of Borsigplatz, not the one of Hafen
            var hafen = try await ExchangeTest.person(app, "hafen@example.org", first: "Hans")
            try await grant(.areaManager, to: "hafen@example.org",
                            area: app.geographyStore.snapshot.area(kind: .statisticalDistrict, slug: "hafen")!.id, in: app)
            #expect(!(try await hafen.get("/moderation")).text.contains("Verdächtiges Angebot"))
            #expect(try await hafen.post("/moderation/entscheidung", [("listing", String(listing)), ("decision", "restore")]).status == .forbidden)
            var cara = try await ExchangeTest.person(app, "cara@example.org", first: "Cara")
            #expect(try await cara.get("/moderation").status == .forbidden)
            try await grant(.coordinator, to: "cara@example.org", in: app)
            let queue = try await cara.get("/moderation")
            #expect(queue.text.contains("Verdächtiges Angebot"))
            #expect(queue.text.contains("3 Meldungen"))
            #expect(try await cara.post("/moderation/entscheidung", [("listing", String(listing)), ("decision", "vielleicht")]).status == .unprocessableEntity)
            var borsig = try await ExchangeTest.person(app, "borsig@example.org", first: "Bora")
            try await grant(.areaManager, to: "borsig@example.org",
                            area: app.geographyStore.snapshot.area(kind: .statisticalDistrict, slug: "borsigplatz")!.id, in: app)
            #expect(try await borsig.get("/moderation").text.contains("Verdächtiges Angebot"))
            #expect(try await borsig.post("/moderation/entscheidung", [("listing", String(listing)), ("decision", "restore"),
                                                                        ("note", "Harmlos")]).status == .seeOther)
            #expect(try await visitor.get("/boerse/\(listing)").status == .ok)
            let log = try await cara.get("/moderation")
            #expect(log.text.contains("wieder angezeigt") && log.text.contains("Harmlos"))
            #expect(!log.text.contains("3 Meldungen"))
            // removal
            try await ModerationQueries.decide(listingID: listing, messageID: nil, areaID: 0, decision: "remove", note: "",
                                               moderator: try #require(try await RoleQueries.userID(email: "cara@example.org", on: ExchangeTest.sql(app))),
                                               now: app.clock.now, on: ExchangeTest.sql(app))
            #expect(try await visitor.get("/boerse/\(listing)").status == .notFound)
            #expect(try await anna.get("/boerse/\(listing)").text.contains("entfernt"))
        }
    }

    @Test func messagesCanBeReported() async throws {
        try await withTestApp { app in
            var anna = try await ExchangeTest.person(app, "anna@example.org", first: "Anna")
            let listing = try await ExchangeTest.createListing(&anna)
            var ben = try await ExchangeTest.person(app, "ben@example.org", first: "Ben")
            let request = try await ExchangeTest.requestContact(&ben, listing: listing)
            let path = "/boerse/anfragen/\(request.uuidString.lowercased())"
            #expect(try await ben.post(path + "/nachricht", [("body", "Überweisen Sie mir bitte 50 Euro vorab.")]).status == .seeOther)
            let messageID = try #require(try await ExchangeTest.sql(app).select().column("id").from("exchange_messages").first()?
                .decode(column: "id", as: UUID.self))
            #expect(try await ben.post("/boerse/nachrichten/\(messageID.uuidString.lowercased())/melden", [("reason", "money")]).status == .unprocessableEntity)
            var cara = try await ExchangeTest.person(app, "cara@example.org", first: "Cara")
            #expect(try await cara.post("/boerse/nachrichten/\(messageID.uuidString.lowercased())/melden", [("reason", "money")]).status == .notFound)
            #expect(try await anna.post("/boerse/nachrichten/\(messageID.uuidString.lowercased())/melden", [("reason", "money")]).status == .seeOther)
            try await grant(.coordinator, to: "cara@example.org", in: app)
            let queue = try await cara.get("/moderation")
            #expect(queue.text.contains("50 Euro vorab"))
            #expect(try await cara.post("/moderation/entscheidung", [("listing", String(listing)), ("message", messageID.uuidString),
                                                                      ("decision", "remove")]).status == .seeOther)
            #expect(try await anna.get(path).text.contains("ausgeblendet"))
        }
    }
}
