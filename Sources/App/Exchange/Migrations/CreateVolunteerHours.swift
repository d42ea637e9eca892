import Fluent
import SQLKit

/// Volunteer hours after a match, confirmed by the other side, the kiosk team or an actor.
struct CreateVolunteerHours: AsyncMigration {
    func prepare(on database: any Database) async throws {
        try await database.schema("volunteer_hours")
            .id()
            .field("contact_request_id", .uuid, .references("contact_requests", "id", onDelete: .setNull))
            .field("helper_id", .uuid, .required, .references("users", "id", onDelete: .cascade))
            .field("date", .string, .required)
            .field("minutes", .int, .required)
            .field("activity", .string, .required)
            .field("organisation", .string, .required)
            .field("confirm_by", .string, .required)            // partner | kiosk | actor
            .field("confirmer_id", .uuid, .references("users", "id", onDelete: .setNull))
            .field("kiosk_site_id", .int, .references("kiosk_sites", "id", onDelete: .setNull))
            .field("state", .string, .required)                 // pending | confirmed | rejected
            .field("confirmed_by_name", .string)
            .field("confirmed_at", .double)
            .field("created_at", .double, .required)
            .create()
        let sql = database.sql
        try await sql.create(index: "volunteer_hours_helper_idx").on("volunteer_hours").column("helper_id").column("date").run()
        try await sql.create(index: "volunteer_hours_confirmer_idx").on("volunteer_hours").column("confirmer_id").column("state").run()
        try await sql.create(index: "volunteer_hours_kiosk_idx").on("volunteer_hours").column("kiosk_site_id").column("state").run()
    }

    func revert(on database: any Database) async throws {
        try await database.schema("volunteer_hours").delete()
    }
}
