import Fluent
import SQLKit

/// Failed log-ins for throttling. Keys are salted hashes, so neither e-mail addresses nor IP addresses are stored.
struct CreateLoginFailure: AsyncMigration {
    func prepare(on database: any Database) async throws {
        try await database.schema("login_failures")
            .id()
            .field("key", .string, .required)
            .field("failed_at", .double, .required)
            .create()
        try await database.sql
            .create(index: "login_failures_key_idx").on("login_failures").column("key").column("failed_at").run()
    }

    func revert(on database: any Database) async throws {
        try await database.schema("login_failures").delete()
    }
}
