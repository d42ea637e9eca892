@testable import App
import Foundation
import GemeinsamCore
import SQLKit
import Testing
import Vapor
import VaporTesting

@Suite("Umfrage in jeder Sprache: Fragebogen, Antworten, Auswertung")
struct MonitorLanguageTests {
    @Test func shippedQuestionnaireHasEveryLanguageCompleteAndSaysWhatIsValidated() throws {
        // setup
        let questionnaire = Questionnaire.shipped
        let keys = Set(questionnaire.textEntries.map(\.key))
        // check
        #expect(questionnaire.problems().isEmpty, "\(questionnaire.problems())")
        #expect(questionnaire.languages.map(\.code) == Language.all.map(\.code))
        for language in Language.all where !language.isSource {
            let translation = try #require(questionnaire.translations?[language.code])
            #expect(Set(translation.texts.keys) == keys, "\(language.code)")
            #expect(translation.reviewed != true, "\(language.code): drafts until a native speaker checked them")
        }
        // English uses the instruments' original wording; no other language claims a validated version
        let english = try #require(questionnaire.translations?["en"])
        #expect(english.texts["question.ucla1.text"] == "How often do you feel that you lack companionship?")
        #expect(english.texts["question.djg_e1.text"] == "I experience a general sense of emptiness.")
        #expect(english.validation(of: .ucla3)?.contains("Hughes") == true)
        #expect(english.validation(of: .djg6)?.contains("de Jong Gierveld") == true)
        for code in ["tr", "ar", "uk", "ru", "pl", "ro", "bg", "de-x-ls"] {
            #expect(questionnaire.translations?[code]?.validated == nil, "\(code)")
        }
    }

    @Test func localizedVersionKeepsKeysAndMarksMissingTextsAsGerman() throws {
        // setup
        var questionnaire = Questionnaire.shipped
        questionnaire.translations?["tr"]?.texts["question.ucla2.text"] = nil
        // act
        let turkish = questionnaire.localized(to: .turkish)
        // check: the same questions and options, the missing text in German with the fallback mark
        #expect(turkish.questions.map(\.key) == questionnaire.questions.map(\.key))
        #expect(turkish.questions.map { $0.choices.map(\.key) } == questionnaire.questions.map { $0.choices.map(\.key) })
        #expect(turkish.question("ucla1")?.text == questionnaire.translations?["tr"]?.texts["question.ucla1.text"])
        #expect(turkish.question("ucla2")?.text == FallbackMarks.wrap("Wie oft haben Sie das Gefühl, dass Sie außen vor sind?"))
        #expect(questionnaire.localized(to: .german) == questionnaire)
    }

    @Test func translationProblemsAreFound() {
        // setup
        var questionnaire = Questionnaire.shipped
        questionnaire.translations?["xx"] = .init(texts: [:])
        questionnaire.translations?["tr"]?.texts["question.gibtsnicht.text"] = "?"
        questionnaire.translations?["ar"]?.validated = ["ucla9": "Quelle", "djg6": " "]
        // act
        let problems = questionnaire.problems()
        // check
        #expect(problems.contains { $0.contains("„xx“") })
        #expect(problems.contains { $0.contains("question.gibtsnicht.text") })
        #expect(problems.contains { $0.contains("ucla9") })
        #expect(problems.contains { $0.contains("djg6") })
    }

    @Test func surveyAndPaperVersionAppearInThePageLanguageAndAnswersStoreIt() async throws {
        try await withTestApp { app in
            // setup
            try await MonitorFixture.wave(app)
            let turkish = try #require(Questionnaire.shipped.translations?["tr"]?.texts["question.ucla1.text"])
            let arabic = try #require(Questionnaire.shipped.translations?["ar"]?.texts["question.djg_e1.text"])
            // act + check: pages
            var visitor = Browser(app)
            let page = try await visitor.get("/tr/umfrage")
            #expect(page.status == .ok)
            #expect(page.text.contains("<html lang=\"tr\""))
            #expect(page.text.contains(turkish))
            #expect(!page.text.contains("Wie oft haben Sie das Gefühl, dass Ihnen die Gesellschaft anderer fehlt?"))
            let paper = try await visitor.get("/ar/umfrage/papier")
            #expect(paper.status == .ok)
            #expect(paper.text.contains(arabic))
            // act: a Turkish answer
            var browser = Browser(app)
            let res = try await browser.post("/tr/umfrage", MonitorFixture.fields())
            // check
            #expect(res.status == .seeOther)
            #expect(res.headers.first(name: .location) == "/tr/umfrage/danke")
            let row = try #require(try await MonitorFixture.sql(app).select().columns("language").from("survey_responses").first())
            #expect(try row.decode(column: "language", as: String?.self) == "tr")
        }
    }

    @Test func kioskStaffRecordTheSheetsLanguage() async throws {
        try await withTestApp { app in
            // setup
            try await MonitorFixture.wave(app)
            var kiosk = Browser(app)
            try await MonitorFixture.login(&kiosk, as: .kioskStaff, email: "team@example.org")
            // act + check: the form offers every language, the page's language preselected
            let form = try await kiosk.get("/uk/kiosk/umfrage")
            #expect(form.status == .ok)
            #expect(form.text.contains("name=\"sprache\""))
            #expect(form.text.contains("<option value=\"uk\" selected=\"selected\">"))
            #expect(form.text.contains("<option value=\"ar\">"))
            // an Arabic sheet typed in on the German page
            let saved = try await kiosk.post("/kiosk/umfrage", MonitorFixture.fields(extra: [("weg", "paper"), ("sprache", "ar")]))
            #expect(saved.status == .seeOther)
            let row = try #require(try await MonitorFixture.sql(app).select().columns("language").from("survey_responses").first())
            #expect(try row.decode(column: "language", as: String?.self) == "ar")
            // an unknown language: a message next to the field, nothing stored
            let bad = try await kiosk.post("/kiosk/umfrage", MonitorFixture.fields(extra: [("weg", "paper"), ("sprache", "xx")]))
            #expect(bad.status == .unprocessableEntity)
            #expect(bad.text.contains("id=\"sprache-error\""))
            #expect(try await MonitorFixture.count(app, "survey_responses") == 1)
        }
    }

    /// A wave with German answers in Borsigplatz, the first other language's there too and the second's in Hörde;
    /// a logged-in coordinator.
    func coordinatorWithAnswers(_ app: Application, german: (count: Int, lonely: Int),
                                _ first: (language: String, count: Int, lonely: Int),
                                _ second: (language: String, count: Int, lonely: Int)) async throws -> Browser {
        let wave = try await MonitorFixture.wave(app)
        try await MonitorFixture.answers(app, wave: wave, quartier: "borsigplatz", count: german.count, lonely: german.lonely)
        try await MonitorFixture.answers(app, wave: wave, quartier: "borsigplatz", count: first.count, lonely: first.lonely,
                                         language: first.language)
        try await MonitorFixture.answers(app, wave: wave, quartier: "hoerde", count: second.count, lonely: second.lonely,
                                         language: second.language)
        var coordinator = Browser(app)
        try await MonitorFixture.login(&coordinator, as: .coordinator, email: "koordination@example.org")
        return coordinator
    }

    @Test func monitorShowsSharesPerLanguageWithSuppressionAndTheTest() async throws {
        try await withTestApp { app in
            // setup: 40 German answers (4 lonely), 20 Turkish (12 lonely), 5 Arabic
            var coordinator = try await coordinatorWithAnswers(app, german: (40, 4), ("tr", 20, 12), ("ar", 5, 5))
            // act
            let page = try await coordinator.get("/monitor")
            let csv = try await coordinator.get("/monitor/csv/sprachen")
            // check: Arabic (5) and, complementarily, Turkish (the smallest published group) are withheld, so the
            // total does not reveal the Arabic answers; no test with one group left
            #expect(page.status == .ok)
            #expect(page.text.contains("Nach Sprache der Befragung"))
            #expect(page.text.contains("Türkisch: UCLA-3 nicht validiert"))
            #expect(page.text.contains("Englisch: UCLA-3 validiert"))
            #expect(csv.status == .ok)
            let lines = csv.text.split(whereSeparator: \.isNewline).map(String.init)
            #expect(lines.first?.contains("Sprachcode") == true, "\(lines.first ?? "")")
            let arabicLine = try #require(lines.first { $0.contains("ar") && $0.hasPrefix("Arabisch") })
            #expect(!arabicLine.contains("100"))
            let turkishLine = try #require(lines.first { $0.hasPrefix("Türkisch") })
            #expect(!turkishLine.contains("60"))
            #expect(page.text.contains("mindestens zwei Sprachen"))
        }
    }

    @Test func differenceBetweenLanguagesIsTestedOnPublishedGroups() async throws {
        try await withTestApp { app in
            // setup: 60 German answers (6 lonely), 30 Turkish (18 lonely), 30 Ukrainian (9 lonely)
            var coordinator = try await coordinatorWithAnswers(app, german: (60, 6), ("tr", 30, 18), ("uk", 30, 9))
            var manager = Browser(app)
            try await MonitorFixture.login(&manager, as: .areaManager, email: "qm@example.org", area: "borsigplatz")
            // act
            let page = try await coordinator.get("/monitor")
            // check: unweighted (no margins), so Pearson's χ² on 6/60, 18/30, 9/30: 25.2 with 2 degrees of freedom
            #expect(page.text.contains("unterscheiden sich zwischen den 3 gezeigten Sprachen deutlich"))
            #expect(page.text.contains("χ² = 25,2"))
            // the English monitor names the wishes in English (from the questionnaire's translation)
            let meetingPoint = try #require(Questionnaire.shipped.translations?["en"]?.texts["question.wuensche.option.treffpunkt"])
            #expect(try await coordinator.get("/en/monitor").text.contains(meetingPoint))
            // area managers see neither the section nor its CSV
            #expect(try await manager.get("/monitor").text.contains("Nach Sprache der Befragung") == false)
            #expect(try await manager.get("/monitor/csv/sprachen").status == .forbidden)
        }
    }

    @Test func storedVersionsOfTheShippedTextGetItsTranslations() async throws {
        try await withTestApp { app in
            // setup: a version with the shipped German text but no translations, and one with other text
            var plain = Questionnaire.shipped
            plain.translations = nil
            var other = plain
            other.title = "Eine andere Befragung"
            let sql = MonitorFixture.sql(app)
            let plainID = try await QuestionnaireQueries.insert(plain, isSample: false, now: app.clock.now, on: sql).id
            let otherID = try await QuestionnaireQueries.insert(other, isSample: false, now: app.clock.now, on: sql).id
            // act
            try await AddSurveyLanguages.addShippedTranslations(on: sql)
            // check
            #expect(try await QuestionnaireQueries.find(plainID, on: sql)?.questionnaire?.translations == Questionnaire.shipped.translations)
            #expect(try await QuestionnaireQueries.find(otherID, on: sql)?.questionnaire?.translations == nil)
        }
    }
}
