import Foundation

extension MonitorStats {
    /// A table of counts with row totals, column totals and the grand total, ready to publish: every entry is
    /// either a number or suppressed.
    public struct CountTable: Sendable, Equatable {
        public let cells: [[Int]]
        public let rowTotals: [Int]
        public let columnTotals: [Int]
        public let grandTotal: Int
        /// Suppression flags in the same shape.
        public let cellSuppressed: [[Bool]]
        public let rowTotalSuppressed: [Bool]
        public let columnTotalSuppressed: [Bool]
        public let grandTotalSuppressed: Bool

        public func cell(_ r: Int, _ c: Int) -> Int? { cellSuppressed[r][c] ? nil : cells[r][c] }
        public func rowTotal(_ r: Int) -> Int? { rowTotalSuppressed[r] ? nil : rowTotals[r] }
        public func columnTotal(_ c: Int) -> Int? { columnTotalSuppressed[c] ? nil : columnTotals[c] }
        public var publishedGrandTotal: Int? { grandTotalSuppressed ? nil : grandTotal }
    }

    /// Disclosure control for a count table with all its totals.
    ///
    /// - Primary suppression: every entry (cell or total) below `minimum` – including 0, so that an empty cell
    ///   cannot be told apart from a small one.
    /// - Complementary suppression: each row (its cells and its total) and each column (its cells and its total,
    ///   the column of row totals ending in the grand total) is an equation. When exactly one of its entries is
    ///   suppressed it could be computed from the others; when several are, their sum can – so an equation
    ///   needs no suppressed entry, or at least two whose sum is at least `minimum`. Otherwise the smallest
    ///   published entry of that equation is suppressed as well (cells before totals, ties: the first), and this
    ///   repeats until every equation is fine.
    /// `columns` is needed only for a table without rows; `withheldRows` are rows withheld by a decision across
    /// tables (`areaDisclosure`): their cells and totals start suppressed.
    public static func suppressCounts(_ cells: [[Int]], columns: Int? = nil, withheldRows: Set<Int> = [],
                                      minimum: Int = minimumAnswers) -> CountTable {
        let rows = cells.count
        let columns = cells.first?.count ?? columns ?? 0
        precondition(cells.allSatisfy { $0.count == columns }, "rows of different length")
        // augmented matrix: last column row totals, last row column totals, corner grand total
        var m = cells.map { $0 + [$0.reduce(0, +)] }
        var totalsRow = (0..<columns).map { c in cells.reduce(0) { $0 + $1[c] } }
        totalsRow.append(totalsRow.reduce(0, +))
        m.append(totalsRow)
        var s = m.map { $0.map { $0 < minimum } }
        for r in withheldRows where r < rows { s[r] = s[r].map { _ in true } }

        // equations: the entries of each row r (0...rows) and column c (0...columns) of the augmented matrix
        var equations: [[(Int, Int)]] = []
        for r in 0...rows { equations.append((0...columns).map { (r, $0) }) }
        for c in 0...columns { equations.append((0...rows).map { ($0, c) }) }

        var changed = true
        while changed {
            changed = false
            for eq in equations {
                let suppressed = eq.filter { s[$0.0][$0.1] }
                if suppressed.isEmpty { continue }
                let hiddenSum = suppressed.reduce(0) { $0 + m[$1.0][$1.1] }
                if suppressed.count >= 2 && hiddenSum >= minimum { continue }
                // the smallest published entry; inner cells before totals
                let candidates = eq.filter { !s[$0.0][$0.1] }
                let isTotal: ((Int, Int)) -> Bool = { $0.0 == rows || $0.1 == columns }
                let pick = candidates.min { a, b in
                    if isTotal(a) != isTotal(b) { return !isTotal(a) }
                    return m[a.0][a.1] < m[b.0][b.1]
                }
                if let (r, c) = pick {
                    s[r][c] = true
                    changed = true
                }
            }
        }
        return CountTable(
            cells: cells,
            rowTotals: (0..<rows).map { m[$0][columns] },
            columnTotals: (0..<columns).map { m[rows][$0] },
            grandTotal: m[rows][columns],
            cellSuppressed: (0..<rows).map { r in (0..<columns).map { s[r][$0] } },
            rowTotalSuppressed: (0..<rows).map { s[$0][columns] },
            columnTotalSuppressed: (0..<columns).map { s[rows][$0] },
            grandTotalSuppressed: s[rows][columns])
    }
}
