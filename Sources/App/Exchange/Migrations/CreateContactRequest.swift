import Fluent
import SQLKit

/// Contact requests ("Ich kann helfen") with their message thread. Each side chooses a contact way; it is shown
/// to the other side only after acceptance. Phone numbers are stored only when that way was chosen.
struct CreateContactRequest: AsyncMigration {
    func prepare(on database: any Database) async throws {
        try await database.schema("contact_requests")
            .id()
            .field("listing_id", .int, .required, .references("listings", "id", onDelete: .cascade))
            .field("requester_id", .uuid, .required, .references("users", "id", onDelete: .cascade))
            .field("message", .string, .required)
            .field("requester_contact", .string, .required)     // email | phone
            .field("requester_phone", .string)
            .field("author_contact", .string)                   // email | phone | kiosk | visitorPhone
            .field("author_phone", .string)
            .field("status", .string, .required)                // pending | accepted | declined | withdrawn
            .field("created_at", .double, .required)
            .field("decided_at", .double)
            // kiosk listings: the call back to the visitor
            .field("callback_attempts", .int, .required, .sql(.default(0)))
            .field("callback_due_on", .string)
            .field("callback_note", .string)
            .field("callback_by", .uuid, .references("users", "id", onDelete: .setNull))
            .unique(on: "listing_id", "requester_id")
            .create()
        let sql = database.sql
        try await sql.create(index: "contact_requests_listing_idx").on("contact_requests").column("listing_id").column("status").run()
        try await sql.create(index: "contact_requests_requester_idx").on("contact_requests").column("requester_id").column("created_at").run()

        try await database.schema("exchange_messages")
            .id()
            .field("contact_request_id", .uuid, .required, .references("contact_requests", "id", onDelete: .cascade))
            .field("sender_id", .uuid, .references("users", "id", onDelete: .setNull))
            .field("sender_side", .string, .required)           // author | requester | kiosk
            .field("body", .string, .required)
            .field("hidden", .bool, .required, .sql(.default(false)))
            .field("created_at", .double, .required)
            .create()
        try await sql.create(index: "exchange_messages_thread_idx").on("exchange_messages")
            .column("contact_request_id").column("created_at").run()
        try await sql.create(index: "exchange_messages_sender_idx").on("exchange_messages")
            .column("sender_id").column("created_at").run()

        try await database.schema("user_blocks")
            .field("blocker_id", .uuid, .required, .references("users", "id", onDelete: .cascade))
            .field("blocked_id", .uuid, .required, .references("users", "id", onDelete: .cascade))
            .field("created_at", .double, .required)
            .compositeIdentifier(over: "blocker_id", "blocked_id")
            .create()
        try await sql.create(index: "user_blocks_blocked_idx").on("user_blocks").column("blocked_id").run()
    }

    func revert(on database: any Database) async throws {
        try await database.schema("user_blocks").delete()
        try await database.schema("exchange_messages").delete()
        try await database.schema("contact_requests").delete()
    }
}
