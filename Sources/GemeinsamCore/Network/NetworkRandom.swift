extension Network {
    /// SplitMix64: a small, fast generator whose sequence is fixed by its seed on every platform and Swift
    /// version (unlike `shuffle(using:)`, whose algorithm the standard library does not promise).
    public struct SeededRandom: RandomNumberGenerator, Sendable {
        private var state: UInt64

        public init(seed: UInt64) { state = seed }

        public mutating func next() -> UInt64 {
            state &+= 0x9E37_79B9_7F4A_7C15
            var z = state
            z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
            z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
            return z ^ (z >> 31)
        }

        /// A uniform integer in `0..<bound` (Lemire's multiply-high; the bias is below 2^-40 for our sizes).
        public mutating func below(_ bound: Int) -> Int {
            precondition(bound > 0)
            return Int(UInt64(bound).multipliedFullWidth(by: next()).high)
        }

        /// A uniform value in `[0, 1)` with 53 random bits.
        public mutating func unit() -> Double {
            Double(next() >> 11) * 0x1.0p-53
        }

        /// Fisher–Yates shuffle with this generator.
        public mutating func shuffle<T>(_ array: inout [T]) {
            var i = array.count - 1
            while i > 0 {
                let j = below(i + 1)
                if i != j { array.swapAt(i, j) }
                i -= 1
            }
        }
    }
}
