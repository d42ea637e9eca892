@testable import App
import Foundation
import GemeinsamCore
import SQLKit
import Testing
import Vapor
import VaporTesting

@Suite struct ExchangeContactTests {
    @Test func requestThreadAcceptanceAndNotifications() async throws {
        try await withTestApp { app in
            var anna = try await ExchangeTest.person(app, "anna@example.org", first: "Anna", initial: "B")
            let listing = try await ExchangeTest.createListing(&anna)
            var ben = try await ExchangeTest.person(app, "ben@example.org", first: "Ben", initial: "K")
            let page = try await ben.get("/boerse/\(listing)")
            #expect(page.text.contains("Ich kann helfen"))
            let request = try await ExchangeTest.requestContact(&ben, listing: listing, message: "Samstag <i>passt</i> mir.")
            let path = "/boerse/anfragen/\(request.uuidString.lowercased())"
            // the author is notified (outbox, listed in the account)
            let notifications = try await anna.get("/konto/benachrichtigungen")
            #expect(notifications.text.contains("Neue Anfrage zu Ihrem Eintrag"))
            #expect(notifications.text.contains("wartet auf Versand"))
            let thread = try await anna.get(path)
            #expect(thread.status == .ok)
            #expect(thread.text.contains("Samstag &lt;i&gt;passt&lt;/i&gt; mir."))
            #expect(thread.text.contains("Annehmen"))
            // messages both ways
            #expect(try await anna.post(path + "/nachricht", [("body", "Um 10 Uhr am Kiosk?")]).status == .seeOther)
            #expect(try await ben.post(path + "/nachricht", [("body", "Gern!")]).status == .seeOther)
            let benThread = try await ben.get(path)
            #expect(benThread.text.contains("Um 10 Uhr am Kiosk?") && benThread.text.contains("Gern!"))
            #expect(!benThread.text.contains("Annehmen"))
            #expect(try await ben.post(path + "/nachricht", [("body", "")]).status == .unprocessableEntity)
            #expect(try await ben.post(path + "/nachricht", [("body", String(repeating: "z", count: 100_000))]).status == .unprocessableEntity)
            // only the author accepts
            #expect(try await ben.post(path + "/annehmen", [("contactWay", "email")]).status == .forbidden)
            #expect(try await anna.post(path + "/annehmen", [("contactWay", "phone"), ("phone", "abc")]).status == .unprocessableEntity)
            #expect(try await anna.post(path + "/annehmen", [("contactWay", "email")]).status == .seeOther)
            #expect(try await ben.get(path).text.contains("anna@example.org"))
            #expect(try await anna.get(path).text.contains("ben@example.org"))
            #expect(try await ben.get("/konto/benachrichtigungen").text.contains("wurde angenommen"))
            // the listing is now "vermittelt"
            #expect(try await ben.get("/boerse/\(listing)").text.contains("vermittelt"))
            #expect(try await anna.post(path + "/ablehnen", []).status == .unprocessableEntity)
        }
    }

    @Test func whoMayRequestAndSeeAThread() async throws {
        try await withTestApp { app in
            var anna = try await ExchangeTest.person(app, "anna@example.org", first: "Anna")
            let listing = try await ExchangeTest.createListing(&anna)
            // not on one's own listing
            #expect(try await anna.post("/boerse/\(listing)/anfrage", [("message", "x"), ("contactWay", "email")]).status == .unprocessableEntity)
            var visitor = Browser(app)
            let anonymous = try await visitor.post("/boerse/\(listing)/anfrage", [("message", "x"), ("contactWay", "email")])
            #expect(anonymous.status == .seeOther && anonymous.headers.first(name: .location) == "/konto/anmelden")
            var ben = try await ExchangeTest.person(app, "ben@example.org", first: "Ben")
            let bad = try await ben.post("/boerse/\(listing)/anfrage", [("message", ""), ("contactWay", "fax")])
            #expect(bad.status == .unprocessableEntity)
            #expect(bad.text.contains("id=\"message-error\"") && bad.text.contains("id=\"contactWay-error\""))
            let noPhone = try await ben.post("/boerse/\(listing)/anfrage", [("message", "Hallo"), ("contactWay", "phone"), ("phone", "12")])
            #expect(noPhone.status == .unprocessableEntity && noPhone.text.contains("id=\"phone-error\""))
            let request = try await ExchangeTest.requestContact(&ben, listing: listing)
            #expect(try await ben.post("/boerse/\(listing)/anfrage", [("message", "nochmal"), ("contactWay", "email")]).status == .unprocessableEntity)
            // strangers, even the coordinator, do not see the thread
            var cara = try await ExchangeTest.person(app, "cara@example.org", first: "Cara")
            #expect(try await cara.get("/boerse/anfragen/\(request.uuidString.lowercased())").status == .notFound)
            try await grant(.coordinator, to: "cara@example.org", in: app)
            #expect(try await cara.get("/boerse/anfragen/\(request.uuidString.lowercased())").status == .notFound)
            #expect(try await cara.post("/boerse/anfragen/\(request.uuidString.lowercased())/nachricht", [("body", "Hi")]).status == .notFound)
            #expect(try await cara.get("/boerse/anfragen/nicht-da").status == .notFound)
            #expect(try await visitor.get("/boerse/anfragen/\(request.uuidString.lowercased())").status == .seeOther)
            // the requester withdraws
            #expect(try await ben.post("/boerse/anfragen/\(request.uuidString.lowercased())/zurueckziehen", []).status == .seeOther)
            #expect(try await ben.post("/boerse/anfragen/\(request.uuidString.lowercased())/nachricht", [("body", "Hi")]).status == .unprocessableEntity)
        }
    }

    @Test func blockingStopsContactBothWays() async throws {
        try await withTestApp { app in
            var anna = try await ExchangeTest.person(app, "anna@example.org", first: "Anna")
            let first = try await ExchangeTest.createListing(&anna)
            let second = try await ExchangeTest.createListing(&anna, ExchangeTest.listingFields(title: "Zweiter Eintrag"))
            var ben = try await ExchangeTest.person(app, "ben@example.org", first: "Ben", initial: "K")
            let request = try await ExchangeTest.requestContact(&ben, listing: first)
            let path = "/boerse/anfragen/\(request.uuidString.lowercased())"
            #expect(try await anna.post(path + "/sperren", []).status == .seeOther)
            #expect(try await anna.get(path).text.contains("abgelehnt"))
            let again = try await ben.post("/boerse/\(second)/anfrage", [("message", "Hallo"), ("contactWay", "email")])
            #expect(again.status == .forbidden)
            #expect(again.text.contains("kein Kontakt möglich"))
            let mine = try await anna.get("/konto/boerse")
            #expect(mine.text.contains("Ben K."))
            let blockedID = try #require(try await RoleQueries.userID(email: "ben@example.org", on: ExchangeTest.sql(app)))
            #expect(try await anna.post("/konto/boerse/entsperren", [("person", blockedID.uuidString)]).status == .seeOther)
            _ = try await ExchangeTest.requestContact(&ben, listing: second)
        }
    }

    @Test func tenContactRequestsPerDay() async throws {
        try await withTestApp { app in
            var ids: [Int] = []
            for i in 0..<3 {
                var author = try await ExchangeTest.person(app, "autor\(i)@example.org", first: "Alex")
                for j in 0..<4 { ids.append(try await ExchangeTest.createListing(&author, ExchangeTest.listingFields(title: "E \(i)-\(j)"))) }
            }
            var ben = try await ExchangeTest.person(app, "ben@example.org", first: "Ben")
            for id in ids.prefix(10) { _ = try await ExchangeTest.requestContact(&ben, listing: id) }
            let eleventh = try await ben.post("/boerse/\(ids[10])/anfrage", [("message", "Hallo"), ("contactWay", "email")])
            #expect(eleventh.status == .tooManyRequests)
        }
    }
}
