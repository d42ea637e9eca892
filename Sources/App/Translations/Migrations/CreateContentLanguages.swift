import Fluent
import SQLKit

/// Migration 015: the language of people's texts and their translations (`ContentLanguageRow`). One table for
/// offers, places, listings and actors, so that every list reads its items' languages with one indexed query.
struct CreateContentLanguages: AsyncMigration {
    func prepare(on database: any Database) async throws {
        try await database.schema("content_languages")
            .id()
            .field("kind", .string, .required)
            .field("item_id", .string, .required)
            .field("language", .string, .required)
            .field("is_original", .bool, .required)
            .field("title", .sql(unsafeRaw: "TEXT"), .required)
            .field("description", .sql(unsafeRaw: "TEXT"), .required)
            .field("updated_at", .double, .required)
            .unique(on: "kind", "item_id", "language")
            .create()
    }

    func revert(on database: any Database) async throws {
        try await database.schema("content_languages").delete()
    }
}
