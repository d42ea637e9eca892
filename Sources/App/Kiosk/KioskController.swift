import Foundation
import GemeinsamCore
import SQLKit
import Vapor

/// The kiosk channel: staff take in listings for visitors without an account, call them back and print notices.
enum KioskController {
    /// The kiosks of the logged-in staff member (403 without the role; login redirect is handled by callers).
    static func staffSites(_ req: Request) async throws -> (CurrentUser, [KioskSite]) {
        let user = try req.requireRole(.kioskStaff)
        return (user, try await KioskQueries.sites(ofStaff: user, on: req.sql))
    }

    static func chosenSite(_ req: Request, _ sites: [KioskSite], raw: String? = nil) throws -> KioskSite? {
        guard let raw = raw ?? (try? req.query.get(String.self, at: "ort")), !raw.isEmpty else { return sites.first }
        guard let id = Int(raw), let site = sites.first(where: { $0.id == id }) else {
            throw GermanError(status: .forbidden, reason: German.Kiosk.noSite)
        }
        return site
    }

    // MARK: dashboard

    @Sendable static func dashboard(req: Request) async throws -> Response {
        guard req.currentUser != nil else { return AccountController.loginRedirect(req) }
        let (_, sites) = try await staffSites(req)
        guard let site = try chosenSite(req, sites) else {
            return KioskPages.noSite(context: req.pageContext).response()
        }
        let sql = req.sql
        let today = ExchangeSupport.today()
        var notice: String?
        if (try? req.query.get(String.self, at: "hinweis")) == "aufgenommen", let nr = try? req.query.get(Int.self, at: "nr") {
            notice = German.Kiosk.intakeSaved(nr)
        } else if (try? req.query.get(String.self, at: "hinweis")) == "gespeichert" {
            notice = "Gespeichert."
        }
        let open = try await KioskQueries.openListings(siteIDs: [site.id], today: today.iso, on: sql)
        let queue = try await ContactQueries.forKiosks([site.id], on: sql)
        let hours = try await VolunteerQueries.pendingForKiosk(site.id, on: sql)
        return KioskPages.dashboard(site: site, sites: sites, open: open, queue: queue, hours: hours, notice: notice,
                                    geography: req.geography, today: today, context: req.pageContext).response()
    }

    // MARK: intake

    struct IntakeForm: Content {
        var site: String?
        var firstName: String?
        var initial: String?
        var street: String?
        var quartier: String?
        var kind: String?
        var category: String?
        var title: String?
        var body: String?
        var timing: String?
        var date: String?
        var timingNote: String?
        var validUntil: String?
        var reach: String?
        var phone: String?
        var consent: String?

        var listingForm: ListingForm {
            ListingForm(kind: kind, category: category, title: title, body: body, quartier: quartier, timing: timing,
                        date: date, timingNote: timingNote, validUntil: validUntil)
        }
    }

    @Sendable static func intakeForm(req: Request) async throws -> Response {
        guard req.currentUser != nil else { return AccountController.loginRedirect(req) }
        let (_, sites) = try await staffSites(req)
        guard let site = try chosenSite(req, sites) else { return KioskPages.noSite(context: req.pageContext).response() }
        return KioskPages.intake(form: IntakeForm(site: String(site.id), timing: "flexible", reach: "phone"), errors: FormErrors(),
                                 sites: sites, geography: req.geography, today: ExchangeSupport.today(),
                                 context: req.pageContext).response()
    }

    @Sendable static func intake(req: Request) async throws -> Response {
        guard req.currentUser != nil else { return AccountController.loginRedirect(req) }
        let (user, sites) = try await staffSites(req)
        guard !sites.isEmpty else { throw GermanError(status: .forbidden, reason: German.Kiosk.noSite) }
        let form = try req.content.decode(IntakeForm.self)
        let geography = req.geography
        let today = ExchangeSupport.today()
        var errors = FormErrors()
        let site = form.site.flatMap(Int.init).flatMap { id in sites.first { $0.id == id } } ?? (sites.count == 1 ? sites[0] : nil)
        if site == nil { errors.add("site", German.Kiosk.noSite) }
        let firstName = ExchangeSupport.validFirstName(form.firstName, field: "firstName", errors: &errors)
        let initial = ExchangeSupport.validInitial(form.initial, field: "initial", errors: &errors)
        // the Quartier: chosen directly, else from the street, else the kiosk's own
        var area: AreaRecord?
        let chosen = form.quartier?.trimmingCharacters(in: .whitespaces) ?? ""
        if chosen.isEmpty, let street = form.street?.trimmingCharacters(in: .whitespaces), !street.isEmpty {
            switch TextInput.clean(street, maxLength: 100) {
            case let .success(text):
                let hits = geography.lookup(street: text, limit: 3)
                let hit = hits.first { $0.exact } ?? (hits.count == 1 ? hits.first : nil)
                if let hit, hit.quartiere.count == 1 {
                    area = hit.quartiere[0].quartier
                } else if let hit, hit.quartiere.count > 1 {
                    errors.add("quartier", German.Exchange.errStreetAmbiguous + " ("
                               + hit.quartiere.map(\.quartier.name).joined(separator: ", ") + ")")
                } else {
                    errors.add("street", German.Exchange.errStreet)
                }
            case let .failure(p): errors.add("street", TextInput.message(p, field: "die Straße"))
            }
        }
        let listing = form.listingForm.validate(geography: geography, today: today, requireQuartier: false, errors: &errors)
        if area == nil, let chosenArea = listing?.area { area = chosenArea }
        if area == nil, chosen.isEmpty, (form.street ?? "").trimmingCharacters(in: .whitespaces).isEmpty, let site {
            area = geography.areas[site.areaID]
        }
        let reach = form.reach == "phone" || form.reach == "visit" ? form.reach : nil
        if reach == nil { errors.add("reach", "Bitte wählen Sie, wie die Person erreichbar ist.") }
        var phone: String?
        if reach == "phone" {
            phone = ExchangeSupport.validPhone(form.phone)
            if phone == nil { errors.add("phone", German.Exchange.errPhone) }
        }
        if form.consent != "ja" { errors.add("consent", German.Exchange.errConsent) }
        guard errors.isEmpty, let site, let firstName, let listing, let area, let district = geography.parent(of: area), let reach else {
            return KioskPages.intake(form: form, errors: errors, sites: sites, geography: geography, today: today,
                                     context: req.pageContext).response(.unprocessableEntity)
        }
        try ExchangeSupport.enforceLimit(.kioskIntake, done: try await ExchangeSupport.countToday(
            "listings", by: "intake_by", id: user.id, on: req.sql))
        let now = Date().timeIntervalSince1970
        let id = try await ListingQueries.insert(.init(
            kind: listing.kind, category: listing.category, title: listing.title, body: listing.body, areaID: area.id,
            districtID: district.id, publicName: PublicName.make(firstName: firstName, initial: initial), timing: listing.timing,
            timingNote: listing.timingNote, validUntil: listing.validUntil, kioskSiteID: site.id, intakeBy: user.id,
            visitorContact: reach, visitorPhone: phone, consentVersion: German.Kiosk.currentConsent.version, consentAt: now,
            createdAt: now), on: req.sql)
        return req.redirect(to: SiteURL.boerse(.kiosk).path + "?ort=\(site.id)&hinweis=aufgenommen&nr=\(id)", redirectType: .normal)
    }

    // MARK: call back

    static func kioskRequest(_ req: Request) async throws -> (ContactController.Thread, KioskSite) {
        let t = try await ContactController.thread(req)
        guard t.isKioskStaff, let siteID = t.listing.kioskSiteID, let site = try await KioskQueries.find(siteID, on: req.sql) else {
            throw Abort(.forbidden)
        }
        return (t, site)
    }

    @Sendable static func callbackForm(req: Request) async throws -> Response {
        guard req.currentUser != nil else { return AccountController.loginRedirect(req) }
        let (t, site) = try await kioskRequest(req)
        let visitor = try await KioskQueries.visitorContact(listingID: t.listing.id, on: req.sql)
        return KioskPages.callback(t, site: site, visitor: visitor, errors: FormErrors(), context: req.pageContext).response()
    }

    struct OutcomeForm: Content { var outcome: String?; var note: String? }

    @Sendable static func recordCallback(req: Request) async throws -> Response {
        let user = try req.requireUser()
        let (t, site) = try await kioskRequest(req)
        let sql = req.sql
        let visitor = try await KioskQueries.visitorContact(listingID: t.listing.id, on: sql)
        let form = try req.content.decode(OutcomeForm.self)
        var errors = FormErrors()
        let allowed = ["acceptKiosk", "decline", "notReached"] + (visitor.phone != nil ? ["acceptPhone"] : [])
        let outcome = form.outcome.flatMap { allowed.contains($0) ? $0 : nil }
        if outcome == nil { errors.add("outcome", "Bitte wählen Sie ein Ergebnis.") }
        var note: String?
        switch TextInput.clean(form.note, maxLength: 300) {
        case let .success(n): note = n
        case .failure(.empty): note = nil
        case let .failure(p): errors.add("note", TextInput.message(p, field: "eine Notiz"))
        }
        guard let outcome, errors.isEmpty else {
            return KioskPages.callback(t, site: site, visitor: visitor, errors: errors, context: req.pageContext)
                .response(.unprocessableEntity)
        }
        guard t.request.status == .pending else {
            throw GermanError(status: .unprocessableEntity, reason: "Diese Anfrage ist schon entschieden.")
        }
        try await sql.update("contact_requests").set("callback_note", to: SQLBind(note)).set("callback_by", to: SQLBind(user.id))
            .where("id", .equal, SQLBind(t.request.id)).run()
        switch outcome {
        case "acceptPhone", "acceptKiosk":
            _ = try await ContactQueries.accept(t.request.id, authorContact: outcome == "acceptPhone" ? "visitorPhone" : "kiosk",
                                                authorPhone: nil, on: sql)
            try await ContactController.afterAcceptance(req, t)
        case "decline":
            try await ContactQueries.setStatus(t.request.id, to: .declined, on: sql)
            try await Outbox.notify(userID: t.request.requesterID, subject: German.Exchange.mailDeclined(t.listing.card.title),
                                    text: "Die Person möchte leider keinen Kontakt. Vielleicht passt ein anderer Eintrag in Ihrer Nähe.",
                                    link: .listing(t.listing.id), kind: "declined",
                                    publicURL: req.application.appConfig.publicURL, on: sql)
        default:
            let tomorrow = ExchangeSupport.today().adding(days: 1)?.iso
            try await sql.raw("""
                UPDATE contact_requests SET callback_attempts = callback_attempts + 1, callback_due_on = \(bind: tomorrow)
                WHERE id = \(bind: t.request.id)
                """).run()
        }
        return req.redirect(to: SiteURL.boerse(.kiosk).path + "?ort=\(site.id)&hinweis=gespeichert", redirectType: .normal)
    }

    // MARK: print

    @Sendable static func printNotice(req: Request) async throws -> Response {
        guard req.currentUser != nil else { return AccountController.loginRedirect(req) }
        let (_, sites) = try await staffSites(req)
        guard let site = try chosenSite(req, sites), let area = req.geography.areas[site.areaID] else {
            return KioskPages.noSite(context: req.pageContext).response()
        }
        let today = ExchangeSupport.today()
        let areas = ExchangeSupport.visibleAreas(for: area, geography: req.geography).keys.sorted()
        let cards = try await ListingQueries.open(areas: areas, filter: .init(), today: today, limit: 40, offset: 0, on: req.sql).cards
        return KioskPages.printNotice(site: site, cards: cards, geography: req.geography, today: today,
                                      context: req.pageContext).response()
    }

    @Sendable static func consent(req: Request) async throws -> Response {
        KioskPages.consent(context: req.pageContext).response()
    }

    // MARK: hours

    struct HoursDecision: Content { var entry: String?; var decision: String? }

    @Sendable static func confirmHours(req: Request) async throws -> Response {
        let (user, sites) = try await staffSites(req)
        let form = try req.content.decode(HoursDecision.self)
        guard let id = form.entry.flatMap(UUID.init(uuidString:)), let decision = form.decision, ["confirm", "reject"].contains(decision),
              let entry = try await VolunteerQueries.find(id, on: req.sql), entry.confirmBy == "kiosk",
              let siteID = entry.kioskSiteID, let site = sites.first(where: { $0.id == siteID })
        else { throw GermanError(status: .unprocessableEntity, reason: "Dieser Eintrag kann hier nicht bestätigt werden.") }
        try await VolunteerQueries.decide(id, confirm: decision == "confirm",
                                          byName: "\(German.Exchange.kioskSide) \(site.name) (\(user.publicName))", on: req.sql)
        return req.redirect(to: SiteURL.boerse(.kiosk).path + "?ort=\(site.id)&hinweis=gespeichert", redirectType: .normal)
    }

    // MARK: sites (coordinator, admin)

    static func requireSiteAdmin(_ req: Request) throws -> CurrentUser {
        let user = try req.requireUser()
        guard user.has(.coordinator) || user.isAdmin else { throw Abort(.forbidden) }
        return user
    }

    struct SiteForm: Content {
        var name: String?
        var organisation: String?
        var quartier: String?
        var phone: String?
        var address: String?
        var openingHours: String?
    }

    @Sendable static func sites(req: Request) async throws -> Response {
        guard req.currentUser != nil else { return AccountController.loginRedirect(req) }
        _ = try requireSiteAdmin(req)
        return try await sitesPage(req, form: SiteForm(), errors: FormErrors(), notice: nil, status: .ok)
    }

    static func sitesPage(_ req: Request, form: SiteForm, errors: FormErrors, notice: String?,
                          status: HTTPResponseStatus) async throws -> Response {
        KioskPages.sites(sites: try await KioskQueries.all(on: req.sql), staff: try await KioskQueries.staff(on: req.sql),
                         form: form, errors: errors, notice: notice, geography: req.geography, context: req.pageContext)
            .response(status)
    }

    @Sendable static func addSite(req: Request) async throws -> Response {
        _ = try requireSiteAdmin(req)
        let form = try req.content.decode(SiteForm.self)
        var errors = FormErrors()
        func text(_ raw: String?, _ field: String, _ what: String, max: Int, required: Bool = true) -> String? {
            switch TextInput.clean(raw, maxLength: max) {
            case let .success(v): return v
            case .failure(.empty) where !required: return nil
            case let .failure(p): errors.add(field, TextInput.message(p, field: what)); return nil
            }
        }
        let name = text(form.name, "name", "den Namen", max: 80)
        let organisation = text(form.organisation, "organisation", "den Träger", max: 120)
        let area = form.quartier.flatMap { req.geography.area(kind: .statisticalDistrict, slug: $0) }
        if area == nil { errors.add("quartier", German.Exchange.errQuartier) }
        let phone = ExchangeSupport.validPhone(form.phone)
        if phone == nil { errors.add("phone", German.Exchange.errPhone) }
        let address = text(form.address, "address", "die Adresse", max: 120)
        let hours = text(form.openingHours, "openingHours", "die Öffnungszeiten", max: 120, required: false)
        guard errors.isEmpty, let name, let organisation, let area, let phone, let address else {
            return try await sitesPage(req, form: form, errors: errors, notice: nil, status: .unprocessableEntity)
        }
        guard try await KioskQueries.insert(.init(name: name, organisation: organisation, areaID: area.id, phone: phone,
                                                  address: address, openingHours: hours), on: req.sql) != nil else {
            errors.add("name", "Einen Kiosk mit diesem Namen gibt es schon.")
            return try await sitesPage(req, form: form, errors: errors, notice: nil, status: .unprocessableEntity)
        }
        return try await sitesPage(req, form: SiteForm(), errors: FormErrors(), notice: German.Kiosk.siteSaved, status: .ok)
    }

    struct StaffForm: Content { var site: String?; var email: String?; var action: String? }

    @Sendable static func changeStaff(req: Request) async throws -> Response {
        let actor = try requireSiteAdmin(req)
        let form = try req.content.decode(StaffForm.self)
        var errors = FormErrors()
        let email = EmailAddress.validate(form.email, errors: &errors)
        let site = try await form.site.flatMap(Int.init).asyncMap { try await KioskQueries.find($0, on: req.sql) } ?? nil
        if site == nil { errors.add("site", German.Exchange.errQuartier.replacingOccurrences(of: "ein Quartier", with: "einen Kiosk")) }
        var userID: UUID?
        if let email, errors.isEmpty {
            userID = try await RoleQueries.userID(email: email, on: req.sql)
            if userID == nil { errors.add("email", German.Kiosk.errNoSuchAccount) }
        }
        guard errors.isEmpty, let email, let site, let userID else {
            return try await sitesPage(req, form: SiteForm(), errors: errors, notice: nil, status: .unprocessableEntity)
        }
        if form.action == "remove" {
            try await KioskQueries.removeStaff(siteID: site.id, userID: userID, on: req.sql)
            return try await sitesPage(req, form: SiteForm(), errors: FormErrors(), notice: German.Kiosk.staffRemoved(email, site.name), status: .ok)
        }
        let grants = try await AccountQueries.grants(of: userID, on: req.sql)
        if !grants.contains(where: { $0.role == .kioskStaff }) {
            guard actor.isAdmin else {
                errors.add("email", "Dieses Konto hat die Rolle „Kiosk-Team“ nicht. Bitte die Administration, sie zu vergeben.")
                return try await sitesPage(req, form: SiteForm(), errors: errors, notice: nil, status: .unprocessableEntity)
            }
            _ = try await RoleQueries.grant(RoleGrant(role: .kioskStaff, areaID: nil), to: userID, by: actor.id,
                                            detail: Role.kioskStaff.germanName, now: req.now, on: req.sql)
        }
        try await KioskQueries.addStaff(siteID: site.id, userID: userID, on: req.sql)
        return try await sitesPage(req, form: SiteForm(), errors: FormErrors(), notice: German.Kiosk.staffAdded(email, site.name), status: .ok)
    }
}

extension Optional {
    func asyncMap<T>(_ transform: (Wrapped) async throws -> T) async rethrows -> T? {
        switch self {
        case let .some(value): try await transform(value)
        case .none: nil
        }
    }
}
