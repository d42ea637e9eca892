import Foundation
import Testing
@testable import GemeinsamCore

@Suite struct EuropeBerlinTimeTests {
    typealias S = CalendarTestSupport

    /// Last Sundays of March and October, from a printed calendar.
    @Test(arguments: [
        (1996, "1996-03-31", "1996-10-27"), (2024, "2024-03-31", "2024-10-27"), (2025, "2025-03-30", "2025-10-26"),
        (2026, "2026-03-29", "2026-10-25"), (2027, "2027-03-28", "2027-10-31"), (2028, "2028-03-26", "2028-10-29"),
        (2029, "2029-03-25", "2029-10-28"), (2030, "2030-03-31", "2030-10-27"),
    ])
    func transitionInstants(year: Int, spring: String, autumn: String) throws {
        let (summer, winter) = EuropeBerlinTime.transitions(year: year)
        #expect(summer == (try S.utc("\(spring)T01:00:00Z")))
        #expect(winter == (try S.utc("\(autumn)T01:00:00Z")))
    }

    @Test func offsetsAroundTheChangesIn2026() throws {
        #expect(EuropeBerlinTime.utcOffsetSeconds(at: try S.utc("2026-03-29T00:59:59Z")) == 3600)
        #expect(EuropeBerlinTime.utcOffsetSeconds(at: try S.utc("2026-03-29T01:00:00Z")) == 7200)
        #expect(EuropeBerlinTime.utcOffsetSeconds(at: try S.utc("2026-10-25T00:59:59Z")) == 7200)
        #expect(EuropeBerlinTime.utcOffsetSeconds(at: try S.utc("2026-10-25T01:00:00Z")) == 3600)
        #expect(EuropeBerlinTime.utcOffsetSeconds(at: try S.utc("2026-07-01T12:00:00Z")) == 7200)
        #expect(EuropeBerlinTime.utcOffsetSeconds(at: try S.utc("2026-12-31T23:30:00Z")) == 3600)
    }

    @Test func wallClockToInstant() throws {
        let springDay = try S.date("2026-03-29")
        let autumnDay = try S.date("2026-10-25")
        #expect(EuropeBerlinTime.instant(for: springDay, try S.time("01:59")) == (try S.utc("2026-03-29T00:59:00Z")))
        // 02:30 does not exist: read with the offset before the gap, i.e. 03:30 CEST
        #expect(EuropeBerlinTime.instant(for: springDay, try S.time("02:30")) == (try S.utc("2026-03-29T01:30:00Z")))
        #expect(EuropeBerlinTime.instant(for: springDay, try S.time("03:00")) == (try S.utc("2026-03-29T01:00:00Z")))
        // 02:30 happens twice: the first one (CEST)
        #expect(EuropeBerlinTime.instant(for: autumnDay, try S.time("02:30")) == (try S.utc("2026-10-25T00:30:00Z")))
        #expect(EuropeBerlinTime.instant(for: autumnDay, try S.time("03:00")) == (try S.utc("2026-10-25T02:00:00Z")))
        #expect(EuropeBerlinTime.instant(for: autumnDay, try S.time("01:59")) == (try S.utc("2026-10-24T23:59:00Z")))
    }

    @Test func instantToWallClock() throws {
        #expect(EuropeBerlinTime.localDateTime(at: try S.utc("2026-10-25T00:30:00Z"))?.iso == "2026-10-25T02:30:00")
        #expect(EuropeBerlinTime.localDateTime(at: try S.utc("2026-10-25T01:30:00Z"))?.iso == "2026-10-25T02:30:00")
        #expect(EuropeBerlinTime.localDateTime(at: try S.utc("2026-03-29T01:30:00Z"))?.iso == "2026-03-29T03:30:00")
        #expect(EuropeBerlinTime.localDateTime(at: try S.utc("2026-12-31T23:30:00Z"))?.iso == "2027-01-01T00:30:00")
        #expect(EuropeBerlinTime.localDateTime(at: try S.utc("1969-12-31T23:30:00Z"))?.iso == "1970-01-01T00:30:00")
    }

    /// Cross-check against the system's tz database where one is installed (not needed by the code).
    @Test func agreesWithSystemTimeZoneDatabase() throws {
        guard let zone = TimeZone(identifier: "Europe/Berlin"), zone.secondsFromGMT(for: try S.utc("2026-07-01T00:00:00Z")) == 7200 else { return }
        var checked = 0
        var instant = try S.utc("1996-01-01T00:30:00Z")
        let end = try S.utc("2038-01-01T00:00:00Z")
        while instant < end {
            #expect(EuropeBerlinTime.utcOffsetSeconds(at: instant) == zone.secondsFromGMT(for: instant), "\(instant)")
            instant += 3 * 3600 + 17 * 60
            checked += 1
        }
        #expect(checked > 100_000)
    }
}
