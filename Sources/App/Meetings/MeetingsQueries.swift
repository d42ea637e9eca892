import Foundation
import GemeinsamCore
import SQLKit

/// Reading single places and offers with everything their pages show.
enum MeetingsQueries {
    struct Place: Sendable {
        var id: UUID
        var name: String
        var typeKey: String
        var typeName: String
        var street: String
        var postalCode: String
        var city: String
        var lat: Double
        var lon: Double
        var areaID: Int
        var stepFree: Bool
        var accessibleWC: Bool
        var elevator: Bool
        var hearingLoop: Bool
        var disabledParking: Bool
        var openingHours: String
        var phone: String
        var email: String
        var website: String
        var description: String
        var ownerUserID: UUID?
        var status: PublicationStatus
        var isSample: Bool
        var updatedAt: Date

        var address: String {
            [street, [postalCode, city].filter { !$0.isEmpty }.joined(separator: " ")].filter { !$0.isEmpty }
                .joined(separator: ", ")
        }

        /// The accessibility facts that hold, in German.
        var accessibilityFacts: [String] {
            [(stepFree, "stufenloser Zugang"), (accessibleWC, "barrierefreies WC"), (elevator, "Aufzug"),
             (hearingLoop, "Induktionsschleife"), (disabledParking, "Behindertenparkplatz")]
                .filter(\.0).map(\.1)
        }
    }

    struct Offer: Sendable {
        var id: UUID
        var title: String
        var description: String
        var category: OfferCategory
        var audiences: [Audience]
        var languages: [String]
        var costKind: CostKind
        var costCents: Int?
        var registrationRequired: Bool
        var registrationHow: String
        var placeID: UUID?
        var meetingPoint: String
        var areaID: Int
        var organiser: String
        var contact: String
        var schedule: Schedule
        var status: PublicationStatus
        var ownerUserID: UUID?
        var isSample: Bool
        var updatedAt: Date
    }

    struct Room: Sendable {
        var id: UUID
        var placeID: UUID
        var name: String
        var capacity: Int
        var equipment: String
        var accessible: Bool
        var bookable: Bool
        var bookingRules: String
        var isSample: Bool
    }

    private static let placeColumns: SQLQueryString = """
        p.id, p.name, t.key AS type_key, t.name AS type_name, p.street, p.postal_code, p.city, p.lat, p.lon, p.area_id,
        p.step_free, p.accessible_wc, p.elevator, p.hearing_loop, p.disabled_parking, p.opening_hours, p.phone, p.email,
        p.website, p.description, p.owner_user_id, p.status, p.is_sample, p.updated_at
        """

    static func place(_ id: UUID, on sql: any SQLDatabase) async throws -> Place? {
        try await sql.raw("SELECT \(placeColumns) FROM places p JOIN place_types t ON t.id = p.type_id WHERE p.id = \(bind: id)")
            .first().map(decodePlace)
    }

    /// Published places in the given areas (all areas when nil), by name.
    static func places(areaIDs: [Int]?, on sql: any SQLDatabase) async throws -> [Place] {
        var query: SQLQueryString = "SELECT \(placeColumns) FROM places p JOIN place_types t ON t.id = p.type_id WHERE p.status = \(bind: PublicationStatus.published.rawValue)"
        if let areaIDs {
            guard !areaIDs.isEmpty else { return [] }
            query += " AND p.area_id IN (\(binds: areaIDs))"
        }
        query += " ORDER BY p.name"
        return try await sql.raw(query).all().map(decodePlace)
    }

    private static func decodePlace(_ row: any SQLRow) throws -> Place {
        Place(
            id: try row.decode(column: "id", as: UUID.self),
            name: try row.decode(column: "name", as: String.self),
            typeKey: try row.decode(column: "type_key", as: String.self),
            typeName: try row.decode(column: "type_name", as: String.self),
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
            status: PublicationStatus(rawValue: try row.decode(column: "status", as: String.self)) ?? .draft,
            isSample: try row.decode(column: "is_sample", as: Bool.self),
            updatedAt: Date(timeIntervalSince1970: try row.decode(column: "updated_at", as: Double.self)))
    }

    static func offer(_ id: UUID, on sql: any SQLDatabase) async throws -> Offer? {
        try await sql.select().column("*").from("offers").where("id", .equal, id).first().flatMap(decodeOffer)
    }

    /// Offers at a place (published only unless `includeAll`), by title.
    static func offers(atPlace placeID: UUID, on sql: any SQLDatabase) async throws -> [Offer] {
        try await sql.select().column("*").from("offers").where("place_id", .equal, placeID)
            .where("status", .equal, PublicationStatus.published.rawValue).orderBy("title").all().compactMap(decodeOffer)
    }

    /// Published offers, optionally filtered (for the API and calendar feeds).
    static func offers(areaIDs: [Int]?, category: OfferCategory?, audience: Audience?, limit: Int,
                       on sql: any SQLDatabase) async throws -> [Offer] {
        var q = sql.select().column("*").from("offers").where("status", .equal, PublicationStatus.published.rawValue)
        if let areaIDs { q = q.where("area_id", .in, areaIDs) }
        if let category { q = q.where("category", .equal, category.rawValue) }
        if let audience { q = q.where("audiences", .like, KeyList.pattern(audience.rawValue)) }
        return try await q.orderBy("title").orderBy("id").limit(limit).all().compactMap(decodeOffer)
    }

    fileprivate static func decodeOffer(_ row: any SQLRow) throws -> Offer? {
        guard let schedule = try? OfferSchedule.decode(try row.decode(column: "schedule", as: String.self)),
              let category = OfferCategory(rawValue: try row.decode(column: "category", as: String.self)),
              let cost = CostKind(rawValue: try row.decode(column: "cost_kind", as: String.self))
        else { return nil }
        return Offer(
            id: try row.decode(column: "id", as: UUID.self),
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
            contact: try row.decode(column: "contact", as: String.self),
            schedule: schedule,
            status: PublicationStatus(rawValue: try row.decode(column: "status", as: String.self)) ?? .draft,
            ownerUserID: try row.decode(column: "owner_user_id", as: UUID?.self),
            isSample: try row.decode(column: "is_sample", as: Bool.self),
            updatedAt: Date(timeIntervalSince1970: try row.decode(column: "updated_at", as: Double.self)))
    }

    static func rooms(ofPlace placeID: UUID, on sql: any SQLDatabase) async throws -> [Room] {
        try await sql.select().column("*").from("rooms").where("place_id", .equal, placeID).orderBy("name").all().map { row in
            Room(id: try row.decode(column: "id", as: UUID.self), placeID: placeID,
                 name: try row.decode(column: "name", as: String.self),
                 capacity: try row.decode(column: "capacity", as: Int.self),
                 equipment: try row.decode(column: "equipment", as: String.self),
                 accessible: try row.decode(column: "accessible", as: Bool.self),
                 bookable: try row.decode(column: "bookable", as: Bool.self),
                 bookingRules: try row.decode(column: "booking_rules", as: String.self),
                 isSample: try row.decode(column: "is_sample", as: Bool.self))
        }
    }

    /// The Seniorenbüro (or else a kiosk) of the Stadtbezirk: the phone number on a printed notice.
    static func localContact(districtQuartierIDs: [Int], on sql: any SQLDatabase) async throws -> Place? {
        let places = try await places(areaIDs: districtQuartierIDs, on: sql).filter { !$0.phone.isEmpty }
        return places.first { $0.typeKey == "seniorenbuero" } ?? places.first { $0.typeKey == "kiosk" }
    }
}

extension MeetingsQueries {
    static func offers(ids: [UUID], on sql: any SQLDatabase) async throws -> [Offer] {
        guard !ids.isEmpty else { return [] }
        return try await sql.select().column("*").from("offers").where("id", .in, ids).orderBy("title").all()
            .compactMap(decodeOfferRow)
    }

    static func decodeOfferRow(_ row: any SQLRow) throws -> Offer? { try decodeOffer(row) }
}
