import Foundation
import SQLKit

/// Everything the Akteursnetz reads from (and, for sample content, writes to) Begegnung's tables — places, offers,
/// rooms and room bookings — in one place, so that it can follow Begegnung's row types.
enum ActorPlaces {
    /// A place, offer or room of an actor as the actor page lists it.
    struct Item: Decodable, Sendable {
        var id: UUID
        var name: String
        var detail: String
    }

    /// Published places the actor owns.
    static func places(of actorID: UUID, on sql: any SQLDatabase) async throws -> [Item] {
        try await sql.raw("""
            SELECT p.id, p.name, p.street AS detail FROM places p
            WHERE p.owner_actor_id = \(bind: actorID) AND p.status = \(bind: PublicationStatus.published.rawValue) ORDER BY p.name
            """).rows(Item.self)
    }

    /// Published offers the actor organises, with their category.
    static func offers(of actorID: UUID, on sql: any SQLDatabase) async throws -> [Item] {
        try await sql.raw("""
            SELECT o.id, o.title AS name, o.category AS detail FROM offers o
            WHERE o.organiser_actor_id = \(bind: actorID) AND o.status = \(bind: PublicationStatus.published.rawValue) ORDER BY o.title
            """).rows(Item.self).map { item in
            var item = item
            item.detail = OfferCategory(rawValue: item.detail)?.label ?? ""
            return item
        }
    }

    private struct Room: Decodable {
        var id: UUID
        var name: String
        var placeName: String
        var capacity: Int
    }

    /// Bookable rooms in the actor's published places.
    static func rooms(of actorID: UUID, on sql: any SQLDatabase) async throws -> [Item] {
        try await sql.raw("""
            SELECT r.id, r.name, p.name AS place_name, r.capacity FROM rooms r JOIN places p ON p.id = r.place_id
            WHERE p.owner_actor_id = \(bind: actorID) AND p.status = \(bind: PublicationStatus.published.rawValue)
              AND r.bookable = \(bind: true)
            ORDER BY p.name, r.name
            """).rows(Room.self).map {
            Item(id: $0.id, name: $0.name, detail: Texts.Actors.roomDetail(place: $0.placeName, capacity: $0.capacity))
        }
    }

    // MARK: derived ties

    /// What two actors meet over in Begegnung: the offer's title or the room's name.
    private struct Basis: Decodable, Sendable {
        var note: String
    }

    /// Ties derived from published offers at another actor's place and from confirmed bookings of another actor's
    /// room, between approved actors; with `actorID`, only that actor's.
    static func derivedTies(of actorID: UUID?, on sql: any SQLDatabase) async throws -> [TieQueries.Tie] {
        let approved = ActorStatus.approved.rawValue
        var offers: SQLQueryString = """
            SELECT o.organiser_actor_id AS source_id, s.name AS source_name, p.owner_actor_id AS target_id, d.name AS target_name,
                   o.title AS note
            FROM offers o JOIN places p ON p.id = o.place_id
            JOIN actors s ON s.id = o.organiser_actor_id JOIN actors d ON d.id = p.owner_actor_id
            WHERE o.status = \(bind: PublicationStatus.published.rawValue) AND o.organiser_actor_id <> p.owner_actor_id
              AND s.status = \(bind: approved) AND d.status = \(bind: approved)
            """
        if let actorID { offers += " AND (o.organiser_actor_id = \(bind: actorID) OR p.owner_actor_id = \(bind: actorID))" }

        var bookings: SQLQueryString = """
            SELECT b.requester_actor_id AS source_id, s.name AS source_name, p.owner_actor_id AS target_id, d.name AS target_name,
                   r.name AS note
            FROM room_bookings b JOIN rooms r ON r.id = b.room_id JOIN places p ON p.id = r.place_id
            JOIN actors s ON s.id = b.requester_actor_id JOIN actors d ON d.id = p.owner_actor_id
            WHERE b.status = \(bind: BookingStatus.confirmed.rawValue) AND b.requester_actor_id <> p.owner_actor_id
              AND s.status = \(bind: approved) AND d.status = \(bind: approved)
            """
        if let actorID { bookings += " AND (b.requester_actor_id = \(bind: actorID) OR p.owner_actor_id = \(bind: actorID))" }
        func ties(_ query: SQLQueryString, _ kind: TieKind) async throws -> [TieQueries.Tie] {
            try await sql.raw(query).rows(Joined<TieQueries.Ends, Basis>.self).map {
                TieQueries.Tie(id: nil, ends: $0.row, kind: kind, status: .confirmed, note: $0.extra.note)
            }
        }
        return try await ties(offers, .jointOffer) + ties(bookings, .roomUse)
    }

    // MARK: sample content

    /// A sample place of Begegnung with the key of its type.
    struct SamplePlace: Decodable, Sendable {
        var id: UUID
        var name: String
        var areaID: Int
        var lat: Double
        var lon: Double
        var street: String
        var typeKey: String
    }

    static func samplePlaces(on sql: any SQLDatabase) async throws -> [SamplePlace] {
        try await sql.raw("""
            SELECT p.id, p.name, p.area_id, p.lat, p.lon, p.street, t.key AS type_key
            FROM places p JOIN place_types t ON t.id = p.type_id
            WHERE p.is_sample = \(bind: true) ORDER BY p.name
            """).rows(SamplePlace.self)
    }

    /// The actor runs the place and organises every offer there.
    static func link(place placeID: UUID, to actorID: UUID, on sql: any SQLDatabase) async throws {
        try await sql.update("places").set("owner_actor_id", to: actorID).where("id", .equal, placeID).run()
        try await sql.update("offers").set("organiser_actor_id", to: actorID).where("place_id", .equal, placeID).run()
    }

    /// The first offer (by title) at the place is organised by `actorID` instead.
    static func handFirstOffer(at placeID: UUID, to actorID: UUID, on sql: any SQLDatabase) async throws {
        let offer = try await sql.raw("SELECT id FROM offers WHERE place_id = \(bind: placeID) ORDER BY title LIMIT 1")
            .first()?.decode(column: "id", as: UUID.self)
        if let offer { try await sql.update("offers").set("organiser_actor_id", to: actorID).where("id", .equal, offer).run() }
    }
}
