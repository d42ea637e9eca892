import Foundation
import GemeinsamCore
import Plot
import SQLKit
import Vapor

/// "Meine Nachbarschaftsbörse": own listings and requests, the daily digest, blocked people, notifications.
enum ExchangeAccountController {
    @Sendable static func mine(req: Request) async throws -> Response {
        guard let user = req.currentUser else { return AccountController.loginRedirect(req) }
        let notice: String? = switch try? req.query.get(String.self, at: "hinweis") {
        case "gespeichert": German.Exchange.digestSaved
        case "entsperrt": "Die Sperre ist aufgehoben."
        default: nil
        }
        return try await page(req, user: user, digestErrors: FormErrors(), notice: notice, status: .ok)
    }

    static func page(_ req: Request, user: CurrentUser, digestErrors: FormErrors, notice: String?,
                     status: HTTPResponseStatus) async throws -> Response {
        let sql = req.sql
        let listings = try await sql.raw("""
            SELECT \(unsafeRaw: ListingQueries.cardColumns) FROM listings l LEFT JOIN kiosk_sites k ON k.id = l.kiosk_site_id
            WHERE l.author_id = \(bind: user.id) ORDER BY l.created_at DESC LIMIT 200
            """).all().compactMap(ListingQueries.card)
        let sent = try await ContactQueries.byRequester(user.id, on: sql)
        let received = try await ContactQueries.toAuthor(user.id, on: sql)
        let titles = try await ListingQueries.cards(ids: Array(Set(sent.map(\.listingID))), on: sql)
        let subscription = try await DigestQueries.subscription(of: user.id, on: sql)
        let blocked = try await ContactQueries.blockedBy(user.id, on: sql)
        return ExchangeAccountPages.mine(
            user: user, listings: listings, sent: sent, received: received,
            titles: Dictionary(titles.map { ($0.id, $0.title) } + listings.map { ($0.id, $0.title) }, uniquingKeysWith: { a, _ in a }),
            subscription: subscription, blocked: blocked, digestErrors: digestErrors, notice: notice,
            geography: req.geography, today: ExchangeSupport.today(), context: req.pageContext).response(status)
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
            return ExchangeSupport.seeOther(req, .boerse(.mine), anchor: "zusammenfassung", query: "hinweis=gespeichert")
        }
        var errors = FormErrors()
        let area = form.quartier.flatMap { req.geography.area(kind: .statisticalDistrict, slug: $0) }
        if area == nil { errors.add("quartier", German.Exchange.errQuartier) }
        let raw = form.categories ?? []
        let categories = Set(raw.compactMap(CoreExchange.Category.init(rawValue:)))
        if categories.isEmpty || categories.count != Set(raw).count || raw.count > 20 {
            errors.add("categories", German.Exchange.errDigestCategories)
        }
        guard errors.isEmpty, let area else {
            return try await page(req, user: user, digestErrors: errors, notice: nil, status: .unprocessableEntity)
        }
        try await DigestQueries.subscribe(user.id, areaID: area.id, categories: categories, on: req.sql)
        return ExchangeSupport.seeOther(req, .boerse(.mine), anchor: "zusammenfassung", query: "hinweis=gespeichert")
    }

    struct UnblockForm: Content { var person: String? }

    @Sendable static func unblock(req: Request) async throws -> Response {
        guard let user = req.currentUser else { return AccountController.loginRedirect(req) }
        let form = try req.content.decode(UnblockForm.self)
        guard let id = form.person.flatMap(UUID.init(uuidString:)) else {
            throw GermanError(status: .unprocessableEntity, reason: "Diese Person ist nicht gesperrt.")
        }
        try await ContactQueries.unblock(user.id, id, on: req.sql)
        return ExchangeSupport.seeOther(req, .boerse(.mine), query: "hinweis=entsperrt")
    }

    @Sendable static func notifications(req: Request) async throws -> Response {
        guard let user = req.currentUser else { return AccountController.loginRedirect(req) }
        let entries = try await Outbox.forUser(user.id, on: req.sql)
        return ExchangeAccountPages.notifications(entries, context: req.pageContext).response()
    }
}

enum ExchangeAccountPages {
    static func mine(user: CurrentUser, listings: [ListingCard], sent: [ContactRequestRecord], received: [ContactRequestRecord],
                     titles: [Int: String], subscription: DigestQueries.Subscription?, blocked: [(id: UUID, name: String)],
                     digestErrors: FormErrors, notice: String?, geography: GeographySnapshot, today: CalendarDate,
                     context: PageContext) -> HTML {
        func requestList(_ items: [ContactRequestRecord], mine: Bool) -> Node<HTML.BodyContext> {
            .ul(.class("results"), .forEach(items) { r in
                .li(.a(.attr("href", SiteURL.boerse(.request(r.id)).path),
                       .safeText((titles[r.listingID].map { "„\($0)“" } ?? "Eintrag Nr. \(r.listingID)")
                                 + (mine ? "" : " – von \(r.requesterName)"))),
                    .text(" – " + German.Exchange.requestStatus(r.status.rawValue)))
            })
        }
        let selectedCategories = Set(subscription?.categories.map(\.rawValue) ?? [])
        let quartier = subscription.flatMap { geography.areas[$0.areaID]?.slug } ?? user.homeAreaID.flatMap { geography.areas[$0]?.slug }
        return Layout.page(title: German.Exchange.myTitle, context: context, main: .group(
            .p(.class("eyebrow"), .a(.href(SiteURL.account.path), .text(German.Nav.account))),
            .h1(.text(German.Exchange.myTitle)),
            .unwrap(notice) { ExchangeViews.notice($0) },
            .ul(.class("actions"),
                .li(.a(.class("button-link"), .href(SiteURL.boerse(.create).path), .text(German.Exchange.newListing))),
                .li(.a(.href(SiteURL.boerse(.notifications).path), .text(German.Exchange.notificationsTitle))),
                .li(.a(.href(SiteURL.boerse(.volunteer).path), .text(German.Volunteer.title)))),
            .section(
                .attribute(named: "aria-labelledby", value: "eintraege"),
                .h2(.id("eintraege"), .text(German.Exchange.myListings)),
                listings.isEmpty ? .p(.text(German.Exchange.myListingsEmpty))
                    : ExchangeViews.cardList(listings, geography: geography, today: today)
            ),
            .section(
                .attribute(named: "aria-labelledby", value: "an-mich"),
                .h2(.id("an-mich"), .text(German.Exchange.receivedRequests)),
                received.isEmpty ? .p(.text(German.Exchange.requestsEmpty)) : requestList(received, mine: false)
            ),
            .section(
                .attribute(named: "aria-labelledby", value: "anfragen"),
                .h2(.id("anfragen"), .text(German.Exchange.myRequests)),
                sent.isEmpty ? .p(.text(German.Exchange.myRequestsEmpty)) : requestList(sent, mine: true)
            ),
            .section(
                .attribute(named: "aria-labelledby", value: "zusammenfassung"),
                .h2(.id("zusammenfassung"), .text(German.Exchange.digestHeading)),
                .p(.text(German.Exchange.digestIntro)),
                .if(subscription == nil, .p(.class("hint"), .text(German.Exchange.digestNone))),
                FormView.errorSummary(digestErrors),
                .form(
                    .method(.post), .action(SiteURL.boerse(.digest).path), .attribute(named: "novalidate", value: "novalidate"),
                    FormView.csrfField(context.csrfToken),
                    FormView.select(name: "quartier", label: German.Exchange.quartierLabel,
                                    groups: ExchangeViews.quartierOptions(geography), selected: quartier,
                                    placeholder: "Bitte wählen", errors: digestErrors),
                    FormView.checkboxes(name: "categories", legend: German.Exchange.digestLegend, options: FormView.categoryOptions(),
                                        selected: selectedCategories, errors: digestErrors),
                    .div(.class("button-row"),
                         .button(.type(.submit), .name("action"), .value("on"), .class("button"), .text(German.Exchange.digestSave)),
                         .if(subscription != nil, .button(.type(.submit), .name("action"), .value("off"),
                                                          .class("button button-secondary"), .text(German.Exchange.digestOff))))
                )
            ),
            .section(
                .attribute(named: "aria-labelledby", value: "gesperrt"),
                .h2(.id("gesperrt"), .text(German.Exchange.blockedHeading)),
                blocked.isEmpty ? .p(.text(German.Exchange.blockedEmpty)) : .ul(.class("results"), .forEach(blocked) { b in
                    .li(.safeText(b.name + " "),
                        .form(.method(.post), .action(SiteURL.boerse(.unblock).path), .class("inline-form"),
                              FormView.csrfField(context.csrfToken), FormView.hidden("person", b.id.uuidString),
                              .button(.type(.submit), .class("button button-secondary"),
                                      .attr("aria-label", "\(German.Exchange.unblockButton): \(b.name)"),
                                      .text(German.Exchange.unblockButton))))
                })
            )
        ))
    }

    static func notifications(_ entries: [Outbox.Entry], context: PageContext) -> HTML {
        Layout.page(title: German.Exchange.notificationsTitle, context: context, main: .group(
            .p(.class("eyebrow"), .a(.href(SiteURL.account.path), .text(German.Nav.account))),
            .h1(.text(German.Exchange.notificationsTitle)),
            entries.isEmpty ? .p(.text(German.Exchange.notificationsEmpty)) : .ul(.class("notification-list"), .forEach(entries) { e in
                .li(.class("card"),
                    .h2(.class("notification-subject"),
                        .unwrap(e.link, { .a(.attr("href", $0), .safeText(e.subject)) }, else: .safeText(e.subject))),
                    .p(.class("listing-facts"), .text(ExchangeViews.dateTime(e.createdAt) + " – "
                        + (e.sentAt == nil ? German.Exchange.notificationQueued : German.Exchange.notificationSent))),
                    .p(.safeText(e.body.components(separatedBy: "\n\n").first ?? "")))
            })
        ))
    }
}

/// The links of the Börse on the account page.
enum ExchangeAccountLinks {
    static func section(_ user: CurrentUser) -> Node<HTML.BodyContext> {
        .group(
            .h2(.text(German.Exchange.accountLinksHeading)),
            .ul(
                .class("actions"),
                .li(.a(.href(SiteURL.boerse(.mine).path), .text(German.Exchange.myTitle))),
                .li(.a(.href(SiteURL.boerse(.notifications).path), .text(German.Exchange.notificationsTitle))),
                .li(.a(.href(SiteURL.boerse(.volunteer).path), .text(German.Volunteer.title))),
                .if(user.has(.kioskStaff), .li(.a(.href(SiteURL.boerse(.kiosk).path), .text(German.Kiosk.dashboardTitle)))),
                .if(user.has(.coordinator) || !user.managedAreaIDs.isEmpty,
                    .li(.a(.href(SiteURL.boerse(.moderation).path), .text(German.Moderation.title)))),
                .if(user.has(.coordinator) || user.isAdmin, .li(.a(.href(SiteURL.boerse(.kioskSites).path), .text(German.Kiosk.sitesTitle))))
            )
        )
    }
}
