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
        let found = try await upcomingIDs(areaIDs: areaIDs, filter: filter, now: now, limit: limit, on: sql)
        return try await items(found, on: sql)
    }

    /// The ids and next dates of `upcoming` only, in its order: lists sort and count these and load the full rows
    /// of the offers they show (reading wide rows costs more than the query).
    static func upcomingIDs(areaIDs: [Int], filter: OfferFilter, now: Date, limit: Int = 200,
                            on sql: any SQLDatabase) async throws -> [(id: UUID, nextStart: Date)] {
        guard !areaIDs.isEmpty else { return [] }
        let window = filter.window(now: now)
        // Dates are at most a day long, so a date that has not ended started less than two days ago; the bound lets
        // the (area_id, starts_at) index skip the past.
        let earliestStart = window.from.timeIntervalSince1970 - 2 * 86_400
        var query: SQLQueryString = """
            SELECT o.id, MIN(oc.starts_at) AS next_start
            FROM occurrences oc
            JOIN offers o ON o.id = oc.offer_id
            LEFT JOIN places p ON p.id = o.place_id
            WHERE oc.area_id IN (\(binds: areaIDs))
              AND oc.starts_at > \(bind: earliestStart)
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
        query += " GROUP BY o.id, o.title ORDER BY next_start, o.title, o.id LIMIT \(bind: limit)"
        return try await sql.raw(query).all().map { row in
            (try row.decode(column: "id", as: UUID.self),
             Date(timeIntervalSince1970: try row.decode(column: "next_start", as: Double.self)))
        }
    }

    /// The list rows of the given offers, in the given order.
    static func items(_ offers: [(id: UUID, nextStart: Date)], on sql: any SQLDatabase) async throws -> [ListItem] {
        guard !offers.isEmpty else { return [] }
        let rows = try await sql.raw("""
            SELECT o.id, o.title, o.category, o.audiences, o.languages, o.cost_kind, o.cost_cents,
                   o.registration_required, o.schedule, o.area_id, o.is_sample, o.meeting_point, o.place_id,
                   p.name AS place_name, p.lat, p.lon, p.step_free
            FROM offers o LEFT JOIN places p ON p.id = o.place_id
            WHERE o.id IN (\(binds: offers.map(\.id)))
            """).all()
        var byID: [UUID: ListItem] = [:]
        let next = Dictionary(offers.map { ($0.id, $0.nextStart) }, uniquingKeysWith: { a, _ in a })
        for row in rows {
            guard let id = try? row.decode(column: "id", as: UUID.self), let nextStart = next[id],
                  let scheduleText = try? row.decode(column: "schedule", as: String.self),
                  let category = OfferCategory(rawValue: (try? row.decode(column: "category", as: String.self)) ?? ""),
                  let cost = CostKind(rawValue: (try? row.decode(column: "cost_kind", as: String.self)) ?? "")
            else { continue }
            byID[id] = try? ListItem(
                id: id,
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
                nextStart: nextStart,
                placeID: row.decode(column: "place_id", as: UUID?.self),
                placeName: row.decode(column: "place_name", as: String?.self),
                placeLat: row.decode(column: "lat", as: Double?.self),
                placeLon: row.decode(column: "lon", as: Double?.self),
                stepFree: (row.decode(column: "step_free", as: Bool?.self)) ?? false,
                meetingPoint: row.decode(column: "meeting_point", as: String.self))
        }
        return offers.compactMap { byID[$0.id] }
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
