import Foundation
import GemeinsamCore
import SQLKit

/// A listing as lists and cards show it: public fields only.
struct ListingCard: Sendable {
    var id: Int
    var kind: CoreExchange.Kind
    var category: CoreExchange.Category
    var title: String
    var body: String
    var areaID: Int
    var publicName: String
    var timing: CoreExchange.Timing
    var timingNote: String?
    var validUntil: CalendarDate
    var storedStatus: CoreExchange.Status
    var kioskName: String?
    var isSample: Bool
    var createdAt: Double

    func status(today: CalendarDate) -> CoreExchange.Status {
        CoreExchange.Rules.effectiveStatus(stored: storedStatus, validUntil: validUntil, today: today)
    }
}

/// Everything about a listing except the kiosk visitor's contact, which only `visitorContact` reads.
struct ListingDetail: Sendable {
    var card: ListingCard
    var districtID: Int
    var authorID: UUID?
    var kioskSiteID: Int?
    var moderation: String
    var hidden: Bool
    var consentVersion: String?

    var id: Int { card.id }
    var isKiosk: Bool { kioskSiteID != nil }
    /// Removed by moderation, or hidden pending review.
    var isRemoved: Bool { moderation == "removed" }
}

/// SQL for listings. Hot paths (Quartier lists, suggestions) are single SQLKit queries on indexed columns.
enum ListingQueries {
    static let cardColumns = """
        l.id, l.kind, l.category, l.title, l.body, l.area_id, l.public_name, l.timing, l.timing_date, l.timing_note, \
        l.valid_until, l.status, l.is_sample, l.created_at, k.name AS kiosk_name
        """

    static func card(_ row: any SQLRow) throws -> ListingCard? {
        guard let kind = CoreExchange.Kind(rawValue: try row.decode(column: "kind", as: String.self)),
              let category = CoreExchange.Category(rawValue: try row.decode(column: "category", as: String.self)),
              let timing = CoreExchange.Timing(code: try row.decode(column: "timing", as: String.self),
                                               date: try row.decode(column: "timing_date", as: String?.self)),
              let validUntil = try? CalendarDate(iso: try row.decode(column: "valid_until", as: String.self)),
              let status = CoreExchange.Status(rawValue: try row.decode(column: "status", as: String.self))
        else { return nil }
        return ListingCard(
            id: try row.decode(column: "id", as: Int.self), kind: kind, category: category,
            title: try row.decode(column: "title", as: String.self), body: try row.decode(column: "body", as: String.self),
            areaID: try row.decode(column: "area_id", as: Int.self),
            publicName: try row.decode(column: "public_name", as: String.self), timing: timing,
            timingNote: try row.decode(column: "timing_note", as: String?.self), validUntil: validUntil, storedStatus: status,
            kioskName: try row.decode(column: "kiosk_name", as: String?.self),
            isSample: try row.decode(column: "is_sample", as: Bool.self),
            createdAt: try row.decode(column: "created_at", as: Double.self))
    }

    struct Filter: Sendable {
        var kind: CoreExchange.Kind?
        var category: CoreExchange.Category?
    }

    /// Open, visible listings of some areas, newest first. Returns up to `limit` cards and whether there are more.
    static func open(areas: [Int], filter: Filter, today: CalendarDate, limit: Int, offset: Int,
                     on sql: any SQLDatabase) async throws -> (cards: [ListingCard], more: Bool) {
        guard !areas.isEmpty else { return ([], false) }
        var query: SQLQueryString = """
            SELECT \(unsafeRaw: cardColumns) FROM listings l LEFT JOIN kiosk_sites k ON k.id = l.kiosk_site_id
            WHERE l.area_id IN (\(unsafeRaw: areas.map(String.init).joined(separator: ",")))
              AND l.status = 'open' AND l.hidden = \(false) AND l.valid_until >= \(bind: today.iso)
            """
        if let kind = filter.kind { query += " AND l.kind = \(bind: kind.rawValue)" }
        if let category = filter.category { query += " AND l.category = \(bind: category.rawValue)" }
        query += " ORDER BY l.created_at DESC, l.id DESC LIMIT \(literal: limit + 1) OFFSET \(literal: max(0, offset))"
        let rows = try await sql.raw(query).all()
        let cards = try rows.compactMap(card)
        return (Array(cards.prefix(limit)), cards.count > limit)
    }

    static func detail(id: Int, on sql: any SQLDatabase) async throws -> ListingDetail? {
        guard let row = try await sql.raw("""
            SELECT \(unsafeRaw: cardColumns), l.district_id, l.author_id, l.kiosk_site_id, l.moderation, l.hidden, l.consent_version
            FROM listings l LEFT JOIN kiosk_sites k ON k.id = l.kiosk_site_id WHERE l.id = \(bind: id)
            """).first(), let card = try card(row)
        else { return nil }
        return ListingDetail(
            card: card, districtID: try row.decode(column: "district_id", as: Int.self),
            authorID: try row.decode(column: "author_id", as: UUID?.self),
            kioskSiteID: try row.decode(column: "kiosk_site_id", as: Int?.self),
            moderation: try row.decode(column: "moderation", as: String.self),
            hidden: try row.decode(column: "hidden", as: Bool.self),
            consentVersion: try row.decode(column: "consent_version", as: String?.self))
    }

    static func cards(ids: [Int], on sql: any SQLDatabase) async throws -> [ListingCard] {
        guard !ids.isEmpty else { return [] }
        let rows = try await sql.raw("""
            SELECT \(unsafeRaw: cardColumns) FROM listings l LEFT JOIN kiosk_sites k ON k.id = l.kiosk_site_id
            WHERE l.id IN (\(unsafeRaw: ids.map(String.init).joined(separator: ",")))
            """).all()
        let byID = Dictionary(try rows.compactMap(card).map { ($0.id, $0) }, uniquingKeysWith: { a, _ in a })
        return ids.compactMap { byID[$0] }
    }

    /// Fitting counterparts nearby (pure ranking in `Exchange.Matching`), as cards with their proximity.
    static func suggestions(for listing: ListingDetail, geography: GeographySnapshot, today: CalendarDate,
                            limit: Int = 5, on sql: any SQLDatabase) async throws -> [(ListingCard, CoreExchange.Suggestion)] {
        guard let area = geography.areas[listing.card.areaID] else { return [] }
        let visible = ExchangeSupport.visibleAreas(for: area, geography: geography)
        // All open counterparts of this category and kind in the visible areas, without ORDER BY/LIMIT: so SQLite
        // seeks listings_match_idx (category, kind, status, hidden, area_id) once per area instead of walking all open
        // listings in date order. Listings end after at most 90 days, which keeps this set small; the ranking is
        // `Exchange.Matching` in GemeinsamCore. Only the columns the ranking needs are read.
        let query: SQLQueryString = """
            SELECT l.id, l.timing, l.timing_date, l.area_id, l.created_at, l.valid_until, l.author_id FROM listings l
            WHERE l.category = \(bind: listing.card.category.rawValue) AND l.kind = \(bind: listing.card.kind.counterpart.rawValue)
              AND l.status = 'open' AND l.hidden = \(false)
              AND l.area_id IN (\(unsafeRaw: visible.keys.sorted().map(String.init).joined(separator: ",")))
              AND l.valid_until >= \(bind: today.iso)
            """
        let counterpart = listing.card.kind.counterpart
        var candidates: [CoreExchange.MatchCandidate] = []
        for row in try await sql.raw(query).all() {
            guard let timing = CoreExchange.Timing(code: try row.decode(column: "timing", as: String.self),
                                                   date: try row.decode(column: "timing_date", as: String?.self)),
                  let validUntil = try? CalendarDate(iso: try row.decode(column: "valid_until", as: String.self))
            else { continue }
            let id = try row.decode(column: "id", as: Int.self)
            let author = try row.decode(column: "author_id", as: UUID?.self)
            candidates.append(.init(id: id, kind: counterpart, category: listing.card.category, timing: timing,
                                    areaID: try row.decode(column: "area_id", as: Int.self),
                                    createdAt: try row.decode(column: "created_at", as: Double.self), status: .open,
                                    validUntil: validUntil, ownerKey: author.map { "user:\($0)" } ?? "listing:\(id)"))
        }
        let target = CoreExchange.MatchCandidate(
            id: listing.id, kind: listing.card.kind, category: listing.card.category, timing: listing.card.timing,
            areaID: listing.card.areaID, createdAt: listing.card.createdAt, status: listing.card.storedStatus,
            validUntil: listing.card.validUntil,
            ownerKey: listing.authorID.map { "user:\($0)" } ?? "listing:\(listing.id)")
        let ranked = CoreExchange.Matching.suggestions(for: target, among: candidates, proximity: { visible[$0] }, today: today,
                                                       limit: limit)
        let cards = Dictionary(try await Self.cards(ids: ranked.map(\.id), on: sql).map { ($0.id, $0) }, uniquingKeysWith: { a, _ in a })
        return ranked.compactMap { s in cards[s.id].map { ($0, s) } }
    }

    struct NewListing: Sendable {
        var kind: CoreExchange.Kind
        var category: CoreExchange.Category
        var title: String
        var body: String
        var areaID: Int
        var districtID: Int
        var publicName: String
        var timing: CoreExchange.Timing
        var timingNote: String?
        var validUntil: CalendarDate
        var status: CoreExchange.Status = .open
        var authorID: UUID?
        var kioskSiteID: Int?
        var intakeBy: UUID?
        var visitorContact: String?
        var visitorPhone: String?
        var consentVersion: String?
        var consentAt: Double?
        var isSample = false
        var createdAt = Date().timeIntervalSince1970
    }

    static let insertColumns = [
        "kind", "category", "title", "body", "area_id", "district_id", "public_name", "timing", "timing_date",
        "timing_note", "valid_until", "status", "author_id", "kiosk_site_id", "intake_by", "visitor_contact",
        "visitor_phone", "consent_version", "consent_at", "moderation", "hidden", "created_at", "updated_at", "is_sample",
    ]

    static func values(_ l: NewListing) -> [any SQLExpression] {
        [SQLBind(l.kind.rawValue), SQLBind(l.category.rawValue), SQLBind(l.title), SQLBind(l.body), SQLBind(l.areaID),
         SQLBind(l.districtID), SQLBind(l.publicName), SQLBind(l.timing.code.rawValue), SQLBind(l.timing.date?.iso),
         SQLBind(l.timingNote), SQLBind(l.validUntil.iso), SQLBind(l.status.rawValue), SQLBind(l.authorID),
         SQLBind(l.kioskSiteID), SQLBind(l.intakeBy), SQLBind(l.visitorContact), SQLBind(l.visitorPhone),
         SQLBind(l.consentVersion), SQLBind(l.consentAt), SQLBind("none"), SQLBind(false), SQLBind(l.createdAt),
         SQLBind(l.createdAt), SQLBind(l.isSample)]
    }

    /// Inserts a listing and returns its id.
    static func insert(_ l: NewListing, on sql: any SQLDatabase) async throws -> Int {
        let row = try await sql.insert(into: "listings").columns(insertColumns).values(values(l))
            .returning("id").first()
        return try row!.decode(column: "id", as: Int.self)
    }

    /// Many listings at once (sample content, benchmark), in chunks.
    static func insertMany(_ listings: [NewListing], on sql: any SQLDatabase) async throws {
        for chunk in stride(from: 0, to: listings.count, by: 500).map({ Array(listings[$0..<min($0 + 500, listings.count)]) }) {
            var insert = sql.insert(into: "listings").columns(insertColumns)
            for l in chunk { insert = insert.values(values(l)) }
            try await insert.run()
        }
    }

    static func setStatus(id: Int, to status: CoreExchange.Status, on sql: any SQLDatabase) async throws {
        try await sql.update("listings").set("status", to: SQLBind(status.rawValue))
            .set("updated_at", to: SQLBind(Date().timeIntervalSince1970)).where("id", .equal, SQLBind(id)).run()
    }

    /// The periodic sweep: stores "expired" for open listings whose last day has passed, and forgets the phone
    /// numbers of kiosk visitors whose listings have ended more than 90 days ago.
    @discardableResult
    static func sweep(today: CalendarDate, on sql: any SQLDatabase) async throws -> Int {
        let expired = try await sql.select().column("id").from("listings")
            .where("status", .equal, SQLBind("open")).where("valid_until", .lessThan, SQLBind(today.iso)).all()
            .map { try $0.decode(column: "id", as: Int.self) }
        if !expired.isEmpty {
            try await sql.update("listings").set("status", to: SQLBind("expired"))
                .set("updated_at", to: SQLBind(Date().timeIntervalSince1970))
                .where("status", .equal, SQLBind("open")).where("valid_until", .lessThan, SQLBind(today.iso)).run()
        }
        if let cutoff = today.adding(days: -CoreExchange.Rules.maximumValidityDays) {
            try await sql.update("listings").set("visitor_phone", to: SQLLiteral.null)
                .where("visitor_phone", .isNot, SQLLiteral.null).where("valid_until", .lessThan, SQLBind(cutoff.iso)).run()
        }
        return expired.count
    }

    /// The newest open listings of one Quartier, for its page (one query with LIMIT).
    static func newestInQuartier(_ areaID: Int, today: CalendarDate, limit: Int, on sql: any SQLDatabase) async throws -> [ListingCard] {
        try await open(areas: [areaID], filter: Filter(), today: today, limit: limit, offset: 0, on: sql).cards
    }
}
