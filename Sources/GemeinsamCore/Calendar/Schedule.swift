/// When an offer takes place: once, weekly (every n weeks) or monthly on the n-th / last weekday,
/// between `firstDate` and `lastDate` (both inclusive; no `lastDate` = open-ended), from `startTime`
/// to `endTime` wall-clock time in Europe/Berlin, except on `cancelledDates`.
///
/// A `Schedule` is always valid: the initialiser checks every rule and throws a `ScheduleError`
/// with a German message. Codable (see `Schedule+Codable.swift`); decoding validates too.
public struct Schedule: Hashable, Sendable {
    public enum Kind: Hashable, Sendable {
        /// A single date; `firstDate` and `lastDate` equal it.
        case once(CalendarDate)
        /// On each of `weekdays` in every `intervalWeeks`-th week, counted in ISO weeks (Monday first)
        /// from the week that contains `firstDate` (RFC 5545 FREQ=WEEKLY;INTERVAL=n;WKST=MO).
        case weekly(weekdays: Set<CalendarWeekday>, intervalWeeks: Int)
        /// On the `ordinal`-th (1...5) or last (-1) `weekday` of each month. Months without a
        /// fifth such weekday are skipped (RFC 5545 FREQ=MONTHLY;BYDAY=5TU).
        case monthly(ordinal: Int, weekday: CalendarWeekday)
    }

    /// Dates the engine accepts; the Europe/Berlin rule it implements is valid from 1996 on.
    public static let supportedYears = 1996...2999

    public let kind: Kind
    public let firstDate: CalendarDate
    public let lastDate: CalendarDate?
    public let startTime: CalendarTime
    public let endTime: CalendarTime
    public let cancelledDates: Set<CalendarDate>

    public init(
        kind: Kind,
        firstDate: CalendarDate,
        lastDate: CalendarDate? = nil,
        startTime: CalendarTime,
        endTime: CalendarTime,
        cancelledDates: Set<CalendarDate> = []
    ) throws(ScheduleError) {
        if endTime < startTime { throw .endBeforeStart }
        if endTime == startTime { throw .endEqualsStart }
        for date in [firstDate, lastDate].compactMap({ $0 }) where !Self.supportedYears.contains(date.year) {
            throw .yearOutOfRange(date.year)
        }
        if let lastDate, lastDate < firstDate { throw .lastDateBeforeFirstDate }
        switch kind {
        case let .once(date):
            if date != firstDate || (lastDate != nil && lastDate != date) { throw .onceDateMismatch }
        case let .weekly(weekdays, intervalWeeks):
            if weekdays.isEmpty { throw .noWeekdays }
            if !(1...52).contains(intervalWeeks) { throw .intervalOutOfRange(intervalWeeks) }
        case let .monthly(ordinal, _):
            if !(1...5).contains(ordinal) && ordinal != -1 { throw .ordinalOutOfRange(ordinal) }
        }
        self.kind = kind
        self.firstDate = firstDate
        self.lastDate = kind.isOnce ? firstDate : lastDate
        self.startTime = startTime
        self.endTime = endTime
        self.cancelledDates = cancelledDates
        if firstOccurrenceDate == nil { throw .noOccurrence }
    }

    /// A one-off date.
    public static func once(
        on date: CalendarDate, from startTime: CalendarTime, to endTime: CalendarTime, cancelled: Bool = false
    ) throws(ScheduleError) -> Schedule {
        try Schedule(kind: .once(date), firstDate: date, lastDate: date, startTime: startTime, endTime: endTime,
                     cancelledDates: cancelled ? [date] : [])
    }

    /// Every `intervalWeeks` weeks on `weekdays`.
    public static func weekly(
        on weekdays: Set<CalendarWeekday>, everyWeeks intervalWeeks: Int = 1,
        from startTime: CalendarTime, to endTime: CalendarTime,
        firstDate: CalendarDate, lastDate: CalendarDate? = nil, cancelledDates: Set<CalendarDate> = []
    ) throws(ScheduleError) -> Schedule {
        try Schedule(kind: .weekly(weekdays: weekdays, intervalWeeks: intervalWeeks), firstDate: firstDate,
                     lastDate: lastDate, startTime: startTime, endTime: endTime, cancelledDates: cancelledDates)
    }

    /// On the `ordinal`-th (1...5) or last (-1) `weekday` of every month.
    public static func monthly(
        ordinal: Int, weekday: CalendarWeekday,
        from startTime: CalendarTime, to endTime: CalendarTime,
        firstDate: CalendarDate, lastDate: CalendarDate? = nil, cancelledDates: Set<CalendarDate> = []
    ) throws(ScheduleError) -> Schedule {
        try Schedule(kind: .monthly(ordinal: ordinal, weekday: weekday), firstDate: firstDate,
                     lastDate: lastDate, startTime: startTime, endTime: endTime, cancelledDates: cancelledDates)
    }

    /// Length in minutes as written (end minus start wall-clock time).
    public var durationMinutes: Int { endTime.minutesSinceMidnight - startTime.minutesSinceMidnight }
}

extension Schedule.Kind {
    var isOnce: Bool {
        if case .once = self { return true }
        return false
    }
}
