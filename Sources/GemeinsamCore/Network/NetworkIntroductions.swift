import Foundation

extension Network {
    /// What an actor works on and where it is, for suggesting introductions.
    public struct ActorProfile: Sendable, Equatable {
        public var id: String
        public var topics: Set<String>
        public var coordinate: GeoPoint?
        /// Area id (e.g. the Quartier); used when a coordinate is missing.
        public var area: String?

        public init(id: String, topics: Set<String>, coordinate: GeoPoint? = nil, area: String? = nil) {
            self.id = id
            self.topics = topics
            self.coordinate = coordinate
            self.area = area
        }
    }

    public struct IntroductionOptions: Sendable, Equatable {
        /// Pairs with coordinates must be at most this far apart.
        public var maxDistanceKm: Double
        /// Areas next to each other (looked up in both directions).
        public var neighbouringAreas: [String: Set<String>]
        public var minimumSharedTopics: Int
        public var limit: Int

        public init(maxDistanceKm: Double = 2, neighbouringAreas: [String: Set<String>] = [:],
                    minimumSharedTopics: Int = 1, limit: Int = 20) {
            self.maxDistanceKm = maxDistanceKm
            self.neighbouringAreas = neighbouringAreas
            self.minimumSharedTopics = minimumSharedTopics
            self.limit = limit
        }
    }

    /// How close two actors are.
    public enum Nearness: Sendable, Equatable {
        case distanceKm(Double)
        case sameArea
        case neighbouringArea
    }

    /// "Akteure, die sich kennenlernen sollten": two untied actors with shared topics close to each other.
    public struct Introduction: Sendable, Equatable {
        /// The two actor ids, `first < second`.
        public let first: String
        public let second: String
        public let sharedTopics: [String]
        public let nearness: Nearness
        /// They are in different parts of the network (or one has no ties yet).
        public let bridgesParts: Bool
        public let score: Double
        /// German explanation, e.g. "beide arbeiten zu Nachbarschaft und Senior*innen, 1,2 km entfernt, noch
        /// nicht verbunden".
        public let reason: String
    }

    /// Suggests introductions. A pair qualifies when the two are not tied in `graph`, share at least
    /// `minimumSharedTopics` topics and are near: within `maxDistanceKm` if both have coordinates, otherwise in
    /// the same or neighbouring areas. Score: shared topics + nearness (1 at distance 0 falling linearly to 0 at
    /// the maximum; same area 1; neighbouring area 0.5) + 0.5 if the pair would join separate parts of the
    /// network. Highest score first, then by ids; at most `limit` results.
    public static func introductions(_ graph: Graph, profiles: [ActorProfile],
                                     options: IntroductionOptions = IntroductionOptions()) -> [Introduction] {
        var seen = Set<String>()
        let actors = profiles.filter { seen.insert($0.id).inserted }
        let components = Network.components(graph)
        let nodeIndex = actors.map { graph.index(of: $0.id) }

        var byTopic: [String: [Int]] = [:]
        for (i, actor) in actors.enumerated() {
            for topic in actor.topics { byTopic[topic, default: []].append(i) }
        }
        var shared = [Int](repeating: 0, count: actors.count)
        var touched: [Int] = []
        var result: [Introduction] = []
        for i in actors.indices {
            for topic in actors[i].topics {
                for j in byTopic[topic] ?? [] where j > i {
                    if shared[j] == 0 { touched.append(j) }
                    shared[j] += 1
                }
            }
            for j in touched {
                defer { shared[j] = 0 }
                guard shared[j] >= max(options.minimumSharedTopics, 1) else { continue }
                if let u = nodeIndex[i], let v = nodeIndex[j], graph.hasEdge(u, v) { continue }
                guard let nearness = nearness(actors[i], actors[j], options: options) else { continue }
                let bridges: Bool
                if let u = nodeIndex[i], let v = nodeIndex[j] {
                    bridges = components.componentOf[u] != components.componentOf[v]
                } else {
                    bridges = true
                }
                let topics = actors[i].topics.intersection(actors[j].topics).sorted(by: topicOrder)
                let (first, second) = actors[i].id < actors[j].id ? (actors[i].id, actors[j].id)
                                                                  : (actors[j].id, actors[i].id)
                let closeness: Double
                switch nearness {
                case .distanceKm(let d): closeness = options.maxDistanceKm > 0 ? 1 - d / options.maxDistanceKm : 1
                case .sameArea: closeness = 1
                case .neighbouringArea: closeness = 0.5
                }
                result.append(Introduction(
                    first: first, second: second, sharedTopics: topics, nearness: nearness, bridgesParts: bridges,
                    score: Double(topics.count) + closeness + (bridges ? 0.5 : 0),
                    reason: introductionReason(topics: topics, nearness: nearness, bridges: bridges)))
            }
            touched.removeAll(keepingCapacity: true)
        }
        result.sort { a, b in
            if a.score != b.score { return a.score > b.score }
            if a.first != b.first { return a.first < b.first }
            return a.second < b.second
        }
        return Array(result.prefix(max(options.limit, 0)))
    }

    private static func nearness(_ a: ActorProfile, _ b: ActorProfile, options: IntroductionOptions) -> Nearness? {
        if let p = a.coordinate, let q = b.coordinate {
            let d = distanceKm(p, q)
            return d <= options.maxDistanceKm ? .distanceKm(d) : nil
        }
        guard let x = a.area, let y = b.area else { return nil }
        if x == y { return .sameArea }
        if options.neighbouringAreas[x]?.contains(y) == true || options.neighbouringAreas[y]?.contains(x) == true {
            return .neighbouringArea
        }
        return nil
    }

    private static func topicOrder(_ a: String, _ b: String) -> Bool {
        let la = a.lowercased(), lb = b.lowercased()
        return la != lb ? la < lb : a < b
    }

    private static func introductionReason(topics: [String], nearness: Nearness, bridges: Bool) -> String {
        var parts = ["beide arbeiten zu " + germanList(topics)]
        switch nearness {
        case .distanceKm(let d): parts.append(formatKm(d) + " entfernt")
        case .sameArea: parts.append("im selben Quartier")
        case .neighbouringArea: parts.append("in benachbarten Quartieren")
        }
        parts.append("noch nicht verbunden")
        let text = parts.joined(separator: ", ")
        return bridges ? text + " – würde getrennte Teile des Netzes verbinden" : text
    }

    /// "A", "A und B", "A, B und C".
    static func germanList(_ items: [String]) -> String {
        guard let last = items.last else { return "" }
        return items.count == 1 ? last : items.dropLast().joined(separator: ", ") + " und " + last
    }

    /// One decimal with a comma: "1,2 km"; distances that round to zero read "unter 0,1 km".
    static func formatKm(_ km: Double) -> String {
        let tenths = Int((km * 10).rounded())
        if tenths == 0 { return "unter 0,1 km" }
        return "\(tenths / 10),\(tenths % 10) km"
    }

    static func distanceKm(_ a: GeoPoint, _ b: GeoPoint) -> Double { a.greatCircleDistance(to: b) / 1000 }
}
