import Foundation

extension SurveyStats {
    /// Answers indexed to integer category codes, validated against the margins.
    struct RakingCodes: Sendable {
        /// codes[v][i]: category index of answer i in margin variable v (margins order).
        let codes: [[Int32]]
        let initialWeights: [Double]
        var rowCount: Int { initialWeights.count }

        init(labels: [String: [String]], initialWeights: [Double]?, margins: Margins) throws(SurveyStatsError) {
            for name in labels.keys.sorted() where margins.variable(named: name) == nil {
                throw SurveyStatsError(.unknownVariable, column: name,
                                       message: "Für die Variable „\(name)“ gibt es keine Randverteilung.")
            }
            var columns: [[String]] = []
            for variable in margins.variables {
                guard let column = labels[variable.name] else {
                    throw SurveyStatsError(.unknownVariable, column: variable.name,
                                           message: "Die Variable „\(variable.name)“ der Randverteilungen fehlt "
                                               + "in den Antworten.")
                }
                columns.append(column)
            }
            let n = columns[0].count
            if n == 0 {
                throw SurveyStatsError(.emptyFile, message: "Es gibt keine Antworten zum Gewichten.")
            }
            for (variable, column) in zip(margins.variables, columns) where column.count != n {
                throw SurveyStatsError(.invalidValue, column: variable.name,
                                       message: "\(column.count) Werte statt \(n) wie in „\(margins.variables[0].name)“.")
            }
            var weights = [Double](repeating: 1, count: n)
            if let initialWeights {
                if initialWeights.count != n {
                    throw SurveyStatsError(.invalidWeights, message: "\(initialWeights.count) Ausgangsgewichte für "
                        + "\(n) Antworten.")
                }
                if let bad = initialWeights.firstIndex(where: { !($0 > 0) || !$0.isFinite }) {
                    throw SurveyStatsError(.invalidWeights, row: bad,
                                           message: "Das Ausgangsgewicht muss eine positive Zahl sein "
                                               + "(gefunden: \(SurveyStats.formatNumber(initialWeights[bad]))).")
                }
                weights = initialWeights
            }
            var codes: [[Int32]] = []
            for (variable, column) in zip(margins.variables, columns) {
                codes.append(try Self.index(column, variable: variable))
            }
            self.codes = codes
            self.initialWeights = weights
        }

        private static func index(_ column: [String], variable: Margins.Variable) throws(SurveyStatsError) -> [Int32] {
            var lookup: [String: Int32] = [:]
            for (k, category) in variable.categories.enumerated() { lookup[category] = Int32(k) }
            var codes = [Int32](repeating: 0, count: column.count)
            var counts = [Int](repeating: 0, count: variable.categories.count)
            for (i, label) in column.enumerated() {
                var code = lookup[label]
                if code == nil {
                    let trimmed = label.trimmingCharacters(in: .whitespaces)
                    if trimmed.isEmpty {
                        throw SurveyStatsError(.missingCategory, row: i, column: variable.name,
                                               message: "Der Wert fehlt; zum Gewichten braucht jede Antwort eine "
                                                   + "Kategorie in jeder Variable der Randverteilungen.")
                    }
                    code = lookup[trimmed]
                }
                guard let code else {
                    throw SurveyStatsError(.unknownCategory, row: i, column: variable.name,
                                           message: "Die Kategorie „\(label)“ steht nicht in den Randverteilungen "
                                               + "für „\(variable.name)“ (bekannt: "
                                               + variable.categories.joined(separator: ", ") + ").")
                }
                codes[i] = code
                counts[Int(code)] += 1
            }
            if let empty = counts.firstIndex(of: 0) {
                throw SurveyStatsError(.marginWithoutRespondents, column: variable.name,
                                       message: "Für „\(variable.name)“ = „\(variable.categories[empty])“ gibt es keine "
                                           + "Antworten; so kann diese Randverteilung nicht erreicht werden. Bitte die "
                                           + "Kategorie mit einer benachbarten zusammenfassen.")
            }
            return codes
        }
    }

    /// Answers with identical categories in every variable get the same raking factor, so raking runs on
    /// the occupied cells of the cross-classification (at most 5·4·12 = 240 in the benchmark instead of
    /// 100,000 rows). When the cross-classification cannot be numbered in an Int, every answer is its own cell.
    struct RakingCells: Sendable {
        let rowCell: [Int32]
        /// cellCodes[v][c]: category index of cell c in variable v.
        let cellCodes: [[Int32]]
        var cellCount: Int { cellCodes[0].count }

        init(codes: [[Int32]], categoryCounts: [Int], rowCount n: Int) {
            var strides: [Int] = []
            var product = 1
            var overflow = false
            for count in categoryCounts {
                strides.append(product)
                let (next, didOverflow) = product.multipliedReportingOverflow(by: count)
                if didOverflow { overflow = true; break }
                product = next
            }
            if overflow {
                rowCell = (0..<n).map { Int32($0) }
                cellCodes = codes
                return
            }
            var rowCell = [Int32](repeating: 0, count: n)
            var cellCodes = codes.map { _ in [Int32]() }
            var cellCount: Int32 = 0
            func key(_ i: Int) -> Int {
                var key = 0
                for v in codes.indices { key += Int(codes[v][i]) * strides[v] }
                return key
            }
            func newCell(_ i: Int) -> Int32 {
                for v in codes.indices { cellCodes[v].append(codes[v][i]) }
                cellCount += 1
                return cellCount - 1
            }
            if product <= 1 << 20 {
                var denseToCell = [Int32](repeating: -1, count: product)
                for i in 0..<n {
                    let k = key(i)
                    if denseToCell[k] < 0 { denseToCell[k] = newCell(i) }
                    rowCell[i] = denseToCell[k]
                }
            } else {
                var keyToCell: [Int: Int32] = [:]
                for i in 0..<n {
                    let k = key(i)
                    if let cell = keyToCell[k] { rowCell[i] = cell } else {
                        let cell = newCell(i)
                        keyToCell[k] = cell
                        rowCell[i] = cell
                    }
                }
            }
            self.rowCell = rowCell
            self.cellCodes = cellCodes
        }

        func aggregate(_ weights: [Double]) -> [Double] {
            var sums = [Double](repeating: 0, count: cellCount)
            for (i, w) in weights.enumerated() { sums[Int(rowCell[i])] += w }
            return sums
        }
    }
}
