import Foundation
import GemeinsamCore

/// A calendar week (ISO 8601: Monday to Sunday, week 1 contains 4 January), addressed as "2026-W05" or by any date
/// in it ("2026-02-03", "03.02.2026").
struct BookingWeek: Sendable, Equatable {
    let monday: CalendarDate

    static let years = 2000...2100

    init(containing date: CalendarDate) {
        monday = date.adding(days: -(date.weekday.rawValue - 1))!
    }

    /// nil for text that is neither a week nor a date, or a week/date outside 2000–2100.
    static func parse(_ raw: String) -> BookingWeek? {
        let text = raw.trimmingCharacters(in: .whitespaces).uppercased()
        guard text.count <= 12 else { return nil }
        if text.count >= 7, text.count <= 8, let w = text.firstIndex(of: "W") {
            let yearText = text[..<w].trimmingCharacters(in: CharacterSet(charactersIn: "-"))
            let weekText = text[text.index(after: w)...]
            guard yearText.count == 4, (1...2).contains(weekText.count),
                  yearText.allSatisfy({ $0.isASCII && $0.isNumber }), weekText.allSatisfy({ $0.isASCII && $0.isNumber }),
                  let year = Int(yearText), let week = Int(weekText), years.contains(year),
                  week >= 1, week <= weeks(inYear: year)
            else { return nil }
            return BookingWeek(containing: mondayOfWeek1(year).adding(days: (week - 1) * 7)!)
        }
        guard case let .success(date) = FormInput.date(text), years.contains(date.year) else { return nil }
        return BookingWeek(containing: date)
    }

    static func mondayOfWeek1(_ year: Int) -> CalendarDate {
        let jan4 = try! CalendarDate(year: year, month: 1, day: 4)
        return jan4.adding(days: -(jan4.weekday.rawValue - 1))!
    }

    /// 52 or 53: the week of 28 December.
    static func weeks(inYear year: Int) -> Int {
        BookingWeek(containing: try! CalendarDate(year: year, month: 12, day: 28)).week
    }

    /// The ISO year (of the week's Thursday) and week number.
    var year: Int { monday.adding(days: 3)!.year }
    var week: Int { (monday.dayNumber - Self.mondayOfWeek1(year).dayNumber) / 7 + 1 }

    /// "2026-W05"
    var parameter: String { "\(year)-W\(CalendarDate.padded(week, 2))" }

    var days: [CalendarDate] { (0..<7).map { monday.adding(days: $0)! } }
    var sunday: CalendarDate { monday.adding(days: 6)! }
    var previous: BookingWeek { BookingWeek(containing: monday.adding(days: -7)!) }
    var next: BookingWeek { BookingWeek(containing: monday.adding(days: 7)!) }

    /// The instants that bound the week in Europe/Berlin.
    var startInstant: Date { EuropeBerlinTime.instant(for: monday, try! CalendarTime(hour: 0)) }
    var endInstant: Date { EuropeBerlinTime.instant(for: monday.adding(days: 7)!, try! CalendarTime(hour: 0)) }
}
