import Fluent
import SQLKit

/// Kiosks (NachbarBude, Seniorenbüro, Stadtteilbüro): public places where staff take in listings for visitors
/// without an account. Their address and phone are public; no resident's address is stored anywhere.
struct CreateKioskSite: AsyncMigration {
    func prepare(on database: any Database) async throws {
        try await database.schema("kiosk_sites")
            .field("id", .int, .identifier(auto: true))
            .field("name", .string, .required)
            .field("organisation", .string, .required)
            .field("area_id", .int, .required, .references("areas", "id"))
            .field("phone", .string, .required)
            .field("address", .string, .required)
            .field("opening_hours", .string)
            .field("created_at", .double, .required)
            .field("is_sample", .bool, .required, .sql(.default(false)))
            .unique(on: "name")
            .create()

        try await database.schema("kiosk_site_staff")
            .field("site_id", .int, .required, .references("kiosk_sites", "id", onDelete: .cascade))
            .field("user_id", .uuid, .required, .references("users", "id", onDelete: .cascade))
            .field("granted_at", .double, .required)
            .compositeIdentifier(over: "site_id", "user_id")
            .create()
        try await database.sql
            .create(index: "kiosk_site_staff_user_idx").on("kiosk_site_staff").column("user_id").run()
    }

    func revert(on database: any Database) async throws {
        try await database.schema("kiosk_site_staff").delete()
        try await database.schema("kiosk_sites").delete()
    }
}
