@testable import App
import Foundation
import GemeinsamCore
import SQLKit
import Testing
import Vapor
import VaporTesting

/// /verwalten, places, place types and who may do what.
@Suite(.serialized) struct MeetingsEditingTests {
    @Test func anonymousVisitorsAreSentToLoginAndCannotPost() async throws {
        try await withTestApp { app in
            let place = try await EditFixture.place(app)
            let offer = try await EditFixture.offer(app, place: place)
            var browser = Browser(app)
            for path in ["/verwalten", "/orte/neu", "/angebote/neu", "/orte/\(place)/bearbeiten", "/orte/\(place)/verlauf",
                         "/angebote/\(offer)/bearbeiten", "/angebote/\(offer)/verlauf", "/orte/\(place)/raeume/neu",
                         "/buchungen", "/verwaltung/ortstypen"] {
                let res = try await browser.get(path)
                #expect(res.status == .seeOther, "\(path)")
                #expect(res.headers.first(name: .location) == "/konto/anmelden", "\(path)")
            }
            for path in ["/orte/neu", "/angebote/neu", "/orte/\(place)/bearbeiten", "/orte/\(place)/status",
                         "/angebote/\(offer)/bearbeiten", "/angebote/\(offer)/status", "/verwaltung/ortstypen"] {
                let res = try await browser.post(path, [("name", "x"), ("status", "paused")])
                #expect(res.status == .unauthorized, "\(path)")
                #expect(res.text.contains("Bitte melden Sie sich an"))
            }
            let sql = EditFixture.sql(app)
            let status = try await sql.select().column("status").from("places").first()?.decode(column: "status", as: String.self)
            #expect(status == "published")
        }
    }

    @Test func residentsGet403EverywhereAndNoNavLink() async throws {
        try await withTestApp { app in
            let place = try await EditFixture.place(app)
            let offer = try await EditFixture.offer(app, place: place)
            var resident = try await EditFixture.browser(app, email: "ben@example.org", firstName: "Ben")
            let account = try await resident.get("/konto")
            #expect(!account.text.contains("href=\"/verwalten\""))
            for path in ["/verwalten", "/orte/neu", "/angebote/neu", "/orte/\(place)/bearbeiten", "/angebote/\(offer)/verlauf",
                         "/orte/\(place)/raeume/neu", "/verwaltung/ortstypen"] {
                let res = try await resident.get(path)
                #expect(res.status == .forbidden, "\(path)")
                #expect(res.text.contains("Kein Zugriff"))
            }
            let post = try await resident.post("/orte/neu", try EditFixture.placeFields(app))
            #expect(post.status == .forbidden)
            let status = try await resident.post("/angebote/\(offer)/status", [("status", "cancelled")])
            #expect(status.status == .forbidden)
            #expect(try await EditFixture.count(app, "places") == 1)
        }
    }

    @Test func actorEditorCreatesAPlaceThroughTheForm() async throws {
        try await withTestApp { app in
            var editor = try await EditFixture.browser(app, email: "anna@example.org", actorEditor: true)
            let manage = try await editor.get("/verwalten")
            #expect(manage.status == .ok)
            #expect(manage.text.contains("href=\"/verwalten\""))     // the nav link
            #expect(manage.text.contains("Orte (0)"))
            let form = try await editor.get("/orte/neu")
            #expect(form.status == .ok)
            #expect(form.text.contains("Stufenloser Zugang"))
            #expect(form.text.contains("<legend>Barrierefreiheit</legend>"))

            let created = try await editor.post("/orte/neu", try EditFixture.placeFields(app))
            #expect(created.status == .seeOther, "\(created.text.prefix(2000))")
            let id = try EditFixture.redirectID(created)
            let row = try #require(try await EditFixture.sql(app).select().columns("owner_user_id", "area_id", "step_free", "elevator", "lat", "status", "description")
                .from("places").where("id", .equal, id).first())
            #expect(try row.decode(column: "owner_user_id", as: UUID?.self) == (try await EditFixture.userID(app, "anna@example.org")))
            #expect(try row.decode(column: "area_id", as: Int.self) == (try EditFixture.quartier(app, "borsigplatz").id))
            #expect(try row.decode(column: "step_free", as: Bool.self) == true)
            #expect(try row.decode(column: "elevator", as: Bool.self) == false)
            #expect(try row.decode(column: "status", as: String.self) == "published")
            #expect(try row.decode(column: "description", as: String.self) == "Ein offener Treff.\n\nMit Café.")

            let edit = try await editor.get(try #require(created.headers.first(name: .location)))
            #expect(edit.status == .ok)
            #expect(edit.text.contains("Angelegt."))
            #expect(edit.text.contains("value=\"Quartierstreff Borsigplatz\""))
            #expect(edit.text.contains("id=\"stepFree\"") && edit.text.contains("checked"))

            let history = try await editor.get("/orte/\(id)/verlauf")
            #expect(history.status == .ok)
            #expect(history.text.contains("Anna B."))
            #expect(history.text.contains("angelegt"))

            let list = try await editor.get("/verwalten")
            #expect(list.text.contains("Quartierstreff Borsigplatz"))
            #expect(list.text.contains("Orte (1)"))
        }
    }

    @Test func editingWritesAChangeSummaryAndKeepsTheOwner() async throws {
        try await withTestApp { app in
            var editor = try await EditFixture.browser(app, email: "anna@example.org", actorEditor: true)
            let owner = try await EditFixture.userID(app, "anna@example.org")
            let id = try await EditFixture.place(app, owner: owner)
            var fields = try EditFixture.placeFields(app, name: "Neuer Name")
            fields = EditFixture.replacing(fields, "status", with: "draft")
            let saved = try await editor.post("/orte/\(id)/bearbeiten", fields)
            #expect(saved.status == .seeOther)
            #expect(saved.headers.first(name: .location) == "/orte/\(id)/bearbeiten?hinweis=gespeichert")
            let history = try await editor.get("/orte/\(id)/verlauf")
            #expect(history.text.contains("geändert: Name"))
            #expect(history.text.contains("Status: Entwurf"))
            let row = try #require(try await EditFixture.sql(app).select().columns("name", "owner_user_id", "status").from("places").first())
            #expect(try row.decode(column: "name", as: String.self) == "Neuer Name")
            #expect(try row.decode(column: "owner_user_id", as: UUID?.self) == owner)
            #expect(try row.decode(column: "status", as: String.self) == "draft")
            // a draft is marked in the list
            let list = try await editor.get("/verwalten")
            #expect(list.text.contains("badge-draft"))
        }
    }

    @Test func whoMayEditWhichPlace() async throws {
        try await withTestApp { app in
            var owner = try await EditFixture.browser(app, email: "anna@example.org", actorEditor: true)
            let ownerID = try await EditFixture.userID(app, "anna@example.org")
            let place = try await EditFixture.place(app, owner: ownerID)                  // Borsigplatz
            var otherEditor = try await EditFixture.browser(app, email: "cem@example.org", firstName: "Cem", actorEditor: true)
            var otherManager = try await EditFixture.browser(app, email: "dora@example.org", firstName: "Dora",
                                                             role: .areaManager, area: "city")
            var manager = try await EditFixture.browser(app, email: "emil@example.org", firstName: "Emil",
                                                        role: .areaManager, area: "borsigplatz")
            var coordinator = try await EditFixture.browser(app, email: "fatma@example.org", firstName: "Fatma", role: .coordinator)

            #expect(try await owner.get("/orte/\(place)/bearbeiten").status == .ok)
            for (name, status) in [("anderer Akteur", try await otherEditor.get("/orte/\(place)/bearbeiten").status),
                                   ("anderes Quartier", try await otherManager.get("/orte/\(place)/bearbeiten").status)] {
                #expect(status == .forbidden, "\(name)")
            }
            #expect(try await otherEditor.post("/orte/\(place)/status", [("status", "paused")]).status == .forbidden)
            #expect(try await otherManager.post("/orte/\(place)/bearbeiten", try EditFixture.placeFields(app)).status == .forbidden)
            #expect(try await otherManager.get("/orte/\(place)/verlauf").status == .forbidden)
            // owning alone is not enough: an area manager's own place outside their Quartier (as in MeetingsPermissions)
            let owned = try await EditFixture.place(app, name: "Eigener Ort", owner: try await EditFixture.userID(app, "dora@example.org"))
            #expect(try await otherManager.get("/orte/\(owned)/bearbeiten").status == .forbidden)
            #expect(try await manager.get("/orte/\(place)/bearbeiten").status == .ok)
            #expect(try await coordinator.get("/orte/\(place)/bearbeiten").status == .ok)
            // lists: only what one may edit
            #expect(!(try await otherEditor.get("/verwalten")).text.contains("Nachbarschaftstreff"))
            #expect(!(try await otherManager.get("/verwalten")).text.contains("Nachbarschaftstreff"))
            #expect((try await manager.get("/verwalten")).text.contains("Nachbarschaftstreff"))
            #expect((try await coordinator.get("/verwalten")).text.contains("Nachbarschaftstreff"))
            // the area manager pauses it; the history says who
            let paused = try await manager.post("/orte/\(place)/status", [("status", "paused")])
            #expect(paused.status == .seeOther)
            let history = try await owner.get("/orte/\(place)/verlauf")
            #expect(history.text.contains("Emil B.") && history.text.contains("Status: pausiert"))
            // unknown ids: 404; malformed: 404
            #expect(try await coordinator.get("/orte/\(UUID())/bearbeiten").status == .notFound)
            #expect(try await coordinator.get("/orte/kein-uuid/bearbeiten").status == .notFound)
        }
    }

    @Test func areaManagerCannotCreateAPlaceOutsideTheirQuartier() async throws {
        try await withTestApp { app in
            var manager = try await EditFixture.browser(app, email: "emil@example.org", firstName: "Emil",
                                                        role: .areaManager, area: "city")
            let res = try await manager.post("/orte/neu", try EditFixture.placeFields(app))
            #expect(res.status == .unprocessableEntity)
            #expect(res.text.contains("Dort dürfen Sie keine Orte anlegen"))
            #expect(try await EditFixture.count(app, "places") == 0)
        }
    }

    static let badPlaceInput: [(field: String, value: String, message: String)] = [
        ("name", "", "Bitte geben Sie den Namen des Ortes ein"),
        ("name", String(repeating: "x", count: 100_000), "zu lang"),
        ("name", "Treff\u{0007}", "Steuerzeichen"),
        ("type", "schloss", "Art des Ortes aus der Liste"),
        ("postalCode", "4414", "fünf Ziffern"),
        ("lat", "", "Breitengrad ein"),
        ("lat", "einundfünfzig", "zwischen −90 und 90"),
        ("lon", "700", "zwischen −180 und 180"),
        ("lat", "7,46", "nicht im Stadtgebiet"),
        ("phone", "ruf an", "Bitte nur Ziffern"),
        ("email", "kein-at", "gültige E-Mail-Adresse"),
        ("website", "javascript:alert(1)", "mit https:// beginnt"),
        ("description", String(repeating: "ä", count: 5_001), "höchstens 5000 Zeichen"),
        ("status", "cancelled", "Bitte wählen Sie einen Status"),
    ]

    /// One app for the whole table (fewer database connections than one test per row).
    @Test func badPlaceInputShowsAGermanMessageNextToTheField() async throws {
        try await withTestApp { app in
            var editor = try await EditFixture.browser(app, email: "anna@example.org", actorEditor: true)
            for bad in Self.badPlaceInput {
                let fields = EditFixture.replacing(try EditFixture.placeFields(app), bad.field, with: bad.value)
                let res = try await editor.post("/orte/neu", fields)
                #expect(res.status == .unprocessableEntity, "\(bad.field)")
                #expect(res.text.contains("id=\"\(bad.field)-error\""), "\(bad.field)")
                #expect(res.text.contains(bad.message), "\(bad.field): \(bad.message)")
                #expect(res.text.contains("role=\"alert\""))
            }
            #expect(try await EditFixture.count(app, "places") == 0)
        }
    }

    @Test func markupIsKeptAsTextAndEscaped() async throws {
        try await withTestApp { app in
            var editor = try await EditFixture.browser(app, email: "anna@example.org", actorEditor: true)
            var fields = EditFixture.replacing(try EditFixture.placeFields(app), "name", with: "<script>alert(1)</script> Treff")
            fields = EditFixture.replacing(fields, "description", with: "<b>fett</b> & \"zitiert\"")
            let created = try await editor.post("/orte/neu", fields)
            #expect(created.status == .seeOther)
            let page = try await editor.get(try #require(created.headers.first(name: .location)))
            #expect(!page.text.contains("<script>alert(1)"))
            #expect(page.text.contains("&lt;script&gt;alert(1)&lt;/script&gt; Treff"))
            #expect(page.text.contains("&lt;b&gt;fett&lt;/b&gt; &amp; &quot;zitiert&quot;"))
            let list = try await editor.get("/verwalten")
            #expect(!list.text.contains("<script>alert(1)"))
            let stored = try await EditFixture.sql(app).select().column("name").from("places").first()?.decode(column: "name", as: String.self)
            #expect(stored == "<script>alert(1)</script> Treff")
        }
    }

    @Test func streetDecidesWhenThePointIsInNoQuartier() async throws {
        try await withTestApp { app in
            let geography = app.geographyStore.snapshot
            let quartiere = geography.all(.statisticalDistrict)
            let box = quartiere.map(\.shape.boundingBox).reduce(quartiere[0].shape.boundingBox) { $0.union($1) }
            // a point in the city's box but in none of the approximate Quartier shapes
            let gaps = [GeoPoint(lat: box.minLat + 0.002, lon: box.minLon + 0.002), GeoPoint(lat: box.maxLat - 0.002, lon: box.minLon + 0.002),
                        GeoPoint(lat: box.minLat + 0.002, lon: box.maxLon - 0.002), GeoPoint(lat: box.maxLat - 0.002, lon: box.maxLon - 0.002)]
            let gap = try #require(gaps.first { p in !quartiere.contains { $0.shape.contains(p) } })
            // a street in one Quartier and a street in several
            var single: (String, AreaRecord)?
            var several: (String, [AreaRecord])?
            for entry in geography.streets.entries where entry.name.count > 6 && !entry.name.contains(where: \.isNumber) {
                let found = PlaceLocator.streetQuartiere(entry.name, geography: geography)
                if found.count == 1, single == nil { single = (entry.name, found[0]) }
                if found.count >= 2, several == nil { several = (entry.name, found) }
                if single != nil, several != nil { break }
            }
            let (oneStreet, oneQuartier) = try #require(single)
            let (manyStreet, manyQuartiere) = try #require(several)

            var editor = try await EditFixture.browser(app, email: "anna@example.org", actorEditor: true)
            var fields = try EditFixture.placeFields(app)
            fields = EditFixture.replacing(fields, "lat", with: FormInput.decimalText(gap.lat))
            fields = EditFixture.replacing(fields, "lon", with: FormInput.decimalText(gap.lon))

            let ok = try await editor.post("/orte/neu", EditFixture.replacing(fields, "street", with: oneStreet + " 5"))
            #expect(ok.status == .seeOther)
            let area = try await EditFixture.sql(app).select().column("area_id").from("places").first()?.decode(column: "area_id", as: Int.self)
            #expect(area == oneQuartier.id)

            let ask = try await editor.post("/orte/neu", EditFixture.replacing(fields, "street", with: manyStreet + " 5"))
            #expect(ask.status == .unprocessableEntity)
            #expect(ask.text.contains("liegt in mehreren Quartieren"))
            #expect(ask.text.contains("id=\"area\""))
            for quartier in manyQuartiere { #expect(ask.text.contains("value=\"\(quartier.slug)\"")) }
            var chosen = EditFixture.replacing(fields, "street", with: manyStreet + " 5")
            chosen.append(("area", manyQuartiere[1].slug))
            let done = try await editor.post("/orte/neu", chosen)
            #expect(done.status == .seeOther)
            let id = try EditFixture.redirectID(done)
            let chosenArea = try await EditFixture.sql(app).select().column("area_id").from("places").where("id", .equal, id).first()?
                .decode(column: "area_id", as: Int.self)
            #expect(chosenArea == manyQuartiere[1].id)

            let none = try await editor.post("/orte/neu", EditFixture.replacing(fields, "street", with: "Qwxzyplatz 1"))
            #expect(none.status == .unprocessableEntity)
            #expect(none.text.contains("finden wir kein Quartier"))
        }
    }

    @Test func statusChangesNeedTheFormTokenAndAKnownStatus() async throws {
        try await withTestApp { app in
            var editor = try await EditFixture.browser(app, email: "anna@example.org", actorEditor: true)
            let place = try await EditFixture.place(app, owner: try await EditFixture.userID(app, "anna@example.org"))
            let noToken = try await editor.post("/orte/\(place)/status", [("status", "paused")], csrf: .some(nil))
            #expect(noToken.status == .forbidden)
            #expect(noToken.text.contains("Formular abgelaufen"))
            let unknown = try await editor.post("/orte/\(place)/status", [("status", "cancelled")])
            #expect(unknown.status == .unprocessableEntity)
            #expect(unknown.text.contains("Diesen Status gibt es nicht"))
            let paused = try await editor.post("/orte/\(place)/status", [("status", "paused")])
            #expect(paused.status == .seeOther)
            let page = try await editor.get("/orte/\(place)/bearbeiten?hinweis=status")
            #expect(page.text.contains("Der Status ist geändert."))
            #expect(page.text.contains("Derzeitiger Status: pausiert."))
            #expect(page.text.contains("badge-paused"))
        }
    }

    @Test func sampleContentIsMarked() async throws {
        try await withTestApp { app in
            var coordinator = try await EditFixture.browser(app, email: "fatma@example.org", firstName: "Fatma", role: .coordinator)
            let place = try await EditFixture.place(app, name: "Beispieltreff", isSample: true)
            try await EditFixture.offer(app, title: "Beispielangebot", place: place, isSample: true)
            let list = try await coordinator.get("/verwalten")
            #expect(list.text.contains("badge-sample"))
            #expect(list.text.components(separatedBy: ">Beispiel</span>").count - 1 == 2)
            let edit = try await coordinator.get("/orte/\(place)/bearbeiten")
            #expect(edit.text.contains(">Beispiel</span>"))
            let history = try await coordinator.get("/orte/\(place)/verlauf")
            #expect(history.text.contains("System (Beispielinhalt)"))
        }
    }

    @Test func coordinatorsAddPlaceTypes() async throws {
        try await withTestApp { app in
            var coordinator = try await EditFixture.browser(app, email: "fatma@example.org", firstName: "Fatma", role: .coordinator)
            let page = try await coordinator.get("/verwaltung/ortstypen")
            #expect(page.status == .ok)
            #expect(page.text.contains("Seniorenbüro"))
            let added = try await coordinator.post("/verwaltung/ortstypen", [("name", "Stadtteilzentrum Süd")])
            #expect(added.status == .ok)
            #expect(added.text.contains("ist hinzugefügt"))
            #expect(added.text.contains("stadtteilzentrum-sued"))
            let again = try await coordinator.post("/verwaltung/ortstypen", [("name", "stadtteilzentrum süd")])
            #expect(again.status == .unprocessableEntity)
            #expect(again.text.contains("gibt es schon"))
            for (value, message) in [("", "Bitte geben Sie einen Namen"), ("!!!", "mindestens einen Buchstaben"),
                                     (String(repeating: "x", count: 100_000), "zu lang"), ("Typ\u{0000}", "Steuerzeichen")] {
                let res = try await coordinator.post("/verwaltung/ortstypen", [("name", value)])
                #expect(res.status == .unprocessableEntity)
                #expect(res.text.contains(message), "\(message)")
            }
            // the new type is offered in the place form
            let form = try await coordinator.get("/orte/neu")
            #expect(form.text.contains("value=\"stadtteilzentrum-sued\""))
            // only coordinators
            var manager = try await EditFixture.browser(app, email: "emil@example.org", firstName: "Emil", role: .areaManager, area: "city")
            #expect(try await manager.get("/verwaltung/ortstypen").status == .forbidden)
            #expect(try await manager.post("/verwaltung/ortstypen", [("name", "Neu")]).status == .forbidden)
        }
    }

    @Test func invalidUTF8AndOversizedBodiesGet4xx() async throws {
        try await withTestApp { app in
            var editor = try await EditFixture.browser(app, email: "anna@example.org", actorEditor: true)
            var body = ByteBuffer(string: "_csrf=\(editor.csrfToken!)&name=")
            body.writeBytes([0xFF, 0xFE])
            let bad = try await editor.postRaw("/orte/neu", body: body)
            #expect(bad.status.code >= 400 && bad.status.code < 500)
            let huge = ByteBuffer(string: "_csrf=\(editor.csrfToken!)&description=" + String(repeating: "x", count: 10_000_000))
            let tooLarge = try await editor.postRaw("/orte/neu", body: huge)
            #expect(tooLarge.status == .payloadTooLarge)
            #expect(tooLarge.text.contains("zu groß"))
        }
    }
}
