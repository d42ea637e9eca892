import Foundation
import GemeinsamCore
import SQLKit

/// One kind of supply in the gap analysis, counted per Quartier from another pillar's tables.
///
/// To add an indicator, write a type that conforms (a `CountedSupply` when one query counts it) and add it to
/// `SupplyIndicators.all`; the gap page, its CSV and the list of included indicators follow.
protocol SupplyIndicator: Sendable {
    /// Stable key for CSV columns.
    var key: String { get }
    /// German name, e.g. „Angebotsstunden pro Woche“.
    var label: String { get }
    /// German unit per 1,000 residents, e.g. „Stunden pro Woche je 1.000 Einwohner*innen“.
    var unitPerThousand: String { get }
    /// What is counted, in one German sentence.
    var explanation: String { get }
    /// Absolute amount per Quartier (area id) on `today`; Quartiere without entries have 0.
    func amounts(today: CalendarDate, on sql: any SQLDatabase) async throws -> [Int: Double]
}

enum SupplyIndicators {
    typealias G = Texts.MonitorGaps

    /// The indicators the gap analysis uses, in display order.
    static var all: [any SupplyIndicator] { [offerHours, places, volunteers] }

    /// Published meeting offers (Begegnung): average hours per week over the coming 12 weeks.
    static var offerHours: CountedSupply { CountedSupply(
        key: "angebotsstunden", label: G.offerHoursLabel, unitPerThousand: G.offerHoursUnit,
        explanation: G.offerHoursExplanation) { _ in
            """
            SELECT area_id, CAST(SUM(weekly_minutes) AS DOUBLE PRECISION) / 60 AS amount FROM offers
            WHERE status = 'published' GROUP BY area_id
            """
        } }

    /// Published places (Orte) of the Begegnung pillar: Seniorenbüros, Begegnungszentren, Cafés, …
    static var places: CountedSupply { CountedSupply(
        key: "orte", label: G.placesLabel, unitPerThousand: G.placesUnit, explanation: G.placesExplanation) { _ in
            """
            SELECT area_id, CAST(COUNT(*) AS DOUBLE PRECISION) AS amount FROM places
            WHERE status = 'published' GROUP BY area_id
            """
        } }

    /// Active volunteers (Nachbarschaftsbörse): people with confirmed volunteer hours in the last 365 days, counted
    /// once in the Quartier of the listing they helped with, or else in their home Quartier (a person who helped in
    /// two Quartiere counts in both).
    static var volunteers: CountedSupply { CountedSupply(
        key: "ehrenamtliche", label: G.volunteersLabel, unitPerThousand: G.volunteersUnit,
        explanation: G.volunteersExplanation) { today in
            """
            SELECT area_id, CAST(COUNT(DISTINCT helper_id) AS DOUBLE PRECISION) AS amount FROM (
              SELECT h.helper_id, COALESCE(l.area_id, u.home_area_id) AS area_id
              FROM volunteer_hours h
              JOIN users u ON u.id = h.helper_id
              LEFT JOIN contact_requests r ON r.id = h.contact_request_id
              LEFT JOIN listings l ON l.id = r.listing_id
              WHERE h.state = \(bind: "confirmed") AND h.date >= \(bind: today.adding(days: -365)!.iso)
            ) AS helpers WHERE area_id IS NOT NULL GROUP BY area_id
            """
        } }
}

/// An indicator counted by one query with the columns `area_id` and `amount` (NULL counts as 0).
struct CountedSupply: SupplyIndicator {
    let key: String
    let label: String
    let unitPerThousand: String
    let explanation: String
    let query: @Sendable (CalendarDate) -> SQLQueryString

    private struct AreaAmount: Decodable {
        var areaID: Int
        var amount: Double?
    }

    func amounts(today: CalendarDate, on sql: any SQLDatabase) async throws -> [Int: Double] {
        let rows = try await sql.raw(query(today)).rows(AreaAmount.self)
        return Dictionary(rows.map { ($0.areaID, $0.amount ?? 0) }, uniquingKeysWith: +)
    }
}
