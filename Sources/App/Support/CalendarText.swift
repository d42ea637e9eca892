import Foundation
import GemeinsamCore

/// Dates, times and schedules in the reader's language. German and Leichte Sprache use `GermanCalendarText`;
/// other languages get dates and times from Foundation's locale data. Schedule descriptions ("jeden 2. Dienstag
/// im Monat") have no translation yet, so they stay German and are marked as such (`lang="de"`).
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

    static func describe(_ schedule: Schedule) -> String { german(GermanCalendarText.describe(schedule)) }

    static func describe(_ schedule: Schedule, at now: Date) -> String {
        german(GermanCalendarText.describe(schedule, at: now))
    }

    private static func german(_ text: String) -> String {
        DisplayFormat.local == nil ? text : FallbackMarks.wrap(text)
    }
}
