import Fluent
import Foundation
import GemeinsamCore
import SQLKit

/// Reading places and offers for editing, the lists of /verwalten, place types and the change history.
enum EditingQueries {
    // MARK: places

    struct PlaceRecord: Sendable {
        var id: UUID
        var input: MeetingsWriter.PlaceInput
        var typeName: String
        var createdAt: Date
    }

    static func place(_ id: UUID, on sql: any SQLDatabase) async throws -> PlaceRecord? {
        guard let row = try await sql.raw("""
            SELECT p.*, t.name AS type_name FROM places p JOIN place_types t ON t.id = p.type_id
            WHERE p.id = \(bind: id)
            """).first()
        else { return nil }
        let input = MeetingsWriter.PlaceInput(
            name: try row.decode(column: "name", as: String.self),
            typeID: try row.decode(column: "type_id", as: Int.self),
            street: try row.decode(column: "street", as: String.self),
            postalCode: try row.decode(column: "postal_code", as: String.self),
            city: try row.decode(column: "city", as: String.self),
            lat: try row.decode(column: "lat", as: Double.self),
            lon: try row.decode(column: "lon", as: Double.self),
            areaID: try row.decode(column: "area_id", as: Int.self),
            stepFree: try row.decode(column: "step_free", as: Bool.self),
            accessibleWC: try row.decode(column: "accessible_wc", as: Bool.self),
            elevator: try row.decode(column: "elevator", as: Bool.self),
            hearingLoop: try row.decode(column: "hearing_loop", as: Bool.self),
            disabledParking: try row.decode(column: "disabled_parking", as: Bool.self),
            openingHours: try row.decode(column: "opening_hours", as: String.self),
            phone: try row.decode(column: "phone", as: String.self),
            email: try row.decode(column: "email", as: String.self),
            website: try row.decode(column: "website", as: String.self),
            description: try row.decode(column: "description", as: String.self),
            ownerUserID: try row.decode(column: "owner_user_id", as: UUID?.self),
            ownerActorID: try row.decode(column: "owner_actor_id", as: UUID?.self),
            status: PublicationStatus(rawValue: try row.decode(column: "status", as: String.self)) ?? .draft,
            isSample: try row.decode(column: "is_sample", as: Bool.self))
        return PlaceRecord(id: id, input: input, typeName: try row.decode(column: "type_name", as: String.self),
                           createdAt: Date(timeIntervalSince1970: try row.decode(column: "created_at", as: Double.self)))
    }

    // MARK: offers

    struct OfferRecord: Sendable {
        var id: UUID
        var input: MeetingsWriter.OfferInput
    }

    static func offer(_ id: UUID, on sql: any SQLDatabase) async throws -> OfferRecord? {
        guard let row = try await sql.select().column("*").from("offers").where("id", .equal, id).first() else { return nil }
        guard let category = OfferCategory(rawValue: try row.decode(column: "category", as: String.self)),
              let cost = CostKind(rawValue: try row.decode(column: "cost_kind", as: String.self)),
              let schedule = try? OfferSchedule.decode(try row.decode(column: "schedule", as: String.self))
        else { return nil }
        let input = MeetingsWriter.OfferInput(
            title: try row.decode(column: "title", as: String.self),
            description: try row.decode(column: "description", as: String.self),
            category: category,
            audiences: KeyList.decode(try row.decode(column: "audiences", as: String.self)).compactMap(Audience.init(rawValue:)),
            languages: KeyList.decode(try row.decode(column: "languages", as: String.self)),
            costKind: cost,
            costCents: try row.decode(column: "cost_cents", as: Int?.self),
            registrationRequired: try row.decode(column: "registration_required", as: Bool.self),
            registrationHow: try row.decode(column: "registration_how", as: String.self),
            placeID: try row.decode(column: "place_id", as: UUID?.self),
            meetingPoint: try row.decode(column: "meeting_point", as: String.self),
            areaID: try row.decode(column: "area_id", as: Int.self),
            organiser: try row.decode(column: "organiser", as: String.self),
            organiserActorID: try row.decode(column: "organiser_actor_id", as: UUID?.self),
            contact: try row.decode(column: "contact", as: String.self),
            schedule: schedule,
            status: PublicationStatus(rawValue: try row.decode(column: "status", as: String.self)) ?? .draft,
            ownerUserID: try row.decode(column: "owner_user_id", as: UUID?.self),
            isSample: try row.decode(column: "is_sample", as: Bool.self))
        return OfferRecord(id: id, input: input)
    }

    // MARK: lists for /verwalten

    struct RoomLink: Sendable { var id: UUID; var name: String; var bookable: Bool }

    struct PlaceRow: Sendable {
        var id: UUID
        var name: String
        var typeName: String
        var areaID: Int
        var status: PublicationStatus
        var isSample: Bool
        var rooms: [RoomLink]
    }

    struct OfferRow: Sendable {
        var id: UUID
        var title: String
        var placeName: String?
        var meetingPoint: String
        var areaID: Int
        var status: PublicationStatus
        var isSample: Bool
    }

    static func places(in scope: EditScope, on sql: any SQLDatabase) async throws -> [PlaceRow] {
        let rows = try await sql.raw("""
            SELECT p.id, p.name, p.area_id, p.status, p.is_sample, t.name AS type_name
            FROM places p JOIN place_types t ON t.id = p.type_id
            WHERE \(scope.condition("p"))
            ORDER BY p.name
            """).all()
        var places = try rows.map { row in
            PlaceRow(id: try row.decode(column: "id", as: UUID.self), name: try row.decode(column: "name", as: String.self),
                     typeName: try row.decode(column: "type_name", as: String.self),
                     areaID: try row.decode(column: "area_id", as: Int.self),
                     status: PublicationStatus(rawValue: try row.decode(column: "status", as: String.self)) ?? .draft,
                     isSample: try row.decode(column: "is_sample", as: Bool.self), rooms: [])
        }
        let roomRows = try await sql.raw("""
            SELECT r.id, r.name, r.bookable, r.place_id FROM rooms r JOIN places p ON p.id = r.place_id
            WHERE \(scope.condition("p")) ORDER BY r.name
            """).all()
        var byPlace: [UUID: [RoomLink]] = [:]
        for row in roomRows {
            byPlace[try row.decode(column: "place_id", as: UUID.self), default: []].append(RoomLink(
                id: try row.decode(column: "id", as: UUID.self), name: try row.decode(column: "name", as: String.self),
                bookable: try row.decode(column: "bookable", as: Bool.self)))
        }
        for i in places.indices { places[i].rooms = byPlace[places[i].id] ?? [] }
        return places
    }

    static func offers(in scope: EditScope, on sql: any SQLDatabase) async throws -> [OfferRow] {
        try await sql.raw("""
            SELECT o.id, o.title, o.meeting_point, o.area_id, o.status, o.is_sample, p.name AS place_name
            FROM offers o LEFT JOIN places p ON p.id = o.place_id
            WHERE \(scope.condition("o"))
            ORDER BY o.title
            """).all().map { row in
            OfferRow(id: try row.decode(column: "id", as: UUID.self), title: try row.decode(column: "title", as: String.self),
                     placeName: try row.decode(column: "place_name", as: String?.self),
                     meetingPoint: try row.decode(column: "meeting_point", as: String.self),
                     areaID: try row.decode(column: "area_id", as: Int.self),
                     status: PublicationStatus(rawValue: try row.decode(column: "status", as: String.self)) ?? .draft,
                     isSample: try row.decode(column: "is_sample", as: Bool.self))
        }
    }

    // MARK: places an offer can take place at

    struct PlaceChoice: Sendable { var id: UUID; var name: String; var areaID: Int; var published: Bool }

    /// Published places the person may edit (coordinators: all published places), plus `including` (the offer's
    /// current place) so that editing never silently drops it.
    static func placeChoices(for scope: EditScope, including current: UUID?, on sql: any SQLDatabase) async throws -> [PlaceChoice] {
        var query: SQLQueryString = """
            SELECT p.id, p.name, p.area_id, p.status FROM places p
            WHERE (p.status = \(bind: PublicationStatus.published.rawValue) AND \(scope.condition("p")))
            """
        if let current { query += " OR p.id = \(bind: current)" }
        query += " ORDER BY p.name"
        return try await sql.raw(query).all().map { row in
            PlaceChoice(id: try row.decode(column: "id", as: UUID.self), name: try row.decode(column: "name", as: String.self),
                        areaID: try row.decode(column: "area_id", as: Int.self),
                        published: try row.decode(column: "status", as: String.self) == PublicationStatus.published.rawValue)
        }
    }

    // MARK: place types

    struct PlaceType: Sendable { var id: Int; var key: String; var name: String; var places: Int }

    static func placeTypes(on sql: any SQLDatabase) async throws -> [PlaceType] {
        try await sql.raw("""
            SELECT t.id, t.\(ident: "key"), t.name, COUNT(p.id) AS places FROM place_types t LEFT JOIN places p ON p.type_id = t.id
            GROUP BY t.id, t.\(ident: "key"), t.name, t.sort ORDER BY t.sort, t.name
            """).all().map { row in
            PlaceType(id: try row.decode(column: "id", as: Int.self), key: try row.decode(column: "key", as: String.self),
                      name: try row.decode(column: "name", as: String.self), places: try row.decode(column: "places", as: Int.self))
        }
    }

    /// Adds a place type; returns false when the key exists (also when another request added it first).
    static func insertPlaceType(key: String, name: String, on sql: any SQLDatabase) async throws -> Bool {
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

    // MARK: history

    struct Change: Sendable { var at: Date; var who: String?; var summary: String }

    static func history(kind: String, id: UUID, on sql: any SQLDatabase) async throws -> [Change] {
        try await sql.raw("""
            SELECT c.at, c.summary, u.first_name, u.initial FROM item_changes c LEFT JOIN users u ON u.id = c.user_id
            WHERE c.item_kind = \(bind: kind) AND c.item_id = \(bind: id) ORDER BY c.at DESC
            """).all().map { row in
            let first = try row.decode(column: "first_name", as: String?.self)
            return Change(at: Date(timeIntervalSince1970: try row.decode(column: "at", as: Double.self)),
                          who: first.map { PublicName.make(firstName: $0, initial: (try? row.decode(column: "initial", as: String?.self)) ?? nil) },
                          summary: try row.decode(column: "summary", as: String.self))
        }
    }
}
