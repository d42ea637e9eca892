import Foundation

extension MonitorStats {
    /// One area in the gap analysis: its need (estimated number of lonely people) and its supply per indicator
    /// (absolute amounts, e.g. offer hours per week, places, active volunteers).
    public struct GapArea: Sendable, Equatable {
        public var id: String
        public var population: Double?
        /// Estimated number of lonely people; nil when there is no estimate.
        public var need: Double?
        /// One absolute amount per supply indicator (same order as the indicators); nil = unknown.
        public var supply: [Double?]

        public init(id: String, population: Double?, need: Double?, supply: [Double?]) {
            self.id = id
            self.population = population
            self.need = need
            self.supply = supply
        }
    }

    public struct GapRow: Sendable, Equatable {
        public let id: String
        public let need: Double?
        /// Supply per 1,000 residents, per indicator.
        public let supplyPerThousand: [Double?]
        /// Percentile rank (0 = lowest, 1 = highest) of the need among the ranked areas.
        public let needScore: Double?
        /// Weighted mean of the indicators' percentile ranks per 1,000 residents.
        public let supplyScore: Double?
        /// needScore − supplyScore, from −1 (little need, much supply) to 1 (most need, least supply).
        public let gap: Double?
        /// 1 = the biggest gap; nil for areas that cannot be ranked (no population or no need estimate).
        public let rank: Int?
    }

    /// Ranks areas by the gap between need and supply: "hier fehlt es am meisten".
    ///
    /// Areas are ranked when they have a population above 0, a need estimate and a known value for every
    /// indicator. Need is compared as the estimated number of lonely people (where many are, help is needed);
    /// supply per 1,000 residents (so that big areas do not look well supplied just by size). Both become
    /// percentile ranks among the ranked areas (mid-ranks for ties, 0 … 1), the supply score is the weighted
    /// mean of the indicators' ranks, and the gap is need score − supply score. Order: gap descending, then
    /// need descending, then id. Unranked areas follow in id order.
    public static func rankGaps(_ areas: [GapArea], indicatorWeights: [Double]? = nil) -> [GapRow] {
        let indicatorCount = areas.map(\.supply.count).max() ?? 0
        let weights = indicatorWeights ?? Array(repeating: 1, count: indicatorCount)
        precondition(weights.count == indicatorCount, "one weight per indicator")
        func perThousand(_ area: GapArea) -> [Double?] {
            guard let population = area.population, population > 0 else {
                return Array(repeating: nil, count: indicatorCount)
            }
            return (0..<indicatorCount).map { k in
                k < area.supply.count ? area.supply[k].map { $0 / population * 1000 } : nil
            }
        }
        let rates = areas.map(perThousand)
        let rankable = areas.indices.filter { i in
            areas[i].need != nil && (areas[i].population ?? 0) > 0 && rates[i].allSatisfy { $0 != nil }
        }
        let needScores = percentileRanks(rankable.map { areas[$0].need! })
        var supplyScores = [Double](repeating: 0, count: rankable.count)
        let weightSum = weights.reduce(0, +)
        if indicatorCount > 0, weightSum > 0 {
            for k in 0..<indicatorCount {
                let ranks = percentileRanks(rankable.map { rates[$0][k]! })
                for j in rankable.indices { supplyScores[j] += weights[k] * ranks[j] / weightSum }
            }
        } else {
            supplyScores = Array(repeating: 0.5, count: rankable.count)
        }
        var ranked: [(index: Int, need: Double, supply: Double, gap: Double)] = rankable.indices.map { j in
            (rankable[j], needScores[j], supplyScores[j], needScores[j] - supplyScores[j])
        }
        ranked.sort { a, b in
            if a.gap != b.gap { return a.gap > b.gap }
            let na = areas[a.index].need!, nb = areas[b.index].need!
            if na != nb { return na > nb }
            return areas[a.index].id < areas[b.index].id
        }
        var rows: [GapRow] = []
        for (position, entry) in ranked.enumerated() {
            let area = areas[entry.index]
            rows.append(GapRow(id: area.id, need: area.need, supplyPerThousand: rates[entry.index],
                               needScore: entry.need, supplyScore: entry.supply, gap: entry.gap, rank: position + 1))
        }
        let rankedSet = Set(rankable)
        for i in areas.indices.filter({ !rankedSet.contains($0) }).sorted(by: { areas[$0].id < areas[$1].id }) {
            rows.append(GapRow(id: areas[i].id, need: areas[i].need, supplyPerThousand: rates[i],
                               needScore: nil, supplyScore: nil, gap: nil, rank: nil))
        }
        return rows
    }

    /// Mid-rank percentiles scaled to 0 … 1: (number of smaller values + (number of equal values − 1) / 2) / (n − 1).
    /// A single value gets 0.5.
    public static func percentileRanks(_ values: [Double]) -> [Double] {
        let n = values.count
        guard n > 1 else { return values.map { _ in 0.5 } }
        let order = values.indices.sorted { values[$0] < values[$1] }
        var result = [Double](repeating: 0, count: n)
        var i = 0
        while i < n {
            var j = i
            while j + 1 < n, values[order[j + 1]] == values[order[i]] { j += 1 }
            let mid = Double(i + j) / 2 / Double(n - 1)
            for k in i...j { result[order[k]] = mid }
            i = j + 1
        }
        return result
    }
}
