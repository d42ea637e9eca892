import Fluent
import SQLKit

/// Listings ("Suche"/"Biete"). Public: public name, Quartier, text. The kiosk visitor's phone is only for the
/// kiosk team; it is stored only when the visitor wants a call back, with the version of the consent text.
struct CreateListing: AsyncMigration {
    func prepare(on database: any Database) async throws {
        try await database.schema("listings")
            .field("id", .int, .identifier(auto: true))
            .field("kind", .string, .required)
            .field("category", .string, .required)
            .field("title", .string, .required)
            .field("body", .string, .required)
            .field("area_id", .int, .required, .references("areas", "id"))
            .field("district_id", .int, .required, .references("areas", "id"))
            .field("public_name", .string, .required)
            .field("timing", .string, .required)
            .field("timing_date", .string)
            .field("timing_note", .string)
            // ISO date "YYYY-MM-DD": the last day the listing is open
            .field("valid_until", .string, .required)
            .field("status", .string, .required)
            .field("author_id", .uuid, .references("users", "id", onDelete: .cascade))
            .field("kiosk_site_id", .int, .references("kiosk_sites", "id", onDelete: .setNull))
            .field("intake_by", .uuid, .references("users", "id", onDelete: .setNull))
            // kiosk visitors: "phone" or "visit" (kommt wieder vorbei)
            .field("visitor_contact", .string)
            .field("visitor_phone", .string)
            .field("consent_version", .string)
            .field("consent_at", .double)
            // moderation: none | pending (hidden after reports) | restored | removed
            .field("moderation", .string, .required, .sql(.default("none")))
            .field("hidden", .bool, .required, .sql(.default(false)))
            .field("created_at", .double, .required)
            .field("updated_at", .double, .required)
            .field("is_sample", .bool, .required, .sql(.default(false)))
            .create()
        let sql = database.sql
        // the Quartier pages: open, visible listings of a few areas, newest first
        try await sql.create(index: "listings_area_idx").on("listings")
            .column("area_id").column("status").column("hidden").column("created_at").run()
        try await sql.create(index: "listings_open_idx").on("listings")
            .column("status").column("hidden").column("created_at").run()
        // suggestions: counterparts of one category and kind in one area, newest first
        try await sql.create(index: "listings_match_idx").on("listings")
            .column("category").column("kind").column("status").column("hidden").column("area_id").column("created_at").run()
        try await sql.create(index: "listings_author_idx").on("listings").column("author_id").column("created_at").run()
        try await sql.create(index: "listings_kiosk_idx").on("listings").column("kiosk_site_id").column("status").run()
        // no index on (status, valid_until): SQLite would prefer it for the Quartier lists and sort thousands of rows;
        // the expiry sweep (every 10 minutes) scans the open listings through listings_open_idx instead
        try await sql.create(index: "listings_intake_idx").on("listings").column("intake_by").column("created_at").run()
    }

    func revert(on database: any Database) async throws {
        try await database.schema("listings").delete()
    }
}
