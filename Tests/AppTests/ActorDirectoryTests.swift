@testable import App
import Foundation
import GemeinsamCore
import SQLKit
import Testing
import Vapor
import VaporTesting

@Suite(.serialized) struct ActorDirectoryTests {
    @Test func anonymousVisitorsSeeOnlyApprovedActorsAndCannotWrite() async throws {
        try await withTestApp { app in
            // setup
            let approved = try await ActorFixture.actor(app, name: "Offener Treff Nord")
            let submitted = try await ActorFixture.actor(app, name: "Geheimer Entwurf", status: .submitted)
            var browser = Browser(app)
            // act
            let list = try await browser.get("/akteure")
            // check
            #expect(list.status == .ok)
            #expect(list.text.contains("Offener Treff Nord"))
            #expect(!list.text.contains("Geheimer Entwurf"))
            #expect(try await browser.get("/akteure/\(approved)").status == .ok)
            #expect(try await browser.get("/akteure/\(submitted)").status == .notFound)
            #expect(try await browser.get("/akteure/kein-uuid").status == .notFound)
            for path in ["/akteure/neu", "/akteure/meine", "/akteure/pruefen", "/netzwerk", "/akteure/\(approved)/bearbeiten",
                         "/akteure/\(approved)/kooperationen", "/akteure/\(approved)/redaktion"] {
                let res = try await browser.get(path)
                #expect(res.status == .seeOther, "\(path)")
                #expect(res.headers.first(name: .location) == "/konto/anmelden", "\(path)")
            }
            for path in ["/akteure/neu", "/akteure/\(approved)/bearbeiten", "/akteure/\(approved)/entscheidung",
                         "/akteure/\(approved)/kooperationen", "/akteure/\(approved)/redaktion"] {
                #expect(try await browser.post(path, ActorFixture.fields()).status == .unauthorized, "\(path)")
            }
            #expect(try await browser.get("/netzwerk/csv/akteure").status == .unauthorized)
            #expect(try await EditFixture.count(app, "actors") == 2)
        }
    }

    @Test func filtersNarrowTheListAndUnknownValuesAreReported() async throws {
        try await withTestApp { app in
            try await ActorFixture.actor(app, name: "Repair-Café Borsigplatz", topics: [.making])
            try await ActorFixture.actor(app, name: "Seniorentreff Hörde", topics: [.seniors], in: "hoerde")
            var browser = Browser(app)
            let making = try await browser.get("/akteure?thema=making")
            #expect(making.text.contains("Repair-Café Borsigplatz") && !making.text.contains("Seniorentreff Hörde"))
            let area = try await browser.get("/akteure?gebiet=hoerde")
            #expect(area.text.contains("Seniorentreff Hörde") && !area.text.contains("Repair-Café Borsigplatz"))
            let district = try await browser.get("/akteure?gebiet=innenstadt-nord")
            #expect(district.text.contains("Repair-Café Borsigplatz") && !district.text.contains("Seniorentreff Hörde"))
            // the name search folds case and umlauts
            let search = try await browser.get("/akteure?q=hoerde")
            #expect(search.text.contains("Seniorentreff Hörde") && !search.text.contains("Repair-Café"))
            let bad = try await browser.get("/akteure?thema=%3Cscript%3E")
            #expect(bad.status == .badRequest)
            #expect(bad.text.contains("Thema") && !bad.text.contains("<script>"))
        }
    }

    @Test func csvAndGeoJSONExportTheApprovedActors() async throws {
        try await withTestApp { app in
            try await ActorFixture.actor(app, name: "=HYPERLINK(\"http://böse.example\")")
            try await ActorFixture.actor(app, name: "Treff; mit \"Zeichen\"")
            try await ActorFixture.actor(app, name: "Noch nicht frei", status: .submitted)
            var browser = Browser(app)
            let csv = try await browser.get("/akteure.csv")
            #expect(csv.status == .ok)
            #expect(csv.headers.contentType?.description.hasPrefix("text/csv") == true)
            let text = csv.text
            #expect(text.hasPrefix("\u{FEFF}Name;Rechtsform;"))
            #expect(text.contains("'=HYPERLINK"))          // spreadsheet formula neutralised
            #expect(text.contains("\"Treff; mit \"\"Zeichen\"\"\""))
            #expect(!text.contains("Noch nicht frei"))
            let geo = try await browser.get("/akteure.geojson")
            #expect(geo.headers.first(name: .contentType) == "application/geo+json")
            let json = try #require(try JSONSerialization.jsonObject(with: Data(geo.text.utf8)) as? [String: Any])
            let features = try #require(json["features"] as? [[String: Any]])
            #expect(features.count == 2)
            let coordinates = try #require((features.first?["geometry"] as? [String: Any])?["coordinates"] as? [Double])
            #expect(coordinates.count == 2 && (7...8).contains(coordinates[0]) && (51...52).contains(coordinates[1]))
        }
    }

    @Test func apiListsDetailsAndRejectsBadParameters() async throws {
        try await withTestApp { app in
            let partner = try await ActorFixture.actor(app, name: "Partner e. V.")
            let actor = try await ActorFixture.actor(app, name: "Hauptverein", topics: [.making])
            try await ActorFixture.confirmedTie(app, actor, partner)
            let hidden = try await ActorFixture.actor(app, name: "Entwurf", status: .submitted)
            var browser = Browser(app)
            let list = try await browser.get("/api/v1/actors?topic=making")
            let listJSON = try #require(try JSONSerialization.jsonObject(with: Data(list.text.utf8)) as? [String: Any])
            #expect(listJSON["count"] as? Int == 1)
            let detail = try await browser.get("/api/v1/actors/\(actor)")
            let detailJSON = try #require(try JSONSerialization.jsonObject(with: Data(detail.text.utf8)) as? [String: Any])
            let cooperations = try #require(detailJSON["cooperations"] as? [[String: Any]])
            #expect(cooperations.first?["partnerName"] as? String == "Partner e. V.")
            for path in ["/api/v1/actors/\(hidden)", "/api/v1/actors/nicht-da"] {
                let res = try await browser.get(path)
                #expect(res.status == .notFound, "\(path)")
                #expect(res.headers.first(name: .contentType)?.hasPrefix("application/problem+json") == true)
            }
            for path in ["/api/v1/actors?topic=xyz", "/api/v1/actors?area=district:99", "/api/v1/actors.geojson?legalForm=gmbh"] {
                let res = try await browser.get(path)
                #expect(res.status == .badRequest, "\(path)")
                #expect(res.headers.first(name: .contentType)?.hasPrefix("application/problem+json") == true)
            }
            let geo = try await browser.get("/api/v1/actors.geojson")
            #expect(geo.status == .ok && geo.headers.first(name: .contentType) == "application/geo+json")
        }
    }
}
