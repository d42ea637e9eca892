import Foundation

/// A row of `content_languages`: either the language an item was written in (`isOriginal`, no texts — those stay in
/// the item's own table) or a translation of its title and description into another language. Items without an
/// original row are German.
struct ContentLanguageRow: Codable, Sendable {
    var id = UUID()
    var kind: String
    /// The item's id as text: a lowercased UUID, or a listing's number.
    var itemID: String
    /// Catalog code ("tr", "de-x-ls").
    var language: String
    var isOriginal: Bool
    var title: String
    var description: String
    var updatedAt: Double
}
