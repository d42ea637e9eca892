extension Network {
    /// One actor on the network map.
    public struct MapNode: Sendable, Equatable {
        public let id: String
        /// Position in `[0, 1]²` (multiply by the drawing's width and height).
        public let x: Double
        public let y: Double
        /// Radius as a share of the drawing's height, growing with the square root of the degree.
        public let radius: Double
        public let degree: Int
        public let community: Int
        /// Fill colour for the community (see ``Network/communityColor(_:)``).
        public let color: String
        public let isBroker: Bool
        /// Brokers with the highest betweenness get a visible label (up to the label limit).
        public let showsLabel: Bool
    }

    /// One tie on the map, between node positions in ``NetworkMap/nodes``.
    public struct MapEdge: Sendable, Equatable {
        public let source: Int
        public let target: Int
        public let weight: Double
    }

    /// Everything needed to draw the network map, independent of SVG or any other format.
    public struct NetworkMap: Sendable, Equatable {
        public let nodes: [MapNode]
        public let edges: [MapEdge]
        public let communityCount: Int
    }

    /// Fill colours for communities; each has at least 3:1 contrast against white (WCAG 1.4.11).
    /// Communities beyond the eighth reuse the colours in order.
    public static func communityColor(_ community: Int) -> String {
        let palette = ["#0072B2", "#D55E00", "#009E73", "#CC79A7", "#6A3D9A", "#A6761D", "#882255", "#666666"]
        return palette[((community % palette.count) + palette.count) % palette.count]
    }

    /// Builds the map: the deterministic layout, node size by degree, colour by community, labels for the
    /// `labelLimit` brokers with the highest betweenness.
    public static func map(_ analysis: Analysis, brokers: [Broker]? = nil, labelLimit: Int = 12,
                           minRadius: Double = 0.006, maxRadius: Double = 0.025,
                           options: LayoutOptions = LayoutOptions()) -> NetworkMap {
        let graph = analysis.graph
        let positions = layout(graph, components: analysis.components, options: options)
        let brokerList = brokers ?? analysis.brokers()
        var isBroker = [Bool](repeating: false, count: graph.nodeCount)
        var labelled = [Bool](repeating: false, count: graph.nodeCount)
        for b in brokerList { isBroker[b.node] = true }
        // Brokers come sorted by betweenness, so the first ones are the most important to name.
        for b in brokerList.prefix(max(labelLimit, 0)) { labelled[b.node] = true }
        let maxDegree = max(analysis.degree.max() ?? 0, 1)
        let nodes = (0..<graph.nodeCount).map { v in
            let share = (Double(analysis.degree[v]) / Double(maxDegree)).squareRoot()
            let community = analysis.communities.communityOf[v]
            return MapNode(id: graph.ids[v], x: positions[v].x, y: positions[v].y,
                           radius: minRadius + (maxRadius - minRadius) * share, degree: analysis.degree[v],
                           community: community, color: communityColor(community), isBroker: isBroker[v],
                           showsLabel: labelled[v])
        }
        let edges = graph.edges.map { MapEdge(source: $0.u, target: $0.v, weight: $0.weight) }
        return NetworkMap(nodes: nodes, edges: edges, communityCount: analysis.communities.count)
    }
}
