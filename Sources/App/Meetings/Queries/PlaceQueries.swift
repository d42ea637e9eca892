import Fluent
import Foundation
import SQLKit

/// Reading places and place types: the public pages and the API, the editing lists, and what other pillars need
/// to know about places.
enum PlaceQueries {
    private static let withType: SQLQueryString = """
        SELECT p.*, t.key AS type_key, t.name AS type_name FROM places p JOIN place_types t ON t.id = p.type_id
        """

    static func place(_ id: UUID, on sql: any SQLDatabase) async throws -> PlaceWithType? {
        try await sql.raw("\(withType) WHERE p.id = \(bind: id)").row(PlaceWithType.self)
    }

    /// Published places in the given areas (all areas when nil), by name.
    static func published(areaIDs: [Int]?, on sql: any SQLDatabase) async throws -> [PlaceWithType] {
        var query: SQLQueryString = "\(withType) WHERE p.status = \(bind: PublicationStatus.published.rawValue)"
        if let areaIDs {
            guard !areaIDs.isEmpty else { return [] }
            query += " AND p.area_id IN (\(binds: areaIDs))"
        }
        query += " ORDER BY p.name"
        return try await sql.raw(query).rows(PlaceWithType.self)
    }

    /// The Seniorenbüro (or else a kiosk) of the Stadtbezirk: the phone number on a printed notice.
    static func localContact(districtQuartierIDs: [Int], on sql: any SQLDatabase) async throws -> PlaceWithType? {
        let places = try await published(areaIDs: districtQuartierIDs, on: sql).filter { !$0.phone.isEmpty }
        return places.first { $0.typeKey == "seniorenbuero" } ?? places.first { $0.typeKey == "kiosk" }
    }

    // MARK: editing

    /// The places a person may edit, by name.
    static func editable(in scope: EditScope, on sql: any SQLDatabase) async throws -> [PlaceWithType] {
        try await sql.raw("\(withType) WHERE \(scope.condition("p")) ORDER BY p.name").rows(PlaceWithType.self)
    }

    /// Published places the person may edit (coordinators: all published places), plus `including` (an offer's
    /// current place) so that editing never silently drops it: the places an offer can take place at.
    static func choices(for scope: EditScope, including current: UUID?, on sql: any SQLDatabase) async throws -> [PlaceRow] {
        var query: SQLQueryString = """
            SELECT p.* FROM places p
            WHERE (p.status = \(bind: PublicationStatus.published.rawValue) AND \(scope.condition("p")))
            """
        if let current { query += " OR p.id = \(bind: current)" }
        query += " ORDER BY p.name"
        return try await sql.raw(query).rows(PlaceRow.self)
    }

    // MARK: place types

    static func types(on sql: any SQLDatabase) async throws -> [PlaceTypeRow] {
        try await sql.raw("SELECT * FROM place_types ORDER BY sort, name").rows(PlaceTypeRow.self)
    }

    /// A place type with the number of places of that type.
    typealias TypeUse = Joined<PlaceTypeRow, PlaceCount>

    struct PlaceCount: Decodable, Sendable { var places: Int }

    static func typeUses(on sql: any SQLDatabase) async throws -> [TypeUse] {
        try await sql.raw("""
            SELECT t.id, t.\(ident: "key"), t.name, t.sort, COUNT(p.id) AS places
            FROM place_types t LEFT JOIN places p ON p.type_id = t.id
            GROUP BY t.id, t.\(ident: "key"), t.name, t.sort ORDER BY t.sort, t.name
            """).rows(TypeUse.self)
    }

    /// Adds a place type; returns false when the key exists (also when another request added it first).
    static func insertType(key: String, name: String, on sql: any SQLDatabase) async throws -> Bool {
        let existing = try await sql.raw("SELECT id FROM place_types WHERE \(ident: "key") = \(bind: key)").first()
        if existing != nil { return false }
        let sort = try await sql.raw("SELECT COALESCE(MAX(sort), 0) AS s FROM place_types").first()?
            .decode(column: "s", as: Int.self) ?? 0
        do {
            try await sql.insert(into: "place_types").columns("key", "name", "sort")
                .values(SQLBind(key), SQLBind(name), SQLBind(sort + 10)).run()
        } catch let error as any DatabaseError where error.isConstraintFailure {
            return false
        }
        return true
    }

    // MARK: for the Akteursnetz and the Monitor

    /// Published places an actor runs, by name (the actor's page).
    static func published(operatedBy actorID: UUID, on sql: any SQLDatabase) async throws -> [PlaceRow] {
        try await sql.select().column("*").from("places").where("owner_actor_id", .equal, actorID)
            .where("status", .equal, PublicationStatus.published.rawValue).orderBy("name").rows(PlaceRow.self)
    }

    /// The sample places with their type, by name (the Akteursnetz's sample content gives them operators).
    static func samples(on sql: any SQLDatabase) async throws -> [PlaceWithType] {
        try await sql.raw("\(withType) WHERE p.is_sample = \(bind: true) ORDER BY p.name").rows(PlaceWithType.self)
    }

    /// The number of published places per Quartier (the Monitor's supply of places).
    static func publishedCountPerArea(on sql: any SQLDatabase) async throws -> [Int: Int] {
        let rows = try await sql.raw("""
            SELECT area_id, COUNT(*) AS amount FROM places WHERE status = \(bind: PublicationStatus.published.rawValue)
            GROUP BY area_id
            """).rows(AreaAmount.self)
        return Dictionary(rows.map { ($0.areaID, $0.amount) }, uniquingKeysWith: +)
    }
}

/// An amount per Quartier, from a `GROUP BY area_id`.
struct AreaAmount: Decodable, Sendable {
    var areaID: Int
    var amount: Int
}
