import Foundation
import GemeinsamCore
import SQLKit

/// The candidates of the ranking: published offers with their next date in the window that suits the person's
/// weekdays and times of day. The stored dates (`occurrences`) are filtered in SQL, so each offer comes back once,
/// with that one date — the ranking (`GuidanceRecommendations.rank`, Core) then applies the same rules again.
enum RecommendationQueries {
    private struct Candidate: Decodable {
        var id: UUID
        var title: String
        var category: String
        var languages: String
        var costKind: String
        var nextStart: Double
        var stepFree: Bool?
        var lat: Double?
        var lon: Double?
    }

    /// The candidates in the given Quartiere (`occurrences.area_id`, indexed with the start).
    static func candidates(areaIDs: [Int], needs: GuidanceRecommendations.Needs, from: Date, days: Int,
                           on sql: any SQLDatabase) async throws -> [GuidanceRecommendations.Offer] {
        guard !areaIDs.isEmpty else { return [] }
        let until = from.addingTimeInterval(Double(days) * 86_400)
        var dates: SQLQueryString = """
            SELECT offer_id, MIN(starts_at) AS next_start FROM occurrences
            WHERE area_id IN (\(binds: areaIDs))
              AND starts_at >= \(bind: from.timeIntervalSince1970) AND starts_at < \(bind: until.timeIntervalSince1970)
              AND cancelled = \(bind: false)
            """
        if !needs.weekdays.isEmpty { dates += " AND weekday IN (\(binds: needs.weekdays.map(\.rawValue).sorted()))" }
        if !needs.timesOfDay.isEmpty {
            let ranges: [SQLQueryString] = needs.timesOfDay.sorted().map {
                "(start_minute >= \(bind: $0.minutes.lowerBound) AND start_minute < \(bind: $0.minutes.upperBound))"
            }
            dates += " AND (" + ranges.joined(separator: " OR ") + ")"
        }
        dates += " GROUP BY offer_id"
        var query: SQLQueryString = """
            SELECT o.id, o.title, o.category, o.languages, o.cost_kind, n.next_start, p.step_free, p.lat, p.lon
            FROM (
            """
        query += dates + """
            ) n
            JOIN offers o ON o.id = n.offer_id
            LEFT JOIN places p ON p.id = o.place_id
            WHERE o.status = \(bind: PublicationStatus.published.rawValue)
            """
        if needs.needsStepFree { query += " AND p.step_free = \(bind: true)" }
        if needs.onlyFree { query += " AND o.cost_kind = \(bind: CostKind.free.rawValue)" }
        return try await sql.raw(query).rows(Candidate.self).map { row in
            let start = Date(timeIntervalSince1970: row.nextStart)
            let local = EuropeBerlinTime.localDateTime(at: start)
            let occurrence = GuidanceRecommendations.Occurrence(
                start: start, weekday: local?.date.weekday ?? .monday,
                minuteOfDay: local.map { $0.time.minutesSinceMidnight } ?? 0)
            return GuidanceRecommendations.Offer(
                id: row.id.uuidString.lowercased(), title: row.title, category: row.category,
                languages: KeyList.decode(row.languages), stepFree: row.stepFree ?? false,
                freeOfCharge: row.costKind == CostKind.free.rawValue,
                location: row.lat.flatMap { lat in row.lon.map { GeoPoint(lat: lat, lon: $0) } },
                occurrences: [occurrence])
        }
    }
}
