import Foundation
import Testing
@testable import GemeinsamCore

@Suite("Umfrage: Unterschied zwischen Gruppen (χ²)")
struct SurveyHomogeneityTests {
    @Test("χ² upper tail against published critical values and the closed form for 2 degrees of freedom")
    func survival() {
        // Critical values from the standard χ² table (e.g. NIST/SEMATECH e-Handbook, table 1.3.6.7.4)
        let table: [(x: Double, df: Double, p: Double)] = [
            (3.841458820694124, 1, 0.05), (6.634896601021214, 1, 0.01), (5.991464547107979, 2, 0.05),
            (7.814727903251178, 3, 0.05), (11.070497693516351, 5, 0.05), (18.307038053275146, 10, 0.05),
            (2.705543454095404, 1, 0.10), (0.4549364231195724, 1, 0.5), (29.58829844507442, 10, 0.001),
        ]
        for row in table {
            #expect(abs(ChiSquared.survival(row.x, degreesOfFreedom: row.df) - row.p) < 1e-9, "\(row)")
        }
        // df = 2: P(X ≥ x) = e^{−x/2} exactly
        for x in [0.1, 1, 2.5, 7, 30] {
            #expect(abs(ChiSquared.survival(x, degreesOfFreedom: 2) - exp(-x / 2)) < 1e-13)
        }
        #expect(ChiSquared.survival(0, degreesOfFreedom: 3) == 1)
        #expect(ChiSquared.survival(.infinity, degreesOfFreedom: 3) == 0)
    }

    func row(_ group: String, share: Double?, n: Double?, suppressed: Bool = false) -> SurveyStats.GroupShare {
        SurveyStats.GroupShare(group: group, n: n.map { Int($0) }, share: share, ciLow: nil, ciHigh: nil,
                               effectiveSampleSize: n, suppression: suppressed ? .tooFewAnswers : nil)
    }

    @Test("unweighted groups give Pearson's χ² of the 2 × k table")
    func pearson() throws {
        // setup: 30 of 100 and 50 of 100; by hand (expected 40/60 per row): 2.5 + 1.667 + 2.5 + 1.667 = 8.333…
        let rows = [row("de", share: 0.3, n: 100), row("tr", share: 0.5, n: 100)]
        // act
        let test = try #require(SurveyStats.homogeneity(rows))
        // check
        #expect(abs(test.chiSquare - 25.0 / 3) < 1e-12)
        #expect(test.degreesOfFreedom == 1)
        #expect(abs(test.pValue - 0.003892417122778637) < 1e-9)   // scipy.stats.chi2.sf(25/3, 1)
        #expect(test.differs)
    }

    @Test("suppressed groups and „ohne Angabe“ are left out; one group is no test")
    func leavesOutWithheldGroups() throws {
        // setup: three groups of 50 with 20 %, 20 % and 30 %, a withheld group and „ohne Angabe“
        let rows = [row("de", share: 0.2, n: 50), row("tr", share: 0.2, n: 50), row("ar", share: 0.3, n: 50),
                    row("uk", share: nil, n: nil, suppressed: true), row(SurveyStats.noGroupLabel, share: 0.9, n: 80)]
        // act
        let test = try #require(SurveyStats.homogeneity(rows))
        // check: pooled p = 0.7/3; χ² = Σ 50 (p − p̄)² / (p̄ (1 − p̄))
        let pooled = 0.7 / 3
        let expected = 50 * (2 * pow(0.2 - pooled, 2) + pow(0.3 - pooled, 2)) / (pooled * (1 - pooled))
        #expect(test.groups == 3)
        #expect(abs(test.chiSquare - expected) < 1e-12)
        #expect(test.degreesOfFreedom == 2)
        #expect(abs(test.pValue - exp(-expected / 2)) < 1e-12)
        #expect(!test.differs)
        #expect(SurveyStats.homogeneity([row("de", share: 0.2, n: 50), row("tr", share: nil, n: nil, suppressed: true)]) == nil)
        #expect(SurveyStats.homogeneity([row("de", share: 0, n: 50), row("tr", share: 0, n: 20)]) == nil)
    }
}
