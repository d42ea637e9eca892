import Foundation
import Testing
@testable import GemeinsamCore

/// Short constructors for the Wegbegleitung tests.
enum GuidanceTestSupport {
    typealias Offer = GuidanceRecommendations.Offer
    typealias Occurrence = GuidanceRecommendations.Occurrence

    /// Monday 2 March 2026, 09:00 in Dortmund.
    static let today = try! CalendarDate(year: 2026, month: 3, day: 2)
    static let now = EuropeBerlinTime.instant(for: today, try! CalendarTime(hour: 9))
    /// Reinoldikirche, Dortmund's centre.
    static let origin = GeoPoint(lat: 51.5142, lon: 7.4653)

    /// A date `days` after today at the given local time.
    static func occurrence(days: Int, hour: Int, minute: Int = 0) -> Occurrence {
        let date = today.adding(days: days)!
        let time = try! CalendarTime(hour: hour, minute: minute)
        return Occurrence(start: EuropeBerlinTime.instant(for: date, time), weekday: date.weekday,
                          minuteOfDay: time.minutesSinceMidnight)
    }

    /// A point `north` metres north and `east` metres east of the origin (on the mean sphere).
    static func point(north: Double, east: Double = 0) -> GeoPoint {
        let metresPerDegree = 6_371_008.771 * .pi / 180
        return GeoPoint(lat: origin.lat + north / metresPerDegree,
                        lon: origin.lon + east / (metresPerDegree * cos(origin.lat * .pi / 180)))
    }

    static func offer(_ id: String, category: String = "treffpunkt", languages: [String] = [], stepFree: Bool = false,
                      free: Bool = false, north: Double? = 100, dates: [Occurrence] = [occurrence(days: 1, hour: 15)]) -> Offer {
        Offer(id: id, title: "Angebot \(id)", category: category, languages: languages, stepFree: stepFree,
              freeOfCharge: free, location: north.map { point(north: $0) }, occurrences: dates)
    }

    static func fixtureText(_ name: String, _ ext: String = "csv") throws -> String {
        let url = try #require(Bundle.module.url(forResource: name, withExtension: ext, subdirectory: "Fixtures/guidance"))
        return try String(contentsOf: url, encoding: .utf8)
    }
}
