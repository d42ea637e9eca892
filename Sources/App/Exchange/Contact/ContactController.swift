import Foundation
import GemeinsamCore
import Plot
import Vapor

/// Contact requests and their message thread: safe contact through the platform.
enum ContactController {
    // MARK: request

    @Sendable static func request(req: Request) async throws -> Response {
        guard let user = req.currentUser else { return AccountController.loginRedirect(req) }
        let (listing, access) = try await ListingAccess.visibleListing(req)
        let sql = req.sql
        guard !access.manages else { throw GermanError(status: .unprocessableEntity, reason: Texts.Exchange.ownListing) }
        let today = req.today
        guard listing.effectiveStatus(today: today) == .open, !listing.hidden else {
            throw GermanError(status: .unprocessableEntity, reason: Texts.Exchange.notOpenNotice)
        }
        if try await ContactQueries.exists(listingID: listing.id, requesterID: user.id, on: sql) {
            throw GermanError(status: .unprocessableEntity, reason: Texts.Exchange.alreadyRequested)
        }
        if let author = listing.authorID, try await ContactQueries.blocked(author, user.id, on: sql) {
            throw GermanError(status: .forbidden, reason: Texts.Exchange.blockedNotice)
        }
        let form = try req.content.decode(ContactForm.self)
        var errors = FormErrors()
        guard let valid = form.validate(errors: &errors) else {
            return try await ListingController.detailPage(req, listing: listing, access: access, notice: nil,
                                                          contactForm: form, contactErrors: errors)
                .response(.unprocessableEntity)
        }
        try await DailyLimits.enforce(.contactRequest, by: user.id, now: req.now, on: sql)
        let request = ContactRequestRow(
            listingID: listing.id, requesterID: user.id, message: valid.message, requesterContact: valid.way.kind,
            requesterPhone: valid.way.phone, createdAt: req.now.timeIntervalSince1970,
            callbackDueOn: listing.isKiosk ? today.iso : nil)
        try await ContactQueries.insert(request, on: sql)
        let id = request.id
        let publicURL = req.application.appConfig.publicURL
        if let author = listing.authorID {
            try await Outbox.notify(userID: author, subject: Texts.ExchangeMail.newRequest(listing.title),
                                    text: Texts.ExchangeMail.newRequestText(user.publicName), link: .boerse(.request(id)),
                                    kind: .contactRequest, now: req.now, publicURL: publicURL, on: sql)
        } else if let site = listing.kioskSiteID {
            try await Outbox.notify(userIDs: try await KioskQueries.staffIDs(of: site, on: sql),
                                    subject: Texts.ExchangeMail.kioskRequest(listing.title),
                                    text: Texts.ExchangeMail.kioskRequestText(user.publicName, listing: listing.id),
                                    link: .boerse(.kioskRequest(id.uuidString.lowercased())), kind: .kioskCallback,
                                    now: req.now, publicURL: publicURL, on: sql)
        }
        return .seeOther(.boerse(.request(id)))
    }

    // MARK: thread

    @Sendable static func show(req: Request) async throws -> Response {
        guard req.currentUser != nil else { return AccountController.loginRedirect(req) }
        let thread = try await ContactThread.of(req)
        return try await page(req, thread, notice: req.notice(from: Texts.Exchange.threadNotices)).response()
    }

    static func page(_ req: Request, _ t: ContactThread, notice: String?, replyErrors: FormErrors = FormErrors(),
                     acceptErrors: FormErrors = FormErrors(), accept: ContactForm = ContactForm()) async throws -> HTML {
        let sql = req.sql
        let messages = try await ContactQueries.messages(t.request.id, on: sql)
        // contact data only for an accepted request: `revealed` checks the status in SQL as well
        let revealed = t.request.status == .accepted ? try await ContactQueries.revealed(t.request.id, on: sql) : nil
        return ContactPages.thread(t, messages: messages, revealed: revealed, notice: notice, replyErrors: replyErrors,
                                   acceptErrors: acceptErrors, accept: accept, context: req.pageContext)
    }

    // MARK: decisions

    /// The thread of a pending request to the author's own (not a kiosk's) listing.
    private static func pendingForAuthor(_ req: Request) async throws -> ContactThread {
        let t = try await ContactThread.of(req)
        guard t.isAuthor, !t.listing.isKiosk else { throw Abort(.forbidden) }
        guard t.request.status == .pending else {
            throw GermanError(status: .unprocessableEntity, reason: Texts.Exchange.alreadyDecided)
        }
        return t
    }

    @Sendable static func accept(req: Request) async throws -> Response {
        let t = try await pendingForAuthor(req)
        let form = try req.content.decode(ContactForm.self)
        var errors = FormErrors()
        guard let way = form.validWay(errors: &errors) else {
            return try await page(req, t, notice: nil, acceptErrors: errors, accept: form).response(.unprocessableEntity)
        }
        _ = try await ContactQueries.accept(t.request.id, authorContact: way.kind, authorPhone: way.phone, now: req.now,
                                            on: req.sql)
        try await afterAcceptance(req, t)
        return .seeOther(t.path, notice: "angenommen")
    }

    /// Marks the listing as matched (except joint activities, which take several people) and tells the requester.
    static func afterAcceptance(_ req: Request, _ t: ContactThread) async throws {
        if t.listing.category != .activities, t.listing.effectiveStatus(today: req.today) == .open {
            try await ListingQueries.setStatus(id: t.listing.id, to: .matched, now: req.now, on: req.sql)
        }
        try await Outbox.notify(userID: t.request.requesterID, subject: Texts.ExchangeMail.accepted(t.listing.title),
                                text: Texts.ExchangeMail.acceptedText, link: t.path, kind: .requestAccepted, now: req.now,
                                publicURL: req.application.appConfig.publicURL, on: req.sql)
    }

    @Sendable static func decline(req: Request) async throws -> Response {
        let t = try await pendingForAuthor(req)
        try await ContactQueries.setStatus(t.request.id, to: .declined, now: req.now, on: req.sql)
        try await Outbox.notify(userID: t.request.requesterID, subject: Texts.ExchangeMail.declined(t.listing.title),
                                text: Texts.ExchangeMail.declinedText, link: .listing(t.listing.id), kind: .requestDeclined,
                                now: req.now, publicURL: req.application.appConfig.publicURL, on: req.sql)
        return .seeOther(t.path, notice: "abgelehnt")
    }

    @Sendable static func withdraw(req: Request) async throws -> Response {
        let t = try await ContactThread.of(req)
        guard t.isRequester else { throw Abort(.forbidden) }
        guard t.request.isOpenThread else { throw GermanError(status: .unprocessableEntity, reason: Texts.Exchange.threadClosed) }
        try await ContactQueries.setStatus(t.request.id, to: .withdrawn, now: req.now, on: req.sql)
        return .seeOther(t.path, notice: "zurueckgezogen")
    }

    // MARK: messages

    struct MessageForm: Content { var body: String? }

    @Sendable static func message(req: Request) async throws -> Response {
        let user = try req.requireUser()
        let t = try await ContactThread.of(req)
        let sql = req.sql
        guard t.request.isOpenThread else { throw GermanError(status: .unprocessableEntity, reason: Texts.Exchange.threadClosed) }
        if let other = t.otherAccount(user.id), try await ContactQueries.blocked(user.id, other, on: sql) {
            throw GermanError(status: .forbidden, reason: Texts.Exchange.blockedNotice)
        }
        let form = try req.content.decode(MessageForm.self)
        var errors = FormErrors()
        let body = FormInput.text(form.body, field: "body", what: Texts.Exchange.replyWhat, max: ContactForm.messageMax,
                                  multiline: true, errors: &errors)
        guard errors.isEmpty else { return try await page(req, t, notice: nil, replyErrors: errors).response(.unprocessableEntity) }
        try await DailyLimits.enforce(.message, by: user.id, now: req.now, on: sql)
        try await ContactQueries.addMessage(t.request.id, sender: user.id, side: t.side, body: body, now: req.now, on: sql)
        var recipients = [t.request.requesterID]
        if t.isRequester {
            if let author = t.listing.authorID {
                recipients = [author]
            } else if let site = t.listing.kioskSiteID {
                recipients = try await KioskQueries.staffIDs(of: site, on: sql)
            } else {
                recipients = []
            }
        }
        try await Outbox.notify(userIDs: recipients, subject: Texts.ExchangeMail.message(t.listing.title),
                                text: Texts.ExchangeMail.messageText, link: t.path, kind: .message, now: req.now,
                                publicURL: req.application.appConfig.publicURL, on: sql)
        return .seeOther(t.path, notice: "gesendet", anchor: "nachrichten")
    }

    // MARK: blocking

    @Sendable static func block(req: Request) async throws -> Response {
        let user = try req.requireUser()
        let t = try await ContactThread.of(req)
        guard t.isRequester || t.isAuthor, let other = t.otherAccount(user.id) else { throw Abort(.forbidden) }
        try await ContactQueries.block(user.id, other, now: req.now, on: req.sql)
        if t.request.status == .pending {
            try await ContactQueries.setStatus(t.request.id, to: t.isAuthor ? .declined : .withdrawn, now: req.now, on: req.sql)
        }
        return .seeOther(t.path, notice: "gesperrt")
    }
}
