@testable import App
import Testing
import Vapor
import VaporTesting

@Suite struct PageTests {
    @Test(arguments: [
        ("/", "Willkommen – Gemeinsam Dortmund"),
        ("/quartiere", "Alle Quartiere – Gemeinsam Dortmund"),
        ("/quartiere/borsigplatz", "Borsigplatz – Gemeinsam Dortmund"),
        ("/quartiere/city", "City – Gemeinsam Dortmund"),
        ("/stadtbezirke", "Stadtbezirke – Gemeinsam Dortmund"),
        ("/stadtbezirke/innenstadt-nord", "Stadtbezirk Innenstadt-Nord – Gemeinsam Dortmund"),
        ("/stadtbezirke/hoerde", "Stadtbezirk Hörde – Gemeinsam Dortmund"),
        ("/impressum", "Impressum – Gemeinsam Dortmund"),
        ("/datenschutz", "Datenschutz – Gemeinsam Dortmund"),
        ("/barrierefreiheit", "Erklärung zur Barrierefreiheit – Gemeinsam Dortmund"),
        ("/konto/registrieren", "Konto anlegen – Gemeinsam Dortmund"),
        ("/konto/anmelden", "Anmelden – Gemeinsam Dortmund"),
    ])
    func pageRendersInGermanWithLandmarks(path: String, title: String) async throws {
        try await withTestApp { app in
            try await app.testing().test(.GET, path) { res in
                #expect(res.status == .ok)
                #expect(res.headers.contentType == .html)
                let html = res.body.string
                #expect(html.contains("<html lang=\"de\">"))
                #expect(html.contains("<title>\(title)</title>"))
                #expect(html.contains("<main id=\"inhalt\""))
                #expect(html.contains("Zum Inhalt springen"))
                #expect(!html.contains("<script"))
            }
        }
    }

    @Test func quartierPageShowsParentNeighboursPopulationAndMap() async throws {
        try await withTestApp { app in
            try await app.testing().test(.GET, "/quartiere/borsigplatz") { res in
                let html = res.body.string
                #expect(html.contains("<h1>Borsigplatz</h1>"))
                #expect(html.contains("href=\"/stadtbezirke/innenstadt-nord\""))
                #expect(html.contains("href=\"/quartiere/nordmarkt\""))   // a neighbour
                #expect(html.contains("13.570"))                          // published population, German digits
                #expect(html.contains("Stand 31.12.2023"))
                #expect(html.contains("schematische Karte"))
                #expect(html.contains("<svg class=\"map\""))
                #expect(html.contains("Hier erscheinen bald"))            // empty state
            }
        }
    }

    @Test func quartierWithoutPublishedPopulationSaysSo() async throws {
        try await withTestApp { app in
            let withoutFigure = try #require(app.geographyStore.snapshot.all(.statisticalDistrict).first { $0.population == nil })
            try await app.testing().test(.GET, "/quartiere/\(withoutFigure.slug)") { res in
                #expect(res.status == .ok)
                #expect(res.body.string.contains("keine veröffentlichte Einwohnerzahl"))
            }
        }
    }

    @Test func cityOverviewLinksAllDistrictsInMapAndTable() async throws {
        try await withTestApp { app in
            try await app.testing().test(.GET, "/stadtbezirke") { res in
                let html = res.body.string
                for slug in ["innenstadt-west", "eving", "hoerde", "luetgendortmund", "mengede"] {
                    // once in the table, once in the SVG map
                    #expect(html.components(separatedBy: "href=\"/stadtbezirke/\(slug)\"").count - 1 == 2)
                }
                #expect(html.contains("Summe der Stadtbezirke"))
            }
        }
    }

    @Test func unknownPagesGetAGerman404() async throws {
        try await withTestApp { app in
            for path in ["/gibt-es-nicht", "/quartiere/atlantis", "/stadtbezirke/atlantis"] {
                try await app.testing().test(.GET, path) { res in
                    #expect(res.status == .notFound)
                    #expect(res.body.string.contains("Seite nicht gefunden"))
                    #expect(res.headers.contentType == .html)
                }
            }
        }
    }

    @Test func securityHeadersOnEveryResponse() async throws {
        try await withTestApp { app in
            for path in ["/", "/gibt-es-nicht", "/api/v1/areas", "/static/gemeinsam.css"] {
                try await app.testing().test(.GET, path) { res in
                    let csp = res.headers.first(name: "Content-Security-Policy") ?? ""
                    #expect(csp.contains("script-src 'self'"))
                    #expect(!csp.contains("unsafe-inline"))
                    #expect(csp.contains("frame-ancestors 'none'"))
                    #expect(res.headers.first(name: "X-Content-Type-Options") == "nosniff")
                    #expect(res.headers.first(name: "Referrer-Policy") != nil)
                    #expect(res.headers.first(name: "Permissions-Policy") != nil)
                }
            }
        }
    }

    @Test func stylesheetIsCachedWithETag() async throws {
        try await withTestApp { app in
            var etag = ""
            try await app.testing().test(.GET, "/static/gemeinsam.css") { res in
                #expect(res.status == .ok)
                #expect(res.body.string.contains("@media print"))
                etag = res.headers.first(name: .eTag) ?? ""
            }
            try await app.testing().test(.GET, "/static/gemeinsam.css", headers: ["If-None-Match": etag]) { res in
                #expect(res.status == .notModified)
            }
        }
    }
}

@Suite struct SearchTests {
    @Test(arguments: ["Oesterholzstraße", "oesterholzstr", "OESTERHOLZ STR.", "Oesterholzstrasse"])
    func streetFindsItsQuartier(query: String) async throws {
        try await withTestApp { app in
            try await app.testing().test(.GET, "/suche?q=\(Browser.encode(query))") { res in
                #expect(res.status == .ok)
                #expect(res.body.string.contains("href=\"/quartiere/borsigplatz\""))
                #expect(res.body.string.contains("Oesterholzstraße → Borsigplatz"))
            }
        }
    }

    @Test func quartierByName() async throws {
        try await withTestApp { app in
            try await app.testing().test(.GET, "/suche?q=h%C3%B6rde") { res in
                #expect(res.status == .ok)
                #expect(res.body.string.contains("href=\"/quartiere/hoerde\""))
            }
        }
    }

    @Test func streetAcrossSeveralQuartiereOffersTheChoice() async throws {
        try await withTestApp { app in
            let snapshot = app.geographyStore.snapshot
            let hit = try #require(dortmund.streets.first { street in
                Set(street.subdistricts.map { $0.code.prefix(2) }).count >= 2
            })
            let display = hit.name
            let results = snapshot.lookup(street: display)
            let first = try #require(results.first)
            #expect(first.quartiere.count >= 2)
            try await app.testing().test(.GET, "/suche?q=\(Browser.encode(display))") { res in
                #expect(res.body.string.contains("liegt in mehreren Quartieren"))
            }
        }
    }

    @Test(arguments: [
        ("", "Bitte geben Sie eine Straße"),
        ("ab", "mindestens 3 Zeichen"),
        (String(repeating: "a", count: 100_000), "zu lang"),
        ("Oester\u{0007}holz", "Steuerzeichen"),
    ])
    func badQueriesGetAGermanMessageAnd400(query: String, message: String) async throws {
        try await withTestApp { app in
            try await app.testing().test(.GET, "/suche?q=\(Browser.encode(query))") { res in
                #expect(res.status == .badRequest)
                #expect(res.body.string.contains(message))
                #expect(res.body.string.contains("aria-invalid=\"true\""))
            }
        }
    }

    @Test func noHitsIsFriendlyAndMarkupIsEscaped() async throws {
        try await withTestApp { app in
            try await app.testing().test(.GET, "/suche?q=\(Browser.encode("<script>alert(1)</script>"))") { res in
                #expect(res.status == .ok)
                #expect(res.body.string.contains("Dazu haben wir leider nichts gefunden"))
                #expect(!res.body.string.contains("<script>"))
                #expect(res.body.string.contains("&lt;script&gt;"))
            }
        }
    }

    @Test func invalidUTF8InQueryIsRejectedCleanly() async throws {
        try await withTestApp { app in
            try await app.testing().test(.GET, "/suche?q=%FF%FE") { res in
                #expect(res.status.code < 500)
            }
        }
    }
}
