import Foundation
import GemeinsamCore
import SQLKit

/// SQL for listings. Hot paths (Quartier lists, suggestions) are single SQLKit queries on indexed columns.
enum ListingQueries {
    struct Filter: Sendable {
        var kind: CoreExchange.Kind?
        var category: CoreExchange.Category?
    }

    /// The areas whose listings are shown for a Quartier: itself, its neighbours, the rest of its Stadtbezirk.
    static func visibleAreas(for quartier: AreaRecord, geography: GeographySnapshot) -> [Int: CoreExchange.Proximity] {
        var result: [Int: CoreExchange.Proximity] = [quartier.id: .sameQuartier]
        if let district = geography.parent(of: quartier) {
            for sibling in geography.children(of: district) where sibling.kind == .statisticalDistrict && result[sibling.id] == nil {
                result[sibling.id] = .sameDistrict
            }
        }
        for n in geography.neighbours(of: quartier) where n.kind == .statisticalDistrict && result[n.id] != .sameQuartier {
            result[n.id] = .neighbour
        }
        return result
    }

    private static func idList(_ ids: [Int]) -> String { ids.map(String.init).joined(separator: ",") }

    /// Open, visible listings of some areas, newest first. Returns up to `limit` listings and whether there are more.
    static func open(areas: [Int], filter: Filter, today: CalendarDate, limit: Int, offset: Int,
                     on sql: any SQLDatabase) async throws -> (listings: [Listing], more: Bool) {
        guard !areas.isEmpty else { return ([], false) }
        var query: SQLQueryString = """
            \(unsafeRaw: Listing.select)
            WHERE l.area_id IN (\(unsafeRaw: idList(areas)))
              AND l.status = 'open' AND l.hidden = \(false) AND l.valid_until >= \(bind: today.iso)
            """
        if let kind = filter.kind { query += " AND l.kind = \(bind: kind.rawValue)" }
        if let category = filter.category { query += " AND l.category = \(bind: category.rawValue)" }
        query += " ORDER BY l.created_at DESC, l.id DESC LIMIT \(literal: limit + 1) OFFSET \(literal: max(0, offset))"
        let listings = try await sql.raw(query).rows(Listing.self)
        return (Array(listings.prefix(limit)), listings.count > limit)
    }

    /// The newest open listings in the whole city.
    static func newestCitywide(today: CalendarDate, limit: Int, on sql: any SQLDatabase) async throws -> [Listing] {
        try await sql.raw("""
            \(unsafeRaw: Listing.select)
            WHERE l.status = 'open' AND l.hidden = \(false) AND l.valid_until >= \(bind: today.iso)
            ORDER BY l.created_at DESC LIMIT \(literal: limit)
            """).rows(Listing.self)
    }

    /// An author's listings, newest first.
    static func byAuthor(_ userID: UUID, on sql: any SQLDatabase) async throws -> [Listing] {
        try await sql.raw("""
            \(unsafeRaw: Listing.select) WHERE l.author_id = \(bind: userID) ORDER BY l.created_at DESC LIMIT 200
            """).rows(Listing.self)
    }

    static func find(_ id: Int, on sql: any SQLDatabase) async throws -> Listing? {
        try await sql.raw("\(unsafeRaw: Listing.select) WHERE l.id = \(bind: id)").row(Listing.self)
    }

    /// Listings by id, in the order of `ids`.
    static func listings(ids: [Int], on sql: any SQLDatabase) async throws -> [Listing] {
        guard !ids.isEmpty else { return [] }
        let rows = try await sql.raw("\(unsafeRaw: Listing.select) WHERE l.id IN (\(unsafeRaw: idList(ids)))").rows(Listing.self)
        let byID = Dictionary(rows.map { ($0.id, $0) }, uniquingKeysWith: { a, _ in a })
        return ids.compactMap { byID[$0] }
    }

    /// Fitting counterparts nearby (pure ranking in `Exchange.Matching`), with their proximity.
    static func suggestions(for listing: Listing, geography: GeographySnapshot, today: CalendarDate,
                            limit: Int = 5, on sql: any SQLDatabase) async throws -> [(Listing, CoreExchange.Suggestion)] {
        guard let area = geography.areas[listing.areaID] else { return [] }
        let visible = visibleAreas(for: area, geography: geography)
        // All open counterparts of this category and kind in the visible areas, without ORDER BY/LIMIT: so SQLite
        // seeks listings_match_idx (category, kind, status, hidden, area_id) once per area instead of walking all open
        // listings in date order. Listings end after at most 90 days, which keeps this set small; the ranking is
        // `Exchange.Matching` in GemeinsamCore. Only the columns the ranking needs are read (`RankingColumns`); the
        // few listings shown are read whole afterwards.
        let counterpart = listing.kind.counterpart
        let candidates = try await sql.raw("""
            SELECT l.id, l.timing, l.timing_date, l.area_id, l.created_at, l.valid_until, l.author_id FROM listings l
            WHERE l.category = \(bind: listing.category.rawValue) AND l.kind = \(bind: counterpart.rawValue)
              AND l.status = 'open' AND l.hidden = \(false)
              AND l.area_id IN (\(unsafeRaw: idList(visible.keys.sorted())))
              AND l.valid_until >= \(bind: today.iso)
            """).rows(RankingColumns.self).map { $0.candidate(kind: counterpart, category: listing.category) }
        let ranked = CoreExchange.Matching.suggestions(for: listing.row.matchCandidate, among: candidates,
                                                       proximity: { visible[$0] }, today: today, limit: limit)
        let shown = Dictionary(try await listings(ids: ranked.map(\.id), on: sql).map { ($0.id, $0) },
                               uniquingKeysWith: { a, _ in a })
        return ranked.compactMap { s in shown[s.id].map { ($0, s) } }
    }

    /// What the ranking reads of an open counterpart. The suggestions query reads every open counterpart nearby (often
    /// over a hundred rows), so it reads these seven columns of `listings` instead of whole `ListingRow`s.
    private struct RankingColumns: Decodable {
        var id: Int
        var timing: CoreExchange.Timing.Code
        var timingDate: CalendarDate?
        var areaID: Int
        var createdAt: Double
        var validUntil: CalendarDate
        var authorID: UUID?

        func candidate(kind: CoreExchange.Kind, category: CoreExchange.Category) -> CoreExchange.MatchCandidate {
            .init(id: id, kind: kind, category: category, timing: ListingRow.timeframe(timing, date: timingDate), areaID: areaID,
                  createdAt: createdAt, status: .open, validUntil: validUntil,
                  ownerKey: ListingRow.ownerKey(authorID: authorID, id: id))
        }
    }

    private static let insertColumns = [
        "kind", "category", "title", "body", "area_id", "district_id", "public_name", "timing", "timing_date",
        "timing_note", "valid_until", "status", "author_id", "kiosk_site_id", "intake_by", "visitor_contact",
        "visitor_phone", "consent_version", "consent_at", "moderation", "hidden", "created_at", "updated_at", "is_sample",
    ]

    private static func values(_ l: ListingRow) -> [any SQLExpression] {
        [SQLBind(l.kind.rawValue), SQLBind(l.category.rawValue), SQLBind(l.title), SQLBind(l.body), SQLBind(l.areaID),
         SQLBind(l.districtID), SQLBind(l.publicName), SQLBind(l.timing.rawValue), SQLBind(l.timingDate?.iso),
         SQLBind(l.timingNote), SQLBind(l.validUntil.iso), SQLBind(l.status.rawValue), SQLBind(l.authorID),
         SQLBind(l.kioskSiteID), SQLBind(l.intakeBy), SQLBind(l.visitorContact), SQLBind(l.visitorPhone),
         SQLBind(l.consentVersion), SQLBind(l.consentAt), SQLBind(l.moderation), SQLBind(l.hidden), SQLBind(l.createdAt),
         SQLBind(l.updatedAt), SQLBind(l.isSample)]
    }

    /// Inserts a listing and returns its id.
    static func insert(_ l: ListingRow, on sql: any SQLDatabase) async throws -> Int {
        let row = try await sql.insert(into: "listings").columns(insertColumns).values(values(l))
            .returning("id").first()
        return try row!.decode(column: "id", as: Int.self)
    }

    /// Many listings at once (sample content, benchmark), in chunks.
    static func insertMany(_ listings: [ListingRow], on sql: any SQLDatabase) async throws {
        for chunk in stride(from: 0, to: listings.count, by: 500).map({ Array(listings[$0..<min($0 + 500, listings.count)]) }) {
            var insert = sql.insert(into: "listings").columns(insertColumns)
            for l in chunk { insert = insert.values(values(l)) }
            try await insert.run()
        }
    }

    static func setStatus(id: Int, to status: CoreExchange.Status, now: Date, on sql: any SQLDatabase) async throws {
        try await sql.update("listings").set("status", to: SQLBind(status.rawValue))
            .set("updated_at", to: SQLBind(now.timeIntervalSince1970)).where("id", .equal, SQLBind(id)).run()
    }

    /// The periodic sweep: stores "expired" for open listings whose last day has passed, and forgets the phone
    /// numbers of kiosk visitors whose listings have ended more than 90 days ago.
    @discardableResult
    static func sweep(today: CalendarDate, now: Date, on sql: any SQLDatabase) async throws -> Int {
        let expired = try await sql.select().column("id").from("listings")
            .where("status", .equal, SQLBind("open")).where("valid_until", .lessThan, SQLBind(today.iso)).all()
        if !expired.isEmpty {
            try await sql.update("listings").set("status", to: SQLBind("expired"))
                .set("updated_at", to: SQLBind(now.timeIntervalSince1970))
                .where("status", .equal, SQLBind("open")).where("valid_until", .lessThan, SQLBind(today.iso)).run()
        }
        if let cutoff = today.adding(days: -CoreExchange.Rules.maximumValidityDays) {
            try await sql.update("listings").set("visitor_phone", to: SQLLiteral.null)
                .where("visitor_phone", .isNot, SQLLiteral.null).where("valid_until", .lessThan, SQLBind(cutoff.iso)).run()
        }
        return expired.count
    }
}

extension ListingRow {
    /// What the ranking in `Exchange.Matching` needs to know.
    var matchCandidate: CoreExchange.MatchCandidate {
        .init(id: id, kind: kind, category: category, timing: timeframe, areaID: areaID, createdAt: createdAt,
              status: status, validUntil: validUntil, ownerKey: ownerKey)
    }
}
