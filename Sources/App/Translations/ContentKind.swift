import Foundation

/// The kinds of content people write that can be shown in several languages: the text's own language
/// (`content_languages` with `is_original`) and translations that editors add.
enum ContentKind: String, CaseIterable, Sendable {
    case offer, place, listing, actor

    /// The first path segment of the item's pages: the translations live at `/<segment>/<id>/uebersetzungen`.
    var pathSegment: String {
        switch self {
        case .offer: "angebote"
        case .place: "orte"
        case .listing: "boerse"
        case .actor: "akteure"
        }
    }

    /// Longest title and description a translation may have (as the item's own form allows).
    var titleLimit: Int { self == .listing ? 120 : 200 }
    var descriptionLimit: Int { self == .listing ? 2000 : 5000 }
}
