import Fluent
import SQLKit

/// Room booking requests and the change history of places and offers.
struct CreateRoomBooking: AsyncMigration {
    func prepare(on database: any Database) async throws {
        let sql = database.sql
        try await database.schema("room_bookings")
            .id()
            .field("room_id", .uuid, .required, .references("rooms", "id", onDelete: .cascade))
            .field("requester_user_id", .uuid, .references("users", "id", onDelete: .setNull))
            .field("requester_actor_id", .uuid)
            .field("purpose", .string, .required)
            .field("local_date", .string, .required)
            .field("start_minute", .int, .required)
            .field("end_minute", .int, .required)
            .field("starts_at", .double, .required)
            .field("ends_at", .double, .required)
            // requested, confirmed, declined, withdrawn
            .field("status", .string, .required)
            .field("decided_by", .uuid, .references("users", "id", onDelete: .setNull))
            .field("decided_at", .double)
            .field("created_at", .double, .required)
            .create()
        try await sql.create(index: "room_bookings_room_idx").on("room_bookings").column("room_id").column("starts_at").run()

        // One row per confirmed 15-minute slot: the unique key makes a double booking impossible, also when two
        // confirmations race (the second insert fails inside its transaction).
        try await database.schema("room_booking_slots")
            .field("room_id", .uuid, .required, .references("rooms", "id", onDelete: .cascade))
            .field("slot", .int, .required)
            .field("booking_id", .uuid, .required, .references("room_bookings", "id", onDelete: .cascade))
            .compositeIdentifier(over: "room_id", "slot")
            .create()

        try await database.schema("item_changes")
            .id()
            // place, offer, room
            .field("item_kind", .string, .required)
            .field("item_id", .uuid, .required)
            .field("at", .double, .required)
            .field("user_id", .uuid, .references("users", "id", onDelete: .setNull))
            .field("summary", .string, .required)
            .create()
        try await sql.create(index: "item_changes_item_idx").on("item_changes").column("item_id").column("at").run()
    }

    func revert(on database: any Database) async throws {
        try await database.schema("item_changes").delete()
        try await database.schema("room_booking_slots").delete()
        try await database.schema("room_bookings").delete()
    }
}
