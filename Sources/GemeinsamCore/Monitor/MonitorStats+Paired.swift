import Foundation

extension MonitorStats {
    /// Before/after comparison of a numeric score for the same people (panel pairs), unweighted.
    public struct PairedMeans: Sendable, Equatable {
        public let pairs: Int
        /// nil when suppressed (fewer than the minimum number of pairs).
        public let meanBefore: Double?
        public let meanAfter: Double?
        /// Mean of after − before with its 95 % t interval.
        public let difference: Double?
        public let ciLow: Double?
        public let ciHigh: Double?
        public var suppressed: Bool { difference == nil }
    }

    /// Mean difference of paired values with a 95 % t interval (d̄ ± t(0.975, n−1)·s_d/√n). Fewer than `minimum`
    /// pairs: only the number of pairs, no figures.
    public static func pairedMeans(before: [Double], after: [Double], minimum: Int = minimumAnswers) -> PairedMeans {
        precondition(before.count == after.count, "pairs of equal length")
        let n = before.count
        guard n >= minimum, n >= 2 else {
            return PairedMeans(pairs: n, meanBefore: nil, meanAfter: nil, difference: nil, ciLow: nil, ciHigh: nil)
        }
        let differences = zip(after, before).map { $0 - $1 }
        let mean = differences.reduce(0, +) / Double(n)
        let variance = differences.reduce(0) { $0 + ($1 - mean) * ($1 - mean) } / Double(n - 1)
        let halfWidth = tQuantile975(degreesOfFreedom: n - 1) * (variance / Double(n)).squareRoot()
        return PairedMeans(pairs: n, meanBefore: before.reduce(0, +) / Double(n), meanAfter: after.reduce(0, +) / Double(n),
                           difference: mean, ciLow: mean - halfWidth, ciHigh: mean + halfWidth)
    }

    /// Before/after comparison of a yes/no outcome for the same people.
    public struct PairedShares: Sendable, Equatable {
        public let pairs: Int
        public let shareBefore: Double?
        public let shareAfter: Double?
        /// shareAfter − shareBefore with a 95 % Wald interval for paired proportions.
        public let difference: Double?
        public let ciLow: Double?
        public let ciHigh: Double?
        public var suppressed: Bool { difference == nil }
    }

    /// Difference of paired shares. With b = yes→no and c = no→yes among n pairs: d = (c − b)/n,
    /// Var(d) = (b + c − (c − b)²/n) / n², interval d ± z·√Var (clamped to [−1, 1]). The discordant counts b and c
    /// themselves are never returned (they can be small groups).
    public static func pairedShares(before: [Bool], after: [Bool], minimum: Int = minimumAnswers) -> PairedShares {
        precondition(before.count == after.count, "pairs of equal length")
        let n = before.count
        guard n >= minimum, n >= 1 else {
            return PairedShares(pairs: n, shareBefore: nil, shareAfter: nil, difference: nil, ciLow: nil, ciHigh: nil)
        }
        var b = 0, c = 0, yesBefore = 0, yesAfter = 0
        for (x, y) in zip(before, after) {
            if x { yesBefore += 1 }
            if y { yesAfter += 1 }
            if x && !y { b += 1 }
            if !x && y { c += 1 }
        }
        let nn = Double(n)
        let d = Double(c - b) / nn
        let variance = max(0, (Double(b + c) - Double((c - b) * (c - b)) / nn) / (nn * nn))
        let halfWidth = SurveyStats.z95 * variance.squareRoot()
        return PairedShares(pairs: n, shareBefore: Double(yesBefore) / nn, shareAfter: Double(yesAfter) / nn,
                            difference: d, ciLow: max(-1, d - halfWidth), ciHigh: min(1, d + halfWidth))
    }

    /// 97.5 % quantile of Student's t: exact table values for 1…30 degrees of freedom, interpolation in 1/df
    /// between 30, 40, 60, 120 and ∞ (the normal quantile). Error below 1e-3 everywhere.
    public static func tQuantile975(degreesOfFreedom df: Int) -> Double {
        precondition(df >= 1)
        let table: [Double] = [12.706204736, 4.302652730, 3.182446305, 2.776445105, 2.570581836, 2.446911851,
                               2.364624252, 2.306004135, 2.262157163, 2.228138852, 2.200985160, 2.178812830,
                               2.160368656, 2.144786688, 2.131449546, 2.119905299, 2.109815578, 2.100922040,
                               2.093024054, 2.085963447, 2.079613845, 2.073873068, 2.068657610, 2.063898562,
                               2.059538553, 2.055529439, 2.051830516, 2.048407142, 2.045229642, 2.042272456]
        if df <= 30 { return table[df - 1] }
        let knots: [(df: Double, t: Double)] = [(30, 2.042272456), (40, 2.021075390), (60, 2.000297822),
                                                (120, 1.979930405), (.infinity, SurveyStats.z95)]
        let x = 1 / Double(df)
        for k in 1..<knots.count {
            let (d0, t0) = knots[k - 1], (d1, t1) = knots[k]
            if Double(df) <= d1 {
                let x0 = 1 / d0, x1 = d1.isInfinite ? 0 : 1 / d1
                return t1 + (t0 - t1) * (x - x1) / (x0 - x1)
            }
        }
        return SurveyStats.z95
    }
}
