import Foundation
import SQLKit

/// Reading rooms.
enum RoomQueries {
    /// A room with its place: who may edit it, and what the room page shows about the place.
    struct RoomWithPlace: Sendable {
        var room: RoomRow
        var place: PlaceRow
    }

    typealias WithPlaceName = Joined<RoomRow, OfferQueries.PlaceNameColumn>

    static func rooms(ofPlace placeID: UUID, on sql: any SQLDatabase) async throws -> [RoomRow] {
        try await sql.select().column("*").from("rooms").where("place_id", .equal, placeID).orderBy("name").rows(RoomRow.self)
    }

    /// The rooms of the places a person may edit, by name.
    static func rooms(ofPlacesIn scope: EditScope, on sql: any SQLDatabase) async throws -> [RoomRow] {
        try await sql.raw("""
            SELECT r.* FROM rooms r JOIN places p ON p.id = r.place_id WHERE \(scope.condition("p")) ORDER BY r.name
            """).rows(RoomRow.self)
    }

    static func room(_ id: UUID, on sql: any SQLDatabase) async throws -> RoomWithPlace? {
        guard let room = try await sql.select().column("*").from("rooms").where("id", .equal, id).row(RoomRow.self),
              let place = try await sql.select().column("*").from("places").where("id", .equal, room.placeID).row(PlaceRow.self)
        else { return nil }
        return RoomWithPlace(room: room, place: place)
    }

    /// Bookable rooms in the published places an actor runs, with the place's name, by place and name (the actor's
    /// page).
    static func bookable(operatedBy actorID: UUID, on sql: any SQLDatabase) async throws -> [WithPlaceName] {
        try await sql.raw("""
            SELECT r.*, p.name AS place_name FROM rooms r JOIN places p ON p.id = r.place_id
            WHERE p.owner_actor_id = \(bind: actorID) AND p.status = \(bind: PublicationStatus.published.rawValue)
              AND r.bookable = \(bind: true)
            ORDER BY p.name, r.name
            """).rows(WithPlaceName.self)
    }
}
