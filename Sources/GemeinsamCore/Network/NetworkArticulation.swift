extension Network {
    /// Cut vertices: actors whose removal splits their part of the network.
    public struct ArticulationPoints: Sendable, Equatable {
        /// Node indices of the articulation points, ascending.
        public let nodes: [Int]
        /// For every node, into how many groups its component falls apart without it (0 if it is no
        /// articulation point).
        public let separatedGroups: [Int]

        public func contains(_ v: Int) -> Bool { separatedGroups[v] >= 2 }
    }

    /// Articulation points by an iterative depth-first search (Hopcroft–Tarjan low-link values).
    public static func articulationPoints(_ graph: Graph) -> ArticulationPoints {
        let n = graph.nodeCount
        var discovery = [Int](repeating: -1, count: n)
        var low = [Int](repeating: 0, count: n)
        var parent = [Int](repeating: -1, count: n)
        var cursor = [Int](repeating: 0, count: n)
        // Child subtrees that cannot reach above the node; each is a group cut off by removing it.
        var cutChildren = [Int](repeating: 0, count: n)
        var stack: [Int] = []
        var time = 0
        for root in 0..<n where discovery[root] < 0 {
            discovery[root] = time; low[root] = time; time += 1
            cursor[root] = graph.offsets[root]
            stack.append(root)
            while let v = stack.last {
                if cursor[v] < graph.offsets[v + 1] {
                    let w = Int(graph.neighbors[cursor[v]])
                    cursor[v] += 1
                    if discovery[w] < 0 {
                        parent[w] = v
                        discovery[w] = time; low[w] = time; time += 1
                        cursor[w] = graph.offsets[w]
                        stack.append(w)
                    } else if w != parent[v] {
                        low[v] = min(low[v], discovery[w])
                    }
                } else {
                    stack.removeLast()
                    let p = parent[v]
                    if p >= 0 {
                        low[p] = min(low[p], low[v])
                        if low[v] >= discovery[p] { cutChildren[p] += 1 }
                    }
                }
            }
        }
        var groups = [Int](repeating: 0, count: n)
        var nodes: [Int] = []
        for v in 0..<n {
            // The root of a DFS tree has nothing above it; every other node also keeps the part with its parent.
            let pieces = parent[v] < 0 ? cutChildren[v] : cutChildren[v] + 1
            if pieces >= 2 { groups[v] = pieces; nodes.append(v) }
        }
        return ArticulationPoints(nodes: nodes, separatedGroups: groups)
    }
}
