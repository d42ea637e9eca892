/// A wall-clock date and time without time zone ("2026-12-01T14:00").
public struct CalendarDateTime: Hashable, Comparable, Sendable, CustomStringConvertible {
    public let date: CalendarDate
    public let time: CalendarTime

    public init(date: CalendarDate, time: CalendarTime) {
        self.date = date
        self.time = time
    }

    /// "2026-12-01T14:00:00" (ISO 8601 local time, as used by the ICS check files).
    public var iso: String { "\(date.iso)T\(time.text):00" }

    public var description: String { iso }

    public static func < (lhs: CalendarDateTime, rhs: CalendarDateTime) -> Bool {
        (lhs.date, lhs.time) < (rhs.date, rhs.time)
    }
}
