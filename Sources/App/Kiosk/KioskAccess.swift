import Foundation
import Vapor

/// Who may use the kiosk pages: the kiosk team for its own kiosks; coordinators and admins manage the kiosks.
enum KioskAccess {
    /// The kiosks of the logged-in staff member (403 without the role; the login redirect is the caller's).
    static func staffSites(_ req: Request) async throws -> (CurrentUser, [KioskSiteRow]) {
        let user = try req.requireRole(.kioskStaff)
        return (user, try await KioskQueries.sites(ofStaff: user, on: req.sql))
    }

    /// The staff member's kiosks and the one chosen with `?ort=` (the first without a choice); nil when the member
    /// has no kiosk (then show `KioskDashboardPages.noSite`), 403 for a kiosk that is not theirs.
    static func chosenSite(_ req: Request) async throws -> (sites: [KioskSiteRow], site: KioskSiteRow)? {
        let (_, sites) = try await staffSites(req)
        guard let raw = try? req.query.get(String.self, at: "ort"), !raw.isEmpty else { return sites.first.map { (sites, $0) } }
        guard let id = Int(raw), let site = sites.first(where: { $0.id == id }) else {
            throw GermanError(status: .forbidden, reason: Texts.Kiosk.noSite)
        }
        return (sites, site)
    }

    static func requireSiteAdmin(_ req: Request) throws -> CurrentUser {
        let user = try req.requireUser()
        guard user.has(.coordinator) || user.isAdmin else { throw Abort(.forbidden) }
        return user
    }

    /// Back to the kiosk's overview, with a notice.
    static func dashboard(_ site: KioskSiteRow, notice: String, query: [(String, String)] = []) -> Response {
        .seeOther(SiteURL.boerse(.kiosk), query: [("ort", String(site.id)), (noticeParameter, notice)] + query)
    }
}
