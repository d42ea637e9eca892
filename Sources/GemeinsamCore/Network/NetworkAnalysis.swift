extension Network {
    /// Every per-node measure of one graph, computed in one call.
    public struct Analysis: Sendable {
        public let graph: Graph
        public let degree: [Int]
        public let weightedDegree: [Double]
        public let betweenness: [Double]
        public let closeness: [Double]
        public let clustering: [Double]
        public let components: Components
        public let communities: Communities
        public let articulation: ArticulationPoints
        /// `false` if betweenness and closeness were estimated from sampled sources (see ``CentralityOptions``).
        public let isExact: Bool
        /// The graph's warnings plus a note when values are estimated (German).
        public let warnings: [String]
    }

    /// Runs all measures. `seed` fixes the Louvain visiting order (and the source sample for huge graphs).
    public static func analyze(_ graph: Graph, seed: UInt64 = 42,
                               options: CentralityOptions = CentralityOptions()) -> Analysis {
        let components = components(graph)
        var centralityOptions = options
        centralityOptions.seed = seed
        let centrality = centrality(graph, components: components, options: centralityOptions)
        var warnings = graph.warnings
        if !centrality.isExact {
            warnings.append("Das Netz ist sehr groß: Betweenness und Closeness sind aus \(centrality.sources) "
                + "zufällig gewählten Startpunkten geschätzt, nicht exakt berechnet.")
        }
        return Analysis(graph: graph, degree: degrees(graph), weightedDegree: weightedDegrees(graph),
                        betweenness: centrality.betweenness, closeness: centrality.closeness,
                        clustering: clustering(graph), components: components,
                        communities: louvain(graph, seed: seed), articulation: articulationPoints(graph),
                        isExact: centrality.isExact, warnings: warnings)
    }
}

extension Network.Analysis {
    /// Brokers of this analysis (see ``Network/brokers(_:betweenness:articulation:top:)``).
    public func brokers(top: Int = 5) -> [Network.Broker] {
        Network.brokers(graph, betweenness: betweenness, articulation: articulation, top: top)
    }
}
