import Foundation
import GemeinsamCore

/// The day in Europe/Berlin: answers are stored with their day only, and waves open and close by day.
enum SurveyDay {
    static func date(_ now: Date) -> CalendarDate {
        EuropeBerlinTime.localDateTime(at: now)?.date ?? CalendarDate(dayNumber: Int(now.timeIntervalSince1970 / 86_400))!
    }

    /// "YYYY-MM-DD"
    static func iso(_ now: Date) -> String { date(now).iso }
}
