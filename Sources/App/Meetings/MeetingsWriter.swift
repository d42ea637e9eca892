import Foundation
import GemeinsamCore
import SQLKit

/// Creating and changing places and offers. Every change writes one line of history in the same transaction.
enum MeetingsWriter {
    struct PlaceInput: Sendable {
        var name: String
        var typeID: Int
        var street: String
        var postalCode: String
        var city: String
        var lat: Double
        var lon: Double
        var areaID: Int
        var stepFree = false
        var accessibleWC = false
        var elevator = false
        var hearingLoop = false
        var disabledParking = false
        var openingHours = ""
        var phone = ""
        var email = ""
        var website = ""
        var description = ""
        var ownerUserID: UUID?
        var ownerActorID: UUID?
        var status: PublicationStatus = .published
        var isSample = false
    }

    struct OfferInput: Sendable {
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
        var organiserActorID: UUID?
        var contact: String
        var schedule: Schedule
        var status: PublicationStatus = .published
        var ownerUserID: UUID?
        var isSample = false
    }

    struct RoomInput: Sendable {
        var placeID: UUID
        var name: String
        var capacity: Int
        var equipment: String
        var accessible: Bool
        var bookable: Bool
        var bookingRules: String
        var isSample = false
    }

    @discardableResult
    static func insertPlace(_ p: PlaceInput, by userID: UUID?, now: Date = Date(), on sql: any SQLDatabase) async throws -> UUID {
        let id = UUID()
        let t = now.timeIntervalSince1970
        try await sql.insert(into: "places")
            .columns("id", "name", "type_id", "street", "postal_code", "city", "lat", "lon", "area_id", "step_free",
                     "accessible_wc", "elevator", "hearing_loop", "disabled_parking", "opening_hours", "phone", "email",
                     "website", "description", "owner_user_id", "owner_actor_id", "status", "is_sample", "created_at", "updated_at")
            .values(SQLBind(id), SQLBind(p.name), SQLBind(p.typeID), SQLBind(p.street), SQLBind(p.postalCode),
                    SQLBind(p.city), SQLBind(p.lat), SQLBind(p.lon), SQLBind(p.areaID), SQLBind(p.stepFree),
                    SQLBind(p.accessibleWC), SQLBind(p.elevator), SQLBind(p.hearingLoop), SQLBind(p.disabledParking),
                    SQLBind(p.openingHours), SQLBind(p.phone), SQLBind(p.email), SQLBind(p.website),
                    SQLBind(p.description), SQLBind(p.ownerUserID), SQLBind(p.ownerActorID), SQLBind(p.status.rawValue),
                    SQLBind(p.isSample), SQLBind(t), SQLBind(t))
            .run()
        try await history(kind: "place", id: id, user: userID, summary: "angelegt", now: now, on: sql)
        return id
    }

    static func updatePlace(_ id: UUID, _ p: PlaceInput, by userID: UUID?, summary: String, now: Date = Date(),
                            on sql: any SQLDatabase) async throws {
        try await sql.update("places")
            .set("name", to: p.name).set("type_id", to: p.typeID).set("street", to: p.street)
            .set("postal_code", to: p.postalCode).set("city", to: p.city).set("lat", to: p.lat).set("lon", to: p.lon)
            .set("area_id", to: p.areaID).set("step_free", to: p.stepFree).set("accessible_wc", to: p.accessibleWC)
            .set("elevator", to: p.elevator).set("hearing_loop", to: p.hearingLoop)
            .set("disabled_parking", to: p.disabledParking).set("opening_hours", to: p.openingHours)
            .set("phone", to: p.phone).set("email", to: p.email).set("website", to: p.website)
            .set("description", to: p.description).set("status", to: p.status.rawValue)
            .set("owner_actor_id", to: SQLBind(p.ownerActorID))
            .set("updated_at", to: now.timeIntervalSince1970)
            .where("id", .equal, id).run()
        // offers at this place follow it into its Quartier
        try await sql.update("offers").set("area_id", to: p.areaID).where("place_id", .equal, id).run()
        try await sql.update("occurrences").set("area_id", to: p.areaID)
            .where("offer_id", .in, SQLSubquery.select { $0.column("id").from("offers").where("place_id", .equal, id) })
            .run()
        try await history(kind: "place", id: id, user: userID, summary: summary, now: now, on: sql)
    }

    @discardableResult
    static func insertOffer(_ o: OfferInput, by userID: UUID?, now: Date = Date(), on sql: any SQLDatabase) async throws -> UUID {
        let id = UUID()
        let t = now.timeIntervalSince1970
        try await sql.insert(into: "offers")
            .columns("id", "title", "description", "category", "audiences", "languages", "cost_kind", "cost_cents",
                     "registration_required", "registration_how", "place_id", "meeting_point", "area_id", "organiser",
                     "organiser_actor_id", "contact", "schedule", "weekly_minutes", "status", "owner_user_id", "is_sample",
                     "created_at", "updated_at")
            .values(SQLBind(id), SQLBind(o.title), SQLBind(o.description), SQLBind(o.category.rawValue),
                    SQLBind(KeyList.encode(o.audiences.map(\.rawValue))), SQLBind(KeyList.encode(o.languages)),
                    SQLBind(o.costKind.rawValue), SQLBind(o.costCents), SQLBind(o.registrationRequired),
                    SQLBind(o.registrationHow), SQLBind(o.placeID), SQLBind(o.meetingPoint), SQLBind(o.areaID),
                    SQLBind(o.organiser), SQLBind(o.organiserActorID), SQLBind(o.contact),
                    SQLBind(try OfferSchedule.encode(o.schedule)),
                    SQLBind(OccurrenceWriter.weeklyMinutes(o.schedule, now: now)), SQLBind(o.status.rawValue),
                    SQLBind(o.ownerUserID), SQLBind(o.isSample), SQLBind(t), SQLBind(t))
            .run()
        try await OccurrenceWriter.regenerate(offerID: id, schedule: o.schedule, areaID: o.areaID, now: now, on: sql)
        try await history(kind: "offer", id: id, user: userID, summary: "angelegt", now: now, on: sql)
        return id
    }

    static func updateOffer(_ id: UUID, _ o: OfferInput, by userID: UUID?, summary: String, now: Date = Date(),
                            on sql: any SQLDatabase) async throws {
        try await sql.update("offers")
            .set("title", to: o.title).set("description", to: o.description).set("category", to: o.category.rawValue)
            .set("audiences", to: KeyList.encode(o.audiences.map(\.rawValue)))
            .set("languages", to: KeyList.encode(o.languages)).set("cost_kind", to: o.costKind.rawValue)
            .set("cost_cents", to: SQLBind(o.costCents)).set("registration_required", to: o.registrationRequired)
            .set("registration_how", to: o.registrationHow).set("place_id", to: SQLBind(o.placeID))
            .set("meeting_point", to: o.meetingPoint).set("area_id", to: o.areaID).set("organiser", to: o.organiser)
            .set("organiser_actor_id", to: SQLBind(o.organiserActorID))
            .set("contact", to: o.contact).set("schedule", to: try OfferSchedule.encode(o.schedule))
            .set("weekly_minutes", to: OccurrenceWriter.weeklyMinutes(o.schedule, now: now))
            .set("status", to: o.status.rawValue).set("updated_at", to: now.timeIntervalSince1970)
            .where("id", .equal, id).run()
        try await OccurrenceWriter.regenerate(offerID: id, schedule: o.schedule, areaID: o.areaID, now: now, on: sql)
        try await history(kind: "offer", id: id, user: userID, summary: summary, now: now, on: sql)
    }

    static func setStatus(kind: String, id: UUID, status: PublicationStatus, by userID: UUID?, now: Date = Date(),
                          on sql: any SQLDatabase) async throws {
        let table = kind == "place" ? "places" : "offers"
        try await sql.update(table).set("status", to: status.rawValue).set("updated_at", to: now.timeIntervalSince1970)
            .where("id", .equal, id).run()
        try await history(kind: kind, id: id, user: userID, summary: "Status: \(status.label)", now: now, on: sql)
    }

    @discardableResult
    static func insertRoom(_ r: RoomInput, by userID: UUID?, now: Date = Date(), on sql: any SQLDatabase) async throws -> UUID {
        let id = UUID()
        try await sql.insert(into: "rooms")
            .columns("id", "place_id", "name", "capacity", "equipment", "accessible", "bookable", "booking_rules", "is_sample")
            .values(SQLBind(id), SQLBind(r.placeID), SQLBind(r.name), SQLBind(r.capacity), SQLBind(r.equipment),
                    SQLBind(r.accessible), SQLBind(r.bookable), SQLBind(r.bookingRules), SQLBind(r.isSample))
            .run()
        try await history(kind: "room", id: id, user: userID, summary: "angelegt", now: now, on: sql)
        return id
    }

    static func updateRoom(_ id: UUID, _ r: RoomInput, by userID: UUID?, summary: String, now: Date = Date(),
                           on sql: any SQLDatabase) async throws {
        try await sql.update("rooms")
            .set("name", to: r.name).set("capacity", to: r.capacity).set("equipment", to: r.equipment)
            .set("accessible", to: r.accessible).set("bookable", to: r.bookable).set("booking_rules", to: r.bookingRules)
            .where("id", .equal, id).run()
        try await history(kind: "room", id: id, user: userID, summary: summary, now: now, on: sql)
    }

    static func history(kind: String, id: UUID, user: UUID?, summary: String, now: Date, on sql: any SQLDatabase) async throws {
        try await sql.insert(into: "item_changes").columns("id", "item_kind", "item_id", "at", "user_id", "summary")
            .values(SQLBind(UUID()), SQLBind(kind), SQLBind(id), SQLBind(now.timeIntervalSince1970), SQLBind(user),
                    SQLBind(summary))
            .run()
    }
}
