import Fluent
import SQLKit

/// Migration 010: sessions with server-side expiry (replacing Fluent's session table), single-use account tokens
/// (password reset, e-mail verification, unlock), e-mail verification on accounts, and rate-limit events.
struct AddAccountSecurity: AsyncMigration {
    func prepare(on database: any Database) async throws {
        // one column per ALTER TABLE: SQLite adds one at a time
        try await database.schema("users").field("email_verified_at", .double).update()
        try await database.schema("users").field("password_changed_at", .double).update()
        // accounts that existed before verification was introduced count as verified
        try await database.sql.update("users").set(SQLIdentifier("email_verified_at"), to: SQLIdentifier("created_at"))
            .run()

        try await database.schema("login_failures").field("account_key", .string).update()

        try await database.schema("auth_sessions")
            // SHA-256 of the cookie value: the table alone does not let anyone take over a session
            .field("id", .string, .identifier(auto: false))
            .field("user_id", .uuid, .references("users", "id", onDelete: .cascade))
            .field("data", .string, .required)
            .field("created_at", .double, .required)
            .field("last_seen_at", .double, .required)
            .field("idle_seconds", .double, .required)
            .field("expires_at", .double, .required)
            .create()
        try await database.sql.create(index: "auth_sessions_user_idx").on("auth_sessions").column("user_id").run()
        try await database.sql.create(index: "auth_sessions_expiry_idx").on("auth_sessions").column("expires_at").run()

        try await database.schema("account_tokens")
            .field("id", .string, .identifier(auto: false))   // SHA-256 of the token
            .field("user_id", .uuid, .required, .references("users", "id", onDelete: .cascade))
            .field("purpose", .string, .required)
            .field("created_at", .double, .required)
            .field("expires_at", .double, .required)
            .field("used_at", .double)
            .create()
        try await database.sql.create(index: "account_tokens_user_idx").on("account_tokens").column("user_id").run()

        try await database.schema("rate_limit_events")
            .id()
            .field("key", .string, .required)   // salted hash, never an address
            .field("at", .double, .required)
            .create()
        try await database.sql.create(index: "rate_limit_events_key_idx").on("rate_limit_events")
            .column("key").column("at").run()

        try await database.schema("_fluent_sessions").delete()
    }

    func revert(on database: any Database) async throws {
        try await database.schema("rate_limit_events").delete()
        try await database.schema("account_tokens").delete()
        try await database.schema("auth_sessions").delete()
        try await database.schema("login_failures").deleteField("account_key").update()
        try await database.schema("users").deleteField("password_changed_at").update()
        try await database.schema("users").deleteField("email_verified_at").update()
        try await SessionRecord.migration.prepare(on: database)
    }
}
