import Foundation
import Vapor

/// A contact request with its listing, seen by one of the people taking part: the requester, the author, or the
/// kiosk team of a kiosk listing.
struct ContactThread {
    var request: ContactRequest
    var listing: Listing
    var isRequester: Bool
    var isAuthor: Bool
    var isKioskStaff: Bool

    /// The side this person writes from (`exchange_messages.sender_side`).
    var side: String { isRequester ? "requester" : isAuthor ? "author" : "kiosk" }
    /// The account on the other side, when there is one (kiosk visitors have none).
    func otherAccount(_ me: UUID) -> UUID? { isRequester ? listing.authorID : request.requesterID }
    var path: SiteURL { .boerse(.request(request.id)) }

    /// The request of the path's `id` (or `id`), for a participant only (404 for everyone else).
    static func of(_ req: Request, id: UUID? = nil) async throws -> ContactThread {
        let user = try req.requireUser()
        let id = try id ?? req.uuidParameter("id", notFound: Texts.Exchange.requestNotFound)
        let sql = req.sql
        guard let request = try await ContactQueries.find(id, on: sql),
              let listing = try await ListingQueries.find(request.listingID, on: sql)
        else { throw GermanError(status: .notFound, reason: Texts.Exchange.requestNotFound) }
        let isRequester = request.requesterID == user.id
        let isAuthor = listing.authorID != nil && listing.authorID == user.id
        let isKioskStaff = try await KioskQueries.isStaff(user, of: listing.kioskSiteID, on: sql)
        guard isRequester || isAuthor || isKioskStaff else {
            throw GermanError(status: .notFound, reason: Texts.Exchange.requestNotFound)
        }
        return ContactThread(request: request, listing: listing, isRequester: isRequester, isAuthor: isAuthor,
                             isKioskStaff: isKioskStaff)
    }
}
