import Foundation

/// The Wegweiser's suggestions (issue 13, point 4): which public offers fit a person's needs, best first.
///
/// The App loads the candidate offers with their upcoming dates, the person's needs and a point to measure from
/// (their street's centre or the Quartier's centre) and calls ``rank(_:needs:origin:now:windowDays:limit:)``.
/// Query values of `GET /api/v1/recommendations` are read by ``parseQuery(_:knownInterests:knownLanguages:)``.
/// Nothing here is worded: reasons and errors are enums that the App turns into German text.
public enum GuidanceRecommendations {
    /// Suggestions need a date within this many days from now.
    public static let defaultWindowDays = 28
    /// How many suggestions the API may return (`limit`), and how many when it is not given.
    public static let limitRange = 1...20
    public static let defaultLimit = 5
    /// An offer without language codes is held in German; a person who lists no language is treated as German.
    public static let defaultLanguage = "de"
    /// An offer at most this far from the origin gets the reason ``Reason/near`` (about 12 minutes' walk).
    public static let nearMeters = 1000.0

    /// Parts of the day with the boundaries of the App's offer filter: before 12:00, 12:00–17:00, from 17:00.
    public enum TimeOfDay: String, CaseIterable, Comparable, Hashable, Sendable {
        case morning, afternoon, evening

        /// Start minutes (since midnight, local time) that belong to this part of the day.
        public var minutes: Range<Int> {
            switch self {
            case .morning: 0..<12 * 60
            case .afternoon: 12 * 60..<17 * 60
            case .evening: 17 * 60..<24 * 60
            }
        }

        /// The part of the day a start time falls into.
        public init(minuteOfDay: Int) {
            self = minuteOfDay < 12 * 60 ? .morning : minuteOfDay < 17 * 60 ? .afternoon : .evening
        }

        /// The API's code: "vormittag", "nachmittag", "abend" (as in the offer filter's `tageszeit`).
        public var apiCode: String {
            switch self {
            case .morning: "vormittag"
            case .afternoon: "nachmittag"
            case .evening: "abend"
            }
        }

        public init?(apiCode: String) {
            guard let match = Self.allCases.first(where: { $0.apiCode == apiCode }) else { return nil }
            self = match
        }

        public static func < (a: TimeOfDay, b: TimeOfDay) -> Bool { a.minutes.lowerBound < b.minutes.lowerBound }
    }

    /// One upcoming date of an offer: the instant it starts and its local (Europe/Berlin) weekday and start minute.
    public struct Occurrence: Hashable, Sendable {
        public var start: Date
        public var weekday: CalendarWeekday
        /// Minutes since local midnight, 0…1439.
        public var minuteOfDay: Int

        public init(start: Date, weekday: CalendarWeekday, minuteOfDay: Int) {
            (self.start, self.weekday, self.minuteOfDay) = (start, weekday, minuteOfDay)
        }

        /// From a computed schedule date (cancelled dates should be left out by the caller).
        public init(_ occurrence: ScheduleOccurrence) {
            self.init(start: occurrence.start, weekday: occurrence.date.weekday,
                      minuteOfDay: occurrence.startTime.minutesSinceMidnight)
        }

        public var timeOfDay: TimeOfDay { TimeOfDay(minuteOfDay: minuteOfDay) }
    }

    /// A candidate: a public offer (or a Börse offer of company) with what the ranking needs to know.
    public struct Offer: Sendable, Equatable {
        public var id: String
        public var title: String
        /// The offer's category key (e.g. "treffpunkt").
        public var category: String
        /// Language codes the offer is held in; empty means German.
        public var languages: [String]
        public var stepFree: Bool
        public var freeOfCharge: Bool
        /// Where it takes place; nil when it has no place (such offers come after those with one).
        public var location: GeoPoint?
        /// Upcoming dates, in any order; past ones and ones beyond the window are ignored.
        public var occurrences: [Occurrence]

        public init(id: String, title: String, category: String, languages: [String], stepFree: Bool,
                    freeOfCharge: Bool, location: GeoPoint?, occurrences: [Occurrence]) {
            (self.id, self.title, self.category, self.languages) = (id, title, category, languages)
            (self.stepFree, self.freeOfCharge, self.location, self.occurrences) = (stepFree, freeOfCharge, location, occurrences)
        }

        /// The languages the offer is held in, with German for an offer that names none.
        public var effectiveLanguages: [String] { languages.isEmpty ? [GuidanceRecommendations.defaultLanguage] : languages }
    }

    /// What the person told the guide. Empty sets mean "no preference" (any weekday, any time, all interests fit).
    public struct Needs: Sendable, Equatable {
        /// Offer category keys, in the order the person named them.
        public var interests: [String]
        /// Language codes, most preferred first; empty means German.
        public var languages: [String]
        public var needsStepFree: Bool
        public var onlyFree: Bool
        public var weekdays: Set<CalendarWeekday>
        public var timesOfDay: Set<TimeOfDay>

        public init(interests: [String] = [], languages: [String] = [], needsStepFree: Bool = false,
                    onlyFree: Bool = false, weekdays: Set<CalendarWeekday> = [], timesOfDay: Set<TimeOfDay> = []) {
            (self.interests, self.languages, self.weekdays, self.timesOfDay) = (interests, languages, weekdays, timesOfDay)
            (self.needsStepFree, self.onlyFree) = (needsStepFree, onlyFree)
        }

        /// The person's languages, German when they listed none.
        public var effectiveLanguages: [String] { languages.isEmpty ? [GuidanceRecommendations.defaultLanguage] : languages }

        /// Whether a date suits the person's weekdays and times of day.
        public func suits(_ occurrence: Occurrence) -> Bool {
            (weekdays.isEmpty || weekdays.contains(occurrence.weekday))
                && (timesOfDay.isEmpty || timesOfDay.contains(occurrence.timeOfDay))
        }
    }

    /// Why an offer is suggested; the App words them ("passt zu Ihrem Interesse Spiele", "auf Türkisch", …).
    /// Only needs the person stated give a reason, so a person who named no language gets no language reason.
    public enum Reason: Hashable, Sendable {
        /// The offer's category is one of the person's interests.
        case interest(String)
        /// The offer is held in this language of the person (one reason per shared language, the person's order).
        case language(String)
        /// The person needs step-free access and the place has it.
        case stepFree
        /// The person asked for free offers and this one is free.
        case free
        /// The place is at most ``nearMeters`` from the origin.
        case near
        /// The person named weekdays or times of day and the next date fits them.
        case dateFits
    }

    /// One suggestion.
    public struct Recommendation: Sendable, Equatable {
        public var offerID: String
        public var title: String
        /// Great-circle distance from the origin, rounded to whole metres; nil for an offer without a place.
        public var distanceMeters: Int?
        /// The soonest date in the window that suits the person.
        public var nextOccurrence: Occurrence
        public var reasons: [Reason]

        public init(offerID: String, title: String, distanceMeters: Int?, nextOccurrence: Occurrence, reasons: [Reason]) {
            (self.offerID, self.title, self.distanceMeters) = (offerID, title, distanceMeters)
            (self.nextOccurrence, self.reasons) = (nextOccurrence, reasons)
        }
    }
}
