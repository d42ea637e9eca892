import Foundation
import GemeinsamCore
import SQLKit

/// Reading offers and places (SQLKit; these are the hot paths of the pillar).
enum OfferQueries {
    struct ListItem: Sendable {
        var id: UUID
        var title: String
        var category: OfferCategory
        var audiences: [Audience]
        var languages: [String]
        var costKind: CostKind
        var costCents: Int?
        var registrationRequired: Bool
        /// The stored schedule (JSON). Decoded only for the offers a page shows: decoding costs more than
        /// everything else about a row, and lists sort and cut by `nextStart` alone.
        var scheduleText: String
        var schedule: Schedule? { try? OfferSchedule.decode(scheduleText) }
        var areaID: Int
        var isSample: Bool
        var nextStart: Date
        var placeID: UUID?
        var placeName: String?
        var placeLat: Double?
        var placeLon: Double?
        var stepFree: Bool
        var meetingPoint: String
    }

    /// Published offers with a date in the window, in the given areas, sorted by their next date.
    static func upcoming(areaIDs: [Int], filter: OfferFilter, now: Date, limit: Int = 200,
                         on sql: any SQLDatabase) async throws -> [ListItem] {
        guard !areaIDs.isEmpty else { return [] }
        let window = filter.window(now: now)
        var query: SQLQueryString = """
            SELECT o.id, o.title, o.category, o.audiences, o.languages, o.cost_kind, o.cost_cents,
                   o.registration_required, o.schedule, o.area_id, o.is_sample, o.meeting_point, o.place_id,
                   p.name AS place_name, p.lat, p.lon, p.step_free, MIN(oc.starts_at) AS next_start
            FROM occurrences oc
            JOIN offers o ON o.id = oc.offer_id
            LEFT JOIN places p ON p.id = o.place_id
            WHERE oc.area_id IN (\(binds: areaIDs))
              AND oc.ends_at > \(bind: window.from.timeIntervalSince1970)
              AND oc.starts_at < \(bind: window.to.timeIntervalSince1970)
              AND oc.cancelled = \(bind: false)
              AND o.status = \(bind: PublicationStatus.published.rawValue)
            """
        if let weekday = filter.weekday { query += " AND oc.weekday = \(bind: weekday.rawValue)" }
        if let time = filter.timeOfDay {
            query += " AND oc.start_minute >= \(bind: time.minutes.lowerBound) AND oc.start_minute < \(bind: time.minutes.upperBound)"
        }
        if let category = filter.category { query += " AND o.category = \(bind: category.rawValue)" }
        if let audience = filter.audience { query += " AND o.audiences LIKE \(bind: KeyList.pattern(audience.rawValue))" }
        if let language = filter.language { query += " AND o.languages LIKE \(bind: KeyList.pattern(language))" }
        if filter.freeOfCharge { query += " AND o.cost_kind = \(bind: CostKind.free.rawValue)" }
        if filter.noRegistration { query += " AND o.registration_required = \(bind: false)" }
        if filter.stepFree { query += " AND p.step_free = \(bind: true)" }
        query += " GROUP BY o.id, p.id ORDER BY next_start, o.title LIMIT \(bind: limit)"
        let rows = try await sql.raw(query).all()
        return rows.compactMap { row in
            guard let scheduleText = try? row.decode(column: "schedule", as: String.self),
                  let category = OfferCategory(rawValue: (try? row.decode(column: "category", as: String.self)) ?? ""),
                  let cost = CostKind(rawValue: (try? row.decode(column: "cost_kind", as: String.self)) ?? "")
            else { return nil }
            return try? ListItem(
                id: row.decode(column: "id", as: UUID.self),
                title: row.decode(column: "title", as: String.self),
                category: category,
                audiences: KeyList.decode(row.decode(column: "audiences", as: String.self)).compactMap(Audience.init(rawValue:)),
                languages: KeyList.decode(row.decode(column: "languages", as: String.self)),
                costKind: cost,
                costCents: row.decode(column: "cost_cents", as: Int?.self),
                registrationRequired: row.decode(column: "registration_required", as: Bool.self),
                scheduleText: scheduleText,
                areaID: row.decode(column: "area_id", as: Int.self),
                isSample: row.decode(column: "is_sample", as: Bool.self),
                nextStart: Date(timeIntervalSince1970: row.decode(column: "next_start", as: Double.self)),
                placeID: row.decode(column: "place_id", as: UUID?.self),
                placeName: row.decode(column: "place_name", as: String?.self),
                placeLat: row.decode(column: "lat", as: Double?.self),
                placeLon: row.decode(column: "lon", as: Double?.self),
                stepFree: (row.decode(column: "step_free", as: Bool?.self)) ?? false,
                meetingPoint: row.decode(column: "meeting_point", as: String.self))
        }
    }
}

extension OfferQueries {
    struct DateItem: Sendable {
        var offerID: UUID
        var title: String
        var placeName: String?
        var meetingPoint: String
        var start: Date
        var end: Date
        var localDate: String
        var cancelled: Bool
        var isSample: Bool
    }

    /// Every date (also cancelled ones) in [from, to) in the areas or at one place, by time.
    static func dates(areaIDs: [Int], placeID: UUID?, from: Date, to: Date, on sql: any SQLDatabase) async throws -> [DateItem] {
        var query: SQLQueryString = """
            SELECT oc.offer_id, o.title, p.name AS place_name, o.meeting_point, oc.starts_at, oc.ends_at, oc.local_date,
                   oc.cancelled, o.is_sample
            FROM occurrences oc JOIN offers o ON o.id = oc.offer_id LEFT JOIN places p ON p.id = o.place_id
            WHERE oc.starts_at >= \(bind: from.timeIntervalSince1970) AND oc.starts_at < \(bind: to.timeIntervalSince1970)
              AND o.status = \(bind: PublicationStatus.published.rawValue)
            """
        if let placeID { query += " AND o.place_id = \(bind: placeID)" } else {
            guard !areaIDs.isEmpty else { return [] }
            query += " AND oc.area_id IN (\(binds: areaIDs))"
        }
        query += " ORDER BY oc.starts_at, o.title"
        return try await sql.raw(query).all().map { row in
            DateItem(offerID: try row.decode(column: "offer_id", as: UUID.self),
                     title: try row.decode(column: "title", as: String.self),
                     placeName: try row.decode(column: "place_name", as: String?.self),
                     meetingPoint: try row.decode(column: "meeting_point", as: String.self),
                     start: Date(timeIntervalSince1970: try row.decode(column: "starts_at", as: Double.self)),
                     end: Date(timeIntervalSince1970: try row.decode(column: "ends_at", as: Double.self)),
                     localDate: try row.decode(column: "local_date", as: String.self),
                     cancelled: try row.decode(column: "cancelled", as: Bool.self),
                     isSample: try row.decode(column: "is_sample", as: Bool.self))
        }
    }
}
