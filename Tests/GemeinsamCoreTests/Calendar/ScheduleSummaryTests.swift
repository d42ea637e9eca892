import Foundation
import Testing
@testable import GemeinsamCore

@Suite("ScheduleSummary: one decision what a schedule's description says, worded per language")
struct ScheduleSummaryTests {
    typealias S = CalendarTestSupport

    @Test func rhythms() throws {
        // setup
        let first = try S.date("2026-01-05")
        func weekly(_ days: Set<CalendarWeekday>, _ weeks: Int = 1) throws -> ScheduleSummary.Rhythm {
            ScheduleSummary(try Schedule.weekly(on: days, everyWeeks: weeks, from: S.time("14:00"), to: S.time("16:00"),
                                                firstDate: first)).rhythm
        }
        // check
        #expect(try weekly([.thursday, .tuesday]) == .weekly([.tuesday, .thursday]))
        #expect(try weekly(Set(CalendarWeekday.allCases)) == .daily)
        #expect(try weekly([.monday, .tuesday, .wednesday, .thursday, .friday]) == .workdays)
        #expect(try weekly([.wednesday], 2) == .everyWeeks(2, [.wednesday]))
        // every day every other week is not "daily"
        #expect(try weekly(Set(CalendarWeekday.allCases), 2) == .everyWeeks(2, CalendarWeekday.allCases))
        let monthly = try Schedule.monthly(ordinal: -1, weekday: .saturday, from: S.time("10:00"), to: S.time("12:00"),
                                           firstDate: first)
        #expect(ScheduleSummary(monthly).rhythm == .monthly(ordinal: -1, .saturday))
        #expect(ScheduleSummary(monthly).start == (try S.time("10:00")))
    }

    @Test func nextDateWithCancelledDatesBeforeIt() throws {
        // setup: Tuesdays from 1 Dec 2026, 8 and 15 Dec cancelled; now = Wednesday 2 Dec, noon (Berlin)
        let schedule = try Schedule.weekly(on: [.tuesday], from: S.time("14:00"), to: S.time("16:00"),
                                           firstDate: S.date("2026-12-01"),
                                           cancelledDates: [S.date("2026-12-08"), S.date("2026-12-15")])
        let now = EuropeBerlinTime.instant(for: try S.date("2026-12-02"), try S.time("12:00"))
        // act
        let next = ScheduleSummary.next(schedule, at: now)
        // check
        #expect(next == .next(try S.date("2026-12-22"), cancelledBefore: [try S.date("2026-12-08"), try S.date("2026-12-15")]))
        // during a date: running until its end
        let during = EuropeBerlinTime.instant(for: try S.date("2026-12-01"), try S.time("15:00"))
        #expect(ScheduleSummary.next(schedule, at: during) == .running(until: try S.time("16:00")))
        // the German wording is made from the same decision
        #expect(GermanCalendarText.describe(schedule, at: now)
                == "jeden Dienstag, 14–16 Uhr; nächster Termin: Di 22. Dez. (Di 8. Dez. und Di 15. Dez. fallen aus)")
    }

    @Test("standalone weekday names from the locale data (CLDR)")
    func weekdayNames() {
        let formats = LocalFormats()
        #expect(formats[.english].weekdayName(.tuesday) == "Tuesday")
        #expect(formats[.english].weekdayName(.sunday) == "Sunday")
        #expect(formats[.turkish].weekdayName(.tuesday) == "Salı")
        #expect(formats[.polish].weekdayName(.wednesday) == "środa")
        #expect(formats[.russian].weekdayName(.monday) == "понедельник")
        #expect(formats[.arabic].weekdayName(.friday) == "الجمعة")
        #expect(formats[.english].weekdayNames.count == 7)
    }
}
