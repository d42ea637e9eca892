@testable import App
import Foundation
import GemeinsamCore
import SQLKit
import Testing
import Vapor
import VaporTesting

/// Helpers for the Einsamkeitsmonitor tests.
enum MonitorFixture {
    static func sql(_ app: Application) -> any SQLDatabase { app.sql }

    static func defaultQuestionnaire(_ app: Application) async throws -> QuestionnaireRow {
        try #require(try await QuestionnaireQueries.all(on: sql(app)).first { $0.family == QuestionnaireQueries.family })
    }

    static func today(_ app: Application) -> String { SurveyDay.iso(app.clock.now) }

    /// A wave open today (or starting `offsetDays` from today, running 30 days).
    @discardableResult
    static func wave(_ app: Application, name: String = "Testwelle", codesRequired: Bool = false, offsetDays: Int = -10,
                     length: Int = 60, marginSet: UUID? = nil) async throws -> UUID {
        let today = SurveyDay.date(app.clock.now)
        let questionnaire = try await defaultQuestionnaire(app)
        let wave = WaveRow(questionnaireID: questionnaire.id, name: name, startsOn: today.adding(days: offsetDays)!.iso,
                           endsOn: today.adding(days: offsetDays + length)!.iso, codesRequired: codesRequired,
                           marginSetID: marginSet, now: app.clock.now)
        try await WaveQueries.insert(wave, on: sql(app))
        return wave.id
    }

    static func area(_ app: Application, _ slug: String) throws -> AreaRecord {
        try #require(app.geographyStore.snapshot.area(kind: .statisticalDistrict, slug: slug))
    }

    /// Valid form fields of the default questionnaire: Borsigplatz, lonely on UCLA-3.
    static func fields(quartier: String = "borsigplatz", lonely: Bool = true, extra: [(String, String)] = []) -> [(String, String)] {
        [("q-quartier", quartier), ("q-ucla1", lonely ? "4" : "1"), ("q-ucla2", lonely ? "5" : "2"), ("q-ucla3", lonely ? "4" : "1"),
         ("q-djg_e1", "ja"), ("q-djg_e2", "mehr_oder_weniger"), ("q-djg_e3", "nein"), ("q-djg_s1", "nein"), ("q-djg_s2", "ja"),
         ("q-djg_s3", "nein"), ("q-direkt", "4"), ("q-alter", "65-79"), ("q-geschlecht", "weiblich"), ("q-allein", "ja"),
         ("q-wuensche-treffpunkt", "ja"), ("q-wuensche-baenke", "ja"), ("einwilligung", "ja")] + extra
    }

    /// Inserts answers directly: `count` answers in a Quartier, the first `lonely` of them lonely on UCLA-3.
    static func answers(_ app: Application, wave: UUID, quartier: String?, count: Int, lonely: Int = 0,
                        channel: SurveyChannel = .online, age: String = "45-64", language: String = "de") async throws {
        let areaID = try quartier.map { try area(app, $0).id }
        for i in 0..<count {
            var a = SurveyAnswers()
            let value = i < lonely ? "5" : "1"
            for key in QuestionKey.ucla { a.values[key] = [value] }
            a.values[QuestionKey.age] = [age]
            a.values[QuestionKey.gender] = ["weiblich"]
            a.values[QuestionKey.wishes] = ["treffpunkt"]
            a.values[QuestionKey.livingAlone] = [i % 2 == 0 ? "ja" : "nein"]
            let response = ResponseQueries.NewResponse(
                row: ResponseRow(waveID: wave, answeredOn: today(app), channel: channel, areaID: areaID, answers: a,
                                 language: language),
                freeTexts: [], codeHash: nil, panel: nil)
            _ = try await ResponseQueries.submit(response, on: app.db)
        }
    }

    /// Registers an account, grants a role and stays logged in.
    static func login(_ browser: inout Browser, as role: Role?, email: String, area: String? = nil) async throws {
        try await browser.register(email: email)
        if let role {
            let areaID = try area.map { try MonitorFixture.area(browser.app, $0).id }
            try await grant(role, to: email, area: areaID, in: browser.app)
        }
    }

    static func count(_ app: Application, _ table: String) async throws -> Int {
        try await sql(app).select().column(SQLFunction("COUNT", args: SQLLiteral.all), as: "n").from(table).first()?
            .decode(column: "n", as: Int.self) ?? 0
    }

    static func columns(_ app: Application, table: String) async throws -> [String] {
        let db = sql(app)
        if db.dialect.name == "sqlite" {
            return try await db.raw("PRAGMA table_info(\(ident: table))").all().map { try $0.decode(column: "name", as: String.self) }.sorted()
        }
        return try await db.raw("""
            SELECT column_name FROM information_schema.columns WHERE table_name = \(bind: table) AND table_schema = current_schema()
            """).all().map { try $0.decode(column: "column_name", as: String.self) }.sorted()
    }
}
