import Foundation

/// German wording of dates, times and schedules, e.g. "jeden Dienstag, 14–16 Uhr; nächster Termin: Di 1. Dez.".
public enum GermanCalendarText {
    public static let monthNames = [
        "Januar", "Februar", "März", "April", "Mai", "Juni",
        "Juli", "August", "September", "Oktober", "November", "Dezember",
    ]
    /// Abbreviations as recommended by Duden (no dot where nothing is left out).
    public static let monthAbbreviations = [
        "Jan.", "Feb.", "März", "Apr.", "Mai", "Juni", "Juli", "Aug.", "Sept.", "Okt.", "Nov.", "Dez.",
    ]

    // MARK: Dates and times

    /// "Di 1. Dez." or, with the year, "Di 1. Dez. 2026".
    public static func shortDate(_ date: CalendarDate, includeYear: Bool = false) -> String {
        let text = "\(date.weekday.germanShortName) \(date.day). \(monthAbbreviations[date.month - 1])"
        return includeYear ? "\(text) \(date.year)" : text
    }

    /// "Dienstag, 1. Dezember 2026"
    public static func longDate(_ date: CalendarDate) -> String {
        "\(date.weekday.germanName), \(date.day). \(monthNames[date.month - 1]) \(date.year)"
    }

    /// "1. Dezember 2026" (no weekday), or "1. Dezember" without the year.
    public static func dayAndMonth(_ date: CalendarDate, includeYear: Bool = true) -> String {
        let text = "\(date.day). \(monthNames[date.month - 1])"
        return includeYear ? "\(text) \(date.year)" : text
    }

    /// "14 Uhr", "9:30 Uhr"
    public static func time(_ time: CalendarTime) -> String { "\(clock(time)) Uhr" }

    /// "14–16 Uhr", "9:30–11 Uhr" (with an en dash).
    public static func timeRange(_ start: CalendarTime, _ end: CalendarTime) -> String {
        "\(clock(start))–\(clock(end)) Uhr"
    }

    private static func clock(_ time: CalendarTime) -> String {
        time.minute == 0 ? "\(time.hour)" : "\(time.hour):\(CalendarDate.pad(time.minute, 2))"
    }

    // MARK: Schedules

    /// "jeden Dienstag, 14–16 Uhr", "jeden Montag und Donnerstag, 9:30–11 Uhr",
    /// "alle 2 Wochen am Mittwoch, 15–17 Uhr", "jeden 1. Freitag im Monat, 18–20 Uhr",
    /// "jeden letzten Samstag im Monat, 10–12 Uhr", "einmalig am Sa 5. Dez. 2026, 14–16 Uhr".
    public static func describe(_ schedule: Schedule) -> String { describe(ScheduleSummary(schedule)) }

    public static func describe(_ summary: ScheduleSummary) -> String {
        "\(rhythm(summary.rhythm)), \(timeRange(summary.start, summary.end))"
    }

    /// `describe(schedule)` plus the next date from `now` on:
    /// "jeden Dienstag, 14–16 Uhr; nächster Termin: Di 1. Dez."; a cancelled date before it is
    /// mentioned ("nächster Termin: Di 8. Dez. (Di 1. Dez. fällt aus)"), a running one too
    /// ("läuft gerade bis 16 Uhr"), and the year is added when it differs from the year of `now`.
    public static func describe(_ schedule: Schedule, at now: Date) -> String {
        let base = describe(schedule)
        let nowYear = EuropeBerlinTime.localDateTime(at: now)?.date.year
        func short(_ date: CalendarDate) -> String { shortDate(date, includeYear: date.year != nowYear) }
        switch ScheduleSummary.next(schedule, at: now) {
        case .onceCancelled: return "\(base) – fällt aus"
        case .onceAsPlanned: return base
        case .noMoreDates: return "\(base); keine weiteren Termine"
        case let .running(until): return "\(base); läuft gerade bis \(time(until))"
        case let .next(date, cancelledBefore):
            var text = "\(base); nächster Termin: \(short(date))"
            if !cancelledBefore.isEmpty {
                let list = joined(cancelledBefore.map(short))
                text += " (\(list) \(cancelledBefore.count == 1 ? "fällt" : "fallen") aus)"
            }
            return text
        }
    }

    /// "Di 1. Dez., Di 8. Dez. und Di 15. Dez." (the year added where it differs from the year of `now`).
    public static func dateList(_ occurrences: [ScheduleOccurrence], at now: Date) -> String {
        let nowYear = EuropeBerlinTime.localDateTime(at: now)?.date.year
        return joined(occurrences.map { shortDate($0.date, includeYear: $0.date.year != nowYear) })
    }

    /// The validity period in words, or nil when there is nothing to add:
    /// "vom 6. Januar bis 30. Juni 2026", "ab 6. Januar 2026", "bis 30. Juni 2026".
    /// A first date on or before `today` is not mentioned.
    public static func period(_ schedule: Schedule, today: CalendarDate? = nil) -> String? {
        if case .once = schedule.kind { return nil }
        let showFirst = today.map { schedule.firstDate > $0 } ?? true
        switch (showFirst, schedule.lastDate) {
        case let (true, last?):
            let first = dayAndMonth(schedule.firstDate, includeYear: schedule.firstDate.year != last.year)
            return "vom \(first) bis \(dayAndMonth(last))"
        case (true, nil):
            return "ab \(dayAndMonth(schedule.firstDate))"
        case let (false, last?):
            return "bis \(dayAndMonth(last))"
        case (false, nil):
            return nil
        }
    }

    private static func rhythm(_ rhythm: ScheduleSummary.Rhythm) -> String {
        switch rhythm {
        case let .once(date): "einmalig am \(shortDate(date, includeYear: true))"
        case .daily: "täglich"
        case .workdays: "montags bis freitags"
        case let .weekly(days): "jeden \(joined(days.map(\.germanName)))"
        case let .everyWeeks(weeks, days): "alle \(weeks) Wochen am \(joined(days.map(\.germanName)))"
        case let .monthly(ordinal, weekday): "jeden \(ordinal == -1 ? "letzten" : "\(ordinal).") \(weekday.germanName) im Monat"
        }
    }

    /// "A", "A und B", "A, B und C"
    static func joined(_ items: [String]) -> String {
        guard let last = items.last else { return "" }
        if items.count == 1 { return last }
        return items.dropLast().joined(separator: ", ") + " und " + last
    }
}

extension Schedule {
    /// German description, e.g. "jeden Dienstag, 14–16 Uhr" (see `GermanCalendarText.describe`).
    public var germanDescription: String { GermanCalendarText.describe(self) }
}
