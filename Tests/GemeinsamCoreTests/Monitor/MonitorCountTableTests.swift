import Foundation
import Testing
@testable import GemeinsamCore

@Suite("Monitor: Zähltabellen mit Geheimhaltung")
struct MonitorCountTableTests {
    /// Every published entry is at least 10, and every row and column equation has no suppressed entry or at
    /// least two whose sum is at least 10 (or nothing published at all).
    static func isSafe(_ t: MonitorStats.CountTable, minimum: Int = 10) -> Bool {
        let rows = t.cells.count, columns = t.cells.first?.count ?? 0
        var entries: [[(value: Int, hidden: Bool)]] = []
        for r in 0..<rows {
            entries.append((0..<columns).map { (t.cells[r][$0], t.cellSuppressed[r][$0]) } + [(t.rowTotals[r], t.rowTotalSuppressed[r])])
        }
        entries.append((0..<columns).map { (t.columnTotals[$0], t.columnTotalSuppressed[$0]) } + [(t.grandTotal, t.grandTotalSuppressed)])
        for row in entries { for e in row where !e.hidden && e.value < minimum { return false } }
        var equations: [[(value: Int, hidden: Bool)]] = entries
        for c in 0...columns { equations.append(entries.map { $0[c] }) }
        for eq in equations {
            let hidden = eq.filter(\.hidden)
            if hidden.isEmpty || hidden.count == eq.count { continue }   // nothing hidden, or nothing published
            if hidden.count < 2 || hidden.reduce(0, { $0 + $1.value }) < minimum { return false }
        }
        return true
    }

    @Test("no small cells: nothing suppressed, totals added")
    func nothingToHide() {
        let t = MonitorStats.suppressCounts([[10, 20], [30, 40]])
        #expect(t.rowTotals == [30, 70])
        #expect(t.columnTotals == [40, 60])
        #expect(t.grandTotal == 100)
        #expect(t.cellSuppressed == [[false, false], [false, false]])
        #expect(t.cell(1, 1) == 40 && t.rowTotal(0) == 30 && t.columnTotal(1) == 60 && t.publishedGrandTotal == 100)
    }

    @Test("a single small cell is protected by a second one in its row and its column (worked by hand)")
    func complementary() {
        // 20 12 | 32
        // 15  3 | 18
        // 35 15 | 50
        // 3 is hidden. Row 2 (15, 3, 18) then has one hidden entry → the smallest published cell, 15, too;
        // hidden sum 18 ≥ 10. Column 2 (12, 3, 15) has one hidden entry → 12; column 1 (20, 15, 35) → 20.
        // Row 1 (20, 12, 32): both hidden, sum 32. Totals stay published.
        let t = MonitorStats.suppressCounts([[20, 12], [15, 3]])
        #expect(t.cellSuppressed == [[true, true], [true, true]])
        #expect(t.rowTotalSuppressed == [false, false])
        #expect(t.columnTotalSuppressed == [false, false])
        #expect(t.grandTotalSuppressed == false)
        #expect(Self.isSafe(t))
    }

    @Test("two hidden cells whose sum is below 10 need a third")
    func smallHiddenSum() {
        // row 1: 15, 0, 3 | 18 — 0 and 3 are hidden but 18 − 15 would reveal their sum 3
        let t = MonitorStats.suppressCounts([[15, 0, 3], [40, 25, 30]])
        #expect(t.cellSuppressed[0] == [true, true, true])
        #expect(Self.isSafe(t))
        #expect(t.rowTotal(0) == 18)
    }

    @Test("zero is suppressed like any small count, and a small total hides its row")
    func zerosAndSmallTotals() {
        let t = MonitorStats.suppressCounts([[4, 0], [30, 22], [25, 40]])
        #expect(t.rowTotal(0) == nil)
        #expect(t.cell(0, 0) == nil && t.cell(0, 1) == nil)
        #expect(Self.isSafe(t))
    }

    @Test("a table without rows still has its column totals")
    func noRows() {
        let t = MonitorStats.suppressCounts([], columns: 3)
        #expect(t.columnTotals == [0, 0, 0] && t.columnTotalSuppressed == [true, true, true] && t.grandTotalSuppressed)
    }

    @Test("random tables are always safe", arguments: 1...40)
    func randomTables(seed: Int) {
        var state = UInt64(seed) &* 0x9E3779B97F4A7C15
        func next(_ bound: Int) -> Int {
            state = state &* 6364136223846793005 &+ 1442695040888963407
            return Int((state >> 33) % UInt64(bound))
        }
        let rows = 1 + next(8), columns = 1 + next(4)
        let cells = (0..<rows).map { _ in (0..<columns).map { _ in next(3) == 0 ? next(10) : next(60) } }
        let t = MonitorStats.suppressCounts(cells)
        #expect(Self.isSafe(t), "\(cells)")
    }
}
