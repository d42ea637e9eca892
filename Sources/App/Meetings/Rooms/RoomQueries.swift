import Foundation
import SQLKit

/// Reading rooms with their place.
enum RoomQueries {
    struct RoomRecord: Sendable {
        var id: UUID
        var input: MeetingsWriter.RoomInput
    }

    /// What a room page needs to know about the room's place.
    struct PlaceSummary: Sendable {
        var id: UUID
        var name: String
        var street: String
        var postalCode: String
        var city: String
        var areaID: Int
        var ownerUserID: UUID?
        var status: PublicationStatus
        var phone: String
        var email: String
        var website: String
        var openingHours: String
        var isSample: Bool
    }

    struct RoomWithPlace: Sendable {
        var room: RoomRecord
        var place: PlaceSummary
    }

    static func rooms(ofPlace placeID: UUID, on sql: any SQLDatabase) async throws -> [RoomRecord] {
        try await sql.select().column("*").from("rooms").where("place_id", .equal, placeID).orderBy("name").all()
            .map(record)
    }

    static func room(_ id: UUID, on sql: any SQLDatabase) async throws -> RoomWithPlace? {
        guard let row = try await sql.raw("""
            SELECT r.*, p.name AS place_name, p.street, p.postal_code, p.city, p.area_id, p.owner_user_id, p.status,
                   p.phone, p.email, p.website, p.opening_hours, p.is_sample AS place_is_sample
            FROM rooms r JOIN places p ON p.id = r.place_id WHERE r.id = \(bind: id)
            """).first()
        else { return nil }
        let place = PlaceSummary(
            id: try row.decode(column: "place_id", as: UUID.self),
            name: try row.decode(column: "place_name", as: String.self),
            street: try row.decode(column: "street", as: String.self),
            postalCode: try row.decode(column: "postal_code", as: String.self),
            city: try row.decode(column: "city", as: String.self),
            areaID: try row.decode(column: "area_id", as: Int.self),
            ownerUserID: try row.decode(column: "owner_user_id", as: UUID?.self),
            status: PublicationStatus(rawValue: try row.decode(column: "status", as: String.self)) ?? .draft,
            phone: try row.decode(column: "phone", as: String.self),
            email: try row.decode(column: "email", as: String.self),
            website: try row.decode(column: "website", as: String.self),
            openingHours: try row.decode(column: "opening_hours", as: String.self),
            isSample: try row.decode(column: "place_is_sample", as: Bool.self))
        return RoomWithPlace(room: try record(row), place: place)
    }

    private static func record(_ row: any SQLRow) throws -> RoomRecord {
        RoomRecord(id: try row.decode(column: "id", as: UUID.self), input: MeetingsWriter.RoomInput(
            placeID: try row.decode(column: "place_id", as: UUID.self),
            name: try row.decode(column: "name", as: String.self),
            capacity: try row.decode(column: "capacity", as: Int.self),
            equipment: try row.decode(column: "equipment", as: String.self),
            accessible: try row.decode(column: "accessible", as: Bool.self),
            bookable: try row.decode(column: "bookable", as: Bool.self),
            bookingRules: try row.decode(column: "booking_rules", as: String.self),
            isSample: try row.decode(column: "is_sample", as: Bool.self)))
    }
}
