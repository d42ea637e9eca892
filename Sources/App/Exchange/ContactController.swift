import Foundation
import GemeinsamCore
import Plot
import SQLKit
import Vapor

/// Contact requests and their message thread: safe contact through the platform.
enum ContactController {
    // MARK: request

    @Sendable static func request(req: Request) async throws -> Response {
        guard let user = req.currentUser else { return AccountController.loginRedirect(req) }
        let (listing, access) = try await ListingController.visibleListing(req)
        let sql = req.sql
        guard !access.manages else { throw GermanError(status: .unprocessableEntity, reason: German.Exchange.ownListing) }
        let today = ExchangeSupport.today()
        guard listing.card.status(today: today) == .open, !listing.hidden else {
            throw GermanError(status: .unprocessableEntity, reason: German.Exchange.notOpenNotice)
        }
        if try await ContactQueries.exists(listingID: listing.id, requesterID: user.id, on: sql) {
            throw GermanError(status: .unprocessableEntity, reason: German.Exchange.alreadyRequested)
        }
        if let author = listing.authorID, try await ContactQueries.blocked(author, user.id, on: sql) {
            throw GermanError(status: .forbidden, reason: German.Exchange.blockedNotice)
        }
        let form = try req.content.decode(ContactForm.self)
        var errors = FormErrors()
        guard let valid = form.validate(errors: &errors) else {
            return try await ListingController.detailPage(req, listing: listing, access: access, notice: nil,
                                                          contactForm: form, contactErrors: errors)
                .response(.unprocessableEntity)
        }
        try ExchangeSupport.enforceLimit(.contactRequest, done: try await ExchangeSupport.countToday(
            "contact_requests", by: "requester_id", id: user.id, on: sql))
        let id = try await ContactQueries.insert(.init(
            listingID: listing.id, requesterID: user.id, message: valid.message, contactKind: valid.way, phone: valid.phone,
            callbackDueOn: listing.isKiosk ? today.iso : nil), on: sql)
        let publicURL = req.application.appConfig.publicURL
        if let author = listing.authorID {
            try await Outbox.notify(userID: author, subject: German.Exchange.mailNewRequest(listing.card.title),
                                    text: "\(user.publicName) hat auf Ihren Eintrag geantwortet. Die Nachricht lesen Sie nach dem Anmelden auf der Seite der Anfrage.",
                                    link: .boerse(.request(id)), kind: "request", publicURL: publicURL, on: sql)
        } else if let site = listing.kioskSiteID {
            for staff in try await KioskQueries.staffIDs(of: site, on: sql) {
                try await Outbox.notify(userID: staff, subject: German.Exchange.mailKioskRequest(listing.card.title),
                                        text: "\(user.publicName) möchte Kontakt zu Eintrag Nr. \(listing.id). Bitte rufen Sie die Person zurück, die den Eintrag aufgegeben hat.",
                                        link: .boerse(.kioskRequest(id.uuidString.lowercased())), kind: "kiosk",
                                        publicURL: publicURL, on: sql)
            }
        }
        return ExchangeSupport.seeOther(req, .boerse(.request(id)))
    }

    // MARK: thread

    struct Thread {
        var request: ContactRequestRecord
        var listing: ListingDetail
        var isRequester: Bool
        var isAuthor: Bool
        var isKioskStaff: Bool
        var side: String { isRequester ? "requester" : isAuthor ? "author" : "kiosk" }
        /// The account on the other side, when there is one (kiosk visitors have none).
        func otherAccount(_ me: UUID) -> UUID? { isRequester ? listing.authorID : request.requesterID }
    }

    /// The request with its listing, for a participant only (404 for everyone else).
    static func thread(_ req: Request, id: UUID? = nil) async throws -> Thread {
        let user = try req.requireUser()
        let id = try id ?? ExchangeSupport.uuid(req)
        let sql = req.sql
        guard let request = try await ContactQueries.find(id, on: sql),
              let listing = try await ListingQueries.detail(id: request.listingID, on: sql)
        else { throw GermanError(status: .notFound, reason: German.Exchange.requestNotFound) }
        let isRequester = request.requesterID == user.id
        let isAuthor = listing.authorID != nil && listing.authorID == user.id
        let isKioskStaff = try await KioskQueries.isStaff(user, of: listing.kioskSiteID, on: sql)
        guard isRequester || isAuthor || isKioskStaff else {
            throw GermanError(status: .notFound, reason: German.Exchange.requestNotFound)
        }
        return Thread(request: request, listing: listing, isRequester: isRequester, isAuthor: isAuthor, isKioskStaff: isKioskStaff)
    }

    @Sendable static func show(req: Request) async throws -> Response {
        guard req.currentUser != nil else { return AccountController.loginRedirect(req) }
        let t = try await thread(req)
        return try await page(req, t, notice: (try? req.query.get(String.self, at: "hinweis")).flatMap { notices[$0] }).response()
    }

    static let notices: [String: String] = [
        "angenommen": "Sie haben die Anfrage angenommen. Die Kontaktdaten stehen unten.",
        "abgelehnt": "Sie haben die Anfrage abgelehnt.", "zurueckgezogen": "Sie haben die Anfrage zurückgezogen.",
        "gesendet": "Ihre Nachricht ist gesendet.", "gesperrt": German.Exchange.blocked,
        "gemeldet": German.Exchange.reportThanks, "bereits-gemeldet": "Sie haben diese Nachricht schon gemeldet.",
    ]

    static func page(_ req: Request, _ t: Thread, notice: String?, replyErrors: FormErrors = FormErrors(),
                     acceptErrors: FormErrors = FormErrors(), accept: ContactForm = ContactForm()) async throws -> HTML {
        let sql = req.sql
        let messages = try await ContactQueries.messages(t.request.id, on: sql)
        // contact data only for an accepted request: `revealed` checks the status in SQL as well
        let revealed = t.request.status == .accepted ? try await ContactQueries.revealed(t.request.id, on: sql) : nil
        return ContactPages.thread(t, messages: messages, revealed: revealed, notice: notice, replyErrors: replyErrors,
                                   acceptErrors: acceptErrors, accept: accept, geography: req.geography,
                                   context: req.pageContext)
    }

    // MARK: decisions

    @Sendable static func accept(req: Request) async throws -> Response {
        let t = try await thread(req)
        guard t.isAuthor, !t.listing.isKiosk else { throw Abort(.forbidden) }
        guard t.request.status == .pending else { throw GermanError(status: .unprocessableEntity, reason: "Diese Anfrage ist schon entschieden.") }
        let form = try req.content.decode(ContactForm.self)
        var errors = FormErrors()
        let way = form.contactWay == "phone" || form.contactWay == "email" ? form.contactWay! : nil
        if way == nil { errors.add("contactWay", German.Exchange.errContactWay) }
        var phone: String?
        if way == "phone" {
            phone = ExchangeSupport.validPhone(form.phone)
            if phone == nil { errors.add("phone", German.Exchange.errPhone) }
        }
        guard let way, errors.isEmpty else {
            return try await page(req, t, notice: nil, acceptErrors: errors, accept: form).response(.unprocessableEntity)
        }
        _ = try await ContactQueries.accept(t.request.id, authorContact: way, authorPhone: phone, on: req.sql)
        try await afterAcceptance(req, t)
        return ExchangeSupport.seeOther(req, .boerse(.request(t.request.id)), query: "hinweis=angenommen")
    }

    /// Marks the listing as matched (except joint activities, which take several people) and tells the requester.
    static func afterAcceptance(_ req: Request, _ t: Thread) async throws {
        if t.listing.card.category != .activities, t.listing.card.status(today: ExchangeSupport.today()) == .open {
            try await ListingQueries.setStatus(id: t.listing.id, to: .matched, on: req.sql)
        }
        try await Outbox.notify(userID: t.request.requesterID, subject: German.Exchange.mailAccepted(t.listing.card.title),
                                text: "Gute Nachricht: Ihre Anfrage wurde angenommen. Die Kontaktdaten sehen Sie nach dem Anmelden auf der Seite der Anfrage.",
                                link: .boerse(.request(t.request.id)), kind: "accepted",
                                publicURL: req.application.appConfig.publicURL, on: req.sql)
    }

    @Sendable static func decline(req: Request) async throws -> Response {
        let t = try await thread(req)
        guard t.isAuthor, !t.listing.isKiosk else { throw Abort(.forbidden) }
        guard t.request.status == .pending else { throw GermanError(status: .unprocessableEntity, reason: "Diese Anfrage ist schon entschieden.") }
        try await ContactQueries.setStatus(t.request.id, to: .declined, on: req.sql)
        try await Outbox.notify(userID: t.request.requesterID, subject: German.Exchange.mailDeclined(t.listing.card.title),
                                text: "Ihre Anfrage wurde leider abgelehnt. Vielleicht passt ein anderer Eintrag in Ihrer Nähe.",
                                link: .listing(t.listing.id), kind: "declined",
                                publicURL: req.application.appConfig.publicURL, on: req.sql)
        return ExchangeSupport.seeOther(req, .boerse(.request(t.request.id)), query: "hinweis=abgelehnt")
    }

    @Sendable static func withdraw(req: Request) async throws -> Response {
        let t = try await thread(req)
        guard t.isRequester else { throw Abort(.forbidden) }
        guard t.request.isOpenThread else { throw GermanError(status: .unprocessableEntity, reason: German.Exchange.threadClosed) }
        try await ContactQueries.setStatus(t.request.id, to: .withdrawn, on: req.sql)
        return ExchangeSupport.seeOther(req, .boerse(.request(t.request.id)), query: "hinweis=zurueckgezogen")
    }

    // MARK: messages

    struct MessageForm: Content { var body: String? }

    @Sendable static func message(req: Request) async throws -> Response {
        let user = try req.requireUser()
        let t = try await thread(req)
        let sql = req.sql
        guard t.request.isOpenThread else { throw GermanError(status: .unprocessableEntity, reason: German.Exchange.threadClosed) }
        if let other = t.otherAccount(user.id), try await ContactQueries.blocked(user.id, other, on: sql) {
            throw GermanError(status: .forbidden, reason: German.Exchange.blockedNotice)
        }
        let form = try req.content.decode(MessageForm.self)
        var errors = FormErrors()
        var body = ""
        switch TextInput.clean(form.body, maxLength: ContactForm.messageMax, multiline: true) {
        case let .success(b): body = b
        case let .failure(p): errors.add("body", TextInput.message(p, field: "eine Nachricht"))
        }
        guard errors.isEmpty else { return try await page(req, t, notice: nil, replyErrors: errors).response(.unprocessableEntity) }
        try ExchangeSupport.enforceLimit(.message, done: try await ExchangeSupport.countToday(
            "exchange_messages", by: "sender_id", id: user.id, on: sql))
        try await ContactQueries.addMessage(t.request.id, sender: user.id, side: t.side, body: body, on: sql)
        let publicURL = req.application.appConfig.publicURL
        let subject = German.Exchange.mailMessage(t.listing.card.title)
        let text = "Sie haben eine neue Nachricht. Lesen und antworten können Sie nach dem Anmelden auf der Seite der Anfrage."
        if t.isRequester {
            if let author = t.listing.authorID {
                try await Outbox.notify(userID: author, subject: subject, text: text, link: .boerse(.request(t.request.id)),
                                        kind: "message", publicURL: publicURL, on: sql)
            } else if let site = t.listing.kioskSiteID {
                for staff in try await KioskQueries.staffIDs(of: site, on: sql) {
                    try await Outbox.notify(userID: staff, subject: subject, text: text, link: .boerse(.request(t.request.id)),
                                            kind: "message", publicURL: publicURL, on: sql)
                }
            }
        } else {
            try await Outbox.notify(userID: t.request.requesterID, subject: subject, text: text,
                                    link: .boerse(.request(t.request.id)), kind: "message", publicURL: publicURL, on: sql)
        }
        return ExchangeSupport.seeOther(req, .boerse(.request(t.request.id)), anchor: "nachrichten", query: "hinweis=gesendet")
    }

    // MARK: blocking and reporting

    @Sendable static func block(req: Request) async throws -> Response {
        let user = try req.requireUser()
        let t = try await thread(req)
        guard t.isRequester || t.isAuthor, let other = t.otherAccount(user.id) else { throw Abort(.forbidden) }
        try await ContactQueries.block(user.id, other, on: req.sql)
        if t.request.status == .pending {
            try await ContactQueries.setStatus(t.request.id, to: t.isAuthor ? .declined : .withdrawn, on: req.sql)
        }
        return ExchangeSupport.seeOther(req, .boerse(.request(t.request.id)), query: "hinweis=gesperrt")
    }

    @Sendable static func reportMessage(req: Request) async throws -> Response {
        let user = try req.requireUser()
        let messageID = try ExchangeSupport.uuid(req, notFound: "Diese Nachricht gibt es nicht.")
        guard let owner = try await ContactQueries.requestOfMessage(messageID, on: req.sql) else {
            throw GermanError(status: .notFound, reason: "Diese Nachricht gibt es nicht.")
        }
        let t = try await thread(req, id: owner.request)
        guard owner.sender != user.id else { throw GermanError(status: .unprocessableEntity, reason: "Eigene Nachrichten können Sie nicht melden.") }
        var errors = FormErrors()
        guard let (reason, note) = ListingController.validReport(try req.content.decode(ListingController.ReportForm.self),
                                                                 errors: &errors)
        else { throw GermanError(status: .unprocessableEntity, reason: German.Exchange.errReason) }
        try ExchangeSupport.enforceLimit(.report, done: try await ExchangeSupport.countToday(
            "exchange_reports", by: "reporter_id", id: user.id, on: req.sql))
        let added = try await ModerationQueries.report(listingID: nil, messageID: messageID, reporter: user.id, reason: reason,
                                                       note: note, on: req.sql)
        return ExchangeSupport.seeOther(req, .boerse(.request(t.request.id)), anchor: "nachrichten",
                                        query: added ? "hinweis=gemeldet" : "hinweis=bereits-gemeldet")
    }
}
