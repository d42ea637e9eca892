import Foundation
import Vapor

/// The kiosk's overview: call backs due, its open listings, hours to confirm.
enum KioskDashboardController {
    @Sendable static func dashboard(req: Request) async throws -> Response {
        guard req.currentUser != nil else { return AccountController.loginRedirect(req) }
        guard let (sites, site) = try await KioskAccess.chosenSite(req) else {
            return KioskDashboardPages.noSite(context: req.pageContext).response()
        }
        let sql = req.sql
        let today = req.today
        var notice = req.notice(from: Texts.Kiosk.notices)
        if req.noticeKey == "aufgenommen", let number = try? req.query.get(Int.self, at: "nr") {
            notice = Texts.Kiosk.intakeSaved(number)
        }
        let open = try await KioskQueries.openListings(siteIDs: [site.id], today: today.iso, on: sql)
        let queue = try await ContactQueries.forKiosks([site.id], on: sql)
        let hours = try await VolunteerQueries.pendingForKiosk(site.id, on: sql)
        return KioskDashboardPages.dashboard(site: site, sites: sites, open: open, queue: queue, hours: hours, notice: notice,
                                             geography: req.geography, today: today, context: req.pageContext).response()
    }
}
