import Foundation
import SQLKit

/// Reading the history of places, offers and rooms.
enum HistoryQueries {
    /// A line of history with the person who made the change.
    typealias Change = Joined<ItemChangeRow, AuthorColumns>

    struct AuthorColumns: Decodable, Sendable {
        var firstName: String?
        var initial: String?

        /// The public name, or nil for a deleted account (or none).
        var who: String? { firstName.map { PublicName.make(firstName: $0, initial: initial) } }
    }

    /// The history of one item, newest first.
    static func changes(of kind: ItemKind, id: UUID, on sql: any SQLDatabase) async throws -> [Change] {
        try await sql.raw("""
            SELECT c.*, u.first_name, u.initial FROM item_changes c LEFT JOIN users u ON u.id = c.user_id
            WHERE c.item_kind = \(bind: kind.rawValue) AND c.item_id = \(bind: id) ORDER BY c.at DESC
            """).rows(Change.self)
    }

    /// The changes a person made, oldest first (for their data download).
    static func changes(by userID: UUID, on sql: any SQLDatabase) async throws -> [ItemChangeRow] {
        try await sql.select().column("*").from("item_changes").where("user_id", .equal, userID).orderBy("at")
            .rows(ItemChangeRow.self)
    }
}
