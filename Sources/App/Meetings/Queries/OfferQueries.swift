import Foundation
import SQLKit

/// Reading offers: single offers, the offers of a place, the API's filtered list and the editing list. Finding
/// offers by date is in `OfferQueries+Finding.swift`.
enum OfferQueries {
    static func offer(_ id: UUID, on sql: any SQLDatabase) async throws -> Offer? {
        try await sql.select().column("*").from("offers").where("id", .equal, id).row(OfferRow.self).flatMap(Offer.init)
    }

    /// Published offers at a place, by title.
    static func published(atPlace placeID: UUID, on sql: any SQLDatabase) async throws -> [Offer] {
        try await sql.select().column("*").from("offers").where("place_id", .equal, placeID)
            .where("status", .equal, PublicationStatus.published.rawValue).orderBy("title").rows(OfferRow.self)
            .compactMap(Offer.init)
    }

    /// Published offers, optionally filtered (for the API).
    static func published(areaIDs: [Int]?, category: OfferCategory?, audience: Audience?, limit: Int,
                          on sql: any SQLDatabase) async throws -> [Offer] {
        var query = sql.select().column("*").from("offers").where("status", .equal, PublicationStatus.published.rawValue)
        if let areaIDs { query = query.where("area_id", .in, areaIDs) }
        if let category { query = query.where("category", .equal, category.rawValue) }
        if let audience { query = query.where("audiences", .like, KeyList.pattern(audience.rawValue)) }
        return try await query.orderBy("title").orderBy("id").limit(limit).rows(OfferRow.self).compactMap(Offer.init)
    }

    /// The given offers, by title.
    static func offers(ids: [UUID], on sql: any SQLDatabase) async throws -> [Offer] {
        guard !ids.isEmpty else { return [] }
        return try await sql.select().column("*").from("offers").where("id", .in, ids).orderBy("title")
            .rows(OfferRow.self).compactMap(Offer.init)
    }

    /// An offer with the name of its place, for lists.
    typealias WithPlaceName = Joined<OfferRow, PlaceNameColumn>

    struct PlaceNameColumn: Decodable, Sendable { var placeName: String? }

    /// The offers a person may edit, by title.
    static func editable(in scope: EditScope, on sql: any SQLDatabase) async throws -> [WithPlaceName] {
        try await sql.raw("""
            SELECT o.*, p.name AS place_name FROM offers o LEFT JOIN places p ON p.id = o.place_id
            WHERE \(scope.condition("o", actorColumn: "organiser_actor_id")) ORDER BY o.title
            """).rows(WithPlaceName.self)
    }

    // MARK: for the Akteursnetz and the Monitor

    /// Published offers an actor organises, by title (the actor's page).
    static func published(organisedBy actorID: UUID, on sql: any SQLDatabase) async throws -> [OfferRow] {
        try await sql.select().column("*").from("offers").where("organiser_actor_id", .equal, actorID)
            .where("status", .equal, PublicationStatus.published.rawValue).orderBy("title").rows(OfferRow.self)
    }

    /// Minutes per week of the published offers per Quartier (the Monitor's supply of offers).
    static func publishedWeeklyMinutesPerArea(on sql: any SQLDatabase) async throws -> [Int: Int] {
        let rows = try await sql.raw("""
            SELECT area_id, CAST(SUM(weekly_minutes) AS BIGINT) AS amount FROM offers WHERE status = \(bind: PublicationStatus.published.rawValue)
            GROUP BY area_id
            """).rows(AreaAmount.self)
        return Dictionary(rows.map { ($0.areaID, $0.amount) }, uniquingKeysWith: +)
    }
}
