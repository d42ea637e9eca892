extension SurveyStats {
    /// Settings for `rake`.
    public struct RakingOptions: Sendable, Equatable {
        /// Upper limit for full raking cycles (one cycle adjusts every variable once), per rake-trim round.
        public var maxIterations: Int
        /// Stopping rule, the same as samplics' `SampleWeight.rake` with `tol = ctrl_tol = tolerance`: stop after
        /// the first cycle in which, for every margin category, both the relative change of its weighted sum
        /// since the previous cycle and its relative deviation from the population are at most `tolerance`.
        public var tolerance: Double
        /// Optional weight trimming; nil = no trimming.
        public var trimming: Trimming?

        public init(maxIterations: Int = 1000, tolerance: Double = 1e-10, trimming: Trimming? = nil) {
            self.maxIterations = maxIterations
            self.tolerance = tolerance
            self.trimming = trimming
        }
    }

    /// Weight trimming by repeated rake-trim cycles.
    ///
    /// Bounds are multiples of the mean weight (population total / number of answers), which raking does not
    /// change. One round: rake to convergence; if every weight lies within [lower·mean, upper·mean] (allowing
    /// a relative slack of `tolerance`), stop; otherwise set weights below/above the bounds to the bounds and
    /// rake again, starting from the trimmed weights. Because every round ends with raking, the returned
    /// weights always meet the margins (when raking converged); the bounds hold exactly only when the rounds
    /// converge within `maxCycles` — `TrimmingReport.converged` says whether they did.
    public struct Trimming: Sendable, Equatable {
        /// Lower bound as a multiple of the mean weight (e.g. 0.3); nil = no lower bound. Must be below 1.
        public var lower: Double?
        /// Upper bound as a multiple of the mean weight (e.g. 3 or 5); nil = no upper bound. Must be above 1.
        public var upper: Double?
        public var maxCycles: Int
        public var tolerance: Double

        public init(lower: Double? = nil, upper: Double? = nil, maxCycles: Int = 50, tolerance: Double = 1e-6) {
            self.lower = lower
            self.upper = upper
            self.maxCycles = maxCycles
            self.tolerance = tolerance
        }
    }

    public struct TrimmingReport: Sendable, Equatable {
        /// Rake-trim rounds in which weights had to be trimmed.
        public let cycles: Int
        /// True when the final weights lie within the bounds (up to the trimming tolerance).
        public let converged: Bool
        /// Smallest and largest final weight as multiples of the mean weight.
        public let minRatio: Double
        public let maxRatio: Double
    }

    public struct RakingResult: Sendable, Equatable {
        /// One weight per answer, in input order; they add up to the population total.
        public let weights: [Double]
        /// Raking cycles performed (over all rake-trim rounds).
        public let iterations: Int
        /// Whether the last raking met the stopping rule within `maxIterations`.
        public let converged: Bool
        /// Largest relative deviation |weighted sum − population| / population over all margin categories.
        public let maxRelativeDeviation: Double
        /// Kish design effect due to unequal weights: n·Σw² / (Σw)².
        public let designEffect: Double
        /// Kish effective sample size: (Σw)² / Σw² = n / designEffect.
        public let effectiveSampleSize: Double
        public let trimming: TrimmingReport?
    }

    /// Kish design effect due to unequal weights, n·Σw² / (Σw)² (1 for equal weights).
    public static func kishDesignEffect(_ weights: [Double]) -> Double {
        let (sum, sumOfSquares) = weightSums(weights)
        return Double(weights.count) * sumOfSquares / (sum * sum)
    }

    /// Kish effective sample size (Σw)² / Σw².
    public static func effectiveSampleSize(_ weights: [Double]) -> Double {
        let (sum, sumOfSquares) = weightSums(weights)
        return sum * sum / sumOfSquares
    }

    static func weightSums(_ weights: [Double]) -> (sum: Double, sumOfSquares: Double) {
        var sum = 0.0
        var sumOfSquares = 0.0
        for w in weights {
            sum += w
            sumOfSquares += w * w
        }
        return (sum, sumOfSquares)
    }
}
