import Foundation

extension MonitorStats {
    /// Class breaks for a choropleth map: `breaks` are the inner boundaries in ascending order; a value v belongs
    /// to class k when breaks[k-1] ≤ v < breaks[k] (class 0 below the first break, the last class from the last
    /// break on). `classes = breaks.count + 1`.
    public struct ClassBreaks: Sendable, Equatable {
        public let breaks: [Double]
        public var classes: Int { breaks.count + 1 }

        public init(breaks: [Double]) {
            self.breaks = breaks.sorted()
        }

        /// Class index of a value, 0 ..< classes.
        public func classify(_ value: Double) -> Int {
            var k = 0
            while k < breaks.count, value >= breaks[k] { k += 1 }
            return k
        }

        /// Lower and upper bound of a class (nil at the open ends).
        public func bounds(of k: Int) -> (low: Double?, high: Double?) {
            (k == 0 ? nil : breaks[k - 1], k == breaks.count ? nil : breaks[k])
        }

        /// Equal intervals on a "nice" step (1, 2, 2.5 or 5 times a power of ten) that cover min…max of the values
        /// with at most `classes` classes. Fewer than two distinct values give a single class.
        public static func niceEqualInterval(_ values: [Double], classes: Int = 5) -> ClassBreaks {
            let finite = values.filter(\.isFinite)
            guard classes >= 2, let low = finite.min(), let high = finite.max(), high > low else {
                return ClassBreaks(breaks: [])
            }
            var step = niceStep((high - low) / Double(classes))
            while true {
                let start = (low / step).rounded(.down) * step
                // a value equal to a break belongs to the class above it, so high needs ⌊(high − start)/step⌋ + 1
                let needed = Int(((high - start) / step + 1e-9).rounded(.down)) + 1
                if needed <= classes {
                    let breaks = (1..<max(needed, 1)).map { roundToStep(start + Double($0) * step, step) }
                    return ClassBreaks(breaks: breaks)
                }
                step = niceStep(step * 1.01)
            }
        }

        /// Quantile breaks (type 7, as R's default and numpy): `classes` classes with about equal numbers of
        /// values; duplicate breaks are merged, so ties can give fewer classes.
        public static func quantiles(_ values: [Double], classes: Int = 5) -> ClassBreaks {
            let sorted = values.filter(\.isFinite).sorted()
            guard classes >= 2, sorted.count >= 2, sorted.first! < sorted.last! else { return ClassBreaks(breaks: []) }
            var breaks: [Double] = []
            for k in 1..<classes {
                let h = Double(sorted.count - 1) * Double(k) / Double(classes)
                let lower = Int(h.rounded(.down))
                let upper = min(lower + 1, sorted.count - 1)
                let q = sorted[lower] + (h - Double(lower)) * (sorted[upper] - sorted[lower])
                if q > sorted.first!, breaks.last.map({ q > $0 }) ?? true { breaks.append(q) }
            }
            return ClassBreaks(breaks: breaks)
        }

        static func niceStep(_ raw: Double) -> Double {
            guard raw > 0, raw.isFinite else { return 1 }
            let magnitude = pow(10, (log10(raw)).rounded(.down))
            for factor in [1.0, 2.0, 2.5, 5.0, 10.0] where factor * magnitude >= raw * (1 - 1e-12) {
                return factor * magnitude
            }
            return 10 * magnitude
        }

        static func roundToStep(_ x: Double, _ step: Double) -> Double {
            // remove floating noise such as 0.30000000000000004
            let digits = max(0, Int(-log10(step).rounded(.down)) + 2)
            let factor = pow(10, Double(digits))
            return (x * factor).rounded() / factor
        }
    }
}
