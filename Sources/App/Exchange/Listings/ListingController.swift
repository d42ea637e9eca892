import Foundation
import GemeinsamCore
import Plot
import Vapor

/// The public Börse pages and what the author does with a listing.
enum ListingController {
    static let pageSize = 20

    // MARK: lists

    @Sendable static func overview(req: Request) async throws -> Response {
        let geography = req.geography
        let today = req.today
        func page(selected: String?, error: String?) async throws -> HTML {
            ListingPages.overview(newest: try await ListingQueries.newestCitywide(today: today, limit: 10, on: req.sql),
                                  selected: selected, error: error, geography: geography, today: today, context: req.pageContext)
        }
        if let raw = try? req.query.get(String.self, at: "quartier") {
            if let area = geography.area(kind: .statisticalDistrict, slug: raw) {
                return .seeOther(.boerse(.quartier(area.slug)))
            }
            return try await page(selected: nil, error: Texts.Exchange.errQuartier).response(.badRequest)
        }
        let home = req.currentUser?.homeAreaID.flatMap { geography.areas[$0] }?.slug
        return try await page(selected: home, error: nil).response()
    }

    @Sendable static func quartier(req: Request) async throws -> Response {
        let geography = req.geography
        guard let slug = req.parameters.get("slug"), let area = geography.area(kind: .statisticalDistrict, slug: slug) else {
            throw GermanError(status: .notFound, reason: Texts.Exchange.unknownQuartier)
        }
        let filter = try listFilter(req)
        var page = 1
        if let raw = try? req.query.get(String.self, at: "seite") {
            guard let p = Int(raw), (1...500).contains(p) else {
                throw GermanError(status: .badRequest, reason: Texts.Exchange.errPage)
            }
            page = p
        }
        let today = req.today
        let key = "quartier|\(area.id)|\(filter.kind?.rawValue ?? "")|\(filter.category?.rawValue ?? "")|\(page)|\(today.iso)"
        let main = try await req.application.renderCache.html(.listings(req.application.appConfig), key: key) {
            let areas = ListingQueries.visibleAreas(for: area, geography: geography).keys.sorted()
            var (listings, more) = try await ListingQueries.open(areas: areas, filter: filter, today: today, limit: pageSize,
                                                                 offset: (page - 1) * pageSize, on: req.sql)
            try await ContentLanguage.localize(&listings, .listing, id: { ContentLanguage.id($0.id) }, title: \.row.title,
                                               description: \.row.body, reader: req.language, on: req.sql)
            return ListingPages.quartierMain(area, listings: listings, more: more, page: page, filter: filter,
                                             geography: geography, today: today).render(indentedBy: nil)
        }
        return ListingPages.quartier(area, main: .raw(main), context: req.pageContext).response()
    }

    /// `?art=…&kategorie=…` of a Quartier list.
    private static func listFilter(_ req: Request) throws -> ListingQueries.Filter {
        var filter = ListingQueries.Filter()
        if let raw = try? req.query.get(String.self, at: "art"), !raw.isEmpty {
            guard let kind = CoreExchange.Kind(rawValue: raw) else {
                throw GermanError(status: .badRequest, reason: Texts.Exchange.errUnknownKind)
            }
            filter.kind = kind
        }
        if let raw = try? req.query.get(String.self, at: "kategorie"), !raw.isEmpty {
            guard let category = CoreExchange.Category(rawValue: raw) else {
                throw GermanError(status: .badRequest, reason: Texts.Exchange.errUnknownCategory)
            }
            filter.category = category
        }
        return filter
    }

    // MARK: detail

    @Sendable static func show(req: Request) async throws -> Response {
        let (listing, access) = try await ListingAccess.visibleListing(req)
        return try await detailPage(req, listing: listing, access: access,
                                    notice: req.notice(from: Texts.Exchange.listingNotices)).response()
    }

    static func detailPage(_ req: Request, listing original: Listing, access: ListingAccess, notice: String?,
                           contactForm: ContactForm = ContactForm(), contactErrors: FormErrors = FormErrors(),
                           reportErrors: FormErrors = FormErrors()) async throws -> HTML {
        let today = req.today
        let sql = req.sql
        let user = req.currentUser
        var listing = original
        try await ContentLanguage.localize(&listing, .listing, id: ContentLanguage.id(listing.id), title: \.row.title,
                                           description: \.row.body, reader: req.language, on: sql)
        let status = listing.effectiveStatus(today: today)
        let requests = access.manages ? try await ContactQueries.forListing(listing.id, on: sql) : []
        var own: ContactRequest?
        if let user, !access.manages {
            own = try await ContactQueries.byRequester(user.id, on: sql).first { $0.listingID == listing.id }
        }
        let suggestions = status == .open && !listing.hidden
            ? try await ListingQueries.suggestions(for: listing, geography: req.geography, today: today, on: sql) : []
        let visitor = access.isKioskStaff ? try await KioskQueries.visitorContact(listingID: listing.id, on: sql) : nil
        let model = ListingDetailPages.DetailModel(
            listing: listing, status: status, access: access, visitorContact: visitor, requests: requests,
            ownRequest: own, suggestions: suggestions, notice: notice,
            canReport: user != nil && !access.manages && !listing.hidden,
            contactForm: contactForm, contactErrors: contactErrors, reportErrors: reportErrors,
            kiosk: try await listing.kioskSiteID.asyncMap { try await KioskQueries.find($0, on: sql) } ?? nil)
        return ListingDetailPages.detail(model, geography: req.geography, today: today, context: req.pageContext)
    }

    // MARK: create

    @Sendable static func createForm(req: Request) async throws -> Response {
        guard let user = req.currentUser else { return AccountController.loginRedirect(req) }
        let home = user.homeAreaID.flatMap { req.geography.areas[$0] }?.slug
        return ListingPages.create(form: ListingForm(quartier: home), errors: FormErrors(), geography: req.geography,
                                   today: req.today, context: req.pageContext).response()
    }

    @Sendable static func create(req: Request) async throws -> Response {
        guard let user = req.currentUser else { return AccountController.loginRedirect(req) }
        let form = try req.content.decode(ListingForm.self)
        let today = req.today
        var errors = FormErrors()
        guard let valid = form.validate(geography: req.geography, today: today, errors: &errors), let area = valid.area,
              let district = req.geography.parent(of: area)
        else {
            return ListingPages.create(form: form, errors: errors, geography: req.geography, today: today,
                                       context: req.pageContext).response(.unprocessableEntity)
        }
        try await DailyLimits.enforce(.listing, by: user.id, now: req.now, on: req.sql)
        let now = req.now.timeIntervalSince1970
        let id = try await ListingQueries.insert(ListingRow(
            kind: valid.kind, category: valid.category, title: valid.title, body: valid.body, areaID: area.id,
            districtID: district.id, publicName: user.publicName, timing: valid.timing.code, timingDate: valid.timing.date,
            timingNote: valid.timingNote, validUntil: valid.validUntil, authorID: user.id, createdAt: now, updatedAt: now),
            on: req.sql)
        return .seeOther(.listing(id), notice: "angelegt")
    }

    // MARK: status

    struct StatusForm: Content { var status: String? }

    @Sendable static func changeStatus(req: Request) async throws -> Response {
        _ = try req.requireUser()
        let (listing, access) = try await ListingAccess.visibleListing(req)
        guard access.manages else { throw Abort(.forbidden) }
        let form = try req.content.decode(StatusForm.self)
        let current = listing.effectiveStatus(today: req.today)
        guard let target = form.status.flatMap(CoreExchange.Status.init(rawValue:)),
              !listing.isRemoved, CoreExchange.Rules.authorMayChange(from: current, to: target)
        else { throw GermanError(status: .unprocessableEntity, reason: Texts.Exchange.errStatus) }
        try await ListingQueries.setStatus(id: listing.id, to: target, now: req.now, on: req.sql)
        return .seeOther(.listing(listing.id), notice: "stand")
    }
}
