import Foundation
import Testing
@testable import GemeinsamCore

@Suite("Monitor: Vorher-Nachher-Vergleich")
struct MonitorPairedTests {
    @Test("paired mean difference with t interval, computed by hand")
    func means() throws {
        let before: [Double] = [2, 3, 3, 4, 2, 5, 3, 3, 4, 2]
        let after: [Double] = [1, 3, 2, 4, 2, 4, 3, 2, 3, 2]
        // d = −1 five times, 0 five times: mean −0.5, s² = 10·0.25/9, se = 1/6, t(0.975, 9) = 2.262157163
        let result = MonitorStats.pairedMeans(before: before, after: after)
        #expect(result.pairs == 10)
        #expect(result.difference == -0.5)
        #expect(abs(try #require(result.ciLow) - (-0.5 - 2.262157163 / 6)) < 1e-12)
        #expect(abs(try #require(result.ciHigh) - (-0.5 + 2.262157163 / 6)) < 1e-12)
        #expect(result.meanBefore == 3.1 && result.meanAfter == 2.6)
    }

    @Test("paired shares: Wald interval from the discordant pairs, computed by hand")
    func shares() throws {
        let before = [true, true, true, false, false, false, false, false, false, false]
        let after = [true, false, false, true, false, false, false, false, false, false]
        // b = 2 (ja → nein), c = 1: d = −0.1, Var = (3 − 0.1)/100 = 0.029
        let result = MonitorStats.pairedShares(before: before, after: after)
        #expect(result.shareBefore == 0.3 && result.shareAfter == 0.2)
        #expect(abs(try #require(result.difference) + 0.1) < 1e-15)
        let half = 1.959963984540054 * 0.029.squareRoot()
        #expect(abs(try #require(result.ciLow) - (-0.1 - half)) < 1e-12)
        #expect(abs(try #require(result.ciHigh) - (-0.1 + half)) < 1e-12)
    }

    @Test("fewer than 10 pairs: only the number of pairs")
    func suppressed() {
        let means = MonitorStats.pairedMeans(before: [1, 2, 3], after: [2, 2, 2])
        #expect(means.suppressed && means.pairs == 3 && means.meanBefore == nil)
        let shares = MonitorStats.pairedShares(before: Array(repeating: true, count: 9), after: Array(repeating: false, count: 9))
        #expect(shares.suppressed && shares.shareAfter == nil)
    }

    @Test("t quantiles: table values and interpolation within 1e-3 of the exact ones (scipy.stats.t.ppf)")
    func tQuantiles() {
        #expect(MonitorStats.tQuantile975(degreesOfFreedom: 9) == 2.262157163)
        let exact: [(Int, Double)] = [(35, 2.030107928), (50, 2.008559112), (100, 1.983971519), (1000, 1.962339081)]
        for (df, t) in exact {
            #expect(abs(MonitorStats.tQuantile975(degreesOfFreedom: df) - t) < 1e-3, "df \(df)")
        }
    }
}
