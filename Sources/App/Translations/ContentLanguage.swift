import Foundation
import GemeinsamCore
import SQLKit

/// How people's texts appear to a reader: in the reader's language when someone translated them, otherwise as
/// written, marked with their language (`FallbackMarks.wrap(_:language:)` → `<span lang="tr" dir="ltr">`) when
/// that is not the page's language. Lists call `localize` once for all their items.
enum ContentLanguage {
    struct Item: Sendable {
        var original: Language = .german
        var translation: (title: String, description: String)?
    }

    /// The item's id as `content_languages` stores it.
    static func id(_ uuid: UUID) -> String { uuid.uuidString.lowercased() }
    static func id(_ number: Int) -> String { String(number) }

    /// Title and description as `reader` sees them.
    static func shown(title: String, description: String, item: Item?, reader: Language) -> (title: String, description: String) {
        let item = item ?? Item()
        if let translation = item.translation {
            return (translation.title, translation.description.isEmpty ? mark(description, item.original, reader: reader)
                                                                          : translation.description)
        }
        return (mark(title, item.original, reader: reader), mark(description, item.original, reader: reader))
    }

    static func mark(_ text: String, _ language: Language, reader: Language) -> String {
        language == reader || text.isEmpty ? text : FallbackMarks.wrap(text, language: language)
    }

    /// Replaces the title (and description) of each item by what `reader` sees.
    static func localize<Value>(_ values: inout [Value], _ kind: ContentKind, id: (Value) -> String,
                                title: WritableKeyPath<Value, String>, description: WritableKeyPath<Value, String>? = nil,
                                reader: Language, on sql: any SQLDatabase) async throws {
        guard !values.isEmpty else { return }
        let items = try await ContentLanguageQueries.display(kind, ids: values.map(id), reader: reader, on: sql)
        for index in values.indices {
            let item = items[id(values[index])]
            let shown = shown(title: values[index][keyPath: title],
                              description: description.map { values[index][keyPath: $0] } ?? "", item: item, reader: reader)
            values[index][keyPath: title] = shown.title
            if let description { values[index][keyPath: description] = shown.description }
        }
    }

    /// The same for one item.
    static func localize<Value>(_ value: inout Value, _ kind: ContentKind, id: String,
                                title: WritableKeyPath<Value, String>, description: WritableKeyPath<Value, String>? = nil,
                                reader: Language, on sql: any SQLDatabase) async throws {
        var values = [value]
        try await localize(&values, kind, id: { _ in id }, title: title, description: description, reader: reader, on: sql)
        value = values[0]
    }
}
