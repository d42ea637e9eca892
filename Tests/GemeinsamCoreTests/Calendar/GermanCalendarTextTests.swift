import Foundation
import Testing
@testable import GemeinsamCore

@Suite struct GermanCalendarTextTests {
    typealias S = CalendarTestSupport

    @Test func datesAndTimes() throws {
        #expect(GermanCalendarText.shortDate(try S.date("2026-12-01")) == "Di 1. Dez.")
        #expect(GermanCalendarText.shortDate(try S.date("2026-12-05"), includeYear: true) == "Sa 5. Dez. 2026")
        #expect(GermanCalendarText.shortDate(try S.date("2026-03-09")) == "Mo 9. März")
        #expect(GermanCalendarText.shortDate(try S.date("2026-09-13")) == "So 13. Sept.")
        #expect(GermanCalendarText.longDate(try S.date("2026-12-01")) == "Dienstag, 1. Dezember 2026")
        #expect(GermanCalendarText.monthAbbreviations == ["Jan.", "Feb.", "März", "Apr.", "Mai", "Juni", "Juli", "Aug.", "Sept.", "Okt.", "Nov.", "Dez."])
        #expect(GermanCalendarText.time(try S.time("14:00")) == "14 Uhr")
        #expect(GermanCalendarText.time(try S.time("09:30")) == "9:30 Uhr")
        #expect(GermanCalendarText.time(try S.time("00:05")) == "0:05 Uhr")
        #expect(GermanCalendarText.timeRange(try S.time("14:00"), try S.time("16:00")) == "14\u{2013}16 Uhr")
        #expect(GermanCalendarText.timeRange(try S.time("9:30"), try S.time("11:00")) == "9:30–11 Uhr")
    }

    @Test func schedules() throws {
        let first = try S.date("2026-01-05")
        func weekly(_ days: Set<CalendarWeekday>, _ weeks: Int, _ from: String, _ to: String) throws -> String {
            try Schedule.weekly(on: days, everyWeeks: weeks, from: S.time(from), to: S.time(to), firstDate: first).germanDescription
        }
        func monthly(_ ordinal: Int, _ day: CalendarWeekday, _ from: String, _ to: String) throws -> String {
            try Schedule.monthly(ordinal: ordinal, weekday: day, from: S.time(from), to: S.time(to), firstDate: first).germanDescription
        }
        #expect(try weekly([.tuesday], 1, "14:00", "16:00") == "jeden Dienstag, 14–16 Uhr")
        #expect(try weekly([.thursday, .monday], 1, "9:30", "11:00") == "jeden Montag und Donnerstag, 9:30–11 Uhr")
        #expect(try weekly([.friday, .monday, .wednesday], 1, "9:00", "12:15") == "jeden Montag, Mittwoch und Freitag, 9–12:15 Uhr")
        #expect(try weekly([.wednesday], 2, "15:00", "17:00") == "alle 2 Wochen am Mittwoch, 15–17 Uhr")
        #expect(try weekly([.monday, .tuesday, .wednesday, .thursday, .friday], 1, "9:00", "12:00") == "montags bis freitags, 9–12 Uhr")
        #expect(try weekly(Set(CalendarWeekday.allCases), 1, "8:00", "9:00") == "täglich, 8–9 Uhr")
        #expect(try monthly(1, .friday, "18:00", "20:00") == "jeden 1. Freitag im Monat, 18–20 Uhr")
        #expect(try monthly(-1, .saturday, "10:00", "12:00") == "jeden letzten Samstag im Monat, 10–12 Uhr")
        let once = try Schedule.once(on: S.date("2026-12-05"), from: S.time("14:00"), to: S.time("16:00"))
        #expect(once.germanDescription == "einmalig am Sa 5. Dez. 2026, 14–16 Uhr")
    }

    @Test func nextDate() throws {
        // setup: Tuesdays 14–16 from November 2026, 1 Dec cancelled once in the second schedule
        let plain = try Schedule.weekly(on: [.tuesday], from: S.time("14:00"), to: S.time("16:00"), firstDate: S.date("2026-11-01"))
        let withGap = try Schedule.weekly(on: [.tuesday], from: S.time("14:00"), to: S.time("16:00"), firstDate: S.date("2026-11-01"),
                                          lastDate: S.date("2027-01-12"), cancelledDates: Set(S.dates(["2026-12-22", "2026-12-29"])))
        // act / check
        #expect(GermanCalendarText.describe(plain, at: try S.utc("2026-11-26T10:00:00Z")) == "jeden Dienstag, 14–16 Uhr; nächster Termin: Di 1. Dez.")
        #expect(GermanCalendarText.describe(plain, at: try S.utc("2026-12-01T14:00:00Z")) == "jeden Dienstag, 14–16 Uhr; läuft gerade bis 16 Uhr")
        #expect(GermanCalendarText.describe(withGap, at: try S.utc("2026-12-16T10:00:00Z"))
                == "jeden Dienstag, 14–16 Uhr; nächster Termin: Di 5. Jan. 2027 (Di 22. Dez. und Di 29. Dez. fallen aus)")
        #expect(GermanCalendarText.describe(withGap, at: try S.utc("2027-01-13T10:00:00Z")) == "jeden Dienstag, 14–16 Uhr; keine weiteren Termine")
        let nextThree = withGap.upcomingOccurrences(at: try S.utc("2026-12-01T16:00:00Z"), limit: 3)
        #expect(GermanCalendarText.dateList(nextThree, at: try S.utc("2026-12-01T16:00:00Z")) == "Di 8. Dez., Di 15. Dez. und Di 5. Jan. 2027")
        let cancelledOnce = try Schedule.once(on: S.date("2026-12-05"), from: S.time("14:00"), to: S.time("16:00"), cancelled: true)
        #expect(GermanCalendarText.describe(cancelledOnce, at: try S.utc("2026-11-26T10:00:00Z")) == "einmalig am Sa 5. Dez. 2026, 14–16 Uhr – fällt aus")
    }

    @Test func period() throws {
        let both = try Schedule.weekly(on: [.tuesday], from: S.time("14:00"), to: S.time("16:00"), firstDate: S.date("2026-01-06"), lastDate: S.date("2026-06-30"))
        #expect(GermanCalendarText.period(both) == "vom 6. Januar bis 30. Juni 2026")
        #expect(GermanCalendarText.period(both, today: try S.date("2026-03-01")) == "bis 30. Juni 2026")
        let open = try Schedule.weekly(on: [.tuesday], from: S.time("14:00"), to: S.time("16:00"), firstDate: S.date("2026-12-29"))
        #expect(GermanCalendarText.period(open, today: try S.date("2026-12-01")) == "ab 29. Dezember 2026")
        #expect(GermanCalendarText.period(open, today: try S.date("2027-01-01")) == nil)
        let acrossYears = try Schedule.weekly(on: [.tuesday], from: S.time("14:00"), to: S.time("16:00"), firstDate: S.date("2026-12-01"), lastDate: S.date("2027-02-28"))
        #expect(GermanCalendarText.period(acrossYears) == "vom 1. Dezember 2026 bis 28. Februar 2027")
    }
}
