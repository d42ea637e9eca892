import Foundation

/// One date of a schedule ("Termin").
///
/// `startTime`/`endTime` are the wall-clock times as scheduled; `start`/`end` are the instants in
/// Europe/Berlin (see `EuropeBerlinTime` for times that fall into the clock changes). Both ends are
/// wall-clock times, like Python's dateutil and most calendar apps compute them, so a night event
/// 01:30–04:00 lasts 1½ hours on the spring night and 3½ hours on the autumn night. (RFC 5545 would
/// keep the exact length of the first instance instead; this only matters for events spanning
/// 02:00–03:00 on those two nights.) If the start falls into the spring gap and the end would not be
/// after it, `end` is `start` plus the scheduled length.
public struct ScheduleOccurrence: Hashable, Sendable {
    public let date: CalendarDate
    public let startTime: CalendarTime
    public let endTime: CalendarTime
    public let start: Date
    public let end: Date
    /// True for a date in the schedule's `cancelledDates` (only returned when asked for).
    public let isCancelled: Bool

    public init(date: CalendarDate, startTime: CalendarTime, endTime: CalendarTime, start: Date, end: Date, isCancelled: Bool) {
        self.date = date
        self.startTime = startTime
        self.endTime = endTime
        self.start = start
        self.end = end
        self.isCancelled = isCancelled
    }

    /// Scheduled local start, e.g. 2026-12-01T14:00.
    public var localStart: CalendarDateTime { CalendarDateTime(date: date, time: startTime) }

    /// Scheduled local end, e.g. 2026-12-01T16:00.
    public var localEnd: CalendarDateTime { CalendarDateTime(date: date, time: endTime) }
}
