extension Network {
    /// A compact undirected, weighted graph in compressed-sparse-row form.
    ///
    /// Building rules (deliberate choices, shared by the CLI):
    /// - Node indices follow the sorted ids, and every adjacency list is sorted, so the same set of ties gives the
    ///   same graph (and the same results) in whatever order the rows came.
    /// - `A–B` and `B–A` are the same edge; repeated edges are merged and their weights added, so the weight counts
    ///   the ties. The number of merged rows is reported in ``warnings``.
    /// - Self-loops are skipped (the actor still becomes a node) and counted in ``warnings``.
    /// - Edges whose weight is not a positive finite number are skipped and counted in ``warnings``.
    public struct Graph: Sendable {
        /// Node ids, sorted ascending; node `i` is `ids[i]`.
        public let ids: [String]
        /// `offsets[v]..<offsets[v + 1]` are the positions of `v`'s neighbours in ``neighbors``; `count == n + 1`.
        public let offsets: [Int]
        /// Neighbour indices, each list sorted ascending. Every edge appears twice (once from each end).
        public let neighbors: [Int32]
        /// Edge weights, parallel to ``neighbors``.
        public let weights: [Double]
        /// Number of distinct undirected edges.
        public let edgeCount: Int
        /// Sum of all edge weights (each edge counted once).
        public let totalWeight: Double
        /// German notes about skipped or merged input.
        public let warnings: [String]

        public var nodeCount: Int { ids.count }

        /// Builds the graph from `edges`; `nodes` adds actors that may have no ties (duplicates are fine).
        public init(nodes: [String] = [], edges: [Edge]) {
            var tempIndex: [String: Int] = [:]
            tempIndex.reserveCapacity(nodes.count + edges.count / 2)
            var names: [String] = []
            func intern(_ id: String) -> Int {
                if let i = tempIndex[id] { return i }
                let i = names.count
                tempIndex[id] = i
                names.append(id)
                return i
            }
            for id in nodes { _ = intern(id) }
            var pairs: [(Int, Int, Double)] = []
            pairs.reserveCapacity(edges.count)
            var selfLoops = 0
            var badWeights = 0
            for e in edges {
                let a = intern(e.source)
                let b = intern(e.target)
                if a == b { selfLoops += 1; continue }
                guard e.weight.isFinite, e.weight > 0 else { badWeights += 1; continue }
                pairs.append((a, b, e.weight))
            }
            tempIndex = [:]

            // Sorted ids define the final indices.
            let order = names.indices.sorted { names[$0] < names[$1] }
            var rank = [Int](repeating: 0, count: names.count)
            for (final, temp) in order.enumerated() { rank[temp] = final }
            let sortedIds = order.map { names[$0] }

            var keyed: [(key: UInt64, weight: Double)] = pairs.map { p in
                let a = UInt64(rank[p.0]), b = UInt64(rank[p.1])
                return (a < b ? (a << 32) | b : (b << 32) | a, p.2)
            }
            pairs = []
            keyed.sort { $0.key < $1.key }

            var uniqueKeys: [UInt64] = []
            var uniqueWeights: [Double] = []
            uniqueKeys.reserveCapacity(keyed.count)
            uniqueWeights.reserveCapacity(keyed.count)
            for (key, weight) in keyed {
                if let last = uniqueKeys.last, last == key {
                    uniqueWeights[uniqueWeights.count - 1] += weight
                } else {
                    uniqueKeys.append(key)
                    uniqueWeights.append(weight)
                }
            }
            let duplicates = keyed.count - uniqueKeys.count
            keyed = []

            self.init(sortedIds: sortedIds, sortedEdgeKeys: uniqueKeys, edgeWeights: uniqueWeights,
                      warnings: Graph.buildWarnings(selfLoops: selfLoops, duplicates: duplicates, badWeights: badWeights))
        }

        /// `keys` are `(low << 32) | high` with `low < high`, sorted ascending and unique.
        private init(sortedIds: [String], sortedEdgeKeys keys: [UInt64], edgeWeights: [Double], warnings: [String]) {
            let n = sortedIds.count
            var degree = [Int](repeating: 0, count: n)
            for key in keys {
                degree[Int(key >> 32)] += 1
                degree[Int(key & 0xFFFF_FFFF)] += 1
            }
            var offsets = [Int](repeating: 0, count: n + 1)
            for v in 0..<n { offsets[v + 1] = offsets[v] + degree[v] }
            var cursor = Array(offsets.dropLast())
            var neighbors = [Int32](repeating: 0, count: offsets[n])
            var weights = [Double](repeating: 0, count: offsets[n])
            var total = 0.0
            // Keys are sorted by (low, high), so filling in this order leaves every adjacency list sorted:
            // a node first receives its lower neighbours (as `high`), then its higher ones (as `low`).
            for (i, key) in keys.enumerated() {
                let a = Int(key >> 32), b = Int(key & 0xFFFF_FFFF)
                let w = edgeWeights[i]
                neighbors[cursor[a]] = Int32(b); weights[cursor[a]] = w; cursor[a] += 1
                neighbors[cursor[b]] = Int32(a); weights[cursor[b]] = w; cursor[b] += 1
                total += w
            }
            self.ids = sortedIds
            self.offsets = offsets
            self.neighbors = neighbors
            self.weights = weights
            self.edgeCount = keys.count
            self.totalWeight = total
            self.warnings = warnings
        }

        /// The index of `id`, or `nil` if it is not a node (binary search over the sorted ids).
        public func index(of id: String) -> Int? {
            var lo = 0, hi = ids.count
            while lo < hi {
                let mid = (lo + hi) / 2
                if ids[mid] < id { lo = mid + 1 } else { hi = mid }
            }
            return lo < ids.count && ids[lo] == id ? lo : nil
        }

        /// Positions of `v`'s neighbours in ``neighbors`` and ``weights``.
        public func neighborRange(_ v: Int) -> Range<Int> { offsets[v]..<offsets[v + 1] }

        /// Number of distinct neighbours of `v`.
        public func degree(_ v: Int) -> Int { offsets[v + 1] - offsets[v] }

        /// Whether `u` and `v` are tied (binary search in `u`'s sorted list).
        public func hasEdge(_ u: Int, _ v: Int) -> Bool {
            var lo = offsets[u], hi = offsets[u + 1]
            let target = Int32(v)
            while lo < hi {
                let mid = (lo + hi) / 2
                if neighbors[mid] < target { lo = mid + 1 } else { hi = mid }
            }
            return lo < offsets[u + 1] && neighbors[lo] == target
        }

        /// Each undirected edge once, as `(u, v, weight)` with `u < v`, in index order.
        public var edges: [(u: Int, v: Int, weight: Double)] {
            var result: [(u: Int, v: Int, weight: Double)] = []
            result.reserveCapacity(edgeCount)
            for u in 0..<nodeCount {
                for e in neighborRange(u) where Int(neighbors[e]) > u {
                    result.append((u, Int(neighbors[e]), weights[e]))
                }
            }
            return result
        }

        private static func buildWarnings(selfLoops: Int, duplicates: Int, badWeights: Int) -> [String] {
            var result: [String] = []
            if selfLoops > 0 {
                result.append(selfLoops == 1
                    ? "1 Verbindung eines Akteurs mit sich selbst wurde übersprungen."
                    : "\(selfLoops) Verbindungen von Akteuren mit sich selbst wurden übersprungen.")
            }
            if duplicates > 0 {
                result.append(duplicates == 1
                    ? "1 doppelte Verbindung wurde zusammengefasst (Gewichte addiert)."
                    : "\(duplicates) doppelte Verbindungen wurden zusammengefasst (Gewichte addiert).")
            }
            if badWeights > 0 {
                result.append(badWeights == 1
                    ? "1 Verbindung ohne positives Gewicht wurde übersprungen."
                    : "\(badWeights) Verbindungen ohne positives Gewicht wurden übersprungen.")
            }
            return result
        }
    }
}
