import Foundation
import GemeinsamCore
import Plot
import SQLKit
import Vapor

/// The public Börse pages and what the author does with a listing.
enum ListingController {
    static let pageSize = 20

    // MARK: lists

    @Sendable static func overview(req: Request) async throws -> Response {
        let geography = req.geography
        if let raw = try? req.query.get(String.self, at: "quartier") {
            if let area = geography.area(kind: .statisticalDistrict, slug: raw) {
                return req.redirect(to: SiteURL.boerse(.quartier(area.slug)).path, redirectType: .normal)
            }
            let newest = try await newestCitywide(req)
            return ListingPages.overview(newest: newest, selected: nil, error: German.Exchange.errQuartier, geography: geography,
                                         today: ExchangeSupport.today(), context: req.pageContext).response(.badRequest)
        }
        let home = req.currentUser?.homeAreaID.flatMap { geography.areas[$0] }?.slug
        return ListingPages.overview(newest: try await newestCitywide(req), selected: home, error: nil, geography: geography,
                                     today: ExchangeSupport.today(), context: req.pageContext).response()
    }

    private static func newestCitywide(_ req: Request) async throws -> [ListingCard] {
        let rows = try await req.sql.raw("""
            SELECT \(unsafeRaw: ListingQueries.cardColumns) FROM listings l LEFT JOIN kiosk_sites k ON k.id = l.kiosk_site_id
            WHERE l.status = 'open' AND l.hidden = \(false) AND l.valid_until >= \(bind: ExchangeSupport.today().iso)
            ORDER BY l.created_at DESC LIMIT 10
            """).all()
        return try rows.compactMap(ListingQueries.card)
    }

    @Sendable static func quartier(req: Request) async throws -> Response {
        let geography = req.geography
        guard let slug = req.parameters.get("slug"), let area = geography.area(kind: .statisticalDistrict, slug: slug) else {
            throw GermanError(status: .notFound, reason: "Dieses Quartier gibt es nicht.")
        }
        var filter = ListingQueries.Filter()
        if let raw = try? req.query.get(String.self, at: "art"), !raw.isEmpty {
            guard let kind = CoreExchange.Kind(rawValue: raw) else {
                throw GermanError(status: .badRequest, reason: "Unbekannte Art. Erlaubt sind „request“ (Suche) und „offer“ (Biete).")
            }
            filter.kind = kind
        }
        if let raw = try? req.query.get(String.self, at: "kategorie"), !raw.isEmpty {
            guard let category = CoreExchange.Category(rawValue: raw) else {
                throw GermanError(status: .badRequest, reason: "Unbekannte Kategorie.")
            }
            filter.category = category
        }
        var page = 1
        if let raw = try? req.query.get(String.self, at: "seite") {
            guard let p = Int(raw), (1...500).contains(p) else {
                throw GermanError(status: .badRequest, reason: "Die Seitenzahl muss zwischen 1 und 500 liegen.")
            }
            page = p
        }
        let today = ExchangeSupport.today()
        let key = "quartier|\(area.id)|\(filter.kind?.rawValue ?? "")|\(filter.category?.rawValue ?? "")|\(page)|\(today.iso)"
        let main = try await req.application.renderCache.html(.listings(req.application.appConfig), key: key) {
            let areas = ExchangeSupport.visibleAreas(for: area, geography: geography).keys.sorted()
            let (cards, more) = try await ListingQueries.open(areas: areas, filter: filter, today: today, limit: pageSize,
                                                              offset: (page - 1) * pageSize, on: req.sql)
            return ListingPages.quartierMain(area, cards: cards, more: more, page: page, filter: filter, geography: geography,
                                             today: today).render(indentedBy: nil)
        }
        return ListingPages.quartier(area, main: .raw(main), context: req.pageContext).response()
    }

    // MARK: detail

    struct Access {
        var isAuthor = false
        var isKioskStaff = false
        var isModerator = false
        var manages: Bool { isAuthor || isKioskStaff }
    }

    static func access(_ listing: ListingDetail, user: CurrentUser?, on sql: any SQLDatabase) async throws -> Access {
        guard let user else { return Access() }
        return Access(
            isAuthor: listing.authorID == user.id,
            isKioskStaff: try await KioskQueries.isStaff(user, of: listing.kioskSiteID, on: sql),
            isModerator: ModerationController.moderates(user, areaID: listing.card.areaID))
    }

    /// The listing, or 404 when it does not exist or is hidden from this person.
    static func visibleListing(_ req: Request) async throws -> (ListingDetail, Access) {
        let id = try ExchangeSupport.listingID(req)
        guard let listing = try await ListingQueries.detail(id: id, on: req.sql) else {
            throw GermanError(status: .notFound, reason: German.Exchange.notFound)
        }
        let access = try await access(listing, user: req.currentUser, on: req.sql)
        if listing.hidden, !access.manages, !access.isModerator {
            throw GermanError(status: .notFound, reason: listing.isRemoved ? German.Exchange.removedNotice : German.Exchange.hiddenNotice)
        }
        return (listing, access)
    }

    static let notices: [String: String] = [
        "angelegt": German.Exchange.created, "gemeldet": German.Exchange.reportThanks,
        "bereits-gemeldet": German.Exchange.reportAlready, "stand": "Der Stand ist gespeichert.",
        "aufgenommen": "Der Eintrag ist gespeichert.",
    ]

    @Sendable static func show(req: Request) async throws -> Response {
        let (listing, access) = try await visibleListing(req)
        let notice = (try? req.query.get(String.self, at: "hinweis")).flatMap { notices[$0] }
        return try await detailPage(req, listing: listing, access: access, notice: notice).response()
    }

    static func detailPage(_ req: Request, listing: ListingDetail, access: Access, notice: String?,
                           contactForm: ContactForm = ContactForm(), contactErrors: FormErrors = FormErrors(),
                           reportErrors: FormErrors = FormErrors()) async throws -> HTML {
        let today = ExchangeSupport.today()
        let sql = req.sql
        let user = req.currentUser
        let status = listing.card.status(today: today)
        let requests = access.manages ? try await ContactQueries.forListing(listing.id, on: sql) : []
        var own: ContactRequestRecord?
        if let user, !access.manages {
            own = try await ContactQueries.byRequester(user.id, on: sql).first { $0.listingID == listing.id }
        }
        let suggestions = status == .open && !listing.hidden
            ? try await ListingQueries.suggestions(for: listing, geography: req.geography, today: today, on: sql) : []
        let visitor = access.isKioskStaff ? try await KioskQueries.visitorContact(listingID: listing.id, on: sql) : nil
        let model = ListingPages.DetailModel(
            listing: listing, status: status, manages: access.manages, isKioskStaff: access.isKioskStaff,
            isModerator: access.isModerator, visitorContact: visitor, requests: requests, ownRequest: own,
            suggestions: suggestions, notice: notice, canReport: user != nil && !access.manages && !listing.hidden,
            contactForm: contactForm, contactErrors: contactErrors, reportErrors: reportErrors,
            kiosk: try await listing.kioskSiteID.asyncMap { try await KioskQueries.find($0, on: sql) } ?? nil)
        return ListingPages.detail(model, geography: req.geography, today: today, context: req.pageContext)
    }

    // MARK: create

    @Sendable static func createForm(req: Request) async throws -> Response {
        guard let user = req.currentUser else { return AccountController.loginRedirect(req) }
        let home = user.homeAreaID.flatMap { req.geography.areas[$0] }?.slug
        return ListingPages.create(form: ListingForm(quartier: home), errors: FormErrors(), geography: req.geography,
                                   today: ExchangeSupport.today(), context: req.pageContext).response()
    }

    @Sendable static func create(req: Request) async throws -> Response {
        guard let user = req.currentUser else { return AccountController.loginRedirect(req) }
        let form = try req.content.decode(ListingForm.self)
        let today = ExchangeSupport.today()
        var errors = FormErrors()
        guard let valid = form.validate(geography: req.geography, today: today, errors: &errors), let area = valid.area,
              let district = req.geography.parent(of: area)
        else {
            return ListingPages.create(form: form, errors: errors, geography: req.geography, today: today,
                                       context: req.pageContext).response(.unprocessableEntity)
        }
        try ExchangeSupport.enforceLimit(.listing, done: try await ExchangeSupport.countToday(
            "listings", by: "author_id", id: user.id, on: req.sql))
        let id = try await ListingQueries.insert(.init(
            kind: valid.kind, category: valid.category, title: valid.title, body: valid.body, areaID: area.id,
            districtID: district.id, publicName: user.publicName, timing: valid.timing, timingNote: valid.timingNote,
            validUntil: valid.validUntil, authorID: user.id), on: req.sql)
        return ExchangeSupport.seeOther(req, SiteURL.listing(id), query: "hinweis=angelegt")
    }

    // MARK: status

    struct StatusForm: Content { var status: String? }

    @Sendable static func changeStatus(req: Request) async throws -> Response {
        let user = try req.requireUser()
        let (listing, access) = try await visibleListing(req)
        guard access.manages else { throw Abort(.forbidden) }
        let form = try req.content.decode(StatusForm.self)
        let current = listing.card.status(today: ExchangeSupport.today())
        guard let target = form.status.flatMap(CoreExchange.Status.init(rawValue:)),
              !listing.isRemoved, CoreExchange.Rules.authorMayChange(from: current, to: target)
        else { throw GermanError(status: .unprocessableEntity, reason: German.Exchange.errStatus) }
        try await ListingQueries.setStatus(id: listing.id, to: target, on: req.sql)
        _ = user
        return ExchangeSupport.seeOther(req, SiteURL.listing(listing.id), query: "hinweis=stand")
    }

    // MARK: report

    struct ReportForm: Content { var reason: String?; var note: String? }

    static func validReport(_ form: ReportForm, errors: inout FormErrors) -> (reason: String, note: String?)? {
        let reason = form.reason.flatMap { German.Exchange.reportReasons.contains($0) ? $0 : nil }
        if reason == nil { errors.add("reason", German.Exchange.errReason) }
        var note: String?
        switch TextInput.clean(form.note, maxLength: 300) {
        case let .success(n): note = n
        case .failure(.empty): note = nil
        case let .failure(p): errors.add("note", TextInput.message(p, field: "eine Anmerkung"))
        }
        guard let reason, errors.isEmpty else { return nil }
        return (reason, note)
    }

    @Sendable static func report(req: Request) async throws -> Response {
        guard let user = req.currentUser else { return AccountController.loginRedirect(req) }
        let (listing, access) = try await visibleListing(req)
        guard !access.manages else { throw GermanError(status: .unprocessableEntity, reason: German.Exchange.ownListing) }
        var errors = FormErrors()
        guard let (reason, note) = validReport(try req.content.decode(ReportForm.self), errors: &errors) else {
            return try await detailPage(req, listing: listing, access: access, notice: nil, reportErrors: errors)
                .response(.unprocessableEntity)
        }
        try ExchangeSupport.enforceLimit(.report, done: try await ExchangeSupport.countToday(
            "exchange_reports", by: "reporter_id", id: user.id, on: req.sql))
        let added = try await ModerationQueries.report(listingID: listing.id, messageID: nil, reporter: user.id,
                                                       reason: reason, note: note, on: req.sql)
        return ExchangeSupport.seeOther(req, SiteURL.listing(listing.id), query: added ? "hinweis=gemeldet" : "hinweis=bereits-gemeldet")
    }
}
