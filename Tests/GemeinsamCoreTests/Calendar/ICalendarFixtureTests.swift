import Foundation
import Testing
@testable import GemeinsamCore

/// Golden files: the committed .ics and .expected.json under Fixtures/calendar must equal what the
/// writer produces today (they are what bench/calendar/check_ics.py verifies with Python).
@Suite struct ICalendarFixtureTests {
    @Test func fixturesMatchTheWriter() throws {
        let write = ProcessInfo.processInfo.environment["CALENDAR_FIXTURES_WRITE"] == "1"
        let sourceFolder = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
            .deletingLastPathComponent().appendingPathComponent("Fixtures/calendar")
        for sample in try CalendarFixtureSamples.all() {
            // act
            let ics = sample.feed.render(stamp: CalendarFixtureSamples.stamp)
            let expected = ICalendarCheckFile.expectedJSON(from: sample.from, through: sample.through, events: sample.feed.events)
            if write {
                try Data(ics.utf8).write(to: sourceFolder.appendingPathComponent("\(sample.name).ics"))
                try Data(expected.utf8).write(to: sourceFolder.appendingPathComponent("\(sample.name).expected.json"))
                continue
            }
            // check
            let icsURL = try #require(Bundle.module.url(forResource: sample.name, withExtension: "ics", subdirectory: "Fixtures/calendar"))
            let jsonURL = try #require(Bundle.module.url(forResource: "\(sample.name).expected", withExtension: "json", subdirectory: "Fixtures/calendar"))
            #expect(try String(contentsOf: icsURL, encoding: .utf8) == ics, "\(sample.name).ics")
            #expect(try String(contentsOf: jsonURL, encoding: .utf8) == expected, "\(sample.name).expected.json")
        }
    }
}
