import Foundation
import GemeinsamCore
import SQLKit

/// Finding offers by their dates (SQLKit; these are the hot paths of the pillar).
extension OfferQueries {
    /// An offer in a list: the offer with the place it takes place at and its next date.
    @dynamicMemberLookup
    struct ListItem: Sendable {
        var offer: Joined<OfferRow, PlaceColumns>
        var nextStart: Date

        /// The schedule is decoded only for the offers a page shows: decoding costs more than everything else about
        /// a row, and lists sort and cut by `nextStart` alone.
        var schedule: Schedule? { try? OfferSchedule.decode(offer.row.schedule) }
        var stepFree: Bool { offer.placeStepFree ?? false }

        subscript<T>(dynamicMember keyPath: KeyPath<OfferRow, T>) -> T { offer.row[keyPath: keyPath] }
        subscript<T>(dynamicMember keyPath: KeyPath<PlaceColumns, T>) -> T { offer.extra[keyPath: keyPath] }
    }

    /// What a list shows of an offer's place (none for an offer outdoors).
    struct PlaceColumns: Decodable, Sendable {
        var placeName: String?
        var placeLat: Double?
        var placeLon: Double?
        var placeStepFree: Bool?
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
        query += " GROUP BY o.id, o.title ORDER BY "
        if let preferred = filter.preferredLanguage, filter.language == nil {
            query += "MIN(CASE WHEN o.languages LIKE \(bind: KeyList.pattern(preferred)) THEN 0 ELSE 1 END), "
        }
        query += "next_start, o.title, o.id LIMIT \(bind: limit)"
        return try await sql.raw(query).rows(NextDate.self).map { ($0.id, Date(timeIntervalSince1970: $0.nextStart)) }
    }

    private struct NextDate: Decodable {
        var id: UUID
        var nextStart: Double
    }

    /// The list rows of the given offers, in the given order.
    static func items(_ offers: [(id: UUID, nextStart: Date)], on sql: any SQLDatabase) async throws -> [ListItem] {
        guard !offers.isEmpty else { return [] }
        let rows = try await sql.raw("""
            SELECT o.*, p.name AS place_name, p.lat AS place_lat, p.lon AS place_lon, p.step_free AS place_step_free
            FROM offers o LEFT JOIN places p ON p.id = o.place_id
            WHERE o.id IN (\(binds: offers.map(\.id)))
            """).rows(Joined<OfferRow, PlaceColumns>.self)
        let byID = Dictionary(rows.map { ($0.id, $0) }, uniquingKeysWith: { a, _ in a })
        return offers.compactMap { found in byID[found.id].map { ListItem(offer: $0, nextStart: found.nextStart) } }
    }
}

extension OfferQueries {
    /// A date of an offer with what a calendar or a notice shows about the offer.
    typealias DateItem = Joined<OccurrenceRow, DateColumns>

    struct DateColumns: Decodable, Sendable {
        var title: String
        var placeName: String?
        var meetingPoint: String
        var isSample: Bool
    }

    /// Every date (also cancelled ones) in [from, to) in the areas or at one place, by time.
    static func dates(areaIDs: [Int], placeID: UUID?, from: Date, to: Date, on sql: any SQLDatabase) async throws -> [DateItem] {
        var query: SQLQueryString = """
            SELECT oc.*, o.title, p.name AS place_name, o.meeting_point, o.is_sample
            FROM occurrences oc JOIN offers o ON o.id = oc.offer_id LEFT JOIN places p ON p.id = o.place_id
            WHERE oc.starts_at >= \(bind: from.timeIntervalSince1970) AND oc.starts_at < \(bind: to.timeIntervalSince1970)
              AND o.status = \(bind: PublicationStatus.published.rawValue)
            """
        if let placeID { query += " AND o.place_id = \(bind: placeID)" } else {
            guard !areaIDs.isEmpty else { return [] }
            query += " AND oc.area_id IN (\(binds: areaIDs))"
        }
        query += " ORDER BY oc.starts_at, o.title"
        return try await sql.raw(query).rows(DateItem.self)
    }
}
