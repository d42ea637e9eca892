extension Network {
    /// Connected components. Component ids are numbered in the order of each component's first node in sorted-id
    /// order, so component 0 holds the alphabetically first actor.
    public struct Components: Sendable, Equatable {
        /// Component id of every node.
        public let componentOf: [Int]
        /// Number of nodes in each component.
        public let sizes: [Int]

        public var count: Int { sizes.count }

        /// Node indices of component `c`, ascending.
        public func members(_ c: Int) -> [Int] {
            componentOf.indices.filter { componentOf[$0] == c }
        }

        /// Node indices grouped by component, each group ascending.
        public var groups: [[Int]] {
            var result = sizes.map { _ in [Int]() }
            for (v, c) in componentOf.enumerated() { result[c].append(v) }
            return result
        }
    }

    public static func components(_ graph: Graph) -> Components {
        let n = graph.nodeCount
        var componentOf = [Int](repeating: -1, count: n)
        var sizes: [Int] = []
        var queue = [Int](repeating: 0, count: n)
        for start in 0..<n where componentOf[start] < 0 {
            let c = sizes.count
            componentOf[start] = c
            queue[0] = start
            var head = 0, tail = 1
            while head < tail {
                let v = queue[head]; head += 1
                for e in graph.neighborRange(v) {
                    let w = Int(graph.neighbors[e])
                    if componentOf[w] < 0 { componentOf[w] = c; queue[tail] = w; tail += 1 }
                }
            }
            sizes.append(tail)
        }
        return Components(componentOf: componentOf, sizes: sizes)
    }

    /// Number of distinct neighbours of every node.
    public static func degrees(_ graph: Graph) -> [Int] {
        (0..<graph.nodeCount).map { graph.degree($0) }
    }

    /// Sum of the edge weights at every node (networkx `G.degree(weight="weight")`).
    public static func weightedDegrees(_ graph: Graph) -> [Double] {
        (0..<graph.nodeCount).map { v in
            var sum = 0.0
            for e in graph.neighborRange(v) { sum += graph.weights[e] }
            return sum
        }
    }
}
