import Foundation
import Vapor

/// Reports of listings and messages by logged-in people; three reports from different accounts hide an item until
/// a moderator decides (`ModerationQueries.report`).
enum ReportController {
    struct ReportForm: Content { var reason: String?; var note: String? }

    static func validReport(_ form: ReportForm, errors: inout FormErrors) -> (reason: String, note: String?)? {
        let reason = form.reason.flatMap { Texts.Exchange.reportReasons.contains($0) ? $0 : nil }
        if reason == nil { errors.add("reason", Texts.Exchange.errReason) }
        let note = FormInput.optionalText(form.note, field: "note", max: 300, errors: &errors)
        guard let reason, errors.isEmpty else { return nil }
        return (reason, note.isEmpty ? nil : note)
    }

    @Sendable static func reportListing(req: Request) async throws -> Response {
        guard let user = req.currentUser else { return AccountController.loginRedirect(req) }
        let (listing, access) = try await ListingAccess.visibleListing(req)
        guard !access.manages else { throw GermanError(status: .unprocessableEntity, reason: Texts.Exchange.ownListing) }
        var errors = FormErrors()
        guard let (reason, note) = validReport(try req.content.decode(ReportForm.self), errors: &errors) else {
            return try await ListingController.detailPage(req, listing: listing, access: access, notice: nil, reportErrors: errors)
                .response(.unprocessableEntity)
        }
        try await DailyLimits.enforce(.report, by: user.id, now: req.now, on: req.sql)
        let added = try await ModerationQueries.report(listingID: listing.id, messageID: nil, reporter: user.id,
                                                       reason: reason, note: note, now: req.now, on: req.sql)
        return .seeOther(.listing(listing.id), notice: added ? "gemeldet" : "bereits-gemeldet")
    }

    @Sendable static func reportMessage(req: Request) async throws -> Response {
        let user = try req.requireUser()
        let messageID = try req.uuidParameter("id", notFound: Texts.Exchange.messageNotFound)
        guard let message = try await ContactQueries.message(messageID, on: req.sql) else {
            throw GermanError(status: .notFound, reason: Texts.Exchange.messageNotFound)
        }
        let thread = try await ContactThread.of(req, id: message.contactRequestID)
        guard message.senderID != user.id else {
            throw GermanError(status: .unprocessableEntity, reason: Texts.Exchange.ownMessage)
        }
        var errors = FormErrors()
        guard let (reason, note) = validReport(try req.content.decode(ReportForm.self), errors: &errors) else {
            throw GermanError(status: .unprocessableEntity, reason: Texts.Exchange.errReason)
        }
        try await DailyLimits.enforce(.report, by: user.id, now: req.now, on: req.sql)
        let added = try await ModerationQueries.report(listingID: nil, messageID: messageID, reporter: user.id, reason: reason,
                                                       note: note, now: req.now, on: req.sql)
        return .seeOther(.boerse(.request(thread.request.id)), notice: added ? "gemeldet" : "bereits-gemeldet",
                         anchor: "nachrichten")
    }
}
