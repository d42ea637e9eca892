import Fluent

/// Migration 013: the language a person reads, for the mails Gemeinsam sends them (the catalog code, e.g. "tr").
/// Set at registration from the address the form was sent from; changed on the account page. Null means German.
struct AddAccountLanguage: AsyncMigration {
    func prepare(on database: any Database) async throws {
        try await database.schema("users").field("language", .string).update()
    }

    func revert(on database: any Database) async throws {
        try await database.schema("users").deleteField("language").update()
    }
}
