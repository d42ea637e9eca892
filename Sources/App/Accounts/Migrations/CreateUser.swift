import Fluent

/// Accounts. No address is ever stored: only the home Quartier.
struct CreateUser: AsyncMigration {
    func prepare(on database: any Database) async throws {
        try await database.schema("users")
            .id()
            .field("email", .string, .required)
            .field("password_hash", .string, .required)
            .field("first_name", .string, .required)
            .field("initial", .string)
            .field("home_area_id", .int, .references("areas", "id", onDelete: .setNull))
            .field("created_at", .double, .required)
            .field("is_sample", .bool, .required, .sql(.default(false)))
            .unique(on: "email")
            .create()

        try await database.schema("user_roles")
            .id()
            .field("user_id", .uuid, .required, .references("users", "id", onDelete: .cascade))
            .field("role", .string, .required)
            // areaManager is scoped to areas; other roles have no area
            .field("area_id", .int, .references("areas", "id", onDelete: .cascade))
            .field("granted_at", .double, .required)
            .unique(on: "user_id", "role", "area_id")
            .create()

        try await database.schema("audit_entries")
            .id()
            .field("at", .double, .required)
            .field("actor_id", .uuid, .references("users", "id", onDelete: .setNull))
            .field("subject_id", .uuid, .references("users", "id", onDelete: .setNull))
            .field("action", .string, .required)
            .field("detail", .string, .required)
            .create()
    }

    func revert(on database: any Database) async throws {
        try await database.schema("audit_entries").delete()
        try await database.schema("user_roles").delete()
        try await database.schema("users").delete()
    }
}
