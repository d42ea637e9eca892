@testable import App
import Foundation
import GemeinsamCore
import SQLKit
import Testing
import Vapor
import VaporTesting

@Suite struct ExchangeAPITests {
    private func json(_ res: TestingHTTPResponse) throws -> [String: Any] {
        try #require(try JSONSerialization.jsonObject(with: Data(res.body.string.utf8)) as? [String: Any])
    }

    @Test func listsPublicFieldsOnlyWithFilters() async throws {
        try await withTestApp { app in
            var anna = try await ExchangeTest.person(app, "anna@example.org", first: "Anna", initial: "B")
            let id = try await ExchangeTest.createListing(&anna)
            var kira = try await ExchangeTest.person(app, "kira@example.org", first: "Kira")
            let site = try await ExchangeTest.kiosk(app, staff: "kira@example.org")
            let kiosk = try await ExchangeTest.intake(&kira, ExchangeTest.intakeFields(site: site))
            let res = try await anna.get("/api/v1/listings?area=06")
            #expect(res.status == .ok)
            let body = try json(res)
            let items = try #require(body["items"] as? [[String: Any]])
            #expect(items.count == 2)
            let item = try #require(items.first { $0["id"] as? Int == id })
            #expect(Set(item.keys) == ["id", "url", "kind", "category", "categoryName", "title", "text", "publicName", "quartier",
                                       "district", "timing", "validUntil", "status", "viaKiosk", "createdAt", "isSample"])
            #expect(item["url"] as? String == "http://localhost:8080/boerse/\(id)")
            #expect(item["publicName"] as? String == "Anna B.")
            #expect(item["viaKiosk"] is NSNull)
            #expect((item["quartier"] as? [String: Any])?["name"] as? String == "Borsigplatz")
            #expect((item["timing"] as? [String: Any])?["date"] is NSNull)
            let kioskItem = try #require(items.first { $0["id"] as? Int == kiosk })
            #expect(kioskItem["viaKiosk"] as? String == "NachbarBude Test")
            #expect(!res.text.contains("5550177") && !res.text.contains("@example.org") && !res.text.contains("author"))
            #expect(try json(try await anna.get("/api/v1/listings?area=district:8"))["count"] as? Int == 0)
            #expect(try json(try await anna.get("/api/v1/listings?area=borsigplatz&kind=offer"))["count"] as? Int == 0)
            #expect(try json(try await anna.get("/api/v1/listings?kind=request&category=errands"))["count"] as? Int == 1)
            #expect(try json(try await anna.get("/api/v1/listings?limit=1"))["hasMore"] as? Bool == true)
        }
    }

    @Test(arguments: [
        ("/api/v1/listings?kind=both", 400), ("/api/v1/listings?category=%00", 400), ("/api/v1/listings?limit=0", 400),
        ("/api/v1/listings?limit=abc", 400), ("/api/v1/listings?offset=-1", 400), ("/api/v1/listings?area=atlantis", 404),
        ("/api/v1/listings?area=district:99", 404),
    ])
    func badParametersGetProblemJSON(path: String, status: Int) async throws {
        try await withTestApp { app in
            try await app.testing().test(.GET, path) { res in
                #expect(Int(res.status.code) == status)
                #expect(res.headers.first(name: .contentType)?.hasPrefix("application/problem+json") == true)
            }
        }
    }
}

@Suite struct ExchangeAccountDataTests {
    @Test func downloadContainsAndDeletionRemovesTheBoerseData() async throws {
        try await withTestApp { app in
            var anna = try await ExchangeTest.person(app, "anna@example.org", first: "Anna")
            let listing = try await ExchangeTest.createListing(&anna, ExchangeTest.listingFields(title: "Annas Eintrag"))
            var ben = try await ExchangeTest.person(app, "ben@example.org", first: "Ben")
            let own = try await ExchangeTest.createListing(&ben, ExchangeTest.listingFields(title: "Bens Eintrag"))
            let request = try await ExchangeTest.requestContact(&ben, listing: listing, message: "Bens Nachricht", way: "phone", phone: "0231 999888")
            #expect(try await anna.post("/boerse/anfragen/\(request.uuidString.lowercased())/annehmen", [("contactWay", "phone"), ("phone", "0231 111222")]).status == .seeOther)
            #expect(try await ben.post("/boerse/anfragen/\(request.uuidString.lowercased())/nachricht", [("body", "Bis Samstag")]).status == .seeOther)
            #expect(try await ben.post("/konto/ehrenamt", [("match", request.uuidString), ("date", FormInput.dateText(app.clock.today)),
                                                            ("duration", "1:00"), ("activity", "Einkauf")]).status == .seeOther)
            #expect(try await ben.post("/konto/boerse/zusammenfassung", [("action", "on"), ("quartier", "borsigplatz"), ("categories[]", "errands")]).status == .seeOther)
            let download = try await ben.get("/konto/daten.json")
            #expect(download.status == .ok)
            for expected in ["Bens Eintrag", "Bens Nachricht", "0231 999888", "Bis Samstag", "Einkauf", "errands", "nachbarschaftsboerse"] {
                #expect(download.text.contains(expected), "fehlt im Download: \(expected)")
            }
            #expect(!download.text.contains("0231 111222"))   // Anna's number is hers
            #expect(try await anna.get("/konto/daten.json").text.contains("0231 111222"))
            // delete Ben's account: his listing, request, messages, hours, subscription, notifications are gone
            #expect(try await ben.post("/konto/loeschen", [("password", Browser.password)]).status == .ok)
            let sql = ExchangeTest.sql(app)
            #expect(try await ExchangeTest.count(app, "listings", where: "id", own) == 0)
            #expect(try await ExchangeTest.count(app, "contact_requests") == 0)
            #expect(try await ExchangeTest.count(app, "exchange_messages") == 0)
            #expect(try await ExchangeTest.count(app, "volunteer_hours") == 0)
            #expect(try await ExchangeTest.count(app, "digest_subscriptions") == 0)
            let texts = try await sql.select().column("body").from("outbox").all().map { try $0.decode(column: "body", as: String.self) }
            #expect(texts.allSatisfy { !$0.contains("Bens Nachricht") })
            #expect(try await ExchangeTest.count(app, "listings", where: "id", listing) == 1)   // Anna's listing stays
        }
    }

    @Test func sampleContentCoversEveryDistrictAndStatus() async throws {
        try await withTestApp { app in
            let added = try await ExchangeSampleSeeder().seed(app)
            #expect(added >= 40)
            #expect(try await ExchangeSampleSeeder().seed(app) == 0)   // seeding twice adds nothing
            let sql = ExchangeTest.sql(app)
            let rows = try await sql.select().columns("district_id", "status", "kiosk_site_id", "valid_until", "is_sample").from("listings").all()
            #expect(Set(try rows.map { try $0.decode(column: "district_id", as: Int.self) }).count == 12)
            let today = app.clock.today
            let shown = Set(try rows.map { row -> CoreExchange.Status in
                CoreExchange.Rules.effectiveStatus(stored: CoreExchange.Status(rawValue: try row.decode(column: "status", as: String.self))!,
                                                   validUntil: try CalendarDate(iso: try row.decode(column: "valid_until", as: String.self)),
                                                   today: today)
            })
            #expect(shown == Set(CoreExchange.Status.allCases))
            #expect(try rows.filter { try $0.decode(column: "kiosk_site_id", as: Int?.self) != nil }.count >= 10)
            #expect(try rows.allSatisfy { try $0.decode(column: "is_sample", as: Bool.self) })
            var visitor = Browser(app)
            let page = try await visitor.get("/boerse")
            #expect(page.text.contains("Beispiel"))
        }
    }
}
