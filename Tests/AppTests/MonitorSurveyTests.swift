@testable import App
import Foundation
import GemeinsamCore
import SQLKit
import Testing
import Vapor
import VaporTesting

@Suite("Umfrage: anonym teilnehmen, Papier, Kiosk, Codes")
struct MonitorSurveyTests {
    @Test func withoutWaveTheSurveySaysSo() async throws {
        try await withTestApp { app in
            try await app.testing().test(.GET, "/umfrage") { res in
                #expect(res.status == .ok)
                #expect(res.body.string.contains("Zurzeit läuft keine Befragung"))
            }
            var browser = Browser(app)
            let res = try await browser.post("/umfrage", MonitorFixture.fields())
            #expect(res.status == .notFound)
            #expect(res.text.contains("keine Antworten"))
        }
    }

    @Test func surveyPageShowsInformationConsentAndTheInstruments() async throws {
        try await withTestApp { app in
            try await MonitorFixture.wave(app)
            try await app.testing().test(.GET, "/umfrage") { res in
                let html = res.body.string
                #expect(res.status == .ok)
                #expect(html.contains("Wie oft haben Sie das Gefühl, dass Ihnen die Gesellschaft anderer fehlt?"))
                #expect(html.contains("Ich erlebe eine allgemeine Leere um mich herum."))
                #expect(html.contains("Wie oft fühlen Sie sich einsam?"))
                #expect(html.contains("Sitzbänke zum Ausruhen und Plaudern"))
                #expect(html.contains("name=\"einwilligung\""))
                #expect(html.contains("IP-Adresse"))
                #expect(html.contains("0800 111 0 111"))
                #expect(!html.contains("<script"))
                #expect(html.contains("<legend>Wie oft fühlen Sie sich einsam?</legend>"))
            }
        }
    }

    @Test func anonymousAnswerIsStoredWithDateOnlyAndNoSession() async throws {
        try await withTestApp { app in
            let wave = try await MonitorFixture.wave(app)
            var browser = Browser(app)
            let res = try await browser.post("/umfrage", MonitorFixture.fields(extra: [("q-freitext", "Mehr Bänke im Park!")]))
            #expect(res.status == .seeOther)
            #expect(res.headers.first(name: .location) == "/umfrage/danke")
            #expect(!res.headers[.setCookie].contains { $0.hasPrefix("gemeinsam_session") })
            #expect(browser.cookies["gemeinsam_session"] == nil)

            let row = try #require(try await MonitorFixture.sql(app).select().columns("*").from("survey_responses").first())
            #expect(try row.decode(column: "wave_id", as: UUID.self) == wave)
            #expect(try row.decode(column: "answered_on", as: String.self) == MonitorFixture.today(app))
            #expect(try row.decode(column: "channel", as: String.self) == "online")
            #expect(try row.decode(column: "area_id", as: Int?.self) == (try MonitorFixture.area(app, "borsigplatz").id))
            let answers = AnswerCodec.decode(try row.decode(column: "answers", as: String.self))
            #expect(answers["ucla1"] == "4" && answers.all("wuensche") == ["treffpunkt", "baenke"])
            #expect(ResponseScores(answers).ucla.burdened == true)
            // the free text waits for review, apart from the answer
            let text = try #require(try await MonitorFixture.sql(app).select().columns("text", "status").from("survey_free_texts").first())
            #expect(try text.decode(column: "status", as: String.self) == "pending")
            try await app.testing().test(.GET, "/umfrage/danke") { res in
                #expect(res.status == .ok)
                #expect(res.body.string.contains("Vielen Dank"))
            }
        }
    }

    @Test func missingConsentAndWrongValuesAreShownInGermanWithValuesKept() async throws {
        try await withTestApp { app in
            try await MonitorFixture.wave(app)
            var browser = Browser(app)
            let fields = MonitorFixture.fields().filter { $0.0 != "einwilligung" && $0.0 != "q-ucla3" } + [("q-ucla3", "7")]
            let res = try await browser.post("/umfrage", fields)
            #expect(res.status == .unprocessableEntity)
            #expect(res.text.contains("Bitte bestätigen Sie, dass Sie mit der Teilnahme einverstanden sind."))
            #expect(res.text.contains("Bitte wählen Sie eine der angebotenen Antworten."))
            #expect(res.text.contains("id=\"q-ucla1-4\" name=\"q-ucla1\" value=\"4\" checked=\"checked\""))
            #expect(try await MonitorFixture.count(app, "survey_responses") == 0)
        }
    }

    @Test(arguments: [
        ("q-freitext", String(repeating: "a", count: 100_000), "zu lang"),
        ("q-freitext", "Hallo\u{07}Welt", "Steuerzeichen"),
        ("q-quartier", "atlantis", "angebotenen Antworten"),
        ("q-quartier-strasse", String(repeating: "x", count: 101), "zu lang"),
        ("zugangscode", "<b>", "Zugangscode"),
        ("panel-code", "ABC", "persönlichen Code"),
    ])
    func badInputGetsA422WithAGermanMessage(field: String, value: String, message: String) async throws {
        try await withTestApp { app in
            try await MonitorFixture.wave(app)
            var browser = Browser(app)
            let fields = MonitorFixture.fields().filter { $0.0 != field && !(field == "q-quartier-strasse" && $0.0 == "q-quartier") }
            let res = try await browser.post("/umfrage", fields + [(field, value)])
            #expect(res.status == .unprocessableEntity)
            #expect(res.text.contains(message))
            #expect(try await MonitorFixture.count(app, "survey_responses") == 0)
        }
    }

    @Test func invalidUTF8AndMarkupAreHandled() async throws {
        try await withTestApp { app in
            try await MonitorFixture.wave(app)
            var browser = Browser(app)
            _ = try await browser.get("/umfrage")
            var body = ByteBuffer(string: "_csrf=\(browser.csrfToken!)&einwilligung=ja&q-freitext=")
            body.writeBytes([0xFF, 0xFE, 0x41])
            let bad = try await browser.postRaw("/umfrage", body: body)
            #expect(bad.status.code >= 400 && bad.status.code < 500)
            let encoded = try await browser.postRaw("/umfrage", body: ByteBuffer(
                string: "_csrf=\(browser.csrfToken!)&einwilligung=ja&q-freitext=%FF%FEA"))
            #expect(encoded.status.code >= 400 && encoded.status.code < 500)
            #expect(try await MonitorFixture.count(app, "survey_responses") == 0)

            let markup = try await browser.post("/umfrage", MonitorFixture.fields(extra: [("q-freitext", "<script>alert(1)</script>")]))
            #expect(markup.status == .seeOther)
            try await MonitorFixture.login(&browser, as: .coordinator, email: "koordination@example.org")
            let review = try await browser.get("/monitor/freitexte")
            #expect(review.status == .ok)
            #expect(review.text.contains("&lt;script&gt;alert(1)&lt;/script&gt;"))
            #expect(!review.text.contains("<script>alert"))
        }
    }

    @Test func streetLookupFindsTheQuartierAndAsksWhenAmbiguous() async throws {
        try await withTestApp { app in
            try await MonitorFixture.wave(app)
            let geography = app.geographyStore.snapshot
            let names = geography.streets.entries.map(\.name)
            let single = try #require(names.first { name in
                let hits = geography.lookup(street: name, limit: 3)
                return hits.first?.exact == true && hits.first?.quartiere.count == 1
            })
            let several = try #require(names.first { name in
                let hits = geography.lookup(street: name, limit: 3)
                return hits.first?.exact == true && (hits.first?.quartiere.count ?? 0) > 1
            })
            var browser = Browser(app)
            let base = MonitorFixture.fields().filter { $0.0 != "q-quartier" }
            let ok = try await browser.post("/umfrage", base + [("q-quartier-strasse", single)])
            #expect(ok.status == .seeOther)
            let expected = geography.lookup(street: single, limit: 3)[0].quartiere[0].quartier.id
            let row = try #require(try await MonitorFixture.sql(app).select().column("area_id").from("survey_responses").first())
            #expect(try row.decode(column: "area_id", as: Int?.self) == expected)

            let ambiguous = try await browser.post("/umfrage", base + [("q-quartier-strasse", several)])
            #expect(ambiguous.status == .unprocessableEntity)
            #expect(ambiguous.text.contains("liegt in mehreren Quartieren"))
            let unknown = try await browser.post("/umfrage", base + [("q-quartier-strasse", "Gibtsnichtweg")])
            #expect(unknown.status == .unprocessableEntity)
            #expect(unknown.text.contains("nicht gefunden"))
        }
    }

    @Test func oneTimeCodesWorkOnceAndAreNotLinkedToTheAnswer() async throws {
        try await withTestApp { app in
            let wave = try await MonitorFixture.wave(app, codesRequired: true)
            let codes = try await CodeQueries.create(wave: wave, count: 2, batch: "Kiosk Nordstadt", on: MonitorFixture.sql(app))
            #expect(codes.count == 2 && codes[0].count == 9)
            var browser = Browser(app)
            let without = try await browser.post("/umfrage", MonitorFixture.fields())
            #expect(without.status == .unprocessableEntity)
            #expect(without.text.contains("Bitte geben Sie Ihren Zugangscode ein."))

            let first = try await browser.post("/umfrage", MonitorFixture.fields(extra: [("zugangscode", codes[0].lowercased())]))
            #expect(first.status == .seeOther)
            let again = try await browser.post("/umfrage", MonitorFixture.fields(extra: [("zugangscode", codes[0])]))
            #expect(again.status == .unprocessableEntity)
            #expect(again.text.contains("schon benutzt"))
            #expect(try await MonitorFixture.count(app, "survey_responses") == 1)

            // the code table holds a hash and "used", nothing about the answer or the time
            #expect(try await MonitorFixture.columns(app, table: "survey_codes") == ["batch", "code_hash", "id", "used", "wave_id"])
            let stored = try await MonitorFixture.sql(app).select().columns("code_hash", "used").from("survey_codes").all()
            #expect(!stored.contains { (try? $0.decode(column: "code_hash", as: String.self))?.contains(codes[0].replacingOccurrences(of: "-", with: "")) == true })
            #expect(stored.filter { (try? $0.decode(column: "used", as: Bool.self)) == true }.count == 1)
        }
    }

    @Test func personalPanelCodePairsTwoWavesWithoutIdentity() async throws {
        try await withTestApp { app in
            try await MonitorFixture.wave(app, name: "Vorher", offsetDays: -100, length: 10)
            try await MonitorFixture.wave(app, name: "Nachher", offsetDays: -2, length: 30)
            // "Nachher" is open today
            var browser = Browser(app)
            let first = try await browser.post("/umfrage", MonitorFixture.fields(extra: [("panel-neu", "ja")]))
            #expect(first.status == .ok)
            let code = try #require(first.text.firstMatch(of: /class="panel-code">([A-Z0-9-]{14})</)?.1)
            // a second answer with the code in the same wave is refused
            let twice = try await browser.post("/umfrage", MonitorFixture.fields(extra: [("panel-code", String(code))]))
            #expect(twice.status == .unprocessableEntity)
            #expect(twice.text.contains("schon geantwortet"))
            let unknown = try await browser.post("/umfrage", MonitorFixture.fields(extra: [("panel-code", "ACDE-FGHJ-KMNP")]))
            #expect(unknown.status == .unprocessableEntity)
            let columns_survey_panel_entries = try await MonitorFixture.columns(app, table: "survey_panel_entries")
            #expect(columns_survey_panel_entries == ["direct", "djg_total", "id", "is_sample", "panel_hash", "ucla_burdened", "ucla_mean", "wave_id"])
        }
    }

    @Test func paperVersionHasTheSameQuestionsAndBoxes() async throws {
        try await withTestApp { app in
            try await MonitorFixture.wave(app)
            let questionnaire = try #require(try await MonitorFixture.defaultQuestionnaire(app).questionnaire)
            try await app.testing().test(.GET, "/umfrage/papier") { res in
                #expect(res.status == .ok)
                let html = res.body.string
                for question in questionnaire.questions {
                    #expect(html.contains(HTMLEscape.text(question.text)), "\(question.key)")
                    for option in question.choices { #expect(html.contains("☐ " + HTMLEscape.text(option.label))) }
                }
                #expect(html.contains(HTMLEscape.text(questionnaire.consent)))
                #expect(!html.contains("<form method=\"post\""))
            }
        }
    }

    @Test func kioskStaffEnterPaperQuestionnaires() async throws {
        try await withTestApp { app in
            try await MonitorFixture.wave(app)
            try await app.testing().test(.GET, "/kiosk/umfrage") { res in
                #expect(res.status == .seeOther)
                #expect(res.headers.first(name: .location) == "/konto/anmelden")
            }
            var resident = Browser(app)
            try await MonitorFixture.login(&resident, as: nil, email: "bewohnerin@example.org")
            #expect(try await resident.get("/kiosk/umfrage").status == .forbidden)
            #expect(try await resident.post("/kiosk/umfrage", MonitorFixture.fields()).status == .forbidden)

            var kiosk = Browser(app)
            try await MonitorFixture.login(&kiosk, as: .kioskStaff, email: "team@example.org")
            let form = try await kiosk.get("/kiosk/umfrage")
            #expect(form.status == .ok)
            #expect(form.text.contains("Papierbogen"))
            let yesterday = SurveyDay.date(app.clock.now).adding(days: -1)!
            let german = "\(yesterday.day).\(yesterday.month).\(yesterday.year)"
            let saved = try await kiosk.post("/kiosk/umfrage", MonitorFixture.fields(extra: [("weg", "paper"), ("datum", german)]))
            #expect(saved.status == .seeOther)
            #expect(saved.headers.first(name: .location) == "/kiosk/umfrage?gespeichert=1")
            let row = try #require(try await MonitorFixture.sql(app).select().columns("channel", "answered_on").from("survey_responses").first())
            #expect(try row.decode(column: "channel", as: String.self) == "paper")
            #expect(try row.decode(column: "answered_on", as: String.self) == yesterday.iso)

            let future = SurveyDay.date(app.clock.now).adding(days: 3)!
            let bad = try await kiosk.post("/kiosk/umfrage", MonitorFixture.fields(extra: [("weg", "kiosk"), ("datum", future.iso)]))
            #expect(bad.status == .unprocessableEntity)
            #expect(bad.text.contains("gültiges Datum"))
            let badChannel = try await kiosk.post("/kiosk/umfrage", MonitorFixture.fields(extra: [("weg", "fax")]))
            #expect(badChannel.status == .unprocessableEntity)
        }
    }

    @Test func formWithoutTokenIsRejected() async throws {
        try await withTestApp { app in
            try await MonitorFixture.wave(app)
            var browser = Browser(app)
            let res = try await browser.post("/umfrage", MonitorFixture.fields(), csrf: .some(nil))
            #expect(res.status == .forbidden)
            #expect(try await MonitorFixture.count(app, "survey_responses") == 0)
        }
    }
}
