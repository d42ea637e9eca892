@testable import App
import Foundation
import GemeinsamCore
import SQLKit
import Testing
import Vapor
import VaporTesting

@Suite("Einsamkeitsmonitor: Fragebogen, Wellen, Codes, Bevölkerungszahlen")
struct MonitorManageTests {
    @Test func theDefaultQuestionnaireIsVersionOneAndValid() async throws {
        try await withTestApp { app in
            let q = try await MonitorFixture.defaultQuestionnaire(app)
            let definition = try #require(q.questionnaire)
            #expect(q.version == 1 && !q.isSample)
            #expect(definition.problems().isEmpty)
            let keys = Set(definition.questions.map(\.key))
            for key in QuestionKey.ucla + QuestionKey.djg + [QuestionKey.direct, QuestionKey.age, QuestionKey.gender,
                                                             QuestionKey.wishes, QuestionKey.quartier, QuestionKey.freeText] {
                #expect(keys.contains(key), "\(key)")
            }
            #expect(Set(definition.questions.map(\.type)) == Set(Questionnaire.QuestionType.allCases))
            #expect(definition.question(QuestionKey.age)?.choices.map(\.key) == QuestionKey.ageGroups)
        }
    }

    @Test func coordinatorsCreateWavesAndNewQuestionnaireVersions() async throws {
        try await withTestApp { app in
            var browser = Browser(app)
            try await MonitorFixture.login(&browser, as: .coordinator, email: "koordination@example.org")
            let questionnaire = try await MonitorFixture.defaultQuestionnaire(app)
            let created = try await browser.post("/monitor/wellen", [
                ("name", "Frühjahr 2027"), ("beginn", "1.3.2027"), ("ende", "31.05.2027"),
                ("fragebogen", questionnaire.id.uuidString), ("gewichtung", ""), ("codes", "ja")])
            #expect(created.status == .ok)
            #expect(created.text.contains("Befragungswelle „Frühjahr 2027“ angelegt."))
            let wave = try #require(try await WaveQueries.all(on: MonitorFixture.sql(app)).first)
            #expect(wave.startsOn == "2027-03-01" && wave.endsOn == "2027-05-31" && wave.codesRequired)

            let bad = try await browser.post("/monitor/wellen", [
                ("name", ""), ("beginn", "31.02.2027"), ("ende", "01.01.2020"), ("fragebogen", "nix")])
            #expect(bad.status == .unprocessableEntity)
            #expect(bad.text.contains("Bitte geben Sie einen Namen ein."))
            #expect(bad.text.contains("TT.MM.JJJJ"))
            #expect(bad.text.contains("Bitte wählen Sie einen Fragebogen."))

            // download the JSON, change a wording, upload as version 2
            let json = try await browser.get("/monitor/fragebogen/json/\(questionnaire.id.uuidString)")
            #expect(json.status == .ok)
            var definition = try JSONDecoder().decode(Questionnaire.self, from: Data(json.text.utf8))
            definition.title = "Wie geht es Ihnen in Ihrer Nachbarschaft?"
            let text = String(decoding: try JSONEncoder().encode(definition), as: UTF8.self)
            let saved = try await browser.post("/monitor/fragebogen/version", [("definition", text)])
            #expect(saved.status == .ok)
            #expect(saved.text.contains("Version 2 des Fragebogens gespeichert."))
            let broken = try await browser.post("/monitor/fragebogen/version", [("definition", "{\"title\": 1}")])
            #expect(broken.status == .unprocessableEntity)
            #expect(broken.text.contains("kein gültiger Fragebogen"))
            definition.sections[0].questions[0].key = "Quartier Ä"
            let invalidKey = try await browser.post("/monitor/fragebogen/version",
                                                    [("definition", String(decoding: try JSONEncoder().encode(definition), as: UTF8.self))])
            #expect(invalidKey.status == .unprocessableEntity)
            #expect(invalidKey.text.contains("Der Schlüssel darf nur"))
            #expect(try await browser.get("/monitor/fragebogen/json/\(UUID().uuidString)").status == .notFound)
        }
    }

    @Test func codesAreShownOnceAndCounted() async throws {
        try await withTestApp { app in
            let wave = try await MonitorFixture.wave(app)
            var browser = Browser(app)
            try await MonitorFixture.login(&browser, as: .coordinator, email: "koordination@example.org")
            let res = try await browser.post("/monitor/codes", [("code-welle", wave.uuidString), ("anzahl", "25"), ("stapel", "Seniorenbüro Hörde")])
            #expect(res.status == .ok)
            #expect(res.headers.first(name: .cacheControl) == "no-store")
            #expect(res.text.matches(of: /<li>[A-Z0-9]{4}-[A-Z0-9]{4}<\/li>/).count == 25)
            #expect(try await MonitorFixture.count(app, "survey_codes") == 25)
            let page = try await browser.get("/monitor/fragebogen")
            #expect(page.text.contains("Seniorenbüro Hörde: 0/25"))
            let bad = try await browser.post("/monitor/codes", [("code-welle", wave.uuidString), ("anzahl", "5000"), ("stapel", "")])
            #expect(bad.status == .unprocessableEntity)
            #expect(bad.text.contains("1 bis 1.000"))
        }
    }

    @Test func marginsAreCheckedAndUsedForWeighting() async throws {
        try await withTestApp { app in
            let waveID = try await MonitorFixture.wave(app)
            try await MonitorFixture.answers(app, wave: waveID, quartier: "borsigplatz", count: 20, lonely: 5, age: "18-29")
            try await MonitorFixture.answers(app, wave: waveID, quartier: "borsigplatz", count: 20, lonely: 15, age: "80+")
            var browser = Browser(app)
            try await MonitorFixture.login(&browser, as: .coordinator, email: "koordination@example.org")
            let csv = """
                variable;category;population
                altersgruppe;18–29;100000
                altersgruppe;30-44;120000
                altersgruppe;45-64;150000
                altersgruppe;65-79;90000
                altersgruppe;80 und älter;40000
                """
            let saved = try await browser.post("/monitor/randverteilungen", [
                ("rv-name", "Alter 2023"), ("rv-quelle", "Dortmunder Statistik"), ("rv-stand", "31.12.2023"), ("rv-inhalt", csv),
                ("rv-bezirke", "ja")])
            #expect(saved.status == .ok, "\(saved.text.prefix(2000))")
            #expect(saved.text.contains("Bevölkerungszahlen „Alter 2023“ gespeichert (17 Zeilen)."))
            let set = try #require(try await MarginQueries.sets(on: MonitorFixture.sql(app)).first)
            let rows = try await MarginQueries.rows(set: set.id, on: MonitorFixture.sql(app))
            #expect(rows.contains(.init(variable: "altersgruppe", category: "80+", population: 40_000)))
            #expect(abs(rows.filter { $0.variable == "stadtbezirk" }.reduce(0) { $0 + $1.population } - 500_000) < 1e-6)

            let weighting = try await browser.post("/monitor/wellen/gewichtung", [("welle", waveID.uuidString), ("gewichtung-welle", set.id.uuidString)])
            #expect(weighting.status == .ok)
            let dashboard = try await browser.get("/monitor")
            #expect(dashboard.text.contains("Gewichtet nach: Alter 2023, Quelle: Dortmunder Statistik, Stand 31.12.2023."))
            #expect(dashboard.text.contains("Gewichtungsmerkmale: Altersgruppe, Stadtbezirk."))
            #expect(dashboard.text.contains("ohne Antworten und deshalb nicht berücksichtigt: 30-44, 45-64, 65-79"))
            // weighted: 18–29 (25 % lonely) carries 100,000, 80+ (75 %) 40,000 → 0.25·100/140 + 0.75·40/140 = 39.3 %
            #expect(dashboard.text.contains("<strong>39,3 %</strong>"), "\(dashboard.text.components(separatedBy: "big-figure").dropFirst().first?.prefix(200) ?? "")")
        }
    }

    @Test(arguments: [
        ("variable,category,population\naltersgruppe,18-29,abc\n", "Zeile 2"),
        ("variable,category,population\nalter,18-29,10\n", "Unbekannte Variable"),
        ("variable,category,population\naltersgruppe,18-30,10\n", "passt nicht"),
        ("variable,category,population\naltersgruppe,18-29,10\n", "Es fehlen Altersgruppen"),
        ("variable,category,population\nstadtbezirk,Hörde,10\n", "Es fehlen Stadtbezirke"),
        ("variable,category,population\ngeschlecht,weiblich,10\ngeschlecht,männlich,20\naltersgruppe,18-29,5\n", "unterschiedliche Gesamtzahlen"),
        ("", "CSV-Datei"),
        ("variable,category,population\ngeschlecht,weiblich,1\u{01}\n", "Steuerzeichen"),
    ])
    func badMarginFilesGetGermanErrors(csv: String, message: String) async throws {
        try await withTestApp { app in
            var browser = Browser(app)
            try await MonitorFixture.login(&browser, as: .coordinator, email: "koordination@example.org")
            let res = try await browser.post("/monitor/randverteilungen", [
                ("rv-name", "Test"), ("rv-quelle", "Test"), ("rv-stand", "31.12.2023"), ("rv-inhalt", csv)])
            #expect(res.status == .unprocessableEntity)
            #expect(res.text.contains(message), "\(message)")
            #expect(try await MarginQueries.sets(on: MonitorFixture.sql(app)).isEmpty)
        }
    }

    @Test func marginFileUploadAsMultipart() async throws {
        try await withTestApp { app in
            var browser = Browser(app)
            try await MonitorFixture.login(&browser, as: .coordinator, email: "koordination@example.org")
            let boundary = "----gemeinsam-test"
            func part(_ name: String, _ value: String, file: String? = nil) -> String {
                "--\(boundary)\r\nContent-Disposition: form-data; name=\"\(name)\"" + (file.map { "; filename=\"\($0)\"\r\nContent-Type: text/csv" } ?? "")
                    + "\r\n\r\n\(value)\r\n"
            }
            let csv = "variable,category,population\ngeschlecht,weiblich,300\ngeschlecht,männlich,290\ngeschlecht,divers,10\n"
            let body = part("_csrf", browser.csrfToken!) + part("rv-name", "Geschlecht") + part("rv-quelle", "Amt")
                + part("rv-stand", "2023-12-31") + part("rv-datei", csv, file: "g.csv") + "--\(boundary)--\r\n"
            var headers = HTTPHeaders()
            headers.replaceOrAdd(name: .contentType, value: "multipart/form-data; boundary=\(boundary)")
            headers.replaceOrAdd(name: .cookie, value: browser.cookies.map { "\($0.key)=\($0.value)" }.joined(separator: "; "))
            try await app.testing().test(.POST, "/monitor/randverteilungen", headers: headers, body: ByteBuffer(string: body)) { res in
                #expect(res.status == .ok, "\(res.body.string.prefix(1500))")
                #expect(res.body.string.contains("Bevölkerungszahlen „Geschlecht“ gespeichert (3 Zeilen)."))
            }
        }
    }
}

@Suite("Einsamkeitsmonitor: schnelles Lesen der Antworten")
struct MonitorRowAnswersTests {
    @Test func fastReaderAgreesWithTheCodecOnSampleAnswers() async throws {
        try await withTestApp { app in
            let questionnaire = try #require(try await MonitorFixture.defaultQuestionnaire(app).questionnaire)
            let today = SurveyDay.date(app.clock.now)
            let generated = MonitorSampleSeeder.generate(count: 500, geography: app.geographyStore.snapshot, start: today,
                                                         days: 1, questionnaire: questionnaire)
            let wishKeys = questionnaire.question(QuestionKey.wishes)!.choices.map(\.key)
            let wishIndex = Dictionary(uniqueKeysWithValues: wishKeys.enumerated().map { ($1, $0) })
            for g in generated {
                let text = AnswerCodec.encode(g.answers)
                let fast = MonitorRowAnswers(text, wishIndex: wishIndex)
                let slow = AnswerCodec.decode(text)
                let scores = ResponseScores(slow)
                #expect(fast.age == (slow[QuestionKey.age] ?? "") && fast.gender == (slow[QuestionKey.gender] ?? ""))
                #expect(SurveyStats.UCLA3Answers(lackCompanionship: fast.ucla[0], leftOut: fast.ucla[1], isolated: fast.ucla[2]).score == scores.ucla)
                #expect(SurveyStats.DJGAnswers(e1: fast.djg[0], e2: fast.djg[1], e3: fast.djg[2], s1: fast.djg[3], s2: fast.djg[4],
                                               s3: fast.djg[5]).score == scores.djg)
                #expect(fast.direct == scores.direct)
                for factor in RiskFactor.allCases { #expect(factor.group(fast.value) == factor.group(slow)) }
                let bits = slow.all(QuestionKey.wishes).reduce(UInt64(0)) { $0 | (1 << UInt64(wishIndex[$1]!)) }
                #expect(fast.wishes == bits)
            }
        }
    }
}
