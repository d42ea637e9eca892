import Foundation

extension GuidanceRecommendations {
    /// The needs and the limit read from the query of `GET /api/v1/recommendations`.
    public struct Query: Sendable, Equatable {
        public var needs: Needs
        public var limit: Int

        public init(needs: Needs, limit: Int = GuidanceRecommendations.defaultLimit) {
            (self.needs, self.limit) = (needs, limit)
        }
    }

    /// A query value the API rejects (400 problem+json); the App words it.
    public struct QueryError: Error, Equatable, Sendable {
        public enum Kind: String, Sendable {
            /// A list item that is not a known code (also an empty item, as in "mo,,di").
            case unknownCode
            /// Not one of true, false, 1, 0.
            case notABoolean
            /// Not a whole number in ``GuidanceRecommendations/limitRange``.
            case invalidLimit
            /// Longer than ``GuidanceRecommendations/maximumValueLength`` characters.
            case tooLong
        }

        public var kind: Kind
        /// The query parameter, e.g. "weekdays".
        public var parameter: String
        /// The rejected code or value, cut to 40 characters (empty for ``Kind/tooLong``).
        public var value: String
    }

    /// The query parameters this parser reads; others (such as `area` and `street`) are left to the App.
    public enum QueryParameter: String, CaseIterable, Sendable {
        case interests, languages, stepFree, free, weekdays, timesOfDay, limit
    }

    /// Longer query values are rejected before they are split.
    public static let maximumValueLength = 300

    /// The API's weekday code: the German short name in lower case ("mo", "di", "mi", "do", "fr", "sa", "so").
    public static func apiCode(_ weekday: CalendarWeekday) -> String { weekday.germanShortName.lowercased() }

    public static func weekday(apiCode: String) -> CalendarWeekday? {
        CalendarWeekday.allCases.first { self.apiCode($0) == apiCode }
    }

    /// Reads `interests=a,b&languages=tr&stepFree=true&free=true&weekdays=mo,di&timesOfDay=vormittag,nachmittag&limit=5`.
    ///
    /// Every parameter is optional; an empty value counts as absent. Lists are comma separated, codes are exact
    /// (lower case), repeated codes count once. Interests must be in `knownInterests` (the offer category keys),
    /// languages in `knownLanguages`. Booleans are `true`/`false` (or `1`/`0`); `limit` is 1…20, default 5.
    /// The first bad value is reported, in the order of ``QueryParameter``.
    public static func parseQuery(_ parameters: [String: String], knownInterests: Set<String>,
                                  knownLanguages: Set<String>) -> Result<Query, QueryError> {
        do throws(QueryError) {
            var needs = Needs()
            needs.interests = try list(parameters, .interests) { knownInterests.contains($0) ? $0 : nil }
            needs.languages = try list(parameters, .languages) { knownLanguages.contains($0) ? $0 : nil }
            needs.needsStepFree = try boolean(parameters, .stepFree)
            needs.onlyFree = try boolean(parameters, .free)
            needs.weekdays = Set(try list(parameters, .weekdays) { weekday(apiCode: $0) })
            needs.timesOfDay = Set(try list(parameters, .timesOfDay) { TimeOfDay(apiCode: $0) })
            var limit = defaultLimit
            if let raw = try value(parameters, .limit) {
                guard raw.count <= 2, raw.allSatisfy({ $0.isASCII && $0.isNumber }), let number = Int(raw),
                      limitRange.contains(number) else {
                    throw QueryError(kind: .invalidLimit, parameter: QueryParameter.limit.rawValue, value: String(raw.prefix(40)))
                }
                limit = number
            }
            return .success(Query(needs: needs, limit: limit))
        } catch {
            return .failure(error)
        }
    }

    private static func value(_ parameters: [String: String], _ name: QueryParameter) throws(QueryError) -> String? {
        guard let raw = parameters[name.rawValue], !raw.isEmpty else { return nil }
        guard raw.count <= maximumValueLength else {
            throw QueryError(kind: .tooLong, parameter: name.rawValue, value: "")
        }
        return raw
    }

    private static func list<T: Hashable>(_ parameters: [String: String], _ name: QueryParameter,
                                          _ make: (String) -> T?) throws(QueryError) -> [T] {
        guard let raw = try value(parameters, name) else { return [] }
        var seen = Set<T>()
        var items: [T] = []
        for code in raw.split(separator: ",", omittingEmptySubsequences: false).map(String.init) {
            guard let item = make(code) else {
                throw QueryError(kind: .unknownCode, parameter: name.rawValue, value: String(code.prefix(40)))
            }
            if seen.insert(item).inserted { items.append(item) }
        }
        return items
    }

    private static func boolean(_ parameters: [String: String], _ name: QueryParameter) throws(QueryError) -> Bool {
        switch try value(parameters, name) {
        case nil, "false", "0": return false
        case "true", "1": return true
        case let other?: throw QueryError(kind: .notABoolean, parameter: name.rawValue, value: String(other.prefix(40)))
        }
    }
}
