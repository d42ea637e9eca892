import Foundation

/// Outcomes of the Wegbegleitung for the Koordinierungsstelle (issue 13, point 9): per group of cases the change of
/// the UCLA-3 sum (3–9) from the first conversation to the follow-up with a 95 % paired t interval, the share who
/// improved, and the shares who made the first visit and are still attending; with disclosure control.
///
/// The App computes the outcome page from its cases; `gemeinsam guidance outcomes` (``command(csv:by:)``) does the
/// same for a CSV file.
public enum GuidanceOutcomes {
    /// A group with fewer pairs (baseline and follow-up both recorded) shows no figures.
    public static let minimumPairs = MonitorStats.minimumAnswers
    /// Name of the row with all cases.
    public static let totalGroup = "alle"
    /// Group of the cases without a value in the grouping column (last in a split).
    public static let noValueGroup = SurveyStats.noGroupLabel

    /// What a case contributes; nil = not recorded.
    public struct Case: Sendable, Equatable {
        /// UCLA-3 sum (3–9) at the first conversation.
        public var baseline: Int?
        /// UCLA-3 sum (3–9) at the follow-up.
        public var followUp: Int?
        public var firstVisit: Bool?
        public var stillAttending: Bool?

        public init(baseline: Int?, followUp: Int?, firstVisit: Bool?, stillAttending: Bool?) {
            (self.baseline, self.followUp) = (baseline, followUp)
            (self.firstVisit, self.stillAttending) = (firstVisit, stillAttending)
        }
    }

    /// The published figures of a group.
    public struct Figures: Sendable, Equatable {
        /// Mean of follow-up − baseline over the pairs (negative = less lonely).
        public let meanChange: Double
        /// mean ± t(0.975, pairs − 1)·sd/√pairs, sd with n − 1.
        public let ciLow: Double
        public let ciHigh: Double
        /// Share of pairs with follow-up < baseline.
        public let shareImproved: Double
        /// Share of first_visit = yes among the cases where it is recorded; nil when none is.
        public let shareFirstVisit: Double?
        /// Share of still_attending = yes among the cases where it is recorded; nil when none is.
        public let shareStillAttending: Double?
    }

    /// Why a group shows no figures.
    public enum Suppression: String, Sendable {
        /// Fewer than ``minimumPairs`` pairs.
        case tooFewPairs
        /// Hidden as well so that the total and the other groups do not reveal a suppressed group.
        case complementary
    }

    /// One row of the outcome table. Counts of cases and pairs are always published; the figures only when the
    /// group is not suppressed.
    public struct Group: Sendable, Equatable {
        public let name: String
        public let cases: Int
        public let pairs: Int
        /// nil when suppressed, so they cannot be published by mistake.
        public let figures: Figures?
        public let suppression: Suppression?

        public var suppressed: Bool { suppression != nil }

        func suppressing(_ reason: Suppression) -> Group {
            Group(name: name, cases: cases, pairs: pairs, figures: nil, suppression: reason)
        }
    }

    /// The figures of one group of cases; suppressed (``Suppression/tooFewPairs``) below `minimumPairs` pairs.
    public static func summarize(_ cases: [Case], name: String, minimumPairs: Int = minimumPairs) -> Group {
        var changes: [Double] = []
        var improved = 0
        var firstVisit = ShareCount(), stillAttending = ShareCount()
        for c in cases {
            if let before = c.baseline, let after = c.followUp {
                changes.append(Double(after - before))
                if after < before { improved += 1 }
            }
            firstVisit.add(c.firstVisit)
            stillAttending.add(c.stillAttending)
        }
        let n = changes.count
        guard n >= max(minimumPairs, 2) else {
            return Group(name: name, cases: cases.count, pairs: n, figures: nil, suppression: .tooFewPairs)
        }
        let mean = changes.reduce(0, +) / Double(n)
        let variance = changes.reduce(0) { $0 + ($1 - mean) * ($1 - mean) } / Double(n - 1)
        let halfWidth = StudentT.quantile975(degreesOfFreedom: n - 1) * (variance / Double(n)).squareRoot()
        let figures = Figures(meanChange: mean, ciLow: mean - halfWidth, ciHigh: mean + halfWidth,
                              shareImproved: Double(improved) / Double(n),
                              shareFirstVisit: firstVisit.share, shareStillAttending: stillAttending.share)
        return Group(name: name, cases: cases.count, pairs: n, figures: figures, suppression: nil)
    }

    /// Complementary suppression for the groups of one split (e.g. all doors), whose cases together are the total.
    ///
    /// The published total and the other groups of a split reveal a single suppressed group by differencing (its
    /// pairs are published, so its sum of changes and thus its mean can be recovered). The rule, the same as the
    /// Monitor's for count tables: a split needs no suppressed group, or at least two whose pairs add up to at
    /// least `minimumPairs` (then only their combination can be recovered, and it stands on enough pairs).
    /// Otherwise the published group with the fewest pairs is suppressed as well (ties: the first in the given
    /// order), and this repeats. When every group ends up suppressed the split shows no figures at all.
    public static func protectSplit(_ groups: [Group], minimumPairs: Int = minimumPairs) -> [Group] {
        var result = groups
        while true {
            let hidden = result.filter(\.suppressed)
            if hidden.isEmpty { break }
            if hidden.count >= 2 && hidden.reduce(0, { $0 + $1.pairs }) >= minimumPairs { break }
            let open = result.indices.filter { !result[$0].suppressed }
            guard let smallest = open.min(by: { result[$0].pairs < result[$1].pairs }) else { break }
            result[smallest] = result[smallest].suppressing(.complementary)
        }
        return result
    }

    /// The outcome table: without `labels` one row ``totalGroup``; with a label per case one row per label
    /// (sorted by Unicode code points, the cases without a label as ``noValueGroup`` last), protected with
    /// ``protectSplit(_:minimumPairs:)``, and then the row ``totalGroup``.
    /// - Precondition: `labels` has one entry per case and none equals ``totalGroup``.
    public static func table(_ cases: [Case], labels: [String]? = nil, minimumPairs: Int = minimumPairs) -> [Group] {
        let total = summarize(cases, name: totalGroup, minimumPairs: minimumPairs)
        guard let labels else { return [total] }
        precondition(labels.count == cases.count, "one label per case")
        precondition(!labels.contains(totalGroup), "the group name „\(totalGroup)“ is reserved for the total")
        var byGroup: [String: [Case]] = [:]
        for (label, c) in zip(labels, cases) { byGroup[label.isEmpty ? noValueGroup : label, default: []].append(c) }
        let names = byGroup.keys.filter { $0 != noValueGroup }.sorted() + (byGroup[noValueGroup] == nil ? [] : [noValueGroup])
        let groups = names.map { summarize(byGroup[$0]!, name: $0, minimumPairs: minimumPairs) }
        return protectSplit(groups, minimumPairs: minimumPairs) + [total]
    }

    private struct ShareCount {
        var recorded = 0
        var yes = 0

        mutating func add(_ value: Bool?) {
            guard let value else { return }
            recorded += 1
            if value { yes += 1 }
        }

        var share: Double? { recorded == 0 ? nil : Double(yes) / Double(recorded) }
    }
}
