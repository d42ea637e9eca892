import Foundation

extension SurveyStats {
    /// Whether a share differs between groups: Pearson's χ² test of homogeneity on the 2 × k table of the groups'
    /// weighted shares, each group counted with its Kish effective sample size (a first-order design-effect
    /// correction in the spirit of Rao and Scott, so weighting does not make differences look surer than they are).
    public struct Homogeneity: Sendable, Equatable {
        public let chiSquare: Double
        public let degreesOfFreedom: Int
        /// P(χ² ≥ chiSquare) under equal shares.
        public let pValue: Double
        public let groups: Int

        /// Differs at the 5 % level.
        public var differs: Bool { pValue < 0.05 }
    }

    /// The test over the published rows of a share table: suppressed rows and „ohne Angabe“ are left out, so the
    /// result says nothing about a group the table withholds. Nil with fewer than two such groups, or when every
    /// group's share is 0 or every one is 1 (nothing to compare).
    public static func homogeneity(_ rows: [GroupShare]) -> Homogeneity? {
        let used = rows.compactMap { row -> (p: Double, n: Double)? in
            guard !row.suppressed, row.group != noGroupLabel, let p = row.share, let n = row.effectiveSampleSize, n > 0
            else { return nil }
            return (p, n)
        }
        guard used.count >= 2 else { return nil }
        let total = used.reduce(0) { $0 + $1.n }
        let pooled = used.reduce(0) { $0 + $1.n * $1.p } / total
        guard pooled > 0, pooled < 1 else { return nil }
        let chiSquare = used.reduce(0) { $0 + $1.n * ($1.p - pooled) * ($1.p - pooled) } / (pooled * (1 - pooled))
        let df = used.count - 1
        return Homogeneity(chiSquare: chiSquare, degreesOfFreedom: df,
                           pValue: ChiSquared.survival(chiSquare, degreesOfFreedom: Double(df)), groups: used.count)
    }
}

/// The χ² distribution's upper tail through the regularised incomplete gamma function Q(k/2, x/2): the series for
/// x < a + 1, the continued fraction (modified Lentz) above it, both to double precision.
public enum ChiSquared {
    /// P(X ≥ x) for X ~ χ²(k), k > 0.
    public static func survival(_ x: Double, degreesOfFreedom k: Double) -> Double {
        precondition(k > 0, "degrees of freedom must be positive")
        if x.isNaN { return .nan }
        if x <= 0 { return 1 }
        if x.isInfinite { return 0 }
        return upperRegularizedGamma(a: k / 2, x: x / 2)
    }

    static func upperRegularizedGamma(a: Double, x: Double) -> Double {
        let logPrefix = a * log(x) - x - lgamma(a)
        if x < a + 1 {
            // P(a, x) = e^{−x} x^a / Γ(a) · Σ x^n / (a (a+1) … (a+n))
            var term = 1 / a, sum = term, denominator = a
            for _ in 0..<1000 {
                denominator += 1
                term *= x / denominator
                sum += term
                if abs(term) < abs(sum) * 1e-16 { break }
            }
            return max(0, 1 - sum * exp(logPrefix))
        }
        // Q(a, x) = e^{−x} x^a / Γ(a) · 1 / (x + 1 − a − 1·(1−a) / (x + 3 − a − …))
        let tiny = 1e-300
        var b = x + 1 - a, c = 1 / tiny, d = 1 / b, h = d
        for i in 1...1000 {
            let an = -Double(i) * (Double(i) - a)
            b += 2
            d = an * d + b
            if abs(d) < tiny { d = tiny }
            c = b + an / c
            if abs(c) < tiny { c = tiny }
            d = 1 / d
            let delta = d * c
            h *= delta
            if abs(delta - 1) < 1e-16 { break }
        }
        return min(1, exp(logPrefix) * h)
    }
}
