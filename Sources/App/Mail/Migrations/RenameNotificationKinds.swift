import Fluent
import SQLKit

/// The Akteursnetz stored German notification kinds; `NotificationKind` has English ones. The names are spelled out
/// here because this migration must keep doing the same even when the enum changes later.
struct RenameNotificationKinds: AsyncMigration {
    static let renames = [
        ("kooperation", "tie-proposal"),
        ("akteur-einladung", "actor-invitation"),
        ("akteur-pruefen", "actor-review"),
        ("akteur-entscheidung", "actor-decision"),
    ]

    func prepare(on database: any Database) async throws {
        for (old, new) in Self.renames { try await rename(old, to: new, on: database.sql) }
    }

    func revert(on database: any Database) async throws {
        for (old, new) in Self.renames { try await rename(new, to: old, on: database.sql) }
    }

    private func rename(_ kind: String, to new: String, on sql: any SQLDatabase) async throws {
        try await sql.update("outbox").set("kind", to: SQLBind(new)).where("kind", .equal, SQLBind(kind)).run()
    }
}
