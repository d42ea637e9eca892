import Foundation
import GemeinsamCore
import SQLKit
import Vapor

/// Sample content of the Einsamkeitsmonitor: a wave open today and invented answers across the Quartiere, all
/// marked `is_sample` (the pages say „Beispiel“). Deterministic (fixed seed), so screenshots are comparable.
struct MonitorSampleSeeder: SampleContent.Seeder {
    var name: String { "Einsamkeitsmonitor" }
    var answers: Int = 1_200

    func seed(_ app: Application) async throws -> Int {
        let sql = app.sql
        let existing = try await sql.select().column("id").from("survey_waves").where("is_sample", .equal, SQLBind(true))
            .limit(1).first()
        if existing != nil { return 0 }
        guard let stored = try await QuestionnaireQueries.all(on: sql).last(where: { $0.family == QuestionnaireQueries.family }),
              let questionnaire = stored.questionnaire
        else { return 0 }
        let geography = app.geographyStore.snapshot
        let now = app.clock.now
        let todayDate = SurveyDay.date(now)
        let start = todayDate.adding(days: -60)!.iso
        let end = todayDate.adding(days: 120)!.iso

        // invented age and gender margins (not official figures), with the Stadtbezirke from the geography
        let sampleMargins = """
            variable,category,population
            altersgruppe,18-29,98000
            altersgruppe,30-44,118000
            altersgruppe,45-64,152000
            altersgruppe,65-79,86000
            altersgruppe,80+,40000
            geschlecht,weiblich,251000
            geschlecht,maennlich,241000
            geschlecht,divers,2000
            """
        var marginSetID: UUID?
        if case let .success(rows) = MarginImport.parse(csv: sampleMargins, geography: geography, addDistricts: true) {
            marginSetID = try await MarginQueries.insert(
                name: "Beispiel: Alter und Geschlecht (erfundene Zahlen)", source: "Beispieldaten, nicht amtlich",
                asOf: "2023-12-31", rows: rows, isSample: true, now: now, on: app.db)
        }
        let wave = WaveRow(questionnaireID: stored.id, name: "Beispiel-Befragung", startsOn: start, endsOn: end,
                           codesRequired: false, marginSetID: marginSetID, isSample: true, now: now)
        try await WaveQueries.insert(wave, on: sql)
        let responses = Self.generate(count: answers, geography: geography, start: todayDate.adding(days: -60)!, days: 61,
                                      questionnaire: questionnaire)
        try await ResponseQueries.insert(responses.map {
            ResponseRow(waveID: wave.id, answeredOn: $0.day, channel: $0.channel, areaID: $0.areaID, answers: $0.answers,
                        language: $0.language, isSample: true)
        }, on: sql)
        try await FreeTextQueries.insert(Self.sampleFreeTexts(geography, wave: wave.id), on: sql)
        try await WaveQueries.bumpRevision(wave.id, on: sql)
        return responses.count
    }

    struct Generated: Sendable {
        var day: String
        var channel: SurveyChannel
        var areaID: Int?
        var answers: SurveyAnswers
        var language: String
    }

    /// Questionnaire languages of invented answers: people who immigrated answer in their languages more often.
    static let immigrantLanguages: [(code: String, weight: Double)] = [
        ("de", 0.42), ("tr", 0.17), ("ar", 0.13), ("uk", 0.08), ("ru", 0.06), ("pl", 0.06), ("ro", 0.04), ("bg", 0.04),
    ]

    /// Invented answers: older people, people living alone, with money worries or seeking work are lonelier,
    /// and some Quartiere more than others; older people answer more often (as in real self-selected surveys).
    static func generate(count: Int, geography: GeographySnapshot, start: CalendarDate, days: Int,
                         questionnaire: Questionnaire) -> [Generated] {
        var rng = Network.SeededRandom(seed: 20_240_607)
        // a second generator, so that the languages leave every other invented answer as it was
        var languageRNG = Network.SeededRandom(seed: 20_261_203)
        let quartiere = geography.all(.statisticalDistrict)
        let weights = quartiere.map { Double($0.population ?? 4_000) }
        let wishKeys = questionnaire.question(QuestionKey.wishes)?.choices.map(\.key) ?? []
        var out: [Generated] = []
        out.reserveCapacity(count)
        for _ in 0..<count {
            var a = SurveyAnswers()
            let quartierIndex = rng.pick(weights: weights)
            let quartier = quartiere[quartierIndex]
            let areaID: Int? = rng.unit() < 0.03 ? nil : quartier.id
            let age = rng.pick(weights: [0.13, 0.18, 0.32, 0.25, 0.12])
            a.values[QuestionKey.age] = [QuestionKey.ageGroups[age]]
            let gender = rng.pick(weights: [0.56, 0.41, 0.01, 0.02])
            a.values[QuestionKey.gender] = [QuestionKey.genders[gender]]
            let alone = rng.unit() < [0.3, 0.25, 0.25, 0.38, 0.6][age]
            let money = rng.unit() < 0.22
            let seeking = age < 3 && rng.unit() < 0.09
            func yesNo(_ b: Bool) -> [String] { [rng.unit() < 0.04 ? "keine_angabe" : (b ? "ja" : "nein")] }
            a.values[QuestionKey.livingAlone] = yesNo(alone)
            a.values[QuestionKey.moneyWorries] = yesNo(money)
            a.values[QuestionKey.migration] = yesNo(rng.unit() < 0.2)
            a.values[QuestionKey.disability] = yesNo(rng.unit() < [0.06, 0.09, 0.16, 0.25, 0.4][age])
            a.values[QuestionKey.singleParent] = yesNo(age < 3 && rng.unit() < 0.07)
            a.values[QuestionKey.work] = [seeking ? "arbeitsuchend" : ["ausbildung", "erwerbstaetig", "erwerbstaetig", "rente", "rente"][age]]
            // loneliness propensity
            let districtEffect = Double(quartier.code.unicodeScalars.reduce(0) { $0 + Int($1.value) } % 7) * 0.012
            var p = 0.06 + [0.05, 0.0, 0.01, 0.02, 0.07][age] + districtEffect
            if alone { p += 0.07 }
            if money { p += 0.08 }
            if seeking { p += 0.08 }
            let lonely = rng.unit() < p
            for key in QuestionKey.ucla where rng.unit() > 0.02 {
                let base = lonely ? rng.pick(weights: [0.02, 0.08, 0.25, 0.4, 0.25]) : rng.pick(weights: [0.35, 0.35, 0.22, 0.07, 0.01])
                a.values[key] = [String(base + 1)]
            }
            for (k, key) in QuestionKey.djg.enumerated() where rng.unit() > 0.03 {
                let emotional = k < 3
                let lonelyAnswer = rng.unit() < (lonely ? 0.7 : 0.15)
                let middle = rng.unit() < 0.25
                a.values[key] = [middle ? "mehr_oder_weniger" : (lonelyAnswer == emotional ? "ja" : "nein")]
            }
            if rng.unit() > 0.02 {
                a.values[QuestionKey.direct] = [String((lonely ? rng.pick(weights: [0.02, 0.13, 0.35, 0.38, 0.12])
                                                       : rng.pick(weights: [0.4, 0.4, 0.17, 0.03, 0])) + 1)]
            }
            a.values[QuestionKey.neighbourContact] = [["taeglich", "woechentlich", "monatlich", "seltener", "nie"][
                rng.pick(weights: lonely ? [0.08, 0.22, 0.2, 0.3, 0.2] : [0.2, 0.4, 0.2, 0.15, 0.05])]]
            if !wishKeys.isEmpty, rng.unit() > 0.1 {
                let popularity = [0.45, 0.15, 0.3, 0.25, 0.28, 0.1, 0.08, 0.14, 0.2, 0.22, 0.04]
                var chosen: [String] = []
                for (k, key) in wishKeys.enumerated() where rng.unit() < (k < popularity.count ? popularity[k] : 0.05) {
                    chosen.append(key)
                }
                if !chosen.isEmpty { a.values[QuestionKey.wishes] = chosen }
            }
            let channel: SurveyChannel = [.online, .paper, .kiosk][rng.pick(weights: age >= 3 ? [0.5, 0.35, 0.15] : [0.85, 0.1, 0.05])]
            let day = start.adding(days: Int(rng.unit() * Double(days)))!.iso
            let language = a.values[QuestionKey.migration] == ["ja"]
                ? immigrantLanguages[languageRNG.pick(weights: immigrantLanguages.map(\.weight))].code
                : (languageRNG.unit() < 0.03 ? "de-x-ls" : "de")
            out.append(Generated(day: day, channel: channel, areaID: areaID, answers: a, language: language))
        }
        return out
    }

    static let sampleTexts: [(FreeTextStatus, String)] = [
        (.approved, "Früher gab es hier ein Café, in dem man sich getroffen hat. Das fehlt mir sehr."),
        (.approved, "Eine Bank an der Bushaltestelle wäre schön, dann kommt man auch mal ins Gespräch."),
        (.approved, "Ich würde gerne Deutsch üben, aber die Kurse sind immer voll."),
        (.approved, "Seit meine Frau gestorben ist, bin ich viel allein. Ein Mittagstisch in der Nähe würde helfen."),
        (.approved, "Mehr Angebote am Wochenende, unter der Woche arbeite ich."),
        (.pending, "Ich wünsche mir ein Sommerfest im Park für alle Nachbarn."),
        (.pending, "Hilfe beim Smartphone wäre toll, meine Enkel wohnen weit weg."),
        (.pending, "Es gibt kaum Orte, wo Jugendliche hingehen können, ohne Geld auszugeben."),
    ]

    static func sampleFreeTexts(_ geography: GeographySnapshot, wave: UUID) -> [FreeTextRow] {
        let quartiere = geography.all(.statisticalDistrict).filter { ($0.population ?? 0) > 15_000 }
        return sampleTexts.enumerated().map { i, entry in
            FreeTextRow(waveID: wave, areaID: quartiere.isEmpty ? nil : quartiere[(i * 7) % quartiere.count].id,
                        questionKey: QuestionKey.freeText, text: entry.1, status: entry.0, isSample: true)
        }
    }
}

extension Network.SeededRandom {
    /// An index drawn with the given (not necessarily normalised) weights.
    mutating func pick(weights: [Double]) -> Int {
        let total = weights.reduce(0, +)
        var r = unit() * total
        for (i, w) in weights.enumerated() {
            r -= w
            if r < 0 { return i }
        }
        return weights.count - 1
    }
}
