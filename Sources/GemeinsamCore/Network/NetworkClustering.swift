extension Network {
    /// Local clustering coefficient, unweighted (networkx `clustering(G)`): the share of pairs of neighbours that
    /// are tied themselves, `2·T(v) / (d(v)·(d(v) − 1))`, and 0 for nodes with fewer than two neighbours.
    ///
    /// Triangles are counted once each by orienting every edge towards the endpoint of higher (degree, index)
    /// rank, which keeps the work at O(m·√m) even with hubs.
    public static func clustering(_ graph: Graph) -> [Double] {
        let n = graph.nodeCount
        func ranksBefore(_ a: Int, _ b: Int) -> Bool {
            let da = graph.degree(a), db = graph.degree(b)
            return da != db ? da < db : a < b
        }
        var forwardOffsets = [Int](repeating: 0, count: n + 1)
        var forward: [Int32] = []
        forward.reserveCapacity(graph.edgeCount)
        for v in 0..<n {
            for e in graph.neighborRange(v) where ranksBefore(v, Int(graph.neighbors[e])) {
                forward.append(graph.neighbors[e])
            }
            forwardOffsets[v + 1] = forward.count
        }
        var triangles = [Int](repeating: 0, count: n)
        var mark = [Bool](repeating: false, count: n)
        for u in 0..<n {
            let range = forwardOffsets[u]..<forwardOffsets[u + 1]
            for i in range { mark[Int(forward[i])] = true }
            for i in range {
                let v = Int(forward[i])
                for j in forwardOffsets[v]..<forwardOffsets[v + 1] {
                    let w = Int(forward[j])
                    if mark[w] {
                        triangles[u] += 1; triangles[v] += 1; triangles[w] += 1
                    }
                }
            }
            for i in range { mark[Int(forward[i])] = false }
        }
        return (0..<n).map { v in
            let d = graph.degree(v)
            guard triangles[v] > 0 else { return 0 }
            return Double(2 * triangles[v]) / Double(d * (d - 1))
        }
    }
}
