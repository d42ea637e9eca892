import Foundation
import SQLKit
import Vapor

/// Who may do what with a listing, and the listing of a request's path as far as this person may see it.
struct ListingAccess {
    var isAuthor = false
    var isKioskStaff = false
    var isModerator = false
    /// The author, or the kiosk team for a kiosk listing.
    var manages: Bool { isAuthor || isKioskStaff }

    static func of(_ listing: Listing, user: CurrentUser?, on sql: any SQLDatabase) async throws -> ListingAccess {
        guard let user else { return ListingAccess() }
        return ListingAccess(
            isAuthor: listing.authorID == user.id,
            isKioskStaff: try await KioskQueries.isStaff(user, of: listing.kioskSiteID, on: sql),
            isModerator: ModerationController.moderates(user, areaID: listing.areaID))
    }

    /// The listing of the path's `id`, or 404 when it does not exist or is hidden from this person.
    static func visibleListing(_ req: Request) async throws -> (Listing, ListingAccess) {
        let id = try req.intParameter("id", notFound: Texts.Exchange.notFound)
        guard let listing = try await ListingQueries.find(id, on: req.sql) else {
            throw GermanError(status: .notFound, reason: Texts.Exchange.notFound)
        }
        let access = try await of(listing, user: req.currentUser, on: req.sql)
        if listing.hidden, !access.manages, !access.isModerator {
            throw GermanError(status: .notFound, reason: listing.isRemoved ? Texts.Exchange.removedNotice : Texts.Exchange.hiddenNotice)
        }
        return (listing, access)
    }
}
