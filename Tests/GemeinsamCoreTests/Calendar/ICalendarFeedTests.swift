import Foundation
import Testing
@testable import GemeinsamCore

@Suite struct ICalendarFeedTests {
    typealias S = CalendarTestSupport

    @Test func weeklyEventWrittenByHand() throws {
        // setup
        let schedule = try Schedule.weekly(on: [.thursday, .tuesday], everyWeeks: 2, from: S.time("9:30"), to: S.time("11:00"),
                                           firstDate: S.date("2026-03-19"), lastDate: S.date("2026-04-30"),
                                           cancelledDates: Set(S.dates(["2026-04-14", "2026-04-15"])))
        let feed = ICalendarFeed(name: "Gemeinsam: Test", events: [
            ICalendarEvent(uid: "offer-1@gemeinsam.dortmund", schedule: schedule, summary: "Treff; mit Kaffee"),
        ])
        // act
        let ics = feed.render(stamp: try S.utc("2026-03-01T12:00:00Z"))
        // check: first rule date Thu 19 Mar; weeks of 16 Mar, 30 Mar, 13 Apr, 27 Apr → last Thu 30 Apr 09:30 CEST = 07:30Z;
        // the cancelled Wednesday 15 April is no rule date and gets no EXDATE
        let expected = (["BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//Gemeinsam//Gemeinsam Dortmund//DE", "CALSCALE:GREGORIAN",
                         "METHOD:PUBLISH", "NAME:Gemeinsam: Test", "X-WR-CALNAME:Gemeinsam: Test", "X-WR-TIMEZONE:Europe/Berlin",
                         "REFRESH-INTERVAL;VALUE=DURATION:PT12H", "X-PUBLISHED-TTL:PT12H"]
            + ICalendarFeed.timeZoneLines
            + ["BEGIN:VEVENT", "UID:offer-1@gemeinsam.dortmund", "DTSTAMP:20260301T120000Z",
               "DTSTART;TZID=Europe/Berlin:20260319T093000", "DTEND;TZID=Europe/Berlin:20260319T110000",
               "RRULE:FREQ=WEEKLY;INTERVAL=2;BYDAY=TU,TH;UNTIL=20260430T073000Z;WKST=MO",
               "EXDATE;TZID=Europe/Berlin:20260414T093000",
               #"SUMMARY:Treff\; mit Kaffee"#, "STATUS:CONFIRMED", "END:VEVENT", "END:VCALENDAR"])
            .joined(separator: "\r\n") + "\r\n"
        #expect(ics == expected)
    }

    @Test func recurrenceRules() throws {
        let monthlyFirst = try Schedule.monthly(ordinal: 1, weekday: .friday, from: S.time("18:00"), to: S.time("20:00"),
                                                firstDate: S.date("2026-01-01"), lastDate: S.date("2026-12-31"))
        // last 1st Friday of 2026 is 4 December, 18:00 CET = 17:00Z
        #expect(ICalendarFeed.recurrenceRule(monthlyFirst) == "FREQ=MONTHLY;BYDAY=1FR;UNTIL=20261204T170000Z;WKST=MO")
        let lastSaturday = try Schedule.monthly(ordinal: -1, weekday: .saturday, from: S.time("10:00"), to: S.time("12:00"), firstDate: S.date("2026-01-01"))
        #expect(ICalendarFeed.recurrenceRule(lastSaturday) == "FREQ=MONTHLY;BYDAY=-1SA;WKST=MO")
        // UNTIL in summer time: Tuesday 30 June 2026 14:00 CEST = 12:00Z
        let summer = try Schedule.weekly(on: [.tuesday], from: S.time("14:00"), to: S.time("16:00"), firstDate: S.date("2026-01-06"), lastDate: S.date("2026-07-05"))
        #expect(ICalendarFeed.recurrenceRule(summer) == "FREQ=WEEKLY;INTERVAL=1;BYDAY=TU;UNTIL=20260630T120000Z;WKST=MO")
        #expect(ICalendarFeed.recurrenceRule(try Schedule.once(on: S.date("2026-12-05"), from: S.time("14:00"), to: S.time("16:00"))) == nil)
    }

    @Test func oneOffEventsAndOptionalFields() throws {
        // setup
        let cancelled = try Schedule.once(on: S.date("2026-11-14"), from: S.time("15:00"), to: S.time("17:00"), cancelled: true)
        let event = ICalendarEvent(uid: "offer-9@gemeinsam.dortmund", schedule: cancelled, summary: "Laternen",
                                   description: "Zeile 1\nZeile 2", location: "Eving, Dortmund", url: "https://example.org/a?b=1,2",
                                   latitude: 51.5, longitude: 7.47, lastModified: try S.utc("2026-10-01T08:00:00Z"))
        // act
        let lines = ICalendarFeed.eventLines(event, stamp: "20261101T000000Z")
        // check
        #expect(lines == ["BEGIN:VEVENT", "UID:offer-9@gemeinsam.dortmund", "DTSTAMP:20261101T000000Z",
                          "DTSTART;TZID=Europe/Berlin:20261114T150000", "DTEND;TZID=Europe/Berlin:20261114T170000",
                          "SUMMARY:Laternen", #"DESCRIPTION:Zeile 1\nZeile 2"#, #"LOCATION:Eving\, Dortmund"#,
                          "GEO:51.500000;7.470000", "URL:https://example.org/a?b=1,2", "STATUS:CANCELLED",
                          "LAST-MODIFIED:20261001T080000Z", "END:VEVENT"])
    }

    @Test func everyLineIsShortAndEndsWithCRLF() throws {
        for sample in try CalendarFixtureSamples.all() {
            let ics = sample.feed.render(stamp: CalendarFixtureSamples.stamp)
            #expect(ics.hasSuffix("END:VCALENDAR\r\n"))
            let lines = ics.components(separatedBy: "\r\n").dropLast()
            #expect(lines.allSatisfy { $0.utf8.count <= 75 && !$0.contains("\n") && !$0.contains("\r") })
        }
    }
}
