import Foundation
import GemeinsamCore
import Testing

/// Disclosure control across the tables that share a total (issue 11, finding 4): Stadt → Stadtbezirk → Quartier.
@Suite struct AreaDisclosureTests {
    typealias Counts = [Int?: [Int?: Int]]

    @Test func theReportedRemainderOfNineIsWithheldWithAThirdQuartier() {
        // Hafen 4 + Nordmarkt 5 = 9 was the difference between the Stadtbezirk and its published Quartiere
        let withheld = MonitorStats.withheldParts([4, 5, 30, 12, 20])
        #expect(withheld == [true, true, false, true, false])
        // one small part alone takes the smallest other one with it; nothing to withhold, nothing withheld
        #expect(MonitorStats.withheldParts([3, 15, 40]) == [true, true, false])
        #expect(MonitorStats.withheldParts([12, 15, 40]) == [false, false, false])
        // a whole below 10: everything withheld
        #expect(MonitorStats.withheldParts([3, 4]) == [true, true])
        // two small parts that reach 10 together stay withheld alone
        #expect(MonitorStats.withheldParts([4, 6, 30]) == [true, true, false])
    }

    @Test func aWithheldStadtbezirkWithholdsItsQuartiere() {
        // setup: Stadtbezirk 2 is withheld to protect Stadtbezirk 3 (5 answers), though its Quartiere are large
        let counts: Counts = [1: [11: 40, 12: 35], 2: [21: 15, 22: 14], 3: [31: 5]]
        // act
        let plan = MonitorStats.areaDisclosure(counts)
        // check
        #expect(plan.withheldDistricts == [2, 3])
        #expect(plan.isWithheld(quartier: 21, in: 2) && plan.isWithheld(quartier: 22, in: 2))
        #expect(!plan.isWithheld(quartier: 11, in: 1) && !plan.cityWithheld)
    }

    @Test func sharesTablesFollowTheSameRule() throws {
        // setup: two small groups (4 + 5) and two large ones
        let groups = Array(repeating: "A", count: 4) + Array(repeating: "B", count: 5) + Array(repeating: "C", count: 30)
            + Array(repeating: "D", count: 12)
        // act
        let table = try SurveyStats.weightedShares(groups: groups, outcomes: groups.map { _ in true },
                                                   weights: groups.map { _ in 1 }, groupOrder: ["A", "B", "C", "D"])
        let forced = try SurveyStats.weightedShares(groups: groups, outcomes: groups.map { _ in true },
                                                    weights: groups.map { _ in 1 }, groupOrder: ["A", "B", "C", "D"],
                                                    withhold: ["C"])
        // check
        #expect(table.groups.map(\.suppressed) == [true, true, false, true])
        #expect(forced.groups.map(\.suppressed) == [true, true, true, false])
    }

    /// Over random answer sets: every published figure minus any published figures of disjoint areas inside it
    /// is 0 or at least 10 – the only way to compute a group from published counts.
    @Test func noDifferenceOfPublishedFiguresIsASmallGroup() {
        var random = Network.SeededRandom(seed: 20261203)
        for _ in 0..<400 {
            // setup: 1–3 Stadtbezirke (sometimes answers without one), 1–4 Quartiere each (sometimes without one)
            var counts: Counts = [:]
            for d in 1...(1 + random.below(3)) {
                var quartiere: [Int?: Int] = [:]
                for q in 1...(1 + random.below(4)) { quartiere[d * 10 + q] = Self.count(&random) }
                if random.below(4) == 0 { quartiere[nil] = Self.count(&random) }
                counts[d] = quartiere
            }
            if random.below(4) == 0 { counts[nil] = [nil: Self.count(&random)] }
            // act
            let plan = MonitorStats.areaDisclosure(counts)
            // check
            let regions = Self.publishedRegions(counts, plan: plan)
            for (name, value) in regions where value < 10 {
                Issue.record("veröffentlicht unter 10: \(name) = \(value) in \(counts)")
            }
            Self.checkDifferences(counts, plan: plan, regions: regions)
        }
    }

    /// Counts as a survey has them: many small, some empty, some large.
    static func count(_ random: inout Network.SeededRandom) -> Int {
        switch random.below(4) {
        case 0: random.below(10)
        case 1: 10 + random.below(10)
        default: random.below(60)
        }
    }


    /// The published figures: the city, the published Stadtbezirke and the published Quartiere.
    static func publishedRegions(_ counts: Counts, plan: MonitorStats.AreaDisclosure) -> [(String, Int)] {
        var regions: [(String, Int)] = []
        let total = counts.values.flatMap(\.values).reduce(0, +)
        if !plan.cityWithheld { regions.append(("Stadt", total)) }
        for (d, quartiere) in counts where !plan.isWithheld(district: d) {
            regions.append(("Bezirk \(d.map(String.init) ?? "-")", quartiere.values.reduce(0, +)))
            for (q, n) in quartiere where !plan.isWithheld(quartier: q, in: d) {
                regions.append(("Quartier \(q.map(String.init) ?? "-")", n))
            }
        }
        return regions
    }

    /// Each published whole minus every combination of published disjoint parts inside it.
    static func checkDifferences(_ counts: Counts, plan: MonitorStats.AreaDisclosure, regions: [(String, Int)]) {
        // the amounts a Stadtbezirk can contribute to a subtraction from the city: nothing, itself, or any subset
        // of its published Quartiere
        func subtractable(_ d: Int?) -> [Int] {
            guard !plan.isWithheld(district: d), let quartiere = counts[d] else { return [0] }
            let published = quartiere.filter { !plan.isWithheld(quartier: $0.key, in: d) }.map(\.value)
            var sums = Set([quartiere.values.reduce(0, +)])
            for mask in 0..<(1 << published.count) {
                sums.insert(published.indices.filter { mask & (1 << $0) != 0 }.reduce(0) { $0 + published[$1] })
            }
            return Array(sums)
        }
        func ok(_ remainder: Int) -> Bool { remainder == 0 || remainder >= 10 }
        // the city
        if !plan.cityWithheld {
            var remainders = [counts.values.flatMap(\.values).reduce(0, +)]
            for d in counts.keys {
                let options = subtractable(d)
                remainders = remainders.flatMap { r in options.map { r - $0 } }
            }
            for r in remainders where !ok(r) { Issue.record("Stadt minus Veröffentlichtes = \(r) in \(counts)") }
        }
        // each published Stadtbezirk
        for (d, quartiere) in counts where !plan.isWithheld(district: d) {
            let published = quartiere.filter { !plan.isWithheld(quartier: $0.key, in: d) }.map(\.value)
            let whole = quartiere.values.reduce(0, +)
            for mask in 0..<(1 << published.count) {
                let r = whole - published.indices.filter { mask & (1 << $0) != 0 }.reduce(0) { $0 + published[$1] }
                if !ok(r) { Issue.record("Bezirk \(String(describing: d)) minus Quartiere = \(r) in \(counts)") }
            }
        }
    }
}
