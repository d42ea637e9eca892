import Foundation
import GemeinsamCore
import Vapor

/// The kiosk team takes in a listing for a visitor without an account, with the visitor's consent.
enum KioskIntakeController {
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
        guard let (sites, site) = try await KioskAccess.chosenSite(req) else {
            return KioskDashboardPages.noSite(context: req.pageContext).response()
        }
        return KioskIntakePages.intake(form: IntakeForm(site: String(site.id), timing: "flexible", reach: "phone"),
                                       errors: FormErrors(), sites: sites, geography: req.geography, today: req.today,
                                       context: req.pageContext).response()
    }

    @Sendable static func intake(req: Request) async throws -> Response {
        guard req.currentUser != nil else { return AccountController.loginRedirect(req) }
        let (user, sites) = try await KioskAccess.staffSites(req)
        guard !sites.isEmpty else { throw GermanError(status: .forbidden, reason: Texts.Kiosk.noSite) }
        let form = try req.content.decode(IntakeForm.self)
        let geography = req.geography
        let today = req.today
        let t = Texts.Kiosk.self
        var errors = FormErrors()
        let site = form.site.flatMap(Int.init).flatMap { id in sites.first { $0.id == id } } ?? (sites.count == 1 ? sites[0] : nil)
        if site == nil { errors.add("site", t.noSite) }
        let firstName = FormInput.firstName(form.firstName, field: "firstName", what: t.firstNameWhat,
                                            onlyName: t.errFirstNameOnly, errors: &errors)
        let initial = FormInput.initial(form.initial, field: "initial", message: t.errInitial, errors: &errors)
        // the Quartier: chosen directly, else from the street, else the kiosk's own
        var area: AreaRecord?
        let chosen = form.quartier?.trimmingCharacters(in: .whitespaces) ?? ""
        let street = form.street?.trimmingCharacters(in: .whitespaces) ?? ""
        if chosen.isEmpty, !street.isEmpty {
            area = quartier(ofStreet: street, geography: geography, errors: &errors)
        }
        let listing = form.listingForm.validate(geography: geography, today: today, requireQuartier: false, errors: &errors)
        if area == nil, let chosenArea = listing?.area { area = chosenArea }
        if area == nil, chosen.isEmpty, street.isEmpty, let site { area = geography.areas[site.areaID] }
        let reach = form.reach == "phone" || form.reach == "visit" ? form.reach : nil
        if reach == nil { errors.add("reach", t.errReach) }
        let phone = reach == "phone"
            ? FormInput.phone(form.phone, field: "phone", message: Texts.Exchange.errPhone, errors: &errors) : nil
        if form.consent != "ja" { errors.add("consent", Texts.Exchange.errConsent) }
        guard errors.isEmpty, let site, let firstName, let listing, let area, let district = geography.parent(of: area), let reach else {
            return KioskIntakePages.intake(form: form, errors: errors, sites: sites, geography: geography, today: today,
                                           context: req.pageContext).response(.unprocessableEntity)
        }
        try await DailyLimits.enforce(.kioskIntake, by: user.id, now: req.now, on: req.sql)
        let now = req.now.timeIntervalSince1970
        let id = try await ListingQueries.insert(ListingRow(
            kind: listing.kind, category: listing.category, title: listing.title, body: listing.body, areaID: area.id,
            districtID: district.id, publicName: PublicName.make(firstName: firstName, initial: initial),
            timing: listing.timing.code, timingDate: listing.timing.date, timingNote: listing.timingNote,
            validUntil: listing.validUntil, kioskSiteID: site.id, intakeBy: user.id, visitorContact: reach, visitorPhone: phone,
            consentVersion: t.currentConsent.version, consentAt: now, createdAt: now, updatedAt: now), on: req.sql)
        return KioskAccess.dashboard(site, notice: "aufgenommen", query: [("nr", String(id))])
    }

    /// The Quartier of a street the visitor named; nil with a German message when it is unknown or ambiguous.
    private static func quartier(ofStreet raw: String, geography: GeographySnapshot, errors: inout FormErrors) -> AreaRecord? {
        let street = FormInput.text(raw, field: "street", what: Texts.Kiosk.streetWhat, max: 100, errors: &errors)
        guard !street.isEmpty else { return nil }
        let hits = geography.lookup(street: street, limit: 3)
        let hit = hits.first { $0.exact } ?? (hits.count == 1 ? hits.first : nil)
        if let hit, hit.quartiere.count == 1 { return hit.quartiere[0].quartier }
        if let hit, hit.quartiere.count > 1 {
            errors.add("quartier", Texts.Exchange.errStreetAmbiguous(hit.quartiere.map(\.quartier.name)))
        } else {
            errors.add("street", Texts.Exchange.errStreet)
        }
        return nil
    }
}
