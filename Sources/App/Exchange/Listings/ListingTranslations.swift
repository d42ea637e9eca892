import Foundation
import Vapor

/// Listings on the translation page: their author, or the kiosk team for a kiosk listing, may translate them.
enum ListingTranslations: TranslatableKind {
    static let kind = ContentKind.listing

    static func editableItem(_ req: Request, user: CurrentUser) async throws -> TranslatableItem {
        let (listing, access) = try await ListingAccess.visibleListing(req)
        guard access.manages else { throw Abort(.forbidden) }
        let id = ContentLanguage.id(listing.id)
        return TranslatableItem(id: id, title: listing.title, description: listing.body, pageURL: .boerse(.listing(id)))
    }
}
