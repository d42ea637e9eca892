import Foundation
import GemeinsamCore
import Plot
import SQLKit
import Vapor

/// "Meine Nachbarschaftsbörse": own listings and requests, the daily digest, blocked people, notifications.
enum ExchangeAccountController {
    @Sendable static func mine(req: Request) async throws -> Response {
        guard let user = req.currentUser else { return AccountController.loginRedirect(req) }
        return try await page(req, user: user, digestErrors: FormErrors(), notice: req.notice(from: Texts.Exchange.accountNotices),
                              status: .ok)
    }

    static func page(_ req: Request, user: CurrentUser, digestErrors: FormErrors, notice: String?,
                     status: HTTPResponseStatus) async throws -> Response {
        let sql = req.sql
        let listings = try await ListingQueries.byAuthor(user.id, on: sql)
        let sent = try await ContactQueries.byRequester(user.id, on: sql)
        let received = try await ContactQueries.toAuthor(user.id, on: sql)
        let titles = try await ListingQueries.listings(ids: Array(Set(sent.map(\.listingID))), on: sql)
        let subscription = try await DigestQueries.subscription(of: user.id, on: sql)
        let blocked = try await ContactQueries.blockedBy(user.id, on: sql)
        return ExchangeAccountPages.mine(
            user: user, listings: listings, sent: sent, received: received,
            titles: Dictionary(titles.map { ($0.id, $0.title) } + listings.map { ($0.id, $0.title) }, uniquingKeysWith: { a, _ in a }),
            subscription: subscription, blocked: blocked, digestErrors: digestErrors, notice: notice,
            geography: req.geography, today: req.today, context: req.pageContext).response(status)
    }

    struct DigestForm: Content {
        var action: String?
        var quartier: String?
        var categories: [String]?
    }

    @Sendable static func digest(req: Request) async throws -> Response {
        guard let user = req.currentUser else { return AccountController.loginRedirect(req) }
        let form = try req.content.decode(DigestForm.self)
        if form.action == "off" {
            try await DigestQueries.unsubscribe(user.id, on: req.sql)
            return .seeOther(.boerse(.mine), notice: "gespeichert", anchor: "zusammenfassung")
        }
        var errors = FormErrors()
        let area = form.quartier.flatMap { req.geography.area(kind: .statisticalDistrict, slug: $0) }
        if area == nil { errors.add("quartier", Texts.Exchange.errQuartier) }
        let raw = form.categories ?? []
        let categories = Set(raw.compactMap(CoreExchange.Category.init(rawValue:)))
        if categories.isEmpty || categories.count != Set(raw).count || raw.count > 20 {
            errors.add("categories", Texts.Exchange.errDigestCategories)
        }
        guard errors.isEmpty, let area else {
            return try await page(req, user: user, digestErrors: errors, notice: nil, status: .unprocessableEntity)
        }
        try await DigestQueries.subscribe(user.id, areaID: area.id, categories: categories, now: req.now, on: req.sql)
        return .seeOther(.boerse(.mine), notice: "gespeichert", anchor: "zusammenfassung")
    }

    struct UnblockForm: Content { var person: String? }

    @Sendable static func unblock(req: Request) async throws -> Response {
        guard let user = req.currentUser else { return AccountController.loginRedirect(req) }
        let form = try req.content.decode(UnblockForm.self)
        guard let id = form.person.flatMap(UUID.init(uuidString:)) else {
            throw GermanError(status: .unprocessableEntity, reason: Texts.Exchange.notBlocked)
        }
        try await ContactQueries.unblock(user.id, id, on: req.sql)
        return .seeOther(.boerse(.mine), notice: "entsperrt")
    }

    @Sendable static func notifications(req: Request) async throws -> Response {
        guard let user = req.currentUser else { return AccountController.loginRedirect(req) }
        let entries = try await Outbox.forUser(user.id, on: req.sql)
        return ExchangeAccountPages.notifications(entries, context: req.pageContext).response()
    }
}
