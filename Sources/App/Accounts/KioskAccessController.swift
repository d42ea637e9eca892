import Foundation
import Vapor

/// The kiosk's reset for a visitor who has an account but no longer reaches their mails: only with the visitor at
/// the counter (staff confirm it, the reset is in the audit log with the staff member, and the visitor's address gets
/// a mail about it). The link is shown on the staff screen, valid 15 minutes, used once.
enum KioskAccessController {
    @Sendable static func form(req: Request) async throws -> Response {
        guard req.currentUser != nil else { return AccountController.loginRedirect(req) }
        _ = try requireStaff(req)
        return AccountFlowPages.kioskAccess(email: "", errors: FormErrors(), link: nil, context: req.pageContext).response()
    }

    @Sendable static func create(req: Request) async throws -> Response {
        guard req.currentUser != nil else { return AccountController.loginRedirect(req) }
        let staff = try requireStaff(req)
        struct Form: Content { var email: String?; var present: String? }
        let form = try req.content.decode(Form.self)
        var errors = FormErrors()
        let email = EmailAddress.validate(form.email, errors: &errors)
        if form.present != "ja" { errors.add("present", Texts.Account.kioskPresentMissing) }
        var user: UserRow?
        if let email, errors.isEmpty {
            user = try await AccountQueries.user(email: email, on: req.sql)
            if user == nil { errors.add("email", Texts.Account.kioskUnknown) }
        }
        guard errors.isEmpty, let user else {
            return AccountFlowPages.kioskAccess(email: form.email ?? "", errors: errors, link: nil, context: req.pageContext)
                .response(.unprocessableEntity)
        }
        let token = try await AccountTokens.issue(.passwordReset, userID: user.id, now: req.now, lifetime: 15 * 60,
                                                  on: req.sql)
        try await RoleQueries.audit(action: "password.kiosk-reset", actor: staff.id, subject: user.id, detail: "",
                                    now: req.now, on: req.sql)
        try await AccountMails.kioskReset(to: user, req: req)
        return AccountFlowPages.kioskAccess(email: "", errors: FormErrors(),
                                            link: SiteURL.accounts(.resetPassword(token: token)).path,
                                            context: req.pageContext).response()
    }

    private static func requireStaff(_ req: Request) throws -> CurrentUser {
        let user = try req.requireUser()
        guard user.has(.kioskStaff) || user.has(.coordinator) else { throw Abort(.forbidden) }
        return user
    }
}
