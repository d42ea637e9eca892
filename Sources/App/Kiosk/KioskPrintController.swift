import Foundation
import Vapor

/// What the kiosk hands out: the printed notice of open listings nearby, and the consent text read to visitors.
enum KioskPrintController {
    @Sendable static func printNotice(req: Request) async throws -> Response {
        guard req.currentUser != nil else { return AccountController.loginRedirect(req) }
        guard let (_, site) = try await KioskAccess.chosenSite(req), let area = req.geography.areas[site.areaID] else {
            return KioskDashboardPages.noSite(context: req.pageContext).response()
        }
        let today = req.today
        let areas = ListingQueries.visibleAreas(for: area, geography: req.geography).keys.sorted()
        let listings = try await ListingQueries.open(areas: areas, filter: .init(), today: today, limit: 40, offset: 0,
                                                     on: req.sql).listings
        return KioskPrintPages.printNotice(site: site, listings: listings, geography: req.geography, today: today,
                                           context: req.pageContext).response()
    }

    @Sendable static func consent(req: Request) async throws -> Response {
        KioskPrintPages.consent(context: req.pageContext).response()
    }
}
