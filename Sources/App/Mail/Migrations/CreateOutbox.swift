import Fluent
import SQLKit

/// Notifications: every mail goes through the outbox, is listed in the recipient's account and delivered in the
/// background. Digest subscriptions and the record of daily digest runs.
struct CreateOutbox: AsyncMigration {
    func prepare(on database: any Database) async throws {
        try await database.schema("outbox")
            .id()
            .field("user_id", .uuid, .references("users", "id", onDelete: .cascade))
            .field("to_address", .string, .required)
            .field("subject", .string, .required)
            .field("body", .string, .required)
            .field("link", .string)
            .field("kind", .string, .required)
            .field("created_at", .double, .required)
            .field("sent_at", .double)
            .field("attempts", .int, .required, .sql(.default(0)))
            .field("last_error", .string)
            .create()
        let sql = database.sql
        try await sql.create(index: "outbox_pending_idx").on("outbox").column("sent_at").column("created_at").run()
        try await sql.create(index: "outbox_user_idx").on("outbox").column("user_id").column("created_at").run()

        try await database.schema("digest_subscriptions")
            .field("user_id", .uuid, .identifier(auto: false), .references("users", "id", onDelete: .cascade))
            .field("area_id", .int, .required, .references("areas", "id", onDelete: .cascade))
            .field("categories", .string, .required)
            .field("created_at", .double, .required)
            .field("last_sent_at", .double, .required)
            .create()

        try await database.schema("digest_runs")
            .field("day", .string, .identifier(auto: false))
            .field("at", .double, .required)
            .create()
    }

    func revert(on database: any Database) async throws {
        try await database.schema("digest_runs").delete()
        try await database.schema("digest_subscriptions").delete()
        try await database.schema("outbox").delete()
    }
}
