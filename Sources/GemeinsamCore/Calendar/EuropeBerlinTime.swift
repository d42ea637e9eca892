import Foundation

/// Local time in Europe/Berlin, computed from the EU daylight-saving rule instead of the system's
/// time zone database (which may be missing in containers, and is slow to query per occurrence).
///
/// Rule (EU directive 2000/84/EC, in force for Germany since 1996): CET = UTC+1; CEST = UTC+2 from the
/// last Sunday of March 01:00 UTC to the last Sunday of October 01:00 UTC. Earlier years are computed
/// with the same rule, which is not historically exact.
///
/// Wall-clock times that do not map to exactly one instant are resolved like RFC 5545 (section 3.3.5)
/// and Python's `zoneinfo` with `fold=0`:
/// - spring forward (02:00–02:59 does not exist): the offset before the gap (UTC+1) is used,
///   so 02:30 becomes 03:30 CEST;
/// - fall back (02:00–02:59 happens twice): the first one (CEST, UTC+2) is used.
public enum EuropeBerlinTime {
    public static let identifier = "Europe/Berlin"

    /// The two instants of change in `year`: start of summer time and start of winter time.
    public static func transitions(year: Int) -> (summerTimeStart: Date, winterTimeStart: Date) {
        let (spring, autumn) = transitionDays(year: year)
        return (Date(timeIntervalSince1970: TimeInterval(spring * 86_400 + 3_600)),
                Date(timeIntervalSince1970: TimeInterval(autumn * 86_400 + 3_600)))
    }

    /// Day numbers (days since 1970-01-01) of the last Sundays of March and October.
    static func transitionDays(year: Int) -> (spring: Int, autumn: Int) {
        (lastSunday(year: year, month: 3), lastSunday(year: year, month: 10))
    }

    private static func lastSunday(year: Int, month: Int) -> Int {
        let last = CalendarDate(uncheckedYear: year, month: month, day: CalendarDate.daysInMonth(year: year, month: month)).dayNumber
        let mondayBasedIndex = ((last + 3) % 7 + 7) % 7
        return last - (mondayBasedIndex + 1) % 7
    }

    /// UTC offset in seconds (3600 or 7200) at an instant.
    public static func utcOffsetSeconds(at instant: Date) -> Int {
        let seconds = Int(instant.timeIntervalSince1970.rounded(.down))
        let utcDay = seconds >= 0 ? seconds / 86_400 : (seconds - 86_399) / 86_400
        let (spring, autumn) = transitionDays(year: CalendarDate.civil(fromDayNumber: utcDay).year)
        return (spring * 86_400 + 3_600 <= seconds && seconds < autumn * 86_400 + 3_600) ? 7_200 : 3_600
    }

    /// UTC offset in seconds that applies to a wall-clock time (see the type's note on gaps and overlaps).
    public static func utcOffsetSeconds(for date: CalendarDate, _ time: CalendarTime) -> Int {
        var cache = OffsetCache()
        return cache.offset(year: date.year, dayNumber: date.dayNumber, minutes: time.minutesSinceMidnight)
    }

    /// The instant of a wall-clock time in Europe/Berlin.
    public static func instant(for date: CalendarDate, _ time: CalendarTime) -> Date {
        let offset = utcOffsetSeconds(for: date, time)
        return Date(timeIntervalSince1970: TimeInterval(date.dayNumber * 86_400 + time.minutesSinceMidnight * 60 - offset))
    }

    /// The wall-clock time in Europe/Berlin at an instant (seconds are dropped).
    /// Returns nil outside the years `CalendarDate` supports.
    public static func localDateTime(at instant: Date) -> CalendarDateTime? {
        let seconds = Int(instant.timeIntervalSince1970.rounded(.down)) + utcOffsetSeconds(at: instant)
        let minutes = seconds >= 0 ? seconds / 60 : (seconds - 59) / 60
        let day = minutes >= 0 ? minutes / 1_440 : (minutes - 1_439) / 1_440
        guard let date = CalendarDate(dayNumber: day) else { return nil }
        return CalendarDateTime(date: date, time: CalendarTime(uncheckedMinutes: minutes - day * 1_440))
    }

    /// "+01:00" / "+02:00"
    static func offsetText(_ seconds: Int, colon: Bool) -> String {
        let sign = seconds < 0 ? "-" : "+"
        let minutes = abs(seconds) / 60
        return sign + CalendarDate.pad(minutes / 60, 2) + (colon ? ":" : "") + CalendarDate.pad(minutes % 60, 2)
    }

    /// Remembers the transition days of the last year asked for, so that expanding many
    /// occurrences does not recompute them each time.
    struct OffsetCache {
        private var year = Int.min
        private var springStart = 0  // local minutes since epoch of 03:00 on the spring day
        private var autumnEnd = 0  // local minutes since epoch of 03:00 on the autumn day

        mutating func offset(year: Int, dayNumber: Int, minutes: Int) -> Int {
            if year != self.year {
                let (spring, autumn) = EuropeBerlinTime.transitionDays(year: year)
                self.year = year
                springStart = spring * 1_440 + 180
                autumnEnd = autumn * 1_440 + 180
            }
            let local = dayNumber * 1_440 + minutes
            return (springStart <= local && local < autumnEnd) ? 7_200 : 3_600
        }
    }
}
