import Fluent
import SQLKit

/// The Akteursnetz: actors (initiatives, associations, institutions), the areas they work in, their editors,
/// invitations for new editors, and the cooperations (ties) between actors.
struct CreateActor: AsyncMigration {
    func prepare(on database: any Database) async throws {
        let sql = database.sql
        try await database.schema("actors")
            .id()
            .field("name", .string, .required)
            .field("legal_form", .string, .required)
            // keys as ",einsamkeit,nachbarschaft," (see KeyList)
            .field("topics", .string, .required)
            .field("audiences", .string, .required)
            // the actor's public address; empty with "ohne festen Ort"
            .field("has_fixed_place", .bool, .required)
            .field("street", .string, .required)
            .field("postal_code", .string, .required)
            .field("lat", .double)
            .field("lon", .double)
            // the Quartier of the address (nil without a fixed place)
            .field("area_id", .int, .references("areas", "id"))
            .field("contact_email", .string, .required)
            .field("contact_phone", .string, .required)
            .field("website", .string, .required)
            .field("description", .sql(unsafeRaw: "TEXT"), .required)
            .field("founded_year", .int)
            .field("size_range", .string, .required)
            // submitted, approved, rejected
            .field("status", .string, .required)
            .field("rejection_reason", .sql(unsafeRaw: "TEXT"), .required)
            .field("submitted_by", .uuid, .references("users", "id", onDelete: .setNull))
            .field("decided_by", .uuid, .references("users", "id", onDelete: .setNull))
            .field("decided_at", .double)
            .field("is_sample", .bool, .required)
            .field("created_at", .double, .required)
            .field("updated_at", .double, .required)
            .create()
        try await sql.create(index: "actors_status_idx").on("actors").column("status").column("name").run()

        // the Quartiere an actor works in (every actor has at least one: its own or those it names)
        try await database.schema("actor_areas")
            .field("actor_id", .uuid, .required, .references("actors", "id", onDelete: .cascade))
            .field("area_id", .int, .required, .references("areas", "id"))
            .compositeIdentifier(over: "actor_id", "area_id")
            .create()
        try await sql.create(index: "actor_areas_area_idx").on("actor_areas").column("area_id").run()

        try await database.schema("actor_editors")
            .field("actor_id", .uuid, .required, .references("actors", "id", onDelete: .cascade))
            .field("user_id", .uuid, .required, .references("users", "id", onDelete: .cascade))
            .field("added_at", .double, .required)
            .compositeIdentifier(over: "actor_id", "user_id")
            .create()
        try await sql.create(index: "actor_editors_user_idx").on("actor_editors").column("user_id").run()

        // The e-mail address is kept only until the invitation is accepted, withdrawn or expires; the link carries
        // a random token of which only the SHA-256 hash is stored.
        try await database.schema("actor_invitations")
            .id()
            .field("actor_id", .uuid, .required, .references("actors", "id", onDelete: .cascade))
            .field("email", .string, .required)
            .field("token_hash", .string, .required)
            .field("invited_by", .uuid, .references("users", "id", onDelete: .setNull))
            .field("created_at", .double, .required)
            .field("expires_at", .double, .required)
            .unique(on: "token_hash")
            .create()

        try await database.schema("actor_ties")
            .id()
            .field("source_actor_id", .uuid, .required, .references("actors", "id", onDelete: .cascade))
            .field("target_actor_id", .uuid, .required, .references("actors", "id", onDelete: .cascade))
            .field("kind", .string, .required)
            // proposed, confirmed, declined
            .field("status", .string, .required)
            .field("note", .string, .required)
            .field("proposed_by", .uuid, .references("users", "id", onDelete: .setNull))
            .field("decided_by", .uuid, .references("users", "id", onDelete: .setNull))
            .field("is_sample", .bool, .required)
            .field("created_at", .double, .required)
            .field("decided_at", .double)
            .unique(on: "source_actor_id", "target_actor_id", "kind")
            .create()
        try await sql.create(index: "actor_ties_target_idx").on("actor_ties").column("target_actor_id").run()
    }

    func revert(on database: any Database) async throws {
        try await database.schema("actor_ties").delete()
        try await database.schema("actor_invitations").delete()
        try await database.schema("actor_editors").delete()
        try await database.schema("actor_areas").delete()
        try await database.schema("actors").delete()
    }
}
