import Foundation

extension Exchange {
    /// How near a listing is to a Quartier. A listing is shown in its own Quartier, the neighbouring Quartiere and
    /// the other Quartiere of its Stadtbezirk; beyond that it is not "nearby".
    public enum Proximity: Int, Comparable, Sendable {
        case sameQuartier = 0
        case neighbour = 1
        case sameDistrict = 2

        public static func < (a: Proximity, b: Proximity) -> Bool { a.rawValue < b.rawValue }
    }

    /// What matching needs to know about a listing.
    public struct MatchCandidate: Equatable, Sendable {
        public var id: Int
        public var kind: Kind
        public var category: Category
        public var timing: Timing
        public var areaID: Int
        /// Seconds since 1970.
        public var createdAt: Double
        public var status: Status
        public var validUntil: CalendarDate
        /// Identifies who is behind the listing (an account, or the kiosk visitor); nil if unknown.
        public var ownerKey: String?

        public init(id: Int, kind: Kind, category: Category, timing: Timing, areaID: Int, createdAt: Double,
                    status: Status, validUntil: CalendarDate, ownerKey: String? = nil) {
            self.id = id
            self.kind = kind
            self.category = category
            self.timing = timing
            self.areaID = areaID
            self.createdAt = createdAt
            self.status = status
            self.validUntil = validUntil
            self.ownerKey = ownerKey
        }
    }

    public struct Suggestion: Equatable, Sendable {
        public var id: Int
        public var proximity: Proximity
        public var timingFit: Matching.TimingFit
    }

    /// Suggests fitting counterparts (Suche ↔ Biete) for a listing: nearby, same category, compatible timing.
    public enum Matching {
        /// Two one-off dates at most this many days apart still fit.
        public static let dateWindowDays = 3

        public enum TimingFit: Int, Comparable, Sendable {
            case exact = 0
            case compatible = 1
            public static func < (a: TimingFit, b: TimingFit) -> Bool { a.rawValue < b.rawValue }
        }

        /// nil when the timings do not fit (two one-off dates too far apart).
        public static func timingFit(_ a: Timing, _ b: Timing) -> TimingFit? {
            switch (a, b) {
            case let (.once(x), .once(y)):
                let gap = abs(x.dayNumber - y.dayNumber)
                if gap == 0 { return .exact }
                return gap <= dateWindowDays ? .compatible : nil
            case (.regular, .regular), (.flexible, .flexible): return .exact
            default: return .compatible
            }
        }

        /// The best counterparts first: nearer, better timing, newer. `proximity` says how near an area is to the
        /// target's area (nil: not nearby). Candidates that are not open on `today`, of the same kind, another
        /// category, by the same owner, or with a one-off date already past are left out.
        public static func suggestions(for target: MatchCandidate, among candidates: [MatchCandidate],
                                       proximity: (Int) -> Proximity?, today: CalendarDate,
                                       limit: Int = 5) -> [Suggestion] {
            guard limit > 0 else { return [] }
            var scored: [(Suggestion, Double)] = []
            scored.reserveCapacity(candidates.count)
            for c in candidates {
                guard c.id != target.id, c.kind == target.kind.counterpart, c.category == target.category,
                      Rules.effectiveStatus(stored: c.status, validUntil: c.validUntil, today: today) == .open,
                      target.ownerKey == nil || c.ownerKey != target.ownerKey,
                      let near = proximity(c.areaID),
                      let fit = timingFit(target.timing, c.timing)
                else { continue }
                if let date = c.timing.date, date < today { continue }
                scored.append((Suggestion(id: c.id, proximity: near, timingFit: fit), c.createdAt))
            }
            scored.sort { a, b in
                if a.0.proximity != b.0.proximity { return a.0.proximity < b.0.proximity }
                if a.0.timingFit != b.0.timingFit { return a.0.timingFit < b.0.timingFit }
                if a.1 != b.1 { return a.1 > b.1 }
                return a.0.id < b.0.id
            }
            return scored.prefix(limit).map(\.0)
        }
    }
}
