import Foundation

/// The "expected occurrences" JSON read by bench/calendar/check_ics.py, which expands an .ics file
/// with Python's icalendar + recurring-ical-events and compares. Lets CI prove that a feed lists
/// exactly the dates the app shows.
///
/// Format (keys sorted): `{"occurrences":[{"end":"2026-01-06T16:00:00","start":"2026-01-06T14:00:00",
/// "startUTC":"2026-01-06T13:00:00Z","uid":"offer-1@gemeinsam.dortmund"},…],
/// "window":{"from":"2026-01-01","through":"2026-12-31"}}`; local times are Europe/Berlin wall clock
/// as scheduled, the window is inclusive.
public enum ICalendarCheckFile {
    public struct Entry: Codable, Hashable, Sendable {
        public var uid: String
        public var start: String
        public var end: String
        public var startUTC: String
    }

    private struct Window: Codable { var from: String; var through: String }
    private struct File: Codable { var window: Window; var occurrences: [Entry] }

    /// The expected JSON for listed occurrences (as the app shows them, cancelled ones left out) per UID.
    public static func expectedJSON(
        from: CalendarDate, through: CalendarDate, listed: [(uid: String, occurrences: [ScheduleOccurrence])]
    ) -> String {
        let entries = listed.flatMap { uid, occurrences in
            occurrences.filter { !$0.isCancelled }.map { occurrence in
                Entry(uid: uid, start: occurrence.localStart.iso, end: occurrence.localEnd.iso,
                      startUTC: isoUTC(occurrence.start))
            }
        }.sorted { ($0.start, $0.uid) < ($1.start, $1.uid) }
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        let file = File(window: Window(from: from.iso, through: through.iso), occurrences: entries)
        guard let data = try? encoder.encode(file), let text = String(data: data, encoding: .utf8) else { return "" }
        return text + "\n"
    }

    /// The expected JSON for a feed's events, expanded by the recurrence engine.
    public static func expectedJSON(from: CalendarDate, through: CalendarDate, events: [ICalendarEvent]) -> String {
        expectedJSON(from: from, through: through, listed: events.map {
            (uid: $0.uid, occurrences: $0.schedule.occurrences(from: from, through: through))
        })
    }

    /// "2026-01-06T13:00:00Z"
    static func isoUTC(_ instant: Date) -> String {
        let basic = ICalendarText.utcDateTime(instant)  // 20260106T130000Z
        let c = Array(basic)
        return "\(String(c[0..<4]))-\(String(c[4..<6]))-\(String(c[6..<8]))T\(String(c[9..<11])):\(String(c[11..<13])):\(String(c[13..<15]))Z"
    }
}
