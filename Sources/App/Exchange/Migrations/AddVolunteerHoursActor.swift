import Fluent
import SQLKit

/// Volunteer hours confirmed by an actor of the Akteursnetz: the actor itself, so that any of its editors may
/// confirm and the certificate names it.
struct AddVolunteerHoursActor: AsyncMigration {
    func prepare(on database: any Database) async throws {
        try await database.schema("volunteer_hours")
            .field("actor_id", .uuid, .references("actors", "id", onDelete: .setNull))
            .update()
    }

    func revert(on database: any Database) async throws {
        try await database.schema("volunteer_hours").deleteField("actor_id").update()
    }
}
