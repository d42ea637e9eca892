import Foundation
import GemeinsamCore

/// A row of `occurrences`: one expanded date of an offer (see `OccurrenceWriter`), so that finding "this week near
/// me" is one indexed query.
struct OccurrenceRow: Codable, Sendable {
    var id = UUID()
    var offerID: UUID
    var areaID: Int
    /// UTC instants, seconds since 1970.
    var startsAt: Double
    var endsAt: Double
    /// The date in Europe/Berlin (ISO), its weekday (1 = Monday) and start (minutes since midnight).
    var localDate: String
    var weekday: Int
    var startMinute: Int
    var cancelled: Bool

    init(offerID: UUID, areaID: Int, occurrence: ScheduleOccurrence) {
        self.offerID = offerID
        self.areaID = areaID
        startsAt = occurrence.start.timeIntervalSince1970
        endsAt = occurrence.end.timeIntervalSince1970
        localDate = occurrence.date.iso
        weekday = occurrence.date.weekday.rawValue
        startMinute = occurrence.startTime.minutesSinceMidnight
        cancelled = occurrence.isCancelled
    }

    var start: Date { Date(timeIntervalSince1970: startsAt) }
    var end: Date { Date(timeIntervalSince1970: endsAt) }
}
