import Foundation
import GemeinsamCore
import SQLKit

/// Creating and changing places, offers and rooms. Every change writes one line of history in the same
/// transaction (the caller's).
enum MeetingsWriter {
    /// Columns an update leaves as they are: who created the item, whether it is sample content, and when.
    private static let keptColumns: Set<String> = ["id", "owner_user_id", "is_sample", "created_at"]

    @discardableResult
    static func insertPlace(_ place: PlaceRow, by userID: UUID?, now: Date, on sql: any SQLDatabase) async throws -> UUID {
        var row = place
        row.createdAt = now.timeIntervalSince1970
        row.updatedAt = row.createdAt
        try await sql.insert(into: "places").values(row: row).run()
        try await history(.place, id: row.id, by: userID, summary: Texts.History.created, now: now, on: sql)
        return row.id
    }

    static func updatePlace(_ place: PlaceRow, by userID: UUID?, summary: String, now: Date,
                            on sql: any SQLDatabase) async throws {
        var row = place
        row.updatedAt = now.timeIntervalSince1970
        try await sql.update("places").set(row: row, except: keptColumns).where("id", .equal, row.id).run()
        // offers at this place follow it into its Quartier
        try await sql.update("offers").set("area_id", to: row.areaID).where("place_id", .equal, row.id).run()
        try await sql.update("occurrences").set("area_id", to: row.areaID)
            .where("offer_id", .in, SQLSubquery.select { $0.column("id").from("offers").where("place_id", .equal, row.id) })
            .run()
        try await history(.place, id: row.id, by: userID, summary: summary, now: now, on: sql)
    }

    @discardableResult
    static func insertOffer(_ offer: Offer, by userID: UUID?, now: Date, on sql: any SQLDatabase) async throws -> UUID {
        var row = stamped(offer, now: now)
        row.createdAt = row.updatedAt
        try await sql.insert(into: "offers").values(row: row).run()
        try await OccurrenceWriter.regenerate(offerID: row.id, schedule: offer.schedule, areaID: row.areaID, now: now, on: sql)
        try await history(.offer, id: row.id, by: userID, summary: Texts.History.created, now: now, on: sql)
        return row.id
    }

    static func updateOffer(_ offer: Offer, by userID: UUID?, summary: String, now: Date,
                            on sql: any SQLDatabase) async throws {
        let row = stamped(offer, now: now)
        try await sql.update("offers").set(row: row, except: keptColumns).where("id", .equal, row.id).run()
        try await OccurrenceWriter.regenerate(offerID: row.id, schedule: offer.schedule, areaID: row.areaID, now: now, on: sql)
        try await history(.offer, id: row.id, by: userID, summary: summary, now: now, on: sql)
    }

    /// The offer's row with the time of the change and its weekly minutes from now on.
    private static func stamped(_ offer: Offer, now: Date) -> OfferRow {
        var row = offer.row
        row.weeklyMinutes = OccurrenceWriter.weeklyMinutes(offer.schedule, now: now)
        row.updatedAt = now.timeIntervalSince1970
        return row
    }

    /// Publishes, pauses, cancels or withdraws a place or an offer.
    static func setStatus(_ kind: ItemKind, id: UUID, status: PublicationStatus, by userID: UUID?, now: Date,
                          on sql: any SQLDatabase) async throws {
        try await sql.update(kind.table).set("status", to: status.rawValue).set("updated_at", to: now.timeIntervalSince1970)
            .where("id", .equal, id).run()
        try await history(kind, id: id, by: userID, summary: Texts.Editing.statusChange(status.label), now: now, on: sql)
    }

    @discardableResult
    static func insertRoom(_ room: RoomRow, by userID: UUID?, now: Date, on sql: any SQLDatabase) async throws -> UUID {
        try await sql.insert(into: "rooms").values(row: room).run()
        try await history(.room, id: room.id, by: userID, summary: Texts.History.created, now: now, on: sql)
        return room.id
    }

    static func updateRoom(_ room: RoomRow, by userID: UUID?, summary: String, now: Date,
                           on sql: any SQLDatabase) async throws {
        try await sql.update("rooms").set(row: room, except: ["id", "place_id", "is_sample"]).where("id", .equal, room.id).run()
        try await history(.room, id: room.id, by: userID, summary: summary, now: now, on: sql)
    }

    static func history(_ kind: ItemKind, id: UUID, by userID: UUID?, summary: String, now: Date,
                        on sql: any SQLDatabase) async throws {
        let change = ItemChangeRow(itemKind: kind, itemID: id, at: now.timeIntervalSince1970, userID: userID, summary: summary)
        try await sql.insert(into: "item_changes").values(row: change).run()
    }

    // MARK: for the Akteursnetz

    /// An actor runs the place and organises every offer there (sample content; no history).
    static func setOperator(_ actorID: UUID, ofPlace placeID: UUID, on sql: any SQLDatabase) async throws {
        try await sql.update("places").set("owner_actor_id", to: actorID).where("id", .equal, placeID).run()
        try await sql.update("offers").set("organiser_actor_id", to: actorID).where("place_id", .equal, placeID).run()
    }

    /// An actor organises the offer (sample content; no history).
    static func setOrganiser(_ actorID: UUID, ofOffer offerID: UUID, on sql: any SQLDatabase) async throws {
        try await sql.update("offers").set("organiser_actor_id", to: actorID).where("id", .equal, offerID).run()
    }
}
