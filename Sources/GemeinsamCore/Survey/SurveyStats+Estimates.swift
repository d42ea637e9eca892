import Foundation

extension SurveyStats {
    /// Two-sided 95 % normal quantile.
    public static let z95 = 1.959963984540054

    /// Confidence interval for a weighted share from the Kish effective sample size n_eff.
    ///
    /// For 0 < p < 1 the logit interval: logit(p) ± z / √(n_eff·p·(1−p)), transformed back. For p = 0 the rule
    /// of three [0, 3/n_eff], for p = 1 [1 − 3/n_eff, 1] (clamped to [0, 1]).
    public static func logitInterval(share p: Double, effectiveSampleSize nEff: Double, z: Double = z95)
        -> (low: Double, high: Double)
    {
        if p <= 0 { return (0, min(1, 3 / nEff)) }
        if p >= 1 { return (max(0, 1 - 3 / nEff), 1) }
        let center = log(p / (1 - p))
        let halfWidth = z / (nEff * p * (1 - p)).squareRoot()
        return (logistic(center - halfWidth), logistic(center + halfWidth))
    }

    private static func logistic(_ x: Double) -> Double { 1 / (1 + exp(-x)) }

    /// Why a row is not published.
    public enum Suppression: String, Sendable {
        /// Fewer than the minimum number of answers.
        case tooFewAnswers
        /// Suppressed so that a published total does not reveal a group suppressed for too few answers.
        case complementary
    }

    /// One row of a share table. Numbers are nil when the row is suppressed, so they cannot be published by
    /// mistake.
    public struct GroupShare: Sendable, Equatable {
        public let group: String
        /// Answers with a non-missing outcome.
        public let n: Int?
        public let share: Double?
        public let ciLow: Double?
        public let ciHigh: Double?
        public let effectiveSampleSize: Double?
        public let suppression: Suppression?

        public var suppressed: Bool { suppression != nil }
    }

    public struct ShareTable: Sendable, Equatable {
        public let groups: [GroupShare]
        /// All groups together (the published total).
        public let total: GroupShare
    }

    /// Group name used for answers without a group value.
    public static let noGroupLabel = "ohne Angabe"
    /// Group name of the total row.
    public static let totalLabel = "Insgesamt"

    /// Weighted share of `outcome == true` per group, with logit intervals and disclosure control.
    ///
    /// - Missing outcomes (nil) are left out; `n` counts the answers with an outcome. An empty group label
    ///   becomes the group „ohne Angabe“.
    /// - Order: groups in `groupOrder` first (in that order, when they occur), the others sorted by label
    ///   (numbers in labels compared numerically), „ohne Angabe“ last.
    /// - Primary suppression: a group with n < `minimumAnswers` (default 10, also n = 0) shows no numbers.
    /// - Complementary suppression: the total with the published groups reveals the suppressed groups together
    ///   (their n by subtraction; their share too, because weighted group sizes are known population margins), so
    ///   their combined n must be at least `minimumAnswers`: otherwise the published group with the smallest n is
    ///   suppressed as well (ties: the one listed first), until it is (`MonitorStats.withheldParts`).
    /// - `withhold`: groups suppressed for a reason outside this table (a decision across tables).
    /// - The total row is suppressed when the total n is below `minimumAnswers`.
    public static func weightedShares(
        groups: [String],
        outcomes: [Bool?],
        weights: [Double],
        groupOrder: [String] = [],
        withhold: Set<String> = [],
        minimumAnswers: Int = 10
    ) throws(SurveyStatsError) -> ShareTable {
        guard groups.count == outcomes.count, groups.count == weights.count else {
            throw SurveyStatsError(.invalidValue, message: "Gruppen (\(groups.count)), Ergebnisse "
                + "(\(outcomes.count)) und Gewichte (\(weights.count)) müssen gleich viele Einträge haben.")
        }
        if let bad = weights.firstIndex(where: { !($0 >= 0) || !$0.isFinite }) {
            throw SurveyStatsError(.invalidWeights, row: bad, message: "Das Gewicht muss eine Zahl ab 0 sein.")
        }
        if let bad = groups.firstIndex(of: totalLabel) {
            throw SurveyStatsError(.reservedName, row: bad, message: "Die Gruppe „\(totalLabel)“ ist für die "
                + "Gesamtzeile reserviert; bitte die Gruppe umbenennen.")
        }
        var accumulators: [String: ShareAccumulator] = [:]
        var total = ShareAccumulator()
        for i in groups.indices {
            let label = trimmed(groups[i])   // fast path for labels without surrounding spaces
            let group = label.isEmpty ? noGroupLabel : label
            accumulators[group, default: ShareAccumulator()].add(outcomes[i], weight: weights[i])
            total.add(outcomes[i], weight: weights[i])
        }
        let order = orderGroups(Array(accumulators.keys), preferred: groupOrder)
        let counts = order.map { accumulators[$0]!.n }
        let withheld = MonitorStats.withheldParts(counts, alreadyWithheld: order.map(withhold.contains), minimum: minimumAnswers)
        let suppression: [Suppression?] = order.indices.map {
            counts[$0] < minimumAnswers ? .tooFewAnswers : withheld[$0] ? .complementary : nil
        }
        let rows = order.indices.map { accumulators[order[$0]]!.row(group: order[$0], suppression: suppression[$0]) }
        let totalRow = total.row(group: totalLabel, suppression: total.n < minimumAnswers ? .tooFewAnswers : nil)
        return ShareTable(groups: rows, total: totalRow)
    }

    static func orderGroups(_ groups: [String], preferred: [String]) -> [String] {
        let present = Set(groups)
        var seen = Set<String>()
        var ordered = preferred.filter { present.contains($0) && seen.insert($0).inserted }
        let rest = groups.filter { !seen.contains($0) && $0 != noGroupLabel }
            .sorted { $0.compare($1, options: [.numeric]) == .orderedAscending }
        ordered += rest
        if present.contains(noGroupLabel), !seen.contains(noGroupLabel) { ordered.append(noGroupLabel) }
        return ordered
    }

    struct ShareAccumulator {
        var n = 0
        var weightSum = 0.0
        var weightSquareSum = 0.0
        var positiveWeight = 0.0

        mutating func add(_ outcome: Bool?, weight: Double) {
            guard let outcome else { return }
            n += 1
            weightSum += weight
            weightSquareSum += weight * weight
            if outcome { positiveWeight += weight }
        }

        func row(group: String, suppression: Suppression?) -> GroupShare {
            guard suppression == nil, weightSum > 0 else {
                return GroupShare(group: group, n: nil, share: nil, ciLow: nil, ciHigh: nil,
                                  effectiveSampleSize: nil, suppression: suppression ?? .tooFewAnswers)
            }
            let share = positiveWeight / weightSum
            let nEff = weightSum * weightSum / weightSquareSum
            let interval = SurveyStats.logitInterval(share: share, effectiveSampleSize: nEff)
            return GroupShare(group: group, n: n, share: share, ciLow: interval.low, ciHigh: interval.high,
                              effectiveSampleSize: nEff, suppression: nil)
        }
    }
}
