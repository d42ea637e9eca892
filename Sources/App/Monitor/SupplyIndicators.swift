import Foundation
import GemeinsamCore
import SQLKit

/// One kind of supply in the gap analysis, counted per Quartier from another pillar's tables.
///
/// To add an indicator, write a type that conforms and add it to `SupplyIndicators.all`; the gap page, its CSV and
/// the list of included indicators follow.
protocol SupplyIndicator: Sendable {
    /// Stable key for CSV columns.
    var key: String { get }
    /// German name, e.g. „Angebotsstunden pro Woche“.
    var label: String { get }
    /// German unit per 1,000 residents, e.g. „Stunden pro Woche je 1.000 Einwohner*innen“.
    var unitPerThousand: String { get }
    /// What is counted, in one German sentence.
    var explanation: String { get }
    /// Absolute amount per Quartier (area id); Quartiere without entries have 0.
    func amounts(on sql: any SQLDatabase) async throws -> [Int: Double]
}

enum SupplyIndicators {
    /// The indicators the gap analysis uses, in display order.
    static let all: [any SupplyIndicator] = [OfferHoursIndicator(), PlacesIndicator(), VolunteersIndicator()]
}

/// Published meeting offers (Begegnung): average hours per week over the coming 12 weeks.
struct OfferHoursIndicator: SupplyIndicator {
    var key: String { "angebotsstunden" }
    var label: String { "Angebotsstunden pro Woche" }
    var unitPerThousand: String { "Stunden pro Woche je 1.000 Einwohner*innen" }
    var explanation: String {
        "Veröffentlichte Angebote der Säule Begegnung im Quartier, durchschnittliche Stunden pro Woche in den nächsten 12 Wochen."
    }

    func amounts(on sql: any SQLDatabase) async throws -> [Int: Double] {
        let rows = try await sql.raw("""
            SELECT area_id, CAST(SUM(weekly_minutes) AS DOUBLE PRECISION) AS minutes FROM offers WHERE status = 'published' GROUP BY area_id
            """).all()
        var out: [Int: Double] = [:]
        for row in rows {
            out[try row.decode(column: "area_id", as: Int.self)] = (try row.decode(column: "minutes", as: Double?.self) ?? 0) / 60
        }
        return out
    }
}

/// Published places (Orte) of the Begegnung pillar: Seniorenbüros, Begegnungszentren, Cafés, …
struct PlacesIndicator: SupplyIndicator {
    var key: String { "orte" }
    var label: String { "Orte zum Treffen" }
    var unitPerThousand: String { "Orte je 1.000 Einwohner*innen" }
    var explanation: String { "Veröffentlichte Orte der Säule Begegnung im Quartier (z. B. Seniorenbüro, Stadtteilbüro, Café)." }

    func amounts(on sql: any SQLDatabase) async throws -> [Int: Double] {
        let rows = try await sql.raw("""
            SELECT area_id, COUNT(*) AS places FROM places WHERE status = 'published' GROUP BY area_id
            """).all()
        var out: [Int: Double] = [:]
        for row in rows {
            out[try row.decode(column: "area_id", as: Int.self)] = Double(try row.decode(column: "places", as: Int.self))
        }
        return out
    }
}

/// Active volunteers (Nachbarschaftsbörse): people with confirmed volunteer hours in the last 365 days, counted
/// once in the Quartier of the listing they helped with, or else in their home Quartier.
struct VolunteersIndicator: SupplyIndicator {
    var key: String { "ehrenamtliche" }
    var label: String { "Aktive Ehrenamtliche" }
    var unitPerThousand: String { "Ehrenamtliche je 1.000 Einwohner*innen" }
    var explanation: String {
        "Personen mit bestätigten Ehrenamtsstunden in der Nachbarschaftsbörse in den letzten 365 Tagen, gezählt im Quartier des Eintrags, bei dem sie geholfen haben (sonst in ihrem Wohnquartier)."
    }
    var today: @Sendable () -> CalendarDate = { EuropeBerlinTime.localDateTime(at: Date())!.date }

    func amounts(on sql: any SQLDatabase) async throws -> [Int: Double] {
        let since = today().adding(days: -365)!.iso
        // one row per person and Quartier; a person who helped in two Quartiere counts in both
        let rows = try await sql.raw("""
            SELECT area_id, COUNT(DISTINCT helper_id) AS people FROM (
              SELECT h.helper_id, COALESCE(l.area_id, u.home_area_id) AS area_id
              FROM volunteer_hours h
              JOIN users u ON u.id = h.helper_id
              LEFT JOIN contact_requests r ON r.id = h.contact_request_id
              LEFT JOIN listings l ON l.id = r.listing_id
              WHERE h.state = \(bind: "confirmed") AND h.date >= \(bind: since)
            ) AS helpers WHERE area_id IS NOT NULL GROUP BY area_id
            """).all()
        var out: [Int: Double] = [:]
        for row in rows {
            out[try row.decode(column: "area_id", as: Int.self)] = Double(try row.decode(column: "people", as: Int.self))
        }
        return out
    }
}
