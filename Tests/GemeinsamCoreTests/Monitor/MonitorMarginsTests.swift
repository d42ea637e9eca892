import Foundation
import Testing
@testable import GemeinsamCore

@Suite("Monitor: Randverteilungen für die Gewichtung vorbereiten")
struct MonitorMarginsTests {
    typealias Row = SurveyStats.Margins.Row

    @Test("answers without a usable category form „(ohne Angabe)“ with their sample share")
    func missingCategory() throws {
        let rows = [Row(variable: "geschlecht", category: "weiblich", population: 600),
                    Row(variable: "geschlecht", category: "maennlich", population: 400)]
        let labels = ["geschlecht": ["weiblich", "maennlich", "divers", "", "weiblich"]]
        let prepared = try MonitorStats.prepareMargins(rows: rows, labels: labels)
        let margins = try #require(prepared.margins)
        let variable = try #require(margins.variable(named: "geschlecht"))
        // 2 of 5 answers unusable: share 0.4 → 600·0.6, 400·0.6, 1000·0.4
        #expect(variable.categories == ["weiblich", "maennlich", "(ohne Angabe)"])
        #expect(variable.populations == [360, 240, 400])
        #expect(prepared.labels["geschlecht"] == ["weiblich", "maennlich", "(ohne Angabe)", "(ohne Angabe)", "weiblich"])
        #expect(prepared.adjustments == [.init(variable: "geschlecht", missingAnswers: 2, droppedCategories: [], variableDropped: false)])
        // raking now works and meets the margins
        let result = try SurveyStats.rake(labels: prepared.labels, margins: margins)
        #expect(abs(result.weights.reduce(0, +) - 1000) < 1e-6)
    }

    @Test("categories without answers are left out and totals rescaled to the first variable")
    func droppedCategory() throws {
        let rows = [Row(variable: "stadtbezirk", category: "A", population: 700),
                    Row(variable: "stadtbezirk", category: "B", population: 300),
                    Row(variable: "altersgruppe", category: "jung", population: 500),
                    Row(variable: "altersgruppe", category: "alt", population: 500)]
        let labels = ["stadtbezirk": ["A", "A", "A"], "altersgruppe": ["jung", "alt", "alt"]]
        let prepared = try MonitorStats.prepareMargins(rows: rows, labels: labels)
        let margins = try #require(prepared.margins)
        #expect(margins.variable(named: "stadtbezirk")?.categories == ["A"])
        #expect(margins.variable(named: "altersgruppe")?.populations == [350, 350])
        #expect(prepared.adjustments.first?.droppedCategories == ["B"])
    }

    @Test("variables the answers do not have are ignored; nothing usable gives no margins")
    func nothingUsable() throws {
        let rows = [Row(variable: "stadtbezirk", category: "A", population: 700)]
        let none = try MonitorStats.prepareMargins(rows: rows, labels: ["altersgruppe": ["x"]])
        #expect(none.margins == nil)
        let allMissing = try MonitorStats.prepareMargins(rows: rows, labels: ["stadtbezirk": ["", "Z"]])
        #expect(allMissing.margins == nil)
        #expect(allMissing.adjustments.first?.variableDropped == true)
    }
}
