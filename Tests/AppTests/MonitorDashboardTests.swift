@testable import App
import Foundation
import GemeinsamCore
import SQLKit
import Testing
import Vapor
import VaporTesting

@Suite("Einsamkeitsmonitor: Auswertung, Geheimhaltung, Zugriff")
struct MonitorDashboardTests {
    @Test func responseTableHoldsOnlyWaveDateChannelQuartierLanguageAndAnswers() async throws {
        try await withTestApp { app in
            let columns_survey_responses = try await MonitorFixture.columns(app, table: "survey_responses")
            #expect(columns_survey_responses == ["answered_on", "answers", "area_id", "channel", "id", "is_sample", "language",
                                                "wave_id"])
            let columns_survey_free_texts = try await MonitorFixture.columns(app, table: "survey_free_texts")
            #expect(columns_survey_free_texts == ["area_id", "id", "is_sample", "question_key", "status", "text", "wave_id"])
        }
    }

    @Test func whoMaySeeTheMonitor() async throws {
        try await withTestApp { app in
            try await MonitorFixture.wave(app)
            for path in ["/monitor", "/monitor/luecken", "/monitor/freitexte", "/monitor/fragebogen", "/monitor/csv/quartiere"] {
                try await app.testing().test(.GET, path) { res in
                    #expect(res.status == .seeOther, "\(path)")
                    #expect(res.headers.first(name: .location) == "/konto/anmelden")
                }
            }
            // index 2: an actor's editor
            for (i, role) in [nil, Role.kioskStaff, nil, .admin].enumerated() {
                var browser = Browser(app)
                try await MonitorFixture.login(&browser, as: role, email: "person\(i)@example.org")
                if i == 2 { try await makeActorEditor("person\(i)@example.org", in: app) }
                for path in ["/monitor", "/monitor/luecken", "/monitor/freitexte", "/monitor/fragebogen", "/monitor/csv/quartiere"] {
                    let res = try await browser.get(path)
                    #expect(res.status == .forbidden, "\(role?.rawValue ?? "resident") \(path)")
                    #expect(res.text.contains("Kein Zugriff") || path.hasPrefix("/monitor/csv"))
                }
                let post = try await browser.post("/monitor/wellen", [("name", "X"), ("beginn", "01.01.2030"), ("ende", "02.01.2030")])
                #expect(post.status == .forbidden)
            }
            var coordinator = Browser(app)
            try await MonitorFixture.login(&coordinator, as: .coordinator, email: "koordination@example.org")
            for path in ["/monitor", "/monitor/luecken", "/monitor/freitexte", "/monitor/fragebogen"] {
                let res = try await coordinator.get(path)
                #expect(res.status == .ok, "\(path): \(res.text.prefix(300))")
                #expect(!res.text.contains("<script"))
            }
            #expect(try await coordinator.get("/").text.contains("href=\"/monitor\""))
        }
    }

    @Test func areaManagersSeeOnlyTheirQuartiere() async throws {
        try await withTestApp { app in
            let wave = try await MonitorFixture.wave(app)
            try await MonitorFixture.answers(app, wave: wave, quartier: "borsigplatz", count: 30, lonely: 6)
            try await MonitorFixture.answers(app, wave: wave, quartier: "hoerde", count: 30, lonely: 9)
            var manager = Browser(app)
            try await MonitorFixture.login(&manager, as: .areaManager, email: "qm@example.org", area: "borsigplatz")
            let page = try await manager.get("/monitor")
            #expect(page.status == .ok)
            #expect(page.text.contains(">Borsigplatz</th>"))
            #expect(!page.text.contains(">Hörde</th>"))
            #expect(!page.text.contains("Nach Altersgruppe"))
            #expect(try await manager.get("/monitor?gebiet=hoerde").status == .forbidden)
            #expect(try await manager.get("/monitor?gebiet=innenstadt-nord").status == .forbidden)
            #expect(try await manager.get("/monitor?gebiet=borsigplatz").status == .ok)
            #expect(try await manager.get("/monitor/csv/stadtbezirke").status == .forbidden)
            let csv = try await manager.get("/monitor/csv/quartiere")
            #expect(csv.status == .ok)
            #expect(csv.text.contains("Borsigplatz") && !csv.text.contains("Hörde"))
            let gaps = try await manager.get("/monitor/luecken")
            #expect(gaps.text.contains("Borsigplatz") && !gaps.text.contains(">Hörde<"))
            #expect(try await manager.post("/monitor/freitexte/pruefen", [("id", UUID().uuidString), ("entscheidung", "freigeben")]).status == .forbidden)
        }
    }

    @Test func smallGroupsAreSuppressedOnPagesAndInCSV() async throws {
        try await withTestApp { app in
            let wave = try await MonitorFixture.wave(app)
            // Innenstadt-Nord: Borsigplatz 25 answers, Nordmarkt 4 answers
            try await MonitorFixture.answers(app, wave: wave, quartier: "borsigplatz", count: 25, lonely: 5)
            try await MonitorFixture.answers(app, wave: wave, quartier: "nordmarkt", count: 4, lonely: 4, channel: .paper, age: "80+")
            var coordinator = Browser(app)
            try await MonitorFixture.login(&coordinator, as: .coordinator, email: "koordination@example.org")
            let page = try await coordinator.get("/monitor")
            #expect(page.status == .ok)
            let html = page.text
            // Nordmarkt: too few; Borsigplatz: hidden too, because Innenstadt-Nord's figure would reveal Nordmarkt
            #expect(html.contains("<th scope=\"row\">Nordmarkt</th><td class=\"num\">unter 10</td>"))
            #expect(html.contains("<th scope=\"row\">Borsigplatz</th><td class=\"num\">ausgeblendet</td>"))
            #expect(html.contains("<th scope=\"row\">Innenstadt-Nord</th><td class=\"num\">"))
            // answers per channel: 4 paper answers never appear as a number; age 80+ (4 answers) neither
            let channels = html.components(separatedBy: "id=\"wege\"").last?.components(separatedBy: "id=\"wuensche\"").first ?? ""
            let showsFour = channels.contains("<td class=\"num\">4</td>")
            #expect(!showsFour && channels.contains("Nordmarkt"))
            #expect(html.contains("<th scope=\"row\">80+</th><td class=\"num\">unter 10</td>"))
            #expect(html.contains("schraffur"))

            let quartiere = try await coordinator.get("/monitor/csv/quartiere")
            #expect(quartiere.headers.first(name: .contentType)?.hasPrefix("text/csv") == true)
            #expect(quartiere.text.contains("Innenstadt-Nord;Nordmarkt;;;;;unter 10"))
            #expect(quartiere.text.contains("Innenstadt-Nord;Borsigplatz;;;;;ausgeblendet"))
            let answers = try await coordinator.get("/monitor/csv/antworten")
            #expect(answers.text.contains("Nordmarkt;unter 10;unter 10;unter 10;unter 10"))
            for name in ["stadtbezirke", "altersgruppen", "lebenslagen", "antworten", "wuensche", "quartiere"] {
                let csv = try await coordinator.get("/monitor/csv/\(name)")
                #expect(csv.status == .ok, "\(name)")
                // no published count under 10 in an "Antworten" column
                for line in csv.text.split(separator: "\r\n").dropFirst() {
                    let fields = line.split(separator: ";", omittingEmptySubsequences: false)
                    if name != "wuensche", name != "antworten", fields.count >= 5, let n = Int(fields[fields.count - 2]) {
                        #expect(n >= 10, "\(name): \(line)")
                    }
                    if name == "antworten" { for f in fields.dropFirst() { if let n = Int(f) { #expect(n >= 10, "\(line)") } } }
                }
            }
            #expect(try await coordinator.get("/monitor/csv/unbekannt").status == .notFound)
        }
    }

    @Test func estimatesFollowNewAnswersAndOutcomes() async throws {
        try await withTestApp { app in
            let wave = try await MonitorFixture.wave(app)
            try await MonitorFixture.answers(app, wave: wave, quartier: "borsigplatz", count: 20, lonely: 5)
            var coordinator = Browser(app)
            try await MonitorFixture.login(&coordinator, as: .coordinator, email: "koordination@example.org")
            let before = try await coordinator.get("/monitor")
            #expect(before.text.contains("<strong>25,0 %</strong>"))
            #expect(before.text.contains("Einsamkeitsbarometer des Bundes 2021"))
            try await MonitorFixture.answers(app, wave: wave, quartier: "borsigplatz", count: 5, lonely: 5)
            let after = try await coordinator.get("/monitor")
            #expect(after.text.contains("<strong>40,0 %</strong>"))
            #expect(try await coordinator.get("/monitor?messgroesse=direkt").status == .ok)
            #expect(try await coordinator.get("/monitor?messgroesse=quatsch").status == .badRequest)
            #expect(try await coordinator.get("/monitor?welle=\(UUID().uuidString)").status == .notFound)
            #expect(try await coordinator.get("/monitor?welle=%3Cscript%3E").status == .notFound)
            #expect(try await coordinator.get("/monitor?gebiet=atlantis").status == .notFound)
        }
    }

    @Test func sampleContentGivesAFullDashboard() async throws {
        try await withTestApp { app in
            let added = try await MonitorSampleSeeder().seed(app)
            #expect(added == 1_200)
            #expect(try await MonitorSampleSeeder().seed(app) == 0)
            var coordinator = Browser(app)
            try await MonitorFixture.login(&coordinator, as: .coordinator, email: "koordination@example.org")
            let page = try await coordinator.get("/monitor")
            #expect(page.status == .ok)
            let html = page.text
            #expect(html.contains("Beispieldaten"))
            #expect(html.contains("Beispiel: Alter und Geschlecht (erfundene Zahlen)"))
            #expect(html.contains("Raking (iterative Anpassung): konvergiert"))
            #expect(html.contains("<svg class=\"map choropleth\""))
            #expect(html.contains("<svg class=\"bars\""))
            #expect(html.contains("Bund 2021: 11,3 %"))
            #expect(html.contains("ein Treffpunkt in der Nähe"))
            let texts = try await coordinator.get("/monitor/freitexte")
            #expect(texts.text.contains("Noch zu prüfen (3)"))
            #expect(try await coordinator.get("/umfrage").text.contains("Beispiel-Befragung"))
            // every row of every sample table respects the minimum
            let rows = try await coordinator.get("/monitor/csv/quartiere").text
            #expect(rows.contains("unter 10"))
        }
    }

    @Test func freeTextsAppearOnlyAfterReview() async throws {
        try await withTestApp { app in
            let wave = try await MonitorFixture.wave(app)
            try await MonitorFixture.answers(app, wave: wave, quartier: "borsigplatz", count: 12)
            var resident = Browser(app)
            _ = try await resident.post("/umfrage", MonitorFixture.fields(extra: [("q-freitext", "Ein Nachbarschaftscafé wäre schön.")]))
            var manager = Browser(app)
            try await MonitorFixture.login(&manager, as: .areaManager, email: "qm@example.org", area: "borsigplatz")
            #expect(!(try await manager.get("/monitor/freitexte").text.contains("Nachbarschaftscafé")))

            var coordinator = Browser(app)
            try await MonitorFixture.login(&coordinator, as: .coordinator, email: "koordination@example.org")
            let queue = try await coordinator.get("/monitor/freitexte")
            #expect(queue.text.contains("Noch zu prüfen (1)"))
            let id = try #require(queue.text.firstMatch(of: /name="id" value="([0-9A-F-]{36})"/)?.1)
            let bad = try await coordinator.post("/monitor/freitexte/pruefen", [("id", String(id)), ("entscheidung", "vielleicht")])
            #expect(bad.status == .badRequest)
            let done = try await coordinator.post("/monitor/freitexte/pruefen", [("id", String(id)), ("entscheidung", "freigeben")])
            #expect(done.status == .seeOther)
            let twice = try await coordinator.post("/monitor/freitexte/pruefen", [("id", String(id)), ("entscheidung", "ablehnen")])
            #expect(twice.status == .notFound)
            // Borsigplatz has 13 answers: the text is placed there and the area manager sees it
            let approved = try await manager.get("/monitor/freitexte")
            #expect(approved.text.contains("Nachbarschaftscafé"))
            let csv = try await coordinator.get("/monitor/csv/freitexte")
            #expect(csv.text.contains("Borsigplatz;Ein Nachbarschaftscafé wäre schön."))
        }
    }

    @Test func gapAnalysisRanksNeedAgainstSupply() async throws {
        try await withTestApp { app in
            let wave = try await MonitorFixture.wave(app)
            try await MonitorFixture.answers(app, wave: wave, quartier: "borsigplatz", count: 40, lonely: 12)
            try await MonitorFixture.answers(app, wave: wave, quartier: "hoerde", count: 40, lonely: 4)
            let sql = MonitorFixture.sql(app)
            let hoerde = try MonitorFixture.area(app, "hoerde")
            // supply in Hörde: one published place and 6 hours of offers per week; a draft offer does not count
            let typeID = try #require(try await sql.select().column("id").from("place_types").first()?.decode(column: "id", as: Int.self))
            let place = UUID()
            let now = Date().timeIntervalSince1970
            try await sql.raw("""
                INSERT INTO places (id, name, type_id, street, postal_code, city, lat, lon, area_id, step_free, accessible_wc,
                  elevator, hearing_loop, disabled_parking, opening_hours, phone, email, website, description, status,
                  is_sample, created_at, updated_at)
                VALUES (\(bind: place), 'Treff', \(bind: typeID), 'Hörder Bahnhofstraße 1', '44263', 'Dortmund', 51.49, 7.5,
                  \(bind: hoerde.id), true, true, false, false, false, '', '', '', '', '', 'published', false, \(bind: now), \(bind: now))
                """).run()
            for (minutes, status) in [(360, "published"), (600, "draft")] {
                try await sql.raw("""
                    INSERT INTO offers (id, title, description, category, audiences, languages, cost_kind, registration_required,
                      registration_how, place_id, meeting_point, area_id, organiser, contact, schedule, weekly_minutes, status,
                      is_sample, created_at, updated_at)
                    VALUES (\(bind: UUID()), 'Café', '', 'treff', 'everyone', 'de', 'free', false, '', \(bind: place), '',
                      \(bind: hoerde.id), 'Verein', '', '{}', \(bind: minutes), \(bind: status), false, \(bind: now), \(bind: now))
                    """).run()
            }
            // one active volunteer living in Hörde (confirmed hours this year), one whose hours are still pending
            var helper = Browser(app)
            try await helper.register(email: "helfer@example.org", firstName: "Hanna")
            var waiting = Browser(app)
            try await waiting.register(email: "wartet@example.org", firstName: "Wim")
            let today = EuropeBerlinTime.localDateTime(at: Date())!.date.iso
            for (email, state) in [("helfer@example.org", "confirmed"), ("wartet@example.org", "pending")] {
                let user = try #require(try await RoleQueries.userID(email: email, on: sql))
                try await sql.update("users").set("home_area_id", to: hoerde.id).where("id", .equal, user).run()
                for _ in 0..<2 {   // two entries, one person
                    try await sql.raw("""
                        INSERT INTO volunteer_hours (id, helper_id, date, minutes, activity, organisation, confirm_by, state, created_at)
                        VALUES (\(bind: UUID()), \(bind: user), \(bind: today), 90, 'Einkaufen', 'Nachbarschaft', 'partner',
                          \(bind: state), \(bind: now))
                        """).run()
                }
            }
            var coordinator = Browser(app)
            try await MonitorFixture.login(&coordinator, as: .coordinator, email: "koordination@example.org")
            let page = try await coordinator.get("/monitor/luecken")
            #expect(page.status == .ok)
            #expect(page.text.contains("Hier fehlt es am meisten"))
            #expect(page.text.contains("Angebotsstunden pro Woche"))
            #expect(page.text.contains("Aktive Ehrenamtliche"))
            #expect(!page.text.contains("noch nicht einbezogen"))
            let csv = try await coordinator.get("/monitor/csv/luecken").text
            let lines = csv.split(separator: "\r\n").map(String.init)
            let hoerdeLine = try #require(lines.first { $0.contains(";Hörde;Hörde;") })
            let population = try #require(hoerde.population)
            // 6 hours per week per 1,000 residents
            let expected = DisplayFormat.decimal(6.0 / Double(population) * 1000, digits: 3)
            #expect(hoerdeLine.contains(";\(expected);"), "\(hoerdeLine)")
            // 1 active volunteer per 1,000 residents (the pending one does not count)
            let volunteers = DisplayFormat.decimal(1.0 / Double(population) * 1000, digits: 3)
            #expect(hoerdeLine.contains(";\(volunteers)"), "\(hoerdeLine)")
            // Borsigplatz (30 % lonely, no supply) ranks before Hörde (10 %, supply)
            let borsig = try #require(lines.firstIndex { $0.contains(";Borsigplatz;") })
            let hoerdeIndex = try #require(lines.firstIndex { $0.contains(";Hörde;Hörde;") })
            #expect(borsig < hoerdeIndex)
            #expect(!lines[borsig].hasPrefix(";") && !lines[hoerdeIndex].hasPrefix(";"))   // both ranked
        }
    }

    @Test func panelComparisonNeedsTenPairs() async throws {
        try await withTestApp { app in
            let before = try await MonitorFixture.wave(app, name: "Vorher", offsetDays: -200, length: 10)
            let after = try await MonitorFixture.wave(app, name: "Nachher", offsetDays: -5, length: 30)
            let sql = MonitorFixture.sql(app)
            for i in 0..<12 {
                for (wave, mean) in [(before, 3.5), (after, i < 6 ? 2.0 : 3.5)] {
                    try await sql.insert(into: "survey_panel_entries")
                        .columns("id", "panel_hash", "wave_id", "ucla_mean", "ucla_burdened", "djg_total", "direct", "is_sample")
                        .values(SQLBind(UUID()), SQLBind("h\(i)"), SQLBind(wave), SQLBind(mean), SQLBind(mean > 3),
                                SQLBind(Int?.none), SQLBind(Int?.none), SQLBind(false))
                        .run()
                }
            }
            var coordinator = Browser(app)
            try await MonitorFixture.login(&coordinator, as: .coordinator, email: "koordination@example.org")
            let page = try await coordinator.get("/monitor?welle=\(after.uuidString)")
            #expect(page.text.contains("Vorher – nachher"))
            #expect(page.text.contains("12 Paare"))
            // burdened share 100 % → 50 %: −50 percentage points
            #expect(page.text.contains("−50,0 Prozentpunkte") || page.text.contains("-50,0 Prozentpunkte"))
            let csv = try await coordinator.get("/monitor/csv/vorher-nachher?welle=\(after.uuidString)")
            #expect(csv.text.contains("Anteil_einsamkeitsbelastet_Prozent;100,0;50,0;-50,0;"), "\(csv.text)")
        }
    }
}
