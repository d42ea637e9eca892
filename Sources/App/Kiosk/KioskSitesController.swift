import Foundation
import Vapor

/// Coordinators and admins add kiosks and bind accounts to their teams.
enum KioskSitesController {
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
        _ = try KioskAccess.requireSiteAdmin(req)
        return try await sitesPage(req, form: SiteForm(), errors: FormErrors(), notice: nil, status: .ok)
    }

    static func sitesPage(_ req: Request, form: SiteForm, errors: FormErrors, notice: String?,
                          status: HTTPResponseStatus) async throws -> Response {
        KioskSitesPages.sites(sites: try await KioskQueries.all(on: req.sql), staff: try await KioskQueries.staff(on: req.sql),
                              form: form, errors: errors, notice: notice, geography: req.geography, context: req.pageContext)
            .response(status)
    }

    @Sendable static func addSite(req: Request) async throws -> Response {
        _ = try KioskAccess.requireSiteAdmin(req)
        let form = try req.content.decode(SiteForm.self)
        let t = Texts.Kiosk.self
        var errors = FormErrors()
        let name = FormInput.text(form.name, field: "name", what: t.siteNameWhat, max: 80, errors: &errors)
        let organisation = FormInput.text(form.organisation, field: "organisation", what: t.siteOrgWhat, max: 120,
                                          errors: &errors)
        let area = form.quartier.flatMap { req.geography.area(kind: .statisticalDistrict, slug: $0) }
        if area == nil { errors.add("quartier", Texts.Exchange.errQuartier) }
        let phone = FormInput.phone(form.phone, field: "phone", message: Texts.Exchange.errPhone, errors: &errors)
        let address = FormInput.text(form.address, field: "address", what: t.siteAddressWhat, max: 120, errors: &errors)
        let hours = FormInput.optionalText(form.openingHours, field: "openingHours", max: 120, errors: &errors)
        guard errors.isEmpty, let area, let phone else {
            return try await sitesPage(req, form: form, errors: errors, notice: nil, status: .unprocessableEntity)
        }
        let site = KioskSiteRow(name: name, organisation: organisation, areaID: area.id, phone: phone, address: address,
                                openingHours: hours.isEmpty ? nil : hours, createdAt: req.now.timeIntervalSince1970)
        guard try await KioskQueries.insert(site, on: req.sql) != nil else {
            errors.add("name", t.errSiteExists)
            return try await sitesPage(req, form: form, errors: errors, notice: nil, status: .unprocessableEntity)
        }
        return try await sitesPage(req, form: SiteForm(), errors: FormErrors(), notice: t.siteSaved, status: .ok)
    }

    struct StaffForm: Content { var site: String?; var email: String?; var action: String? }

    @Sendable static func changeStaff(req: Request) async throws -> Response {
        let actor = try KioskAccess.requireSiteAdmin(req)
        let form = try req.content.decode(StaffForm.self)
        let t = Texts.Kiosk.self
        var errors = FormErrors()
        let email = EmailAddress.validate(form.email, errors: &errors)
        let site = try await form.site.flatMap(Int.init).asyncMap { try await KioskQueries.find($0, on: req.sql) } ?? nil
        if site == nil { errors.add("site", t.errSiteChoice) }
        var userID: UUID?
        if let email, errors.isEmpty {
            userID = try await RoleQueries.userID(email: email, on: req.sql)
            if userID == nil { errors.add("email", t.errNoSuchAccount) }
        }
        func page(notice: String?, errors: FormErrors, status: HTTPResponseStatus) async throws -> Response {
            try await sitesPage(req, form: SiteForm(), errors: errors, notice: notice, status: status)
        }
        guard errors.isEmpty, let email, let site, let userID else {
            return try await page(notice: nil, errors: errors, status: .unprocessableEntity)
        }
        if form.action == "remove" {
            try await KioskQueries.removeStaff(siteID: site.id, userID: userID, on: req.sql)
            return try await page(notice: t.staffRemoved(email, site.name), errors: FormErrors(), status: .ok)
        }
        let grants = try await AccountQueries.grants(of: userID, on: req.sql)
        if !grants.contains(where: { $0.role == .kioskStaff }) {
            guard actor.isAdmin else {
                errors.add("email", t.errNoKioskRole)
                return try await page(notice: nil, errors: errors, status: .unprocessableEntity)
            }
            _ = try await RoleQueries.grant(RoleGrant(role: .kioskStaff, areaID: nil), to: userID, by: actor.id,
                                            detail: Role.kioskStaff.germanName, now: req.now, on: req.sql)
        }
        try await KioskQueries.addStaff(siteID: site.id, userID: userID, now: req.now, on: req.sql)
        return try await page(notice: t.staffAdded(email, site.name), errors: FormErrors(), status: .ok)
    }
}
