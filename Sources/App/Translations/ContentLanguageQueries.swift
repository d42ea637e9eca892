import Foundation
import GemeinsamCore
import SQLKit

/// Reading and writing `content_languages`.
enum ContentLanguageQueries {
    /// What a page needs to show items in a reader's language: per item id its original language (German when
    /// none is stored) and its translation into `reader`, if there is one. One indexed query for the whole list.
    static func display(_ kind: ContentKind, ids: [String], reader: Language,
                        on sql: any SQLDatabase) async throws -> [String: ContentLanguage.Item] {
        guard !ids.isEmpty else { return [:] }
        let rows = try await sql.raw("""
            SELECT * FROM content_languages
            WHERE kind = \(bind: kind.rawValue) AND item_id IN (\(binds: Array(Set(ids))))
              AND (is_original = \(bind: true) OR language = \(bind: reader.code))
            """).rows(ContentLanguageRow.self)
        var items: [String: ContentLanguage.Item] = [:]
        for row in rows {
            if row.isOriginal {
                items[row.itemID, default: .init()].original = Language.withCode(row.language) ?? .german
            } else {
                items[row.itemID, default: .init()].translation = (row.title, row.description)
            }
        }
        return items
    }

    /// The item's original row and translations, by language order.
    static func all(_ kind: ContentKind, id: String, on sql: any SQLDatabase) async throws -> [ContentLanguageRow] {
        let rows = try await sql.select().column("*").from("content_languages")
            .where("kind", .equal, kind.rawValue).where("item_id", .equal, id).rows(ContentLanguageRow.self)
        let order = Dictionary(uniqueKeysWithValues: Language.all.map { ($0.code, $0.index) })
        return rows.sorted { (order[$0.language] ?? 99, $0.language) < (order[$1.language] ?? 99, $1.language) }
    }

    /// Adds or replaces the translation into `language`.
    static func saveTranslation(_ kind: ContentKind, id: String, language: Language, title: String, description: String,
                                now: Date, on sql: any SQLDatabase) async throws {
        try await deleteTranslation(kind, id: id, language: language, on: sql)
        let row = ContentLanguageRow(kind: kind.rawValue, itemID: id, language: language.code, isOriginal: false,
                                     title: title, description: description, updatedAt: now.timeIntervalSince1970)
        try await sql.insert(into: "content_languages").values(row: row).run()
    }

    static func deleteTranslation(_ kind: ContentKind, id: String, language: Language, on sql: any SQLDatabase) async throws {
        try await sql.delete(from: "content_languages").where("kind", .equal, kind.rawValue).where("item_id", .equal, id)
            .where("language", .equal, language.code).where("is_original", .equal, false).run()
    }

    /// Sets the language the item was written in; German is the default and needs no row.
    static func setOriginal(_ kind: ContentKind, id: String, language: Language, now: Date, on sql: any SQLDatabase) async throws {
        try await sql.delete(from: "content_languages").where("kind", .equal, kind.rawValue).where("item_id", .equal, id)
            .where("is_original", .equal, true).run()
        guard !language.isSource else { return }
        let row = ContentLanguageRow(kind: kind.rawValue, itemID: id, language: language.code, isOriginal: true,
                                     title: "", description: "", updatedAt: now.timeIntervalSince1970)
        try await sql.insert(into: "content_languages").values(row: row).run()
    }

    /// Everything about these items (when they are deleted, e.g. with the account of a listing's author).
    static func deleteAll(_ kind: ContentKind, ids: [String], on sql: any SQLDatabase) async throws {
        guard !ids.isEmpty else { return }
        try await sql.delete(from: "content_languages").where("kind", .equal, kind.rawValue)
            .where("item_id", .in, ids).run()
    }
}
