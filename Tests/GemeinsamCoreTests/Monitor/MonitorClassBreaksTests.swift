import Foundation
import Testing
@testable import GemeinsamCore

@Suite("Monitor: Klassen für Choroplethenkarten")
struct MonitorClassBreaksTests {
    @Test("nice equal intervals cover min…max on a 1-2-2.5-5 step")
    func niceEqual() {
        // range 0.062…0.231 in 5 classes: raw step 0.0338 → 0.05; start 0.05 → 0.05, 0.10, 0.15, 0.20 (4 classes)
        let breaks = MonitorStats.ClassBreaks.niceEqualInterval([0.062, 0.118, 0.231, 0.09], classes: 5)
        #expect(breaks.breaks == [0.1, 0.15, 0.2])
        #expect(breaks.classes == 4)
        #expect(breaks.classify(0.062) == 0)
        #expect(breaks.classify(0.1) == 1)          // a value on a break belongs to the class above
        #expect(breaks.classify(0.231) == 3)
        #expect(breaks.bounds(of: 0) == (nil, 0.1))
        #expect(breaks.bounds(of: 3) == (0.2, nil))
    }

    @Test("never more classes than asked, also when the range sits badly on the step")
    func atMostClasses() {
        for (values, classes) in [([0.19, 0.41], 2), ([1.0, 99.0], 5), ([-0.9, 0.95], 4), ([0.001, 0.0049], 3)] {
            let breaks = MonitorStats.ClassBreaks.niceEqualInterval(values, classes: classes)
            #expect(breaks.classes <= classes, "\(values) \(classes): \(breaks.breaks)")
            #expect(breaks.classify(values.min()!) == 0)
        }
    }

    @Test("one distinct value or none: a single class")
    func degenerate() {
        #expect(MonitorStats.ClassBreaks.niceEqualInterval([0.2, 0.2]).breaks == [])
        #expect(MonitorStats.ClassBreaks.niceEqualInterval([]).breaks == [])
        #expect(MonitorStats.ClassBreaks.quantiles([3]).breaks == [])
        #expect(MonitorStats.ClassBreaks(breaks: []).classify(42) == 0)
    }

    @Test("quantile breaks (type 7, as numpy.quantile) with ties merged")
    func quantiles() {
        // numpy.quantile([1..10], [0.25, 0.5, 0.75]) = 3.25, 5.5, 7.75
        let breaks = MonitorStats.ClassBreaks.quantiles((1...10).map(Double.init), classes: 4)
        #expect(breaks.breaks == [3.25, 5.5, 7.75])
        // many ties: [1,1,1,1,1,1,2,3] → quartiles 1, 1, 1.25 → the first two equal the minimum and are left out
        let tied = MonitorStats.ClassBreaks.quantiles([1, 1, 1, 1, 1, 1, 2, 3], classes: 4)
        #expect(tied.breaks == [1.25])
    }
}
