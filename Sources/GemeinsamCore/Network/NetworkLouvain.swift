import Foundation

extension Network {
    /// A partition of the nodes into communities.
    public struct Communities: Sendable, Equatable {
        /// Community id of every node; ids are numbered by each community's first node in sorted-id order.
        public let communityOf: [Int]
        public let count: Int
        /// Weighted modularity (resolution 1) of this partition.
        public let modularity: Double
    }

    /// Weighted modularity exactly as networkx `community.modularity(G, communities, weight="weight")`:
    /// `Σ_c L_c / m − γ · (d_c / 2m)²` with `L_c` the weight inside community `c` and `d_c` its total degree.
    /// Returns 0 for a graph without edges (where networkx divides by zero).
    public static func modularity(_ graph: Graph, communityOf: [Int], resolution: Double = 1) -> Double {
        precondition(communityOf.count == graph.nodeCount)
        guard graph.totalWeight > 0 else { return 0 }
        let communityCount = (communityOf.max() ?? -1) + 1
        var inside = [Double](repeating: 0, count: communityCount)
        var degreeSum = [Double](repeating: 0, count: communityCount)
        var totalDegree = 0.0
        for u in 0..<graph.nodeCount {
            let c = communityOf[u]
            for e in graph.neighborRange(u) {
                let w = graph.weights[e]
                degreeSum[c] += w
                totalDegree += w
                if Int(graph.neighbors[e]) > u, communityOf[Int(graph.neighbors[e])] == c { inside[c] += w }
            }
        }
        let m = totalDegree / 2
        let norm = 1 / (totalDegree * totalDegree)
        var q = 0.0
        for c in 0..<communityCount where degreeSum[c] > 0 || inside[c] > 0 {
            q += inside[c] / m - resolution * degreeSum[c] * degreeSum[c] * norm
        }
        return q
    }

    /// Louvain community detection (Blondel et al. 2008) following networkx `louvain_communities`: nodes are
    /// visited in an order shuffled by the seeded generator, each moves to the neighbouring community with the
    /// largest positive modularity gain (networkx's gain formula), and neighbours of moved nodes are visited
    /// again until no move helps; then communities are merged into nodes and the process repeats while
    /// modularity grows by more than `threshold`.
    ///
    /// Louvain's result depends on the visiting order, so it runs `restarts` times (the first run uses `seed`
    /// itself, the others seeds drawn from it) and keeps the partition with the highest modularity, the earliest
    /// on a tie. The same seed always gives the same result.
    public static func louvain(_ graph: Graph, seed: UInt64 = 42, resolution: Double = 1,
                               threshold: Double = 1e-7, restarts: Int = 4) -> Communities {
        guard graph.edgeCount > 0 else {
            return Communities(communityOf: Array(0..<graph.nodeCount), count: graph.nodeCount, modularity: 0)
        }
        var seeds = SeededRandom(seed: seed)
        let runSeeds = (0..<max(restarts, 1)).map { $0 == 0 ? seed : seeds.next() }
        // The runs are independent, so they run in parallel; each writes only its own slot.
        let results = UnsafeMutableBufferPointer<Communities?>.allocate(capacity: runSeeds.count)
        results.initialize(repeating: nil)
        defer { results.deallocate() }
        let slots = RunSlots(results: results)
        DispatchQueue.concurrentPerform(iterations: runSeeds.count) { run in
            let membership = louvainRun(graph, seed: runSeeds[run], resolution: resolution, threshold: threshold)
            slots.results[run] = canonical(graph, membership, resolution: resolution)
        }
        var best = results[0]!
        for run in 1..<runSeeds.count where results[run]!.modularity > best.modularity { best = results[run]! }
        return best
    }

    private struct RunSlots: @unchecked Sendable {
        let results: UnsafeMutableBufferPointer<Communities?>
    }

    private static func louvainRun(_ graph: Graph, seed: UInt64, resolution: Double, threshold: Double) -> [Int] {
        let n = graph.nodeCount
        var rng = SeededRandom(seed: seed)
        var level = LouvainLevel(graph: graph)
        var membership = Array(0..<n)
        var mod = modularity(graph, communityOf: membership, resolution: resolution)
        let m = graph.totalWeight
        while true {
            let (inner, moved) = level.oneLevel(m: m, resolution: resolution, rng: &rng)
            if !moved { break }
            for v in 0..<n { membership[v] = inner[membership[v]] }
            let newMod = modularity(graph, communityOf: membership, resolution: resolution)
            if newMod - mod <= threshold { break }
            mod = newMod
            level = level.aggregated(by: inner)
        }
        return membership
    }

    /// Renumbers communities by their first node in sorted-id order.
    private static func canonical(_ graph: Graph, _ membership: [Int], resolution: Double) -> Communities {
        var rename = [Int](repeating: -1, count: (membership.max() ?? -1) + 1)
        var next = 0
        let relabelled = membership.map { c -> Int in
            if rename[c] < 0 { rename[c] = next; next += 1 }
            return rename[c]
        }
        return Communities(communityOf: relabelled, count: next,
                           modularity: modularity(graph, communityOf: relabelled, resolution: resolution))
    }
}

/// One level of the Louvain hierarchy: a weighted graph whose nodes are the communities of the level below.
/// Self-loop weights are kept apart from the adjacency; `degree` counts them twice, as networkx does.
private struct LouvainLevel {
    var offsets: [Int]
    var neighbors: [Int]
    var weights: [Double]
    var degree: [Double]

    var count: Int { degree.count }

    init(graph: Network.Graph) {
        offsets = graph.offsets
        neighbors = graph.neighbors.map { Int($0) }
        weights = graph.weights
        degree = Network.weightedDegrees(graph)
    }

    private init(offsets: [Int], neighbors: [Int], weights: [Double], degree: [Double]) {
        self.offsets = offsets
        self.neighbors = neighbors
        self.weights = weights
        self.degree = degree
    }

    /// Moves nodes between communities until no move gains modularity. Returns the node → community map
    /// (communities numbered 0..<k in index order) and whether any node moved.
    ///
    /// Nodes are first visited in a seeded random order, as in networkx. Instead of sweeping over all nodes again
    /// until a sweep moves none, only the neighbours of moved nodes are revisited (a queue, as in the Leiden
    /// algorithm's fast local moving): the end state is the same kind of local optimum, but large sparse graphs
    /// no longer need hundreds of full sweeps for a handful of late moves.
    func oneLevel(m: Double, resolution: Double, rng: inout Network.SeededRandom) -> (community: [Int], moved: Bool) {
        let n = count
        var community = Array(0..<n)
        var total = degree
        // Circular queue of nodes to visit, initially every node in shuffled order.
        var queue = Array(0..<n)
        rng.shuffle(&queue)
        var queued = [Bool](repeating: true, count: n)
        var head = 0, pending = n
        var weightTo = [Double](repeating: 0, count: n)
        var touched: [Int] = []
        var improved = false
        let twoMSquared = 2 * m * m
        // Every move raises modularity, so this only guards against rounding noise moving a node back and forth.
        var visitsLeft = 1000 * n + 1000
        while pending > 0 && visitsLeft > 0 {
            let u = queue[head]
            head = head + 1 == n ? 0 : head + 1
            pending -= 1
            visitsLeft -= 1
            queued[u] = false
            let current = community[u]
            for e in offsets[u]..<offsets[u + 1] {
                let c = community[neighbors[e]]
                if weightTo[c] == 0 { touched.append(c) }
                weightTo[c] += weights[e]
            }
            let d = degree[u]
            total[current] -= d
            let removeCost = -weightTo[current] / m + resolution * (total[current] * d) / twoMSquared
            var bestGain = 0.0
            var best = current
            for c in touched {
                let gain = removeCost + weightTo[c] / m - resolution * (total[c] * d) / twoMSquared
                if gain > bestGain { bestGain = gain; best = c }
            }
            total[best] += d
            for c in touched { weightTo[c] = 0 }
            touched.removeAll(keepingCapacity: true)
            guard best != current else { continue }
            community[u] = best
            improved = true
            for e in offsets[u]..<offsets[u + 1] {
                let v = neighbors[e]
                if !queued[v] && community[v] != best {
                    queued[v] = true
                    queue[(head + pending) % n] = v
                    pending += 1
                }
            }
        }
        var rename = [Int](repeating: -1, count: n)
        var next = 0
        var used = [Bool](repeating: false, count: n)
        for c in community { used[c] = true }
        for c in 0..<n where used[c] { rename[c] = next; next += 1 }
        return (community.map { rename[$0] }, improved)
    }

    /// The graph of communities: edge weights between communities add up, weights inside become self-loops.
    func aggregated(by community: [Int]) -> LouvainLevel {
        let k = (community.max() ?? -1) + 1
        var newDegree = [Double](repeating: 0, count: k)
        for v in 0..<count { newDegree[community[v]] += degree[v] }
        // Collect inter-community weights per community with a dense scratch row.
        var newOffsets = [Int](repeating: 0, count: k + 1)
        var newNeighbors: [Int] = []
        var newWeights: [Double] = []
        var members = [[Int]](repeating: [], count: k)
        for v in 0..<count { members[community[v]].append(v) }
        var weightTo = [Double](repeating: 0, count: k)
        var touched: [Int] = []
        for c in 0..<k {
            for v in members[c] {
                for e in offsets[v]..<offsets[v + 1] {
                    let d = community[neighbors[e]]
                    guard d != c else { continue }
                    if weightTo[d] == 0 { touched.append(d) }
                    weightTo[d] += weights[e]
                }
            }
            touched.sort()
            for d in touched {
                newNeighbors.append(d)
                newWeights.append(weightTo[d])
                weightTo[d] = 0
            }
            touched.removeAll(keepingCapacity: true)
            newOffsets[c + 1] = newNeighbors.count
        }
        return LouvainLevel(offsets: newOffsets, neighbors: newNeighbors, weights: newWeights, degree: newDegree)
    }
}
