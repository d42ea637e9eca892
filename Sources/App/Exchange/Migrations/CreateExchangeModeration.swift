import Fluent
import SQLKit

/// Reports of listings and messages (one per account and item) and the log of moderation decisions.
struct CreateExchangeModeration: AsyncMigration {
    func prepare(on database: any Database) async throws {
        try await database.schema("exchange_reports")
            .id()
            .field("listing_id", .int, .references("listings", "id", onDelete: .cascade))
            .field("message_id", .uuid, .references("exchange_messages", "id", onDelete: .cascade))
            .field("reporter_id", .uuid, .required, .references("users", "id", onDelete: .cascade))
            .field("reason", .string, .required)
            .field("note", .string)
            .field("resolved", .bool, .required, .sql(.default(false)))
            .field("created_at", .double, .required)
            .unique(on: "listing_id", "reporter_id")
            .unique(on: "message_id", "reporter_id")
            .create()
        let sql = database.sql
        try await sql.create(index: "exchange_reports_reporter_idx").on("exchange_reports").column("reporter_id").column("created_at").run()

        // no foreign keys: the log outlives the items and accounts it mentions
        try await database.schema("moderation_log")
            .id()
            .field("at", .double, .required)
            .field("moderator_id", .uuid)
            .field("listing_id", .int)
            .field("message_id", .uuid)
            .field("area_id", .int)
            .field("decision", .string, .required)
            .field("note", .string, .required)
            .create()
        try await sql.create(index: "moderation_log_at_idx").on("moderation_log").column("at").run()
    }

    func revert(on database: any Database) async throws {
        try await database.schema("moderation_log").delete()
        try await database.schema("exchange_reports").delete()
    }
}
