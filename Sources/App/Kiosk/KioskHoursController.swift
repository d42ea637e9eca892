import Foundation
import Vapor

/// The kiosk team confirms the hours of helpers who met a kiosk visitor.
enum KioskHoursController {
    @Sendable static func confirmHours(req: Request) async throws -> Response {
        let (user, sites) = try await KioskAccess.staffSites(req)
        guard let (entry, confirm) = try await req.content.decode(VolunteerController.HoursDecision.self).read(on: req.sql),
              entry.confirmBy == "kiosk", let siteID = entry.kioskSiteID, let site = sites.first(where: { $0.id == siteID })
        else { throw GermanError(status: .unprocessableEntity, reason: Texts.Volunteer.errNotConfirmable) }
        try await VolunteerQueries.decide(entry.id, confirm: confirm, byName: Texts.Kiosk.confirmedBy(site.name, user.publicName),
                                          now: req.now, on: req.sql)
        return KioskAccess.dashboard(site, notice: "gespeichert")
    }
}
