import Foundation
@testable import GemeinsamCore

/// The sample feeds committed under Fixtures/calendar (an .ics plus the expected occurrences as JSON
/// for bench/calendar/check_ics.py). `ICalendarFixtureTests` keeps them in sync with the writer;
/// run the tests with CALENDAR_FIXTURES_WRITE=1 to rewrite them after a deliberate change.
enum CalendarFixtureSamples {
    typealias S = CalendarTestSupport

    struct Sample {
        var name: String
        var feed: ICalendarFeed
        var from: CalendarDate
        var through: CalendarDate
    }

    static let stamp = Date(timeIntervalSince1970: 1_764_576_000)  // 2025-12-01T08:00:00Z

    static func all() throws -> [Sample] {
        [try weeklyAcrossDaylightSaving(), try everyTwoWeeks(), try place(), try nightOfTheChange()]
    }

    /// Tuesdays 14–16 through 2026 with a cancelled date; text that needs escaping and folding.
    static func weeklyAcrossDaylightSaving() throws -> Sample {
        let schedule = try Schedule.weekly(on: [.tuesday], from: S.time("14:00"), to: S.time("16:00"),
                                           firstDate: S.date("2026-01-06"), lastDate: S.date("2026-12-29"),
                                           cancelledDates: Set(S.dates(["2026-12-22", "2026-03-31"])))
        let event = ICalendarEvent(
            uid: "offer-42@gemeinsam.dortmund", schedule: schedule,
            summary: "Seniorentreff „Kaffeeklatsch“, mit Kuchen; für alle",
            description: "Gemütliches Beisammensein im Begegnungszentrum Hörde.\nBitte bringen Sie gute Laune mit – Rollstuhl-zugänglich, Aufzug vorhanden. Backslash: \\ Ende.",
            location: "Begegnungszentrum Hörde, Hörder Bahnhofstraße 12, 44263 Dortmund",
            url: "https://gemeinsam.dortmund.example/angebote/42",
            latitude: 51.4870, longitude: 7.5058)
        return Sample(name: "offer-weekly-dst",
                      feed: ICalendarFeed(name: "Gemeinsam: Seniorentreff Kaffeeklatsch", events: [event]),
                      from: try S.date("2026-01-01"), through: try S.date("2027-03-31"))
    }

    /// Every 2 weeks on Monday and Thursday, open-ended, starting on a Thursday.
    static func everyTwoWeeks() throws -> Sample {
        let schedule = try Schedule.weekly(on: [.monday, .thursday], everyWeeks: 2, from: S.time("9:30"), to: S.time("11:00"),
                                           firstDate: S.date("2026-01-08"), cancelledDates: Set(S.dates(["2026-04-02"])))
        let event = ICalendarEvent(uid: "offer-7@gemeinsam.dortmund", schedule: schedule, summary: "Sprachcafé Deutsch–Türkçe",
                                   location: "Stadtteilbibliothek Scharnhorst")
        return Sample(name: "offer-biweekly", feed: ICalendarFeed(name: "Gemeinsam: Sprachcafé", events: [event]),
                      from: try S.date("2026-01-01"), through: try S.date("2027-06-30"))
    }

    /// A place with monthly offers (1st Friday, last Saturday, 5th Tuesday) and two one-off dates.
    static func place() throws -> Sample {
        let place = "Jugendfreizeitstätte Eving"
        let events = [
            ICalendarEvent(uid: "offer-100@gemeinsam.dortmund",
                           schedule: try Schedule.monthly(ordinal: 1, weekday: .friday, from: S.time("18:00"), to: S.time("20:00"),
                                                          firstDate: S.date("2026-01-01"), lastDate: S.date("2026-12-31")),
                           summary: "Spieleabend", location: place),
            ICalendarEvent(uid: "offer-101@gemeinsam.dortmund",
                           schedule: try Schedule.monthly(ordinal: -1, weekday: .saturday, from: S.time("10:00"), to: S.time("12:00"),
                                                          firstDate: S.date("2026-02-01"), cancelledDates: [S.date("2026-10-31")]),
                           summary: "Repair-Café", location: place),
            ICalendarEvent(uid: "offer-102@gemeinsam.dortmund",
                           schedule: try Schedule.monthly(ordinal: 5, weekday: .tuesday, from: S.time("14:00"), to: S.time("16:00"),
                                                          firstDate: S.date("2026-01-01"), lastDate: S.date("2027-12-31")),
                           summary: "Fünfter Dienstag: Ausflug", location: place),
            ICalendarEvent(uid: "offer-103@gemeinsam.dortmund",
                           schedule: try Schedule.once(on: S.date("2026-12-05"), from: S.time("14:00"), to: S.time("16:00")),
                           summary: "Adventsbasteln", location: place),
            ICalendarEvent(uid: "offer-104@gemeinsam.dortmund",
                           schedule: try Schedule.once(on: S.date("2026-11-14"), from: S.time("15:00"), to: S.time("17:00"), cancelled: true),
                           summary: "Laternenbasteln (fällt aus)", location: place),
        ]
        return Sample(name: "place-monthly", feed: ICalendarFeed(name: "Gemeinsam: \(place)", events: events),
                      from: try S.date("2026-01-01"), through: try S.date("2027-12-31"))
    }

    /// Saturday-night café 01:30–04:00 and a Sunday 02:30 start: the hours that do not exist
    /// (29 March 2026) or happen twice (25 October 2026).
    static func nightOfTheChange() throws -> Sample {
        let events = [
            ICalendarEvent(uid: "offer-200@gemeinsam.dortmund",
                           schedule: try Schedule.weekly(on: [.sunday], from: S.time("01:30"), to: S.time("04:00"),
                                                         firstDate: S.date("2026-03-01"), lastDate: S.date("2026-11-30")),
                           summary: "Nachtcafé"),
            ICalendarEvent(uid: "offer-201@gemeinsam.dortmund",
                           schedule: try Schedule.weekly(on: [.sunday], from: S.time("02:30"), to: S.time("03:30"),
                                                         firstDate: S.date("2026-03-22"), lastDate: S.date("2026-11-01")),
                           summary: "Sternwarte"),
        ]
        return Sample(name: "night-dst", feed: ICalendarFeed(name: "Gemeinsam: Nachts", events: events),
                      from: try S.date("2026-01-01"), through: try S.date("2026-12-31"))
    }
}
