import Foundation
import Testing
@testable import GemeinsamCore

@Suite("Umfrage: Anteile, Intervalle, Geheimhaltung")
struct SurveyEstimateTests {
    @Test("logit interval: values computed by hand (Python math) for three cases")
    func logit() {
        // logit(p) ± 1.959963984540054 / √(n_eff·p·(1−p)), back-transformed
        let cases: [(Double, Double, Double, Double)] = [
            (0.2, 100, 0.13281612800230755, 0.28981074898772263),
            (0.5, 40, 0.3498280695636829, 0.6501719304363172),
            (0.9, 12.5, 0.5864606286080527, 0.9827932384895561),
        ]
        for (p, n, low, high) in cases {
            let interval = SurveyStats.logitInterval(share: p, effectiveSampleSize: n)
            #expect(SurveyFixtures.close(interval.low, low, 1e-14))
            #expect(SurveyFixtures.close(interval.high, high, 1e-14))
        }
    }

    @Test("rule of three at 0 and 1, clamped to [0, 1]")
    func ruleOfThree() {
        #expect(SurveyStats.logitInterval(share: 0, effectiveSampleSize: 60) == (0, 0.05))
        #expect(SurveyStats.logitInterval(share: 1, effectiveSampleSize: 60) == (1 - 0.05, 1))
        #expect(SurveyStats.logitInterval(share: 0, effectiveSampleSize: 2) == (0, 1))
        #expect(SurveyStats.logitInterval(share: 1, effectiveSampleSize: 2) == (0, 1))
    }

    @Test("weighted share, Kish n_eff per group, missing outcomes left out")
    func weightedShare() throws {
        // setup: group a has 10 answers with weights 1…10, outcome 1 for weights 1, 2, 3 and one missing outcome
        let weights = (1...10).map(Double.init) + [5]
        let outcomes: [Bool?] = [true, true, true, false, false, false, false, false, false, false, nil]
        // act
        let table = try SurveyStats.weightedShares(groups: Array(repeating: "a", count: 11), outcomes: outcomes,
                                                   weights: weights)
        // check: share 6 / 55; n_eff = 55² / 385; n counts the 10 answers with an outcome
        let row = try #require(table.groups.first)
        #expect(row.n == 10)
        #expect(row.share == 6.0 / 55.0)
        #expect(row.effectiveSampleSize == 55.0 * 55.0 / 385.0)
        let interval = SurveyStats.logitInterval(share: 6.0 / 55.0, effectiveSampleSize: 55.0 * 55.0 / 385.0)
        #expect(row.ciLow == interval.low)
        #expect(row.ciHigh == interval.high)
        #expect(row.suppressed == false)
        #expect(table.total.n == 10)
        #expect(table.total.share == row.share)
    }

    func table(_ sizes: [(String, Int)], order: [String] = []) throws -> SurveyStats.ShareTable {
        var groups: [String] = []
        var outcomes: [Bool?] = []
        for (group, n) in sizes {
            groups += Array(repeating: group, count: n)
            outcomes += (0..<n).map { $0 % 3 == 0 }
        }
        return try SurveyStats.weightedShares(groups: groups, outcomes: outcomes,
                                              weights: Array(repeating: 2, count: groups.count), groupOrder: order)
    }

    @Test("one small group: it and the next smallest group are suppressed")
    func complementary() throws {
        let t = try table([("Nord", 30), ("Süd", 12), ("Ost", 9), ("West", 15)], order: ["Nord", "Süd", "Ost", "West"])
        #expect(t.groups.map(\.group) == ["Nord", "Süd", "Ost", "West"])
        #expect(t.groups.map(\.suppression) == [nil, .complementary, .tooFewAnswers, nil])
        let ost = t.groups[2]
        #expect(ost.n == nil && ost.share == nil && ost.ciLow == nil && ost.ciHigh == nil)
        #expect(t.total.n == 66)
        #expect(t.total.suppressed == false)
    }

    @Test("ties for the complementary cell: the one listed first")
    func tie() throws {
        let t = try table([("a", 5), ("b", 20), ("c", 20)])
        #expect(t.groups.map(\.suppression) == [.tooFewAnswers, .complementary, nil])
    }

    @Test("two or more small groups: nothing more is suppressed; exactly 10 is published")
    func twoSmall() throws {
        let t = try table([("a", 9), ("b", 3), ("c", 10), ("d", 40)])
        #expect(t.groups.map(\.suppression) == [.tooFewAnswers, .tooFewAnswers, nil, nil])
        #expect(t.groups[2].n == 10)
    }

    @Test("no small group: nothing suppressed; single small group alone: group and total suppressed")
    func edges() throws {
        let none = try table([("a", 10), ("b", 11)])
        #expect(none.groups.allSatisfy { !$0.suppressed })
        let alone = try table([("a", 7)])
        #expect(alone.groups.map(\.suppression) == [.tooFewAnswers])
        #expect(alone.total.suppressed)
    }

    @Test("group order: preferred first, then numeric order, „ohne Angabe“ last")
    func order() throws {
        let t = try table([("", 12), ("10", 12), ("2", 12), ("B", 12), ("A", 12)], order: ["B"])
        #expect(t.groups.map(\.group) == ["B", "2", "10", "A", "ohne Angabe"])
    }

    @Test("mismatched lengths and the reserved total label are errors")
    func errors() {
        #expect(throws: SurveyStatsError.self) {
            try SurveyStats.weightedShares(groups: ["a"], outcomes: [true, false], weights: [1])
        }
        let reserved = #expect(throws: SurveyStatsError.self) {
            try SurveyStats.weightedShares(groups: ["Insgesamt"], outcomes: [true], weights: [1])
        }
        #expect(reserved?.kind == .reservedName)
    }
}
