import Foundation
import GemeinsamCore

/// Dates, times and schedules in the reader's language. German and Leichte Sprache use `GermanCalendarText`;
/// other languages get dates, times and weekday names from Foundation's locale data and the wording of schedules
/// ("every week: Tuesday, 14:00–16:00") from the catalogs, from the same `ScheduleSummary` as the German text.
enum CalendarText {
    static func shortDate(_ date: CalendarDate, includeYear: Bool = false) -> String {
        DisplayFormat.local?.shortDate(date, includeYear: includeYear) ?? GermanCalendarText.shortDate(date, includeYear: includeYear)
    }

    static func longDate(_ date: CalendarDate) -> String {
        DisplayFormat.local?.longDate(date) ?? GermanCalendarText.longDate(date)
    }

    static func dayAndMonth(_ date: CalendarDate, includeYear: Bool = true) -> String {
        DisplayFormat.local?.shortDate(date, includeYear: includeYear) ?? GermanCalendarText.dayAndMonth(date, includeYear: includeYear)
    }

    static func timeRange(_ start: CalendarTime, _ end: CalendarTime) -> String {
        DisplayFormat.local?.timeRange(start, end) ?? GermanCalendarText.timeRange(start, end)
    }

    static func describe(_ schedule: Schedule) -> String {
        guard let local = DisplayFormat.local else { return GermanCalendarText.describe(schedule) }
        return describe(ScheduleSummary(schedule), local)
    }

    static func describe(_ schedule: Schedule, at now: Date) -> String {
        guard let local = DisplayFormat.local else { return GermanCalendarText.describe(schedule, at: now) }
        let base = describe(ScheduleSummary(schedule), local)
        let nowYear = EuropeBerlinTime.localDateTime(at: now)?.date.year
        func short(_ date: CalendarDate) -> String { local.shortDate(date, includeYear: date.year != nowYear) }
        switch ScheduleSummary.next(schedule, at: now) {
        case .onceCancelled: return UIText.text("schedule.onceCancelled", ["schedule": base])
        case .onceAsPlanned: return base
        case .noMoreDates: return UIText.text("schedule.noMoreDates", ["schedule": base])
        case let .running(until): return UIText.text("schedule.running", ["schedule": base, "time": local.time(until)])
        case let .next(date, cancelledBefore):
            let text = UIText.text("schedule.next", ["schedule": base, "date": short(date)])
            guard !cancelledBefore.isEmpty else { return text }
            return text + " " + UIText.plural("schedule.cancelledBefore", count: cancelledBefore.count,
                                              ["dates": list(cancelledBefore.map(short))])
        }
    }

    private static func describe(_ summary: ScheduleSummary, _ local: LocalFormat) -> String {
        let days = { (weekdays: [CalendarWeekday]) in list(weekdays.map(local.weekdayName)) }
        let rhythm = switch summary.rhythm {
        case let .once(date): UIText.text("schedule.once", ["date": local.shortDate(date, includeYear: true)])
        case .daily: UIText.text("schedule.daily")
        case .workdays: UIText.text("schedule.workdays")
        case let .weekly(weekdays): UIText.text("schedule.weekly", ["days": days(weekdays)])
        case let .everyWeeks(weeks, weekdays): UIText.plural("schedule.everyWeeks", count: weeks, ["days": days(weekdays)])
        case let .monthly(-1, weekday): UIText.text("schedule.monthlyLast", ["weekday": local.weekdayName(weekday)])
        case let .monthly(ordinal, weekday):
            UIText.text("schedule.monthly", ["ordinal": "\(ordinal)", "weekday": local.weekdayName(weekday)])
        }
        return UIText.text("schedule.withTime", ["rhythm": rhythm, "time": local.timeRange(summary.start, summary.end)])
    }

    /// "A", "A and B", "A, B and C" in the reader's language.
    private static func list(_ items: [String]) -> String {
        guard let last = items.last else { return "" }
        if items.count == 1 { return last }
        return UIText.text("schedule.list", ["items": items.dropLast().joined(separator: UIText.text("schedule.listSeparator")),
                                             "last": last])
    }
}
