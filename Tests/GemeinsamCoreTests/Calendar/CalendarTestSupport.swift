import Foundation
@testable import GemeinsamCore

/// Short constructors for readable calendar tests.
enum CalendarTestSupport {
    static func date(_ iso: String) throws -> CalendarDate { try CalendarDate(iso: iso) }
    static func time(_ text: String) throws -> CalendarTime { try CalendarTime(text: text) }
    static func dates(_ isos: [String]) throws -> [CalendarDate] { try isos.map(date) }

    /// An instant given as "2026-03-24T13:00:00Z".
    static func utc(_ text: String) throws -> Date {
        let digits = text.filter(\.isNumber).map { Int(String($0))! }
        func number(_ range: Range<Int>) -> Int { digits[range].reduce(0) { $0 * 10 + $1 } }
        let day = try CalendarDate(year: number(0..<4), month: number(4..<6), day: number(6..<8)).dayNumber
        return Date(timeIntervalSince1970: TimeInterval(day * 86_400 + number(8..<10) * 3_600 + number(10..<12) * 60 + number(12..<14)))
    }

    static func utcTexts(_ occurrences: [ScheduleOccurrence]) -> [String] {
        occurrences.map { ICalendarCheckFile.isoUTC($0.start) }
    }
}
