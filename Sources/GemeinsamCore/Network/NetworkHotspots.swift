extension Network {
    /// Counts for one area (Quartier, statistischer Bezirk …).
    public struct AreaCounts: Sendable, Equatable {
        public var id: String
        public var areaKm2: Double
        public var actorCount: Int
        /// Ties with both actors in this area.
        public var internalTieCount: Int

        public init(id: String, areaKm2: Double, actorCount: Int, internalTieCount: Int) {
            self.id = id
            self.areaKm2 = areaKm2
            self.actorCount = actorCount
            self.internalTieCount = internalTieCount
        }
    }

    /// An area ranked by its density of actors and internal ties.
    public struct Hotspot: Sendable, Equatable {
        public let id: String
        public let areaKm2: Double
        public let actorCount: Int
        public let internalTieCount: Int
        public let actorsPerKm2: Double
        public let tiesPerKm2: Double
        /// `(actors + internal ties) / km²`, the ranking key.
        public let densityPerKm2: Double
    }

    /// Ranks areas by `(actors + internal ties) / km²`, highest first (ties broken by more actors, then by id).
    /// Areas without a positive, finite area are left out, since no density can be given for them.
    public static func hotspots(_ areas: [AreaCounts]) -> [Hotspot] {
        areas
            .filter { $0.areaKm2.isFinite && $0.areaKm2 > 0 }
            .map { a in
                Hotspot(id: a.id, areaKm2: a.areaKm2, actorCount: a.actorCount, internalTieCount: a.internalTieCount,
                        actorsPerKm2: Double(a.actorCount) / a.areaKm2,
                        tiesPerKm2: Double(a.internalTieCount) / a.areaKm2,
                        densityPerKm2: Double(a.actorCount + a.internalTieCount) / a.areaKm2)
            }
            .sorted { x, y in
                if x.densityPerKm2 != y.densityPerKm2 { return x.densityPerKm2 > y.densityPerKm2 }
                if x.actorCount != y.actorCount { return x.actorCount > y.actorCount }
                return x.id < y.id
            }
    }

    /// Counts actors and internal ties per area from the graph. `areaOf` maps actor ids to area ids (actors
    /// without an area are not counted); an internal tie is a distinct pair of tied actors in the same area.
    /// Every area in `areaKm2` appears, also with zero counts; the result is sorted by area id.
    public static func areaCounts(_ graph: Graph, areaOf: [String: String], areaKm2: [String: Double]) -> [AreaCounts] {
        var actors: [String: Int] = [:]
        var ties: [String: Int] = [:]
        let nodeArea = graph.ids.map { areaOf[$0] }
        for area in nodeArea.compactMap({ $0 }) { actors[area, default: 0] += 1 }
        for (u, v, _) in graph.edges {
            if let a = nodeArea[u], a == nodeArea[v] { ties[a, default: 0] += 1 }
        }
        return areaKm2.keys.sorted().map { id in
            AreaCounts(id: id, areaKm2: areaKm2[id] ?? 0, actorCount: actors[id] ?? 0,
                       internalTieCount: ties[id] ?? 0)
        }
    }
}
