import Foundation

extension Exchange {
    /// Rules for validity, expiry and status changes of listings.
    public enum Rules {
        /// A listing is valid for 30 days unless its author chooses otherwise.
        public static let defaultValidityDays = 30
        /// Nobody may keep a listing open for longer than this without renewing it.
        public static let maximumValidityDays = 90
        /// A one-off date may lie at most this far ahead.
        public static let maximumDaysAhead = 365

        /// The default "valid until" for a new listing created `today`: 30 days, but not beyond a one-off date.
        public static func defaultValidUntil(today: CalendarDate, timing: Timing) -> CalendarDate {
            let standard = today.adding(days: defaultValidityDays) ?? today
            if let date = timing.date, date < standard, date >= today { return date }
            return standard
        }

        public enum ValidationProblem: Error, Equatable, Sendable {
            case validUntilInPast
            case validUntilTooFar(maximum: CalendarDate)
            case dateInPast
            case dateTooFar(maximum: CalendarDate)
        }

        /// Checks the dates of a new or renewed listing.
        public static func validate(timing: Timing, validUntil: CalendarDate, today: CalendarDate) -> [ValidationProblem] {
            var problems: [ValidationProblem] = []
            let latest = today.adding(days: maximumValidityDays) ?? today
            if validUntil < today { problems.append(.validUntilInPast) }
            if validUntil > latest { problems.append(.validUntilTooFar(maximum: latest)) }
            if let date = timing.date {
                let furthest = today.adding(days: maximumDaysAhead) ?? today
                if date < today { problems.append(.dateInPast) }
                else if date > furthest { problems.append(.dateTooFar(maximum: furthest)) }
            }
            return problems
        }

        /// A one-off listing is pointless after its date, so it ends on that date at the latest.
        public static func clampedValidUntil(_ chosen: CalendarDate, timing: Timing) -> CalendarDate {
            if let date = timing.date, date < chosen { return date }
            return chosen
        }

        /// The status a reader sees: an open listing whose last valid day has passed is expired, whatever is stored.
        public static func effectiveStatus(stored: Status, validUntil: CalendarDate, today: CalendarDate) -> Status {
            if stored == .open, validUntil < today { return .expired }
            return stored
        }

        /// Status changes the author (or the kiosk team for a kiosk listing) may make.
        public static func authorMayChange(from: Status, to: Status) -> Bool {
            switch (from, to) {
            case (.open, .matched), (.open, .done), (.open, .withdrawn): true
            case (.matched, .done), (.matched, .withdrawn), (.matched, .open): true
            default: false
            }
        }
    }
}
