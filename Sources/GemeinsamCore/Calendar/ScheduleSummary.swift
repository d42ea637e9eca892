import Foundation

/// What a schedule's description says, as data: its rhythm, its times, and — from a point in time on — its next
/// date. `GermanCalendarText` words it in German; the app words it in other languages from its catalogs, so the
/// decisions (which rhythm, which date is next, which dates before it fall out) are made once, here.
public struct ScheduleSummary: Sendable, Equatable {
    public enum Rhythm: Sendable, Equatable {
        case once(CalendarDate)
        case daily
        /// Monday to Friday.
        case workdays
        /// Every week on these days (sorted).
        case weekly([CalendarWeekday])
        /// Every `weeks` weeks (≥ 2) on these days.
        case everyWeeks(Int, [CalendarWeekday])
        /// The `ordinal`-th (1…5, or −1 for the last) weekday of every month.
        case monthly(ordinal: Int, CalendarWeekday)
    }

    public enum Next: Sendable, Equatable {
        /// A single date that is cancelled.
        case onceCancelled
        /// A single date (nothing more to say).
        case onceAsPlanned
        case noMoreDates
        /// A date is under way until this time.
        case running(until: CalendarTime)
        /// The next date, and the cancelled dates just before it.
        case next(CalendarDate, cancelledBefore: [CalendarDate])
    }

    public let rhythm: Rhythm
    public let start: CalendarTime
    public let end: CalendarTime

    public init(_ schedule: Schedule) {
        start = schedule.startTime
        end = schedule.endTime
        switch schedule.kind {
        case let .once(date):
            rhythm = .once(date)
        case let .weekly(weekdays, intervalWeeks):
            let days = weekdays.sorted()
            if intervalWeeks != 1 {
                rhythm = .everyWeeks(intervalWeeks, days)
            } else if days.count == 7 {
                rhythm = .daily
            } else if days == [.monday, .tuesday, .wednesday, .thursday, .friday] {
                rhythm = .workdays
            } else {
                rhythm = .weekly(days)
            }
        case let .monthly(ordinal, weekday):
            rhythm = .monthly(ordinal: ordinal, weekday)
        }
    }

    /// The schedule's state at `now`.
    public static func next(_ schedule: Schedule, at now: Date) -> Next {
        if case .once = schedule.kind {
            return schedule.cancelledDates.contains(schedule.firstDate) ? .onceCancelled : .onceAsPlanned
        }
        let upcoming = schedule.upcomingOccurrences(at: now, limit: 8, includeCancelled: true)
        guard let next = upcoming.first(where: { !$0.isCancelled }) else { return .noMoreDates }
        if next.start <= now { return .running(until: next.endTime) }
        return .next(next.date, cancelledBefore: upcoming.prefix { $0.isCancelled }.map(\.date))
    }
}
