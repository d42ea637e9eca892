import Fluent
import SQLKit

/// Meeting offers (Angebote) with their schedule, and the expanded dates (Termine) for fast finding.
struct CreateOffer: AsyncMigration {
    func prepare(on database: any Database) async throws {
        let sql = database.sql
        try await database.schema("offers")
            .id()
            .field("title", .string, .required)
            .field("description", .sql(unsafeRaw: "TEXT"), .required)
            .field("category", .string, .required)
            // keys as ",senioren,alle," (see KeyList)
            .field("audiences", .string, .required)
            // ISO 639-1 codes as ",de,tr,"
            .field("languages", .string, .required)
            // free, amount, donation
            .field("cost_kind", .string, .required)
            .field("cost_cents", .int)
            .field("registration_required", .bool, .required)
            .field("registration_how", .string, .required)
            .field("place_id", .uuid, .references("places", "id", onDelete: .setNull))
            .field("meeting_point", .string, .required)
            // the Quartier: from the place, or of the outdoor meeting point
            .field("area_id", .int, .required, .references("areas", "id"))
            .field("organiser", .string, .required)
            .field("organiser_actor_id", .uuid)
            .field("contact", .string, .required)
            // GemeinsamCore.Schedule as JSON
            .field("schedule", .sql(unsafeRaw: "TEXT"), .required)
            // average minutes per week over the coming 12 weeks (supply in the gap analysis)
            .field("weekly_minutes", .int, .required)
            // draft, published, paused, cancelled
            .field("status", .string, .required)
            .field("owner_user_id", .uuid, .references("users", "id", onDelete: .setNull))
            .field("is_sample", .bool, .required)
            .field("created_at", .double, .required)
            .field("updated_at", .double, .required)
            .create()
        try await sql.create(index: "offers_area_idx").on("offers").column("area_id").column("status").run()
        try await sql.create(index: "offers_place_idx").on("offers").column("place_id").run()

        try await database.schema("occurrences")
            .id()
            .field("offer_id", .uuid, .required, .references("offers", "id", onDelete: .cascade))
            .field("area_id", .int, .required)
            // UTC instants (seconds since 1970) and the local date and time in Europe/Berlin
            .field("starts_at", .double, .required)
            .field("ends_at", .double, .required)
            .field("local_date", .string, .required)
            .field("weekday", .int, .required)
            .field("start_minute", .int, .required)
            .field("cancelled", .bool, .required)
            .create()
        try await sql.create(index: "occurrences_area_time_idx").on("occurrences").column("area_id").column("starts_at").run()
        try await sql.create(index: "occurrences_offer_idx").on("occurrences").column("offer_id").column("starts_at").run()
    }

    func revert(on database: any Database) async throws {
        try await database.schema("occurrences").delete()
        try await database.schema("offers").delete()
    }
}
