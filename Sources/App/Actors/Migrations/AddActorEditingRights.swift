import Fluent
import SQLKit

/// Migration 011: editing rights follow the actors a person edits. The city-wide `actorEditor` role goes (it was
/// granted to anyone who accepted an invitation and never taken back); changes that new editors make to an approved
/// actor wait in `actor_changes` until a coordinator takes them over.
struct AddActorEditingRights: AsyncMigration {
    func prepare(on database: any Database) async throws {
        try await database.sql.delete(from: "user_roles").where("role", .equal, "actorEditor").run()
        try await database.schema("actor_changes")
            .id()
            // one waiting change per actor: a newer proposal replaces the older one
            .field("actor_id", .uuid, .required, .references("actors", "id", onDelete: .cascade))
            .field("submitted_by", .uuid, .references("users", "id", onDelete: .setNull))
            .field("submitted_at", .double, .required)
            .field("proposal", .string, .required)
            .unique(on: "actor_id")
            .create()
    }

    func revert(on database: any Database) async throws {
        try await database.schema("actor_changes").delete()
    }
}
