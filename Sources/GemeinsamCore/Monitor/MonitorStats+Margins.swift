import Foundation

extension MonitorStats {
    /// Category label given to answers whose value is missing or not among a variable's margin categories.
    public static let missingCategory = "(ohne Angabe)"

    /// What `prepareMargins` changed so that raking is possible; the dashboard says it in words.
    public struct MarginAdjustment: Sendable, Equatable {
        public let variable: String
        /// Answers without a usable category in this variable; they form the category „(ohne Angabe)“ with their
        /// share of the answers as population share, and the other categories are scaled down by that share.
        public let missingAnswers: Int
        /// Margin categories without a single answer; left out (their population cannot be represented).
        public let droppedCategories: [String]
        /// True when no answer had a usable category, so the variable was not used at all.
        public let variableDropped: Bool
    }

    public struct PreparedMargins: Sendable, Equatable {
        /// nil when no variable is usable (then there is nothing to rake to).
        public let margins: SurveyStats.Margins?
        /// The answers' labels per used variable, missing ones replaced by `missingCategory`.
        public let labels: [String: [String]]
        public let adjustments: [MarginAdjustment]
    }

    /// Turns population margins and the answers' labels into something `SurveyStats.rake` accepts, without
    /// dropping answers:
    /// - variables of the rows that the answers do not have are ignored;
    /// - answers whose label is empty or not a category of the variable get the category „(ohne Angabe)“, whose
    ///   population is the variable's total times the unweighted share of such answers (the known categories
    ///   are scaled by one minus that share, so the total stays);
    /// - categories without answers are left out;
    /// - totals that then differ between variables are rescaled to the first variable's total.
    public static func prepareMargins(rows: [SurveyStats.Margins.Row],
                                      labels: [String: [String]]) throws(SurveyStatsError) -> PreparedMargins {
        var order: [String] = []
        var byVariable: [String: [(category: String, population: Double)]] = [:]
        for row in rows {
            if byVariable[row.variable] == nil { order.append(row.variable) }
            byVariable[row.variable, default: []].append((row.category, row.population))
        }
        let n = labels.values.first?.count ?? 0
        var outRows: [SurveyStats.Margins.Row] = []
        var outLabels: [String: [String]] = [:]
        var adjustments: [MarginAdjustment] = []
        for variable in order {
            guard let column = labels[variable] else { continue }
            let categories = byVariable[variable]!
            let known = Set(categories.map(\.category))
            var counts: [String: Int] = [:]
            var relabelled = column
            var missing = 0
            for i in column.indices {
                if known.contains(column[i]) {
                    counts[column[i], default: 0] += 1
                } else {
                    relabelled[i] = missingCategory
                    missing += 1
                }
            }
            let kept = categories.filter { (counts[$0.category] ?? 0) > 0 }
            let dropped = categories.filter { (counts[$0.category] ?? 0) == 0 }.map(\.category)
            if kept.isEmpty || n == 0 {
                adjustments.append(MarginAdjustment(variable: variable, missingAnswers: missing,
                                                    droppedCategories: dropped, variableDropped: true))
                continue
            }
            let total = kept.reduce(0) { $0 + $1.population }
            let missingShare = Double(missing) / Double(n)
            for entry in kept {
                outRows.append(.init(variable: variable, category: entry.category,
                                     population: entry.population * (1 - missingShare)))
            }
            if missing > 0 {
                outRows.append(.init(variable: variable, category: missingCategory, population: total * missingShare))
            }
            outLabels[variable] = relabelled
            if missing > 0 || !dropped.isEmpty {
                adjustments.append(MarginAdjustment(variable: variable, missingAnswers: missing,
                                                    droppedCategories: dropped, variableDropped: false))
            }
        }
        guard !outRows.isEmpty else { return PreparedMargins(margins: nil, labels: [:], adjustments: adjustments) }
        let margins = try SurveyStats.Margins(rows: outRows, totalsPolicy: .rescaleToFirstVariable)
        return PreparedMargins(margins: margins, labels: outLabels, adjustments: adjustments)
    }
}
