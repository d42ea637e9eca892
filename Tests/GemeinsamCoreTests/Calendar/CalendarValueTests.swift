import Foundation
import Testing
@testable import GemeinsamCore

@Suite struct CalendarValueTests {
    typealias S = CalendarTestSupport

    @Test func validDatesAndLeapYears() throws {
        #expect(try CalendarDate(year: 2028, month: 2, day: 29).iso == "2028-02-29")
        #expect(try CalendarDate(year: 2000, month: 2, day: 29).day == 29)
        #expect(throws: ScheduleError.invalidDate(year: 2027, month: 2, day: 29)) { try CalendarDate(year: 2027, month: 2, day: 29) }
        #expect(throws: ScheduleError.invalidDate(year: 2100, month: 2, day: 29)) { try CalendarDate(year: 2100, month: 2, day: 29) }
        #expect(throws: ScheduleError.invalidDate(year: 2026, month: 4, day: 31)) { try CalendarDate(year: 2026, month: 4, day: 31) }
    }

    @Test func thirtyFirstOfFebruaryHasGermanMessage() {
        #expect(ScheduleError.invalidDate(year: 2026, month: 2, day: 31).description == "Den 31. Februar 2026 gibt es nicht.")
        #expect(ScheduleError.invalidDate(year: 2026, month: 13, day: 1).description == "Das Datum 01.13.2026 gibt es nicht.")
        #expect(throws: ScheduleError.invalidDate(year: 2026, month: 2, day: 31)) { try CalendarDate(iso: "2026-02-31") }
    }

    @Test func parsingRejectsOtherFormats() {
        for text in ["2026-2-01", "01.02.2026", "2026-02-01T10:00", "", "２０２６-02-01"] {
            #expect(throws: ScheduleError.unreadableDate(text)) { try CalendarDate(iso: text) }
        }
        #expect(ScheduleError.unreadableDate("1.2.").description == "„1.2.“ ist kein Datum im Format JJJJ-MM-TT.")
    }

    @Test func dayNumbersMatchPythonDatetime() throws {
        // (date - date(1970, 1, 1)).days from Python
        #expect(try S.date("1970-01-01").dayNumber == 0)
        #expect(try S.date("2000-03-01").dayNumber == 11017)
        #expect(try S.date("1996-03-31").dayNumber == 9586)
        #expect(try S.date("2026-12-01").dayNumber == 20788)
        #expect(try S.date("1969-12-31").dayNumber == -1)
    }

    @Test func dayNumberRoundTripAndOrder() throws {
        var previous: CalendarDate?
        for day in -1_000...40_000 {
            let date = try #require(CalendarDate(dayNumber: day))
            #expect(date.dayNumber == day)
            if let previous { #expect(previous < date) }
            previous = date
        }
    }

    @Test func weekdays() throws {
        #expect(try S.date("2026-12-01").weekday == .tuesday)
        #expect(try S.date("2026-12-05").weekday == .saturday)
        #expect(try S.date("2028-02-29").weekday == .tuesday)
        #expect(try S.date("1970-01-01").weekday == .thursday)
        #expect(try S.date("1969-12-29").weekday == .monday)
        #expect(CalendarWeekday.allCases.map(\.germanShortName) == ["Mo", "Di", "Mi", "Do", "Fr", "Sa", "So"])
        #expect(CalendarWeekday.allCases.map(\.germanName) == ["Montag", "Dienstag", "Mittwoch", "Donnerstag", "Freitag", "Samstag", "Sonntag"])
        #expect(CalendarWeekday(icsCode: "th") == .thursday)
        #expect(CalendarWeekday(icsCode: "XX") == nil)
    }

    @Test func times() throws {
        #expect(try S.time("9:30") == CalendarTime(hour: 9, minute: 30))
        #expect(try S.time("09:30").text == "09:30")
        #expect(throws: ScheduleError.invalidTime(hour: 24, minute: 0)) { try CalendarTime(text: "24:00") }
        #expect(throws: ScheduleError.invalidTime(hour: 12, minute: 60)) { try CalendarTime(hour: 12, minute: 60) }
        #expect(throws: ScheduleError.unreadableTime("14 Uhr")) { try CalendarTime(text: "14 Uhr") }
        #expect(ScheduleError.invalidTime(hour: 25, minute: 0).description == "Die Uhrzeit 25:00 gibt es nicht.")
    }

    @Test func valuesAreCodableAsStrings() throws {
        // setup
        let value = ["date": try S.date("2026-12-01")]
        // act
        let json = String(decoding: try JSONEncoder().encode(value), as: UTF8.self)
        // check
        #expect(json == #"{"date":"2026-12-01"}"#)
        #expect(throws: DecodingError.self) { try JSONDecoder().decode([CalendarDate].self, from: Data(#"["2026-02-30"]"#.utf8)) }
        #expect(try JSONDecoder().decode([CalendarWeekday].self, from: Data(#"["MO","SU"]"#.utf8)) == [.monday, .sunday])
    }
}
