import Foundation
import Testing
@testable import GemeinsamCore

@Suite struct ScheduleValidationTests {
    typealias S = CalendarTestSupport

    private func make(_ kind: Schedule.Kind, first: String = "2026-01-05", last: String? = nil,
                      from: String = "14:00", to: String = "16:00") throws -> Schedule {
        try Schedule(kind: kind, firstDate: S.date(first), lastDate: last.map(S.date), startTime: S.time(from), endTime: S.time(to))
    }

    @Test func rejectsInvalidInputWithGermanMessages() throws {
        let tuesday = Schedule.Kind.weekly(weekdays: [.tuesday], intervalWeeks: 1)
        let cases: [(() throws -> Schedule, ScheduleError, String)] = [
            ({ try make(tuesday, from: "16:00", to: "14:00") }, .endBeforeStart, "Das Ende liegt vor dem Beginn."),
            ({ try make(tuesday, from: "14:00", to: "14:00") }, .endEqualsStart, "Beginn und Ende sind gleich."),
            ({ try make(.weekly(weekdays: [.tuesday], intervalWeeks: 0)) }, .intervalOutOfRange(0), "Der Abstand muss zwischen 1 und 52 Wochen liegen, nicht 0."),
            ({ try make(.weekly(weekdays: [.tuesday], intervalWeeks: 53)) }, .intervalOutOfRange(53), "Der Abstand muss zwischen 1 und 52 Wochen liegen, nicht 53."),
            ({ try make(.weekly(weekdays: [], intervalWeeks: 1)) }, .noWeekdays, "Bitte mindestens einen Wochentag wählen."),
            ({ try make(.monthly(ordinal: 0, weekday: .friday)) }, .ordinalOutOfRange(0), "Im Monat gibt es nur den 1. bis 5. oder den letzten Wochentag, nicht „0“."),
            ({ try make(.monthly(ordinal: 6, weekday: .friday)) }, .ordinalOutOfRange(6), "Im Monat gibt es nur den 1. bis 5. oder den letzten Wochentag, nicht „6“."),
            ({ try make(.monthly(ordinal: -2, weekday: .friday)) }, .ordinalOutOfRange(-2), "Im Monat gibt es nur den 1. bis 5. oder den letzten Wochentag, nicht „-2“."),
            ({ try make(tuesday, first: "2026-03-01", last: "2026-02-28") }, .lastDateBeforeFirstDate, "Das letzte Datum liegt vor dem ersten."),
            ({ try make(tuesday, first: "1995-12-31") }, .yearOutOfRange(1995), "Termine im Jahr 1995 werden nicht unterstützt, nur von 1996 bis 2999."),
            ({ try make(.once(S.date("2026-12-05")), first: "2026-12-04") }, .onceDateMismatch, "Bei einem einmaligen Termin müssen erstes und letztes Datum der Tag des Termins sein."),
            // Wednesday to Monday: no Tuesday in between
            ({ try make(tuesday, first: "2026-01-07", last: "2026-01-12") }, .noOccurrence, "Zwischen dem ersten und dem letzten Datum liegt kein Termin."),
            // 5th Friday: none from 1 Feb to 30 April 2026 (January and May have one)
            ({ try make(.monthly(ordinal: 5, weekday: .friday), first: "2026-02-01", last: "2026-04-30") }, .noOccurrence, "Zwischen dem ersten und dem letzten Datum liegt kein Termin."),
        ]
        for (build, error, message) in cases {
            #expect(throws: error) { try build() }
            #expect(error.description == message)
        }
    }

    @Test func acceptsBoundaries() throws {
        #expect(throws: Never.self) { try make(.weekly(weekdays: [.monday], intervalWeeks: 52)) }
        #expect(throws: Never.self) { try make(.weekly(weekdays: [.monday], intervalWeeks: 1), first: "2026-01-05", last: "2026-01-05") }
        #expect(throws: Never.self) { try make(.monthly(ordinal: 5, weekday: .friday), first: "2026-01-30", last: "2026-01-30") }
        #expect(throws: Never.self) { try make(.monthly(ordinal: -1, weekday: .sunday), from: "00:00", to: "23:59") }
    }

    @Test func onceSetsLastDate() throws {
        let schedule = try make(.once(S.date("2026-12-05")), first: "2026-12-05")
        #expect(schedule.lastDate?.iso == "2026-12-05")
    }

    @Test func jsonFormatIsFlatAndSorted() throws {
        // setup
        let schedule = try Schedule.weekly(on: [.thursday, .tuesday], everyWeeks: 2, from: S.time("9:30"), to: S.time("11:00"),
                                           firstDate: S.date("2026-01-06"), cancelledDates: Set(S.dates(["2026-12-29", "2026-12-22"])))
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys]
        // act
        let json = String(decoding: try encoder.encode(schedule), as: UTF8.self)
        // check
        #expect(json == #"{"cancelledDates":["2026-12-22","2026-12-29"],"endTime":"11:00","firstDate":"2026-01-06","intervalWeeks":2,"kind":"weekly","lastDate":null,"startTime":"09:30","weekdays":["TU","TH"]}"#)
        #expect(try JSONDecoder().decode(Schedule.self, from: Data(json.utf8)) == schedule)
    }

    @Test func codableRoundTripForAllKinds() throws {
        let schedules = [
            try Schedule.once(on: S.date("2026-12-05"), from: S.time("14:00"), to: S.time("16:00")),
            try Schedule.monthly(ordinal: -1, weekday: .saturday, from: S.time("10:00"), to: S.time("12:00"), firstDate: S.date("2026-01-01"), lastDate: S.date("2026-12-31")),
            try Schedule.weekly(on: [.monday], from: S.time("10:00"), to: S.time("12:00"), firstDate: S.date("2026-01-01")),
        ]
        for schedule in schedules {
            let data = try JSONEncoder().encode(schedule)
            #expect(try JSONDecoder().decode(Schedule.self, from: data) == schedule)
        }
        let once = String(decoding: try JSONEncoder().encode(schedules[0]), as: UTF8.self)
        #expect(once.contains(#""kind":"once""#) && once.contains(#""date":"2026-12-05""#) && !once.contains("firstDate"))
    }

    @Test func decodingValidates() {
        let backwards = #"{"kind":"weekly","weekdays":["TU"],"firstDate":"2026-01-06","startTime":"16:00","endTime":"14:00"}"#
        #expect(throws: ScheduleError.endBeforeStart) { try JSONDecoder().decode(Schedule.self, from: Data(backwards.utf8)) }
        let unknown = #"{"kind":"yearly","firstDate":"2026-01-06","startTime":"14:00","endTime":"16:00"}"#
        #expect(throws: ScheduleError.unknownKind("yearly")) { try JSONDecoder().decode(Schedule.self, from: Data(unknown.utf8)) }
        let badDate = #"{"kind":"once","date":"2026-02-31","startTime":"14:00","endTime":"16:00"}"#
        #expect(throws: DecodingError.self) { try JSONDecoder().decode(Schedule.self, from: Data(badDate.utf8)) }
    }
}
