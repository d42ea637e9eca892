import Foundation
import Testing
@testable import GemeinsamCore

@Suite("Umfrage: Gewichtung (Raking)")
struct SurveyRakingTests {
    typealias Row = SurveyStats.Margins.Row

    func margins(_ rows: [(String, String, Double)]) throws -> SurveyStats.Margins {
        try SurveyStats.Margins(rows: rows.map { Row(variable: $0.0, category: $0.1, population: $0.2) })
    }

    @Test("independent 2×2 table: exact after one cycle, converged in the second")
    func twoByTwo() throws {
        // setup: one answer per cell; margins A 60 / B 40 and X 30 / Y 70
        let m = try margins([("v", "A", 60), ("v", "B", 40), ("w", "X", 30), ("w", "Y", 70)])
        // act
        let result = try SurveyStats.rake(labels: ["v": ["A", "A", "B", "B"], "w": ["X", "Y", "X", "Y"]], margins: m)
        // check: by hand, cycle 1 gives v: 30, 30, 20, 20, then w: ×30/50 and ×70/50 → 18, 42, 12, 28;
        // cycle 2 changes nothing, so the stopping rule is met after 2 cycles
        #expect(result.weights == [18, 42, 12, 28])
        #expect(result.iterations == 2)
        #expect(result.converged)
        #expect(result.maxRelativeDeviation == 0)
        // Kish: n Σw² / (Σw)² = 4 · (324 + 1764 + 144 + 784) / 100² = 1.2064
        #expect(abs(result.designEffect - 1.2064) < 1e-12)
        #expect(abs(result.effectiveSampleSize - 4 / 1.2064) < 1e-12)
    }

    @Test("empty cell: converges to the unique solution")
    func structuralZero() throws {
        // answers in cells AX, AY, BX (none in BY); margins A 50 / B 50, X 70 / Y 30
        // solution: BX = 50 (only B), AY = 30 (only Y), AX = 50 − 30 = 70 − 50 = 20; IPF only approaches it
        let m = try margins([("v", "A", 50), ("v", "B", 50), ("w", "X", 70), ("w", "Y", 30)])
        let result = try SurveyStats.rake(labels: ["v": ["A", "A", "B"], "w": ["X", "Y", "X"]], margins: m,
                                          options: .init(maxIterations: 10_000, tolerance: 1e-12))
        #expect(result.converged)
        #expect(result.iterations > 10)
        for (w, expected) in zip(result.weights, [20.0, 30, 50]) { #expect(abs(w - expected) < 1e-8) }
    }

    @Test("initial weights keep their ratios within a cell")
    func initialWeights() throws {
        let m = try margins([("v", "A", 30), ("v", "B", 10)])
        let result = try SurveyStats.rake(labels: ["v": ["A", "A", "B"]], initialWeights: [1, 2, 5], margins: m)
        #expect(result.weights == [10, 20, 10])
    }

    @Test("Kish design effect by hand")
    func kish() {
        // weights 1, 1, 2: 3 · 6 / 16
        #expect(SurveyStats.kishDesignEffect([1, 1, 2]) == 1.125)
        #expect(SurveyStats.effectiveSampleSize([1, 1, 2]) == 16.0 / 6.0)
        #expect(SurveyStats.kishDesignEffect([3, 3, 3]) == 1)
    }

    @Test("equals samplics on 2,000 generated answers (unit and design weights) within 1e-9")
    func samplicsFixture() throws {
        // setup: fixtures from generate.py; samplics ran with tol = ctrl_tol = 1e-12 and the same stopping rule,
        // so both stop in the same cycle, within rounding of the same fixed point
        let responses = try SurveyFixtures.table("responses")
        let margins = try SurveyStats.readMargins(try SurveyFixtures.text("margins"))
        let expected = try SurveyFixtures.table("expected_weights")
        var labels: [String: [String]] = [:]
        for name in ["alter", "geschlecht", "stadtbezirk"] { labels[name] = responses.rows.map { responses.value($0, name)! } }
        let design = try SurveyFixtures.doubles(responses, "design_weight")
        let options = SurveyStats.RakingOptions(maxIterations: 1000, tolerance: 1e-12)
        for (initial, column, prefix) in [(nil, "weight_unit", "unit"), (design, "weight_design", "design")] {
            // act
            let result = try SurveyStats.rake(labels: labels, initialWeights: initial, margins: margins, options: options)
            // check
            let reference = try SurveyFixtures.doubles(expected, column)
            #expect(result.weights.count == reference.count)
            let worst = zip(result.weights, reference).map { abs($0 - $1) / $1 }.max() ?? .infinity
            #expect(worst <= 1e-9, "größte relative Abweichung \(worst) (\(prefix))")
            #expect(zip(result.weights, reference).allSatisfy { abs($0 - $1) <= 1e-9 * $1 })
            #expect(result.converged)
            #expect(Double(result.iterations) == (try SurveyFixtures.summary("\(prefix)_iterations")))
            #expect(SurveyFixtures.close(result.designEffect, try SurveyFixtures.summary("\(prefix)_deff")))
            #expect(SurveyFixtures.close(result.weights.reduce(0, +), 510_000))
        }
    }

    /// Deterministic pseudo-random numbers (SplitMix64) for generated test data.
    struct SplitMix {
        var state: UInt64
        mutating func next() -> UInt64 {
            state &+= 0x9E37_79B9_7F4A_7C15
            var z = state
            z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
            z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
            return z ^ (z >> 31)
        }
        mutating func below(_ n: Int) -> Int { Int(next() % UInt64(n)) }
    }

    /// Plain row-by-row IPF as in samplics, as an independent reference for the cell-based implementation.
    func naiveRake(_ labels: [[String]], _ margins: SurveyStats.Margins, cycles: Int) -> [Double] {
        var w = Array(repeating: 1.0, count: labels[0].count)
        for _ in 0..<cycles {
            for (v, variable) in margins.variables.enumerated() {
                for (k, category) in variable.categories.enumerated() {
                    let rows = w.indices.filter { labels[v][$0] == category }
                    let sum = rows.reduce(0) { $0 + w[$1] }
                    for i in rows { w[i] *= variable.populations[k] / sum }
                }
            }
        }
        return w
    }

    func generated(variables: Int, categories: Int, rows: Int, seed: UInt64)
        throws -> (labels: [String: [String]], columns: [[String]], margins: SurveyStats.Margins)
    {
        var random = SplitMix(state: seed)
        var labels: [String: [String]] = [:]
        var columns: [[String]] = []
        var marginRows: [Row] = []
        for v in 0..<variables {
            let column = (0..<rows).map { _ in "c\(random.below(categories))" }
            columns.append(column)
            labels["v\(v)"] = column
            for k in 0..<categories {
                // near the sample distribution, so that the margins are reachable
                let count = Double(column.filter { $0 == "c\(k)" }.count)
                marginRows.append(Row(variable: "v\(v)", category: "c\(k)",
                                      population: 50 * count * (1 + 0.2 * sin(Double(3 * k + v)))))
            }
        }
        return (labels, columns, try SurveyStats.Margins(rows: marginRows, totalsPolicy: .rescaleToFirstVariable))
    }

    @Test("cell-based raking equals plain row-by-row IPF")
    func cellsMatchNaive() throws {
        // setup: 300 answers, 3 variables with 3, 4, 5 categories (dense cell numbering)
        let data = try generated(variables: 3, categories: 4, rows: 300, seed: 7)
        // act
        let result = try SurveyStats.rake(labels: data.labels, margins: data.margins,
                                          options: .init(maxIterations: 1000, tolerance: 1e-13))
        let reference = naiveRake(data.columns, data.margins, cycles: result.iterations)
        // check
        #expect(result.converged)
        #expect(zip(result.weights, reference).allSatisfy { SurveyFixtures.close($0, $1, 1e-11) })
    }

    @Test("many variables: hashed cells and one cell per answer still meet the margins")
    func manyVariables() throws {
        // 7 × 10 categories: 10^7 cells, numbered through a dictionary; 20 × 10: overflows Int, one cell per answer
        for variables in [7, 20] {
            let data = try generated(variables: variables, categories: 10, rows: 1500, seed: UInt64(variables))
            let result = try SurveyStats.rake(labels: data.labels, margins: data.margins,
                                              options: .init(maxIterations: 5000, tolerance: 1e-11))
            #expect(result.converged)
            for (v, variable) in data.margins.variables.enumerated() {
                for (k, category) in variable.categories.enumerated() {
                    let sum = zip(data.columns[v], result.weights).filter { $0.0 == category }.reduce(0) { $0 + $1.1 }
                    #expect(SurveyFixtures.close(sum, variable.populations[k], 1e-9))
                }
            }
            if variables == 7 {
                let reference = naiveRake(data.columns, data.margins, cycles: result.iterations)
                #expect(zip(result.weights, reference).allSatisfy { SurveyFixtures.close($0, $1, 1e-9) })
            }
        }
    }

    @Test("trimming: weights end within the bounds and still meet the margins")
    func trimming() throws {
        // setup: one B answer among many A answers gets a large weight
        let labelsV = Array(repeating: "A", count: 9) + ["B"] + Array(repeating: "A", count: 10)
        let labelsW = (0..<20).map { $0 % 2 == 0 ? "X" : "Y" }
        let m = try margins([("v", "A", 800), ("v", "B", 200), ("w", "X", 500), ("w", "Y", 500)])
        // act: without trimming, the B answer gets 200 = 4 × mean weight 50
        let plain = try SurveyStats.rake(labels: ["v": labelsV, "w": labelsW], margins: m)
        #expect(abs(plain.weights[9] - 200) < 1e-6)
        let trimmed = try SurveyStats.rake(labels: ["v": labelsV, "w": labelsW], margins: m,
                                           options: .init(trimming: .init(upper: 3)))
        // check: the B margin forces 200 on the single B answer, so the bound cannot hold and trimming reports it
        let report = try #require(trimmed.trimming)
        #expect(report.converged == false)
        #expect(report.cycles == 50)
        #expect(trimmed.converged)
        // a reachable bound: two B answers, upper bound 3 × mean
        var v2 = labelsV
        v2[0] = "B"
        let m2 = try margins([("v", "A", 700), ("v", "B", 300), ("w", "X", 500), ("w", "Y", 500)])
        let untrimmed2 = try SurveyStats.rake(labels: ["v": v2, "w": labelsW], margins: m2)
        #expect(abs(untrimmed2.weights[9] - 150) < 1e-9)  // 3 × mean: exactly at the bound, nothing to trim
        let trimmed2 = try SurveyStats.rake(labels: ["v": v2, "w": labelsW], margins: m2,
                                            options: .init(trimming: .init(lower: 0.9, upper: 2)))
        let report2 = try #require(trimmed2.trimming)
        // B answers need 150 each (3 × mean) to meet the margin; upper 2 conflicts with the margin, so the rounds
        // end unconverged but the returned weights still meet the margins
        #expect(report2.converged == false)
        #expect(trimmed2.maxRelativeDeviation <= 1e-10)
        // bounds that the margins allow: lower 0.5, upper 3.5 → nothing to trim
        let loose = try SurveyStats.rake(labels: ["v": v2, "w": labelsW], margins: m2,
                                         options: .init(trimming: .init(lower: 0.5, upper: 3.5)))
        #expect(loose.trimming?.cycles == 0)
        #expect(loose.trimming?.converged == true)
        #expect(loose.weights == untrimmed2.weights)
    }

    @Test("trimming with several answers per cell caps the extreme design weight")
    func trimmingDesignWeights() throws {
        // setup: 40 answers in 4 cells, one answer with a design weight 20 times the others
        let v = (0..<40).map { $0 < 20 ? "A" : "B" }
        let w = (0..<40).map { $0 % 2 == 0 ? "X" : "Y" }
        var design = Array(repeating: 1.0, count: 40)
        design[0] = 20
        let m = try margins([("v", "A", 500), ("v", "B", 500), ("w", "X", 500), ("w", "Y", 500)])
        // act
        let plain = try SurveyStats.rake(labels: ["v": v, "w": w], initialWeights: design, margins: m)
        let trimmed = try SurveyStats.rake(labels: ["v": v, "w": w], initialWeights: design, margins: m,
                                           options: .init(tolerance: 1e-12, trimming: .init(upper: 3)))
        // check
        let mean = 1000.0 / 40
        #expect(plain.weights.max()! / mean > 6)
        let report = try #require(trimmed.trimming)
        #expect(report.converged)
        #expect(report.cycles >= 1)
        #expect(report.maxRatio <= 3 * (1 + 1e-6))
        #expect(trimmed.designEffect < plain.designEffect)
        for (category, labels) in [("A", v), ("B", v), ("X", w), ("Y", w)] {
            let sum = zip(labels, trimmed.weights).filter { $0.0 == category }.reduce(0) { $0 + $1.1 }
            #expect(abs(sum - 500) < 1e-8)
        }
    }

    @Test("not converged within the iteration limit is reported, not hidden")
    func notConverged() throws {
        let m = try margins([("v", "A", 50), ("v", "B", 50), ("w", "X", 70), ("w", "Y", 30)])
        let result = try SurveyStats.rake(labels: ["v": ["A", "A", "B"], "w": ["X", "Y", "X"]], margins: m,
                                          options: .init(maxIterations: 3, tolerance: 1e-12))
        #expect(result.converged == false)
        #expect(result.iterations == 3)
        #expect(result.maxRelativeDeviation > 1e-6)
    }
}

@Suite("Umfrage: Gewichtung – Eingabefehler")
struct SurveyRakingValidationTests {
    typealias Row = SurveyStats.Margins.Row
    let margins = try! SurveyStats.Margins(rows: [
        Row(variable: "alter", category: "jung", population: 40), Row(variable: "alter", category: "alt", population: 60),
        Row(variable: "geschlecht", category: "w", population: 50), Row(variable: "geschlecht", category: "m", population: 50),
    ])

    func rakeError(_ labels: [String: [String]], weights: [Double]? = nil,
                   options: SurveyStats.RakingOptions = .init()) -> SurveyStatsError? {
        #expect(throws: SurveyStatsError.self) {
            try SurveyStats.rake(labels: labels, initialWeights: weights, margins: margins, options: options)
        }
    }

    @Test("category without a margin row names answer and variable")
    func unknownCategory() {
        let error = rakeError(["alter": ["jung", "mittel", "alt"], "geschlecht": ["w", "m", "w"]])
        #expect(error?.kind == .unknownCategory)
        #expect(error?.row == 1)
        #expect(error?.column == "alter")
        #expect(error?.description == "Antwort Nr. 2, Spalte „alter“: Die Kategorie „mittel“ steht nicht in den "
            + "Randverteilungen für „alter“ (bekannt: jung, alt).")
    }

    @Test("margin category without answers")
    func noRespondents() {
        let error = rakeError(["alter": ["jung", "jung"], "geschlecht": ["w", "m"]])
        #expect(error?.kind == .marginWithoutRespondents)
        #expect(error?.message.contains("„alter“ = „alt“ gibt es keine Antworten") == true)
    }

    @Test("empty category, unknown and missing variables, bad weights and options")
    func others() {
        #expect(rakeError(["alter": ["jung", ""], "geschlecht": ["w", "m"]])?.kind == .missingCategory)
        #expect(rakeError(["alter": ["jung", "alt"], "geschlecht": ["w", "m"], "bezirk": ["1", "2"]])?.kind
            == .unknownVariable)
        let missing = rakeError(["alter": ["jung", "alt"]])
        #expect(missing?.kind == .unknownVariable)
        #expect(missing?.column == "geschlecht")
        #expect(rakeError(["alter": ["jung", "alt"], "geschlecht": ["w"]])?.kind == .invalidValue)
        #expect(rakeError(["alter": ["jung", "alt"], "geschlecht": ["w", "m"]], weights: [1, 0])?.row == 1)
        #expect(rakeError(["alter": ["jung", "alt"], "geschlecht": ["w", "m"]], options: .init(maxIterations: 0))?.kind
            == .invalidOption)
        #expect(rakeError(["alter": ["jung", "alt"], "geschlecht": ["w", "m"]], options: .init(tolerance: 0))?.kind
            == .invalidOption)
        #expect(rakeError(["alter": ["jung", "alt"], "geschlecht": ["w", "m"]],
                          options: .init(trimming: .init(upper: 0.8)))?.kind == .invalidOption)
    }

    @Test("labels with surrounding spaces still match")
    func trimmedLabels() throws {
        let result = try SurveyStats.rake(labels: ["alter": [" jung", "alt ", "jung", "alt"], "geschlecht": ["w", "m", "m", " w "]],
                                          margins: margins)
        #expect(result.converged)
    }

    @Test("margins: non-positive population, duplicates, different totals")
    func marginErrors() throws {
        let zero = #expect(throws: SurveyStatsError.self) {
            try SurveyStats.Margins(rows: [Row(variable: "a", category: "x", population: 0)])
        }
        #expect(zero?.kind == .nonPositivePopulation)
        #expect(zero?.row == 0)
        let duplicate = #expect(throws: SurveyStatsError.self) {
            try SurveyStats.Margins(rows: [Row(variable: "a", category: "x", population: 1),
                                           Row(variable: "a", category: "x", population: 2)])
        }
        #expect(duplicate?.kind == .duplicateMargin)
        let rows = [Row(variable: "a", category: "x", population: 60), Row(variable: "a", category: "y", population: 40),
                    Row(variable: "b", category: "u", population: 30), Row(variable: "b", category: "v", population: 80)]
        let totals = #expect(throws: SurveyStatsError.self) { try SurveyStats.Margins(rows: rows) }
        #expect(totals?.kind == .inconsistentTotals)
        #expect(totals?.message.contains("a 100, b 110") == true)
        // documented alternative: scale to the first variable's total
        let rescaled = try SurveyStats.Margins(rows: rows, totalsPolicy: .rescaleToFirstVariable)
        let expected: [Double] = [3000.0 / 110.0, 8000.0 / 110.0]
        #expect(zip(rescaled.variables[1].populations, expected).allSatisfy { SurveyFixtures.close($0, $1, 1e-14) })
        #expect(rescaled.total == 100)
    }
}
