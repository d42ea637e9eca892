@testable import App
import Foundation
import GemeinsamCore
import SQLKit
import Testing
import Vapor
import VaporTesting

@Suite struct ExchangeListingTests {
    @Test func anonymousVisitorsSeeListsButMustLogInToCreate() async throws {
        try await withTestApp { app in
            var visitor = Browser(app)
            #expect(try await visitor.get("/boerse").status == .ok)
            #expect(try await visitor.get("/boerse/quartier/borsigplatz").status == .ok)
            let form = try await visitor.get("/boerse/neu")
            #expect(form.status == .seeOther && form.headers.first(name: .location) == "/konto/anmelden")
            let post = try await visitor.post("/boerse/neu", ExchangeTest.listingFields())
            #expect(post.status == .seeOther && post.headers.first(name: .location) == "/konto/anmelden")
            #expect(try await ExchangeTest.count(app, "listings") == 0)
            #expect(try await visitor.get("/boerse/quartier/atlantis").status == .notFound)
            #expect(try await visitor.get("/boerse/99999").status == .notFound)
            #expect(try await visitor.get("/boerse/abc").status == .notFound)
        }
    }

    @Test func listingIsShownInItsQuartierTheNeighboursAndTheStadtbezirkOnly() async throws {
        try await withTestApp { app in
            var anna = try await ExchangeTest.person(app, "anna@example.org", first: "Anna", initial: "B")
            let id = try await ExchangeTest.createListing(&anna, ExchangeTest.listingFields(title: "Einkaufshilfe <b>gesucht</b>"))
            let detail = try await anna.get("/boerse/\(id)?hinweis=angelegt")
            #expect(detail.status == .ok)
            #expect(detail.text.contains("Ihr Eintrag ist veröffentlicht."))
            #expect(detail.text.contains("Einkaufshilfe &lt;b&gt;gesucht&lt;/b&gt;"))   // markup is escaped
            #expect(!detail.text.contains("<b>gesucht"))
            #expect(detail.text.contains("Anna B."))
            #expect(detail.text.contains("Borsigplatz"))
            #expect(detail.text.contains("Ihren Eintrag verwalten"))
            var visitor = Browser(app)
            // Borsigplatz (06) itself, its neighbour Nordmarkt, Hafen in the same Stadtbezirk Innenstadt-Nord
            for slug in ["borsigplatz", "nordmarkt", "hafen"] {
                let page = try await visitor.get("/boerse/quartier/\(slug)")
                #expect(page.text.contains("href=\"/boerse/\(id)\""), "fehlt in \(slug)")
            }
            // far away: Syburg (Hörde)
            #expect(!(try await visitor.get("/boerse/quartier/syburg")).text.contains("href=\"/boerse/\(id)\""))
            // the Quartier page shows the newest listings of the Quartier
            let quartier = try await visitor.get("/quartiere/borsigplatz")
            #expect(quartier.text.contains("Nachbarschaftsbörse"))
            #expect(quartier.text.contains("href=\"/boerse/\(id)\""))
            #expect(!(try await visitor.get("/quartiere/nordmarkt")).text.contains("href=\"/boerse/\(id)\""))
            // filters
            #expect(try await visitor.get("/boerse/quartier/borsigplatz?art=request&kategorie=errands").text.contains("href=\"/boerse/\(id)\""))
            #expect(!(try await visitor.get("/boerse/quartier/borsigplatz?art=offer")).text.contains("href=\"/boerse/\(id)\""))
            #expect(!(try await visitor.get("/boerse/quartier/borsigplatz?kategorie=repairs")).text.contains("href=\"/boerse/\(id)\""))
            // overview: chosen Quartier redirects
            let chosen = try await visitor.get("/boerse?quartier=hafen")
            #expect(chosen.status == .seeOther && chosen.headers.first(name: .location) == "/boerse/quartier/hafen")
        }
    }

    @Test(arguments: [
        "/boerse/quartier/borsigplatz?art=galaxy", "/boerse/quartier/borsigplatz?kategorie=%3Cscript%3E",
        "/boerse/quartier/borsigplatz?seite=0", "/boerse/quartier/borsigplatz?seite=abc", "/boerse?quartier=atlantis",
    ])
    func badListParametersGet400InGerman(path: String) async throws {
        try await withTestApp { app in
            try await app.testing().test(.GET, path) { res in
                #expect(res.status == .badRequest)
                #expect(res.body.string.contains("<html lang=\"de\">"))
                #expect(!res.body.string.contains("<script>"))
            }
        }
    }

    static let badListings: [(field: String, value: String, errorField: String, message: String)] = [
        ("title", "", "title", "Bitte geben Sie eine Überschrift ein"),
        ("title", String(repeating: "x", count: 100_000), "title", "zu lang"),
        ("body", String(repeating: "y", count: 1001), "body", "höchstens 1000 Zeichen"),
        ("body", "Hallo\u{0007}Welt", "body", "Steuerzeichen"),
        ("title", "Hilfe\u{202E}", "title", "Steuerzeichen"),
        ("kind", "beides", "kind", "„Suche“ oder „Biete“"),
        ("category", "<script>", "category", "Kategorie aus der Liste"),
        ("quartier", "atlantis", "quartier", "Quartier aus der Liste"),
        ("timing", "manchmal", "timing", "wann die Hilfe"),
        ("validUntil", "31.02.2030", "validUntil", "TT.MM.JJJJ"),
        ("validUntil", "01.01.2020", "validUntil", "Vergangenheit"),
        ("validUntil", "01.01.2099", "validUntil", "höchstens"),
    ]

    @Test(arguments: 0..<12)
    func badInputIsRefusedWithAGermanMessageNextToTheField(index: Int) async throws {
        let bad = Self.badListings[index]
        try await withTestApp { app in
            var anna = try await ExchangeTest.person(app, "anna@example.org", first: "Anna")
            let fields = ExchangeTest.listingFields().map { $0.0 == bad.field ? ($0.0, bad.value) : $0 }
            let res = try await anna.post("/boerse/neu", fields)
            #expect(res.status == .unprocessableEntity)
            #expect(res.text.contains("id=\"\(bad.errorField)-error\""), "kein Fehler bei \(bad.errorField)")
            #expect(res.text.contains(bad.message), "Meldung fehlt: \(bad.message)")
            #expect(res.text.contains("role=\"alert\""))
            #expect(!res.text.contains("<script>"))
            #expect(try await ExchangeTest.count(app, "listings") == 0)
        }
    }

    @Test func oneOffDatesAreCheckedAndEndTheListing() async throws {
        try await withTestApp { app in
            var anna = try await ExchangeTest.person(app, "anna@example.org", first: "Anna")
            let missing = try await anna.post("/boerse/neu", ExchangeTest.listingFields(timing: "once"))
            #expect(missing.status == .unprocessableEntity && missing.text.contains("Bitte geben Sie das Datum an"))
            let past = try await anna.post("/boerse/neu", ExchangeTest.listingFields(timing: "once", date: "01.01.2020"))
            #expect(past.status == .unprocessableEntity && past.text.contains("Das Datum liegt in der Vergangenheit"))
            let today = app.clock.today
            let inFive = try #require(today.adding(days: 5))
            let id = try await ExchangeTest.createListing(&anna, ExchangeTest.listingFields(timing: "once", date: FormInput.dateText(inFive)))
            let row = try #require(try await ExchangeTest.sql(app).select().columns("valid_until", "timing_date").from("listings")
                .where("id", .equal, id).first())
            #expect(try row.decode(column: "valid_until", as: String.self) == inFive.iso)   // not 30 days: ends on its date
            #expect(try row.decode(column: "timing_date", as: String.self) == inFive.iso)
            let id2 = try await ExchangeTest.createListing(&anna, ExchangeTest.listingFields(title: "Zweiter"))
            let row2 = try #require(try await ExchangeTest.sql(app).select().column("valid_until").from("listings").where("id", .equal, id2).first())
            #expect(try row2.decode(column: "valid_until", as: String.self) == today.adding(days: 30)!.iso)
        }
    }

    @Test func invalidUTF8IsRefused() async throws {
        try await withTestApp { app in
            var anna = try await ExchangeTest.person(app, "anna@example.org", first: "Anna")
            var body = ByteBuffer(string: "kind=request&category=errands&title=")
            body.writeBytes([0xC3, 0x28, 0xFF])
            body.writeString("&body=x&quartier=borsigplatz&timing=flexible&_csrf=\(anna.csrfToken ?? "")")
            let res = try await anna.postRaw("/boerse/neu", body: body)
            #expect((400..<500).contains(Int(res.status.code)))
            #expect(try await ExchangeTest.count(app, "listings") == 0)
        }
    }

    @Test func expiredListingsAreNeverShownAsOpen() async throws {
        try await withTestApp { app in
            var anna = try await ExchangeTest.person(app, "anna@example.org", first: "Anna")
            let id = try await ExchangeTest.createListing(&anna)
            let sql = ExchangeTest.sql(app)
            let yesterday = try #require(app.clock.today.adding(days: -1))
            try await sql.update("listings").set("valid_until", to: SQLBind(yesterday.iso)).where("id", .equal, SQLBind(id)).run()
            // computed on read: stored status is still "open"
            var visitor = Browser(app)
            let detail = try await visitor.get("/boerse/\(id)")
            #expect(detail.status == .ok)
            #expect(detail.text.contains("abgelaufen"))
            #expect(!detail.text.contains("Anfrage senden"))
            #expect(!(try await visitor.get("/boerse/quartier/borsigplatz")).text.contains("href=\"/boerse/\(id)\""))
            #expect(!(try await visitor.get("/api/v1/listings")).text.contains("\"id\":\(id),"))
            let request = try await ExchangeTest.person(app, "ben@example.org", first: "Ben")
            var ben = request
            let res = try await ben.post("/boerse/\(id)/anfrage", [("message", "Hallo"), ("contactWay", "email")])
            #expect(res.status == .unprocessableEntity)
            // the sweep stores it
            #expect(try await ListingQueries.sweep(today: app.clock.today, now: app.clock.now, on: sql) == 1)
            let status = try await sql.select().column("status").from("listings").where("id", .equal, SQLBind(id)).first()?
                .decode(column: "status", as: String.self)
            #expect(status == "expired")
            #expect(try await ListingQueries.sweep(today: app.clock.today, now: app.clock.now, on: sql) == 0)
            // the author cannot reopen an expired listing
            let reopen = try await anna.post("/boerse/\(id)/stand", [("status", "open")])
            #expect(reopen.status == .unprocessableEntity)
        }
    }

    @Test func onlyTheAuthorChangesTheStatus() async throws {
        try await withTestApp { app in
            var anna = try await ExchangeTest.person(app, "anna@example.org", first: "Anna")
            let id = try await ExchangeTest.createListing(&anna)
            var ben = try await ExchangeTest.person(app, "ben@example.org", first: "Ben")
            #expect(try await ben.post("/boerse/\(id)/stand", [("status", "withdrawn")]).status == .forbidden)
            try await grant(.coordinator, to: "ben@example.org", in: app)
            #expect(try await ben.post("/boerse/\(id)/stand", [("status", "withdrawn")]).status == .forbidden)
            var visitor = Browser(app)
            #expect(try await visitor.post("/boerse/\(id)/stand", [("status", "withdrawn")]).status == .unauthorized)
            #expect(try await anna.post("/boerse/\(id)/stand", [("status", "expired")]).status == .unprocessableEntity)
            #expect(try await anna.post("/boerse/\(id)/stand", [("status", "")]).status == .unprocessableEntity)
            #expect(try await anna.post("/boerse/\(id)/stand", [("status", "matched")]).status == .seeOther)
            #expect(try await anna.post("/boerse/\(id)/stand", [("status", "done")]).status == .seeOther)
            let page = try await visitor.get("/boerse/\(id)")
            #expect(page.text.contains("erledigt"))
            #expect(try await anna.post("/boerse/\(id)/stand", [("status", "open")]).status == .unprocessableEntity)
        }
    }

    @Test func fiveListingsPerDayAndAccount() async throws {
        try await withTestApp { app in
            var anna = try await ExchangeTest.person(app, "anna@example.org", first: "Anna")
            for i in 1...5 { _ = try await ExchangeTest.createListing(&anna, ExchangeTest.listingFields(title: "Eintrag \(i)")) }
            let sixth = try await anna.post("/boerse/neu", ExchangeTest.listingFields(title: "Eintrag 6"))
            #expect(sixth.status == .tooManyRequests)
            #expect(sixth.text.contains("morgen wieder"))
            #expect(try await ExchangeTest.count(app, "listings") == 5)
        }
    }

    @Test func formsWithoutTokenAreRejected() async throws {
        try await withTestApp { app in
            var anna = try await ExchangeTest.person(app, "anna@example.org", first: "Anna")
            let res = try await anna.post("/boerse/neu", ExchangeTest.listingFields(), csrf: .some(nil))
            #expect(res.status == .forbidden)
            #expect(try await ExchangeTest.count(app, "listings") == 0)
        }
    }

    @Test func suggestionsShowFittingCounterpartsNearby() async throws {
        try await withTestApp { app in
            var anna = try await ExchangeTest.person(app, "anna@example.org", first: "Anna")
            let request = try await ExchangeTest.createListing(&anna, ExchangeTest.listingFields(kind: "request", category: "errands"))
            var ben = try await ExchangeTest.person(app, "ben@example.org", first: "Ben", quartier: "nordmarkt")
            let offerNear = try await ExchangeTest.createListing(&ben, ExchangeTest.listingFields(
                kind: "offer", category: "errands", title: "Ich gehe gern einkaufen", quartier: "nordmarkt"))
            let offerOther = try await ExchangeTest.createListing(&ben, ExchangeTest.listingFields(
                kind: "offer", category: "repairs", title: "Ich repariere Lampen", quartier: "nordmarkt"))
            let offerFar = try await ExchangeTest.createListing(&ben, ExchangeTest.listingFields(
                kind: "offer", category: "errands", title: "Einkauf in Syburg", quartier: "syburg"))
            let page = try await anna.get("/boerse/\(request)")
            #expect(page.text.contains("Passende Einträge in der Nähe"))
            #expect(page.text.contains("href=\"/boerse/\(offerNear)\""))
            #expect(page.text.contains("im Nachbarquartier"))
            #expect(!page.text.contains("href=\"/boerse/\(offerOther)\""))
            #expect(!page.text.contains("href=\"/boerse/\(offerFar)\""))
            let back = try await anna.get("/boerse/\(offerNear)")
            #expect(back.text.contains("href=\"/boerse/\(request)\""))
        }
    }
}

@Suite struct ExchangeListCacheTests {
    @Test func entriesExpireAndAreEmptiedByChanges() {
        let cache = MemoryCache<String>(capacity: 2)
        func at(_ t: Double) -> Date { Date(timeIntervalSince1970: t) }
        cache.put("a", "<p>A</p>", lifetime: 10, now: at(100))
        #expect(cache.get("a", now: at(109)) == "<p>A</p>")
        #expect(cache.get("a", now: at(110)) == nil)
        cache.put("a", "A", lifetime: 10, now: at(200))
        cache.put("b", "B", lifetime: 10, now: at(200))
        cache.put("c", "C", lifetime: 10, now: at(200))     // full: the least recently used goes
        #expect(cache.get("a", now: at(201)) == nil && cache.get("c", now: at(201)) == "C")
        cache.removeAll()
        #expect(cache.get("c", now: at(201)) == nil)
    }

    @Test func aChangeThroughTheFormsShowsAtOnce() async throws {
        try await withTestApp { app in
            var anna = try await ExchangeTest.person(app, "anna@example.org", first: "Anna")
            let id = try await ExchangeTest.createListing(&anna)
            var visitor = Browser(app)
            #expect(try await visitor.get("/boerse/quartier/borsigplatz").text.contains("href=\"/boerse/\(id)\""))
            #expect(try await visitor.get("/quartiere/borsigplatz").text.contains("href=\"/boerse/\(id)\""))
            #expect(try await anna.post("/boerse/\(id)/stand", [("status", "withdrawn")]).status == .seeOther)
            #expect(!(try await visitor.get("/boerse/quartier/borsigplatz")).text.contains("href=\"/boerse/\(id)\""))
            #expect(!(try await visitor.get("/quartiere/borsigplatz")).text.contains("href=\"/boerse/\(id)\""))
        }
    }
}
