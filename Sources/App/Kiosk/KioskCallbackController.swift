import Foundation
import Vapor

/// The kiosk team calls a visitor back about a contact request and records the outcome.
enum KioskCallbackController {
    /// The request to a listing of one of this person's kiosks, with that kiosk.
    static func kioskRequest(_ req: Request) async throws -> (ContactThread, KioskSiteRow) {
        let t = try await ContactThread.of(req)
        guard t.isKioskStaff, let siteID = t.listing.kioskSiteID, let site = try await KioskQueries.find(siteID, on: req.sql) else {
            throw Abort(.forbidden)
        }
        return (t, site)
    }

    @Sendable static func callbackForm(req: Request) async throws -> Response {
        guard req.currentUser != nil else { return AccountController.loginRedirect(req) }
        let (t, site) = try await kioskRequest(req)
        let visitor = try await KioskQueries.visitorContact(listingID: t.listing.id, on: req.sql)
        return KioskCallbackPages.callback(t, site: site, visitor: visitor, errors: FormErrors(), context: req.pageContext)
            .response()
    }

    struct OutcomeForm: Content { var outcome: String?; var note: String? }

    /// The outcomes the team may record: passing on the visitor's number only when there is one.
    static func outcomes(_ visitor: KioskQueries.VisitorContact) -> [String] {
        (visitor.phone != nil ? ["acceptPhone"] : []) + ["acceptKiosk", "decline", "notReached"]
    }

    @Sendable static func recordCallback(req: Request) async throws -> Response {
        let user = try req.requireUser()
        let (t, site) = try await kioskRequest(req)
        let sql = req.sql
        let visitor = try await KioskQueries.visitorContact(listingID: t.listing.id, on: sql)
        let form = try req.content.decode(OutcomeForm.self)
        var errors = FormErrors()
        let outcome = form.outcome.flatMap { outcomes(visitor).contains($0) ? $0 : nil }
        if outcome == nil { errors.add("outcome", Texts.Kiosk.errOutcome) }
        let note = FormInput.optionalText(form.note, field: "note", max: 300, errors: &errors)
        guard let outcome, errors.isEmpty else {
            return KioskCallbackPages.callback(t, site: site, visitor: visitor, errors: errors, context: req.pageContext)
                .response(.unprocessableEntity)
        }
        guard t.request.status == .pending else {
            throw GermanError(status: .unprocessableEntity, reason: Texts.Exchange.alreadyDecided)
        }
        try await ContactQueries.recordCallback(t.request.id, note: note.isEmpty ? nil : note, by: user.id, on: sql)
        switch outcome {
        case "acceptPhone", "acceptKiosk":
            _ = try await ContactQueries.accept(t.request.id, authorContact: outcome == "acceptPhone" ? "visitorPhone" : "kiosk",
                                                authorPhone: nil, now: req.now, on: sql)
            try await ContactController.afterAcceptance(req, t)
        case "decline":
            try await ContactQueries.setStatus(t.request.id, to: .declined, now: req.now, on: sql)
            try await Outbox.notify(userID: t.request.requesterID, subject: Texts.ExchangeMail.declined(t.listing.title),
                                    text: Texts.ExchangeMail.visitorDeclinedText, link: .listing(t.listing.id),
                                    kind: .requestDeclined, now: req.now, publicURL: req.application.appConfig.publicURL, on: sql)
        default:
            try await ContactQueries.callbackAgain(t.request.id, on: req.today.adding(days: 1), on: sql)
        }
        return KioskAccess.dashboard(site, notice: "gespeichert")
    }
}
