extension Network {
    /// An actor that holds the network together: on many shortest paths, or the only link between groups.
    public struct Broker: Sendable, Equatable {
        public let node: Int
        public let id: String
        public let betweenness: Double
        /// Groups its part of the network falls into without it (0 if it is no articulation point).
        public let separatedGroups: Int
        /// Whether it is among the top actors by betweenness.
        public let isTopBetweenness: Bool
        /// German reasons, e.g. "verbindet 2 sonst getrennte Gruppen".
        public let reasons: [String]

        /// All reasons in one line, separated by "; ".
        public var reason: String { reasons.joined(separator: "; ") }
    }

    /// Brokers: the `top` actors by betweenness (only those with betweenness above 0) plus every articulation
    /// point, ordered by betweenness (highest first), then by id.
    public static func brokers(_ graph: Graph, betweenness: [Double], articulation: ArticulationPoints,
                               top: Int = 5) -> [Broker] {
        let ranked = (0..<graph.nodeCount)
            .filter { betweenness[$0] > 0 }
            .sorted { betweenness[$0] != betweenness[$1] ? betweenness[$0] > betweenness[$1] : $0 < $1 }
        var isTop = [Bool](repeating: false, count: graph.nodeCount)
        for v in ranked.prefix(max(top, 0)) { isTop[v] = true }
        let chosen = (0..<graph.nodeCount).filter { isTop[$0] || articulation.contains($0) }
        return chosen
            .sorted { betweenness[$0] != betweenness[$1] ? betweenness[$0] > betweenness[$1] : $0 < $1 }
            .map { v in
                var reasons: [String] = []
                let groups = articulation.separatedGroups[v]
                if groups >= 2 { reasons.append("verbindet \(groups) sonst getrennte Gruppen") }
                if isTop[v] { reasons.append("liegt auf vielen kürzesten Wegen") }
                return Broker(node: v, id: graph.ids[v], betweenness: betweenness[v], separatedGroups: groups,
                              isTopBetweenness: isTop[v], reasons: reasons)
            }
    }
}
