import Foundation
import Vapor

/// A kind of item whose texts its editors can translate, as its pillar knows it: who may edit it and what it says.
protocol TranslatableKind: Sendable {
    static var kind: ContentKind { get }
    /// The item of the request's `id` parameter if `user` may edit it; 404 when there is none, 403 when they may not.
    static func editableItem(_ req: Request, user: CurrentUser) async throws -> TranslatableItem
}

/// What the translation page shows of an item, in the language it was written in.
struct TranslatableItem: Sendable {
    /// The id as `content_languages` stores it (`ContentLanguage.id`).
    var id: String
    var title: String
    var description: String
    /// The item's public page.
    var pageURL: SiteURL
}
