import Foundation
import Testing
@testable import GemeinsamCore

/// The recurrence engine against calendars computed by hand (checked with a printed 2026/2028 calendar).
@Suite struct RecurrenceTests {
    typealias S = CalendarTestSupport

    private func weekly(_ days: Set<CalendarWeekday>, every weeks: Int = 1, first: String, last: String? = nil,
                        from: String = "14:00", to: String = "16:00", cancelled: [String] = []) throws -> Schedule {
        try Schedule.weekly(on: days, everyWeeks: weeks, from: S.time(from), to: S.time(to), firstDate: S.date(first),
                            lastDate: last.map(S.date), cancelledDates: Set(S.dates(cancelled)))
    }

    private func isoDates(_ occurrences: [ScheduleOccurrence]) -> [String] { occurrences.map(\.date.iso) }

    @Test func weeklyTuesdayAcrossSpringChange() throws {
        // setup
        let schedule = try weekly([.tuesday], first: "2026-03-01")
        // act
        let list = schedule.occurrences(from: try S.date("2026-03-17"), through: try S.date("2026-04-07"))
        // check: local time stays 14:00, the UTC instant moves one hour earlier after 29 March
        #expect(isoDates(list) == ["2026-03-17", "2026-03-24", "2026-03-31", "2026-04-07"])
        #expect(S.utcTexts(list) == ["2026-03-17T13:00:00Z", "2026-03-24T13:00:00Z", "2026-03-31T12:00:00Z", "2026-04-07T12:00:00Z"])
        #expect(list.map { ICalendarCheckFile.isoUTC($0.end) } == ["2026-03-17T15:00:00Z", "2026-03-24T15:00:00Z", "2026-03-31T14:00:00Z", "2026-04-07T14:00:00Z"])
        #expect(list.allSatisfy { $0.startTime == (try? S.time("14:00")) })
    }

    @Test func weeklyTuesdayAcrossAutumnChange() throws {
        let schedule = try weekly([.tuesday], first: "2026-03-01")
        let list = schedule.occurrences(from: try S.date("2026-10-13"), through: try S.date("2026-11-03"))
        #expect(S.utcTexts(list) == ["2026-10-13T12:00:00Z", "2026-10-20T12:00:00Z", "2026-10-27T13:00:00Z", "2026-11-03T13:00:00Z"])
    }

    @Test func eventsOnTheNightOfTheChange() throws {
        // setup: Sundays 02:30–04:00 (a night café); 29 March 02:30 does not exist, 25 October 02:30 twice
        let schedule = try weekly([.sunday], first: "2026-03-22", last: "2026-11-01", from: "02:30", to: "04:00")
        let short = try weekly([.sunday], first: "2026-03-22", last: "2026-11-01", from: "02:30", to: "03:00")
        // act
        let spring = schedule.occurrences(from: try S.date("2026-03-29"), through: try S.date("2026-03-29"))
        let autumn = schedule.occurrences(from: try S.date("2026-10-25"), through: try S.date("2026-10-25"))
        let shortSpring = short.occurrences(from: try S.date("2026-03-29"), through: try S.date("2026-03-29"))
        // check: shifted to 03:30 CEST, ends 04:00 CEST; autumn: first 02:30 (CEST), ends 04:00 CET
        #expect(S.utcTexts(spring) == ["2026-03-29T01:30:00Z"])
        #expect(spring.map { ICalendarCheckFile.isoUTC($0.end) } == ["2026-03-29T02:00:00Z"])
        #expect(S.utcTexts(autumn) == ["2026-10-25T00:30:00Z"])
        #expect(autumn.map { ICalendarCheckFile.isoUTC($0.end) } == ["2026-10-25T03:00:00Z"])
        // 03:00 CEST would be before the shifted start: keep the scheduled 30 minutes
        #expect(shortSpring.map { ICalendarCheckFile.isoUTC($0.end) } == ["2026-03-29T02:00:00Z"])
    }

    @Test func everyTwoWeeksCountsFromTheWeekOfTheFirstDate() throws {
        // setup: first date Thursday 8 Jan 2026, weeks start on Monday 5 Jan
        let schedule = try weekly([.monday, .friday], every: 2, first: "2026-01-08")
        // act
        let list = schedule.occurrences(from: try S.date("2026-01-01"), through: try S.date("2026-02-28"))
        // check: Monday 5 Jan lies before the first date; Fri 9 Jan in week 0; weeks 2, 4, 6 follow
        #expect(isoDates(list) == ["2026-01-09", "2026-01-19", "2026-01-23", "2026-02-02", "2026-02-06", "2026-02-16", "2026-02-20"])
    }

    @Test func everyTwoWeeksWindowStartingInAnOffWeek() throws {
        let schedule = try weekly([.wednesday], every: 2, first: "2026-01-07")
        // 7 Jan, 21 Jan, 4 Feb, 18 Feb, 4 Mar …; window starts on Monday 26 Jan (an off week)
        let list = schedule.occurrences(from: try S.date("2026-01-26"), through: try S.date("2026-03-04"))
        #expect(isoDates(list) == ["2026-02-04", "2026-02-18", "2026-03-04"])
    }

    @Test func everyThreeWeeksWhenFirstDateIsAfterTheWeekday() throws {
        // Saturday 10 Jan: the Tuesday of week 0 has passed, next is Tuesday of week 3 (27 Jan)
        let schedule = try weekly([.tuesday], every: 3, first: "2026-01-10")
        let list = schedule.occurrences(from: try S.date("2026-01-01"), through: try S.date("2026-03-31"))
        #expect(isoDates(list) == ["2026-01-27", "2026-02-17", "2026-03-10", "2026-03-31"])
        #expect(schedule.firstOccurrenceDate?.iso == "2026-01-27")
    }

    @Test func monthlyFirstFriday2026() throws {
        let schedule = try Schedule.monthly(ordinal: 1, weekday: .friday, from: S.time("18:00"), to: S.time("20:00"), firstDate: S.date("2026-01-01"))
        let list = schedule.occurrences(from: try S.date("2026-01-01"), through: try S.date("2026-12-31"))
        #expect(list.map(\.date.day) == [2, 6, 6, 3, 1, 5, 3, 7, 4, 2, 6, 4])
        #expect(list.map(\.date.month) == Array(1...12))
    }

    @Test func monthlyLastSaturday2026() throws {
        let schedule = try Schedule.monthly(ordinal: -1, weekday: .saturday, from: S.time("10:00"), to: S.time("12:00"), firstDate: S.date("2026-01-01"))
        let list = schedule.occurrences(from: try S.date("2026-01-01"), through: try S.date("2026-12-31"))
        #expect(list.map(\.date.day) == [31, 28, 28, 25, 30, 27, 25, 29, 26, 31, 28, 26])
    }

    @Test func monthlyFifthTuesdaySkipsMonthsWithoutOne() throws {
        let schedule = try Schedule.monthly(ordinal: 5, weekday: .tuesday, from: S.time("14:00"), to: S.time("16:00"), firstDate: S.date("2026-01-01"))
        let list = schedule.occurrences(from: try S.date("2026-01-01"), through: try S.date("2026-12-31"))
        #expect(isoDates(list) == ["2026-03-31", "2026-06-30", "2026-09-29", "2026-12-29"])
        #expect(schedule.firstOccurrenceDate?.iso == "2026-03-31")
    }

    @Test func monthlyFirstDateInTheMiddleOfAMonth() throws {
        let schedule = try Schedule.monthly(ordinal: 1, weekday: .friday, from: S.time("18:00"), to: S.time("20:00"),
                                            firstDate: S.date("2026-01-03"), lastDate: S.date("2026-04-03"))
        #expect(isoDates(schedule.occurrences(from: try S.date("2025-01-01"), through: try S.date("2027-01-01"))) == ["2026-02-06", "2026-03-06", "2026-04-03"])
        #expect(schedule.lastOccurrenceDate?.iso == "2026-04-03")
    }

    @Test func leapDay2028() throws {
        let weeklyTuesday = try weekly([.tuesday], first: "2028-02-01")
        #expect(isoDates(weeklyTuesday.occurrences(from: try S.date("2028-02-20"), through: try S.date("2028-03-08"))) == ["2028-02-22", "2028-02-29", "2028-03-07"])
        let lastTuesday = try Schedule.monthly(ordinal: -1, weekday: .tuesday, from: S.time("10:00"), to: S.time("11:00"), firstDate: S.date("2028-01-01"))
        #expect(isoDates(lastTuesday.occurrences(from: try S.date("2028-01-01"), through: try S.date("2028-03-31"))) == ["2028-01-25", "2028-02-29", "2028-03-28"])
        let fifthTuesday = try Schedule.monthly(ordinal: 5, weekday: .tuesday, from: S.time("10:00"), to: S.time("11:00"), firstDate: S.date("2028-01-01"))
        #expect(isoDates(fifthTuesday.occurrences(from: try S.date("2028-01-01"), through: try S.date("2028-03-31"))) == ["2028-02-29"])
    }

    @Test func cancelledDatesAndInclusiveLastDate() throws {
        // setup
        let schedule = try weekly([.tuesday], first: "2026-11-03", last: "2026-12-29", cancelled: ["2026-12-22", "2026-12-23"])
        // act
        let listed = schedule.occurrences(from: try S.date("2026-01-01"), through: try S.date("2027-12-31"))
        let withCancelled = schedule.occurrences(from: try S.date("2026-01-01"), through: try S.date("2027-12-31"), includeCancelled: true)
        // check
        #expect(isoDates(listed) == ["2026-11-03", "2026-11-10", "2026-11-17", "2026-11-24", "2026-12-01", "2026-12-08", "2026-12-15", "2026-12-29"])
        #expect(withCancelled.count == 9)
        #expect(withCancelled.filter(\.isCancelled).map(\.date.iso) == ["2026-12-22"])
        #expect(schedule.lastOccurrenceDate?.iso == "2026-12-29")
        #expect(!schedule.takesPlace(on: try S.date("2026-12-22")))
        #expect(schedule.ruleIncludes(try S.date("2026-12-22")))
        #expect(schedule.takesPlace(on: try S.date("2026-12-29")))
    }

    @Test func oneOff() throws {
        let schedule = try Schedule.once(on: S.date("2026-12-05"), from: S.time("14:00"), to: S.time("16:00"))
        #expect(isoDates(schedule.occurrences(from: try S.date("2026-01-01"), through: try S.date("2026-12-31"))) == ["2026-12-05"])
        #expect(schedule.occurrences(from: try S.date("2026-12-06"), through: try S.date("2026-12-31")).isEmpty)
        #expect(schedule.lastOccurrenceDate?.iso == "2026-12-05")
        let cancelled = try Schedule.once(on: S.date("2026-12-05"), from: S.time("14:00"), to: S.time("16:00"), cancelled: true)
        #expect(cancelled.occurrences(from: try S.date("2026-01-01"), through: try S.date("2026-12-31")).isEmpty)
    }

    @Test func limitAndOpenEnd() throws {
        let schedule = try weekly([.monday, .wednesday], first: "2026-01-01")
        let list = schedule.occurrences(from: try S.date("2030-01-01"), through: try S.date("2030-12-31"), limit: 3)
        #expect(isoDates(list) == ["2030-01-02", "2030-01-07", "2030-01-09"])
        #expect(schedule.lastOccurrenceDate == nil)
        #expect(schedule.occurrences(from: try S.date("2030-01-01"), through: try S.date("2030-12-31"), limit: 0).isEmpty)
        #expect(schedule.occurrences(from: try S.date("2030-12-31"), through: try S.date("2030-01-01")).isEmpty)
    }

    @Test func instantWindowIncludesRunningOccurrence() throws {
        // setup: Tuesday 1 Dec 2026 14–16 (13:00–15:00Z)
        let schedule = try weekly([.tuesday], first: "2026-11-01")
        // act
        let running = schedule.occurrences(from: try S.utc("2026-12-01T14:30:00Z"), to: try S.utc("2026-12-09T00:00:00Z"))
        let afterEnd = schedule.occurrences(from: try S.utc("2026-12-01T15:00:00Z"), to: try S.utc("2026-12-08T13:00:00Z"))
        let upcoming = schedule.upcomingOccurrences(at: try S.utc("2026-11-25T12:00:00Z"), limit: 2)
        // check: `to` is exclusive, an occurrence that has just ended is not included
        #expect(isoDates(running) == ["2026-12-01", "2026-12-08"])
        #expect(afterEnd.isEmpty)
        #expect(isoDates(upcoming) == ["2026-12-01", "2026-12-08"])
    }

    @Test func upcomingStopsAtLastDate() throws {
        let schedule = try weekly([.tuesday], first: "2026-11-01", last: "2026-11-30")
        #expect(isoDates(schedule.upcomingOccurrences(at: try S.utc("2026-11-20T00:00:00Z"), limit: 5)) == ["2026-11-24"])
        #expect(schedule.upcomingOccurrences(at: try S.utc("2026-12-01T00:00:00Z"), limit: 5).isEmpty)
    }

    /// Brute force: every day of 2026–2028 checked against the definition of each rule.
    @Test func agreesWithDayByDayDefinition() throws {
        let first = try S.date("2026-01-07")
        let weekStart = first.dayNumber - (first.weekday.rawValue - 1)
        for interval in [1, 2, 3, 5] {
            let days: Set<CalendarWeekday> = [.monday, .wednesday, .sunday]
            let schedule = try weekly(days, every: interval, first: first.iso)
            let listed = Set(schedule.occurrences(from: try S.date("2025-06-01"), through: try S.date("2028-12-31")).map(\.date.dayNumber))
            var expected = Set<Int>()
            for day in first.dayNumber...(try S.date("2028-12-31")).dayNumber {
                let date = CalendarDate(dayNumber: day)!
                if days.contains(date.weekday) && ((day - weekStart) / 7) % interval == 0 { expected.insert(day) }
            }
            #expect(listed == expected, "interval \(interval)")
        }
        for ordinal in [1, 2, 3, 4, 5, -1] {
            let schedule = try Schedule.monthly(ordinal: ordinal, weekday: .thursday, from: S.time("10:00"), to: S.time("11:00"), firstDate: first)
            let listed = schedule.occurrences(from: first, through: try S.date("2028-12-31")).map(\.date)
            var expected: [CalendarDate] = []
            for day in first.dayNumber...(try S.date("2028-12-31")).dayNumber {
                let date = CalendarDate(dayNumber: day)!
                guard date.weekday == .thursday else { continue }
                let length = CalendarDate.daysInMonth(year: date.year, month: date.month)
                let matches = ordinal == -1 ? date.day + 7 > length : (date.day - 1) / 7 + 1 == ordinal
                if matches { expected.append(date) }
            }
            #expect(listed == expected, "ordinal \(ordinal)")
        }
    }
}
