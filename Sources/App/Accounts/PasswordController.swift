import Foundation
import Vapor

/// Changing the password (ends every other session) and resetting a forgotten one by e-mail: a single-use link
/// valid for an hour; the answer is the same whether or not the address has an account.
enum PasswordController {
    /// Reset mails per network and per address and hour.
    static let networkLimiter = RateLimiter(limit: 10, window: 3_600)
    static let addressLimiter = RateLimiter(limit: 3, window: 3_600)

    @Sendable static func changeForm(req: Request) async throws -> Response {
        guard req.currentUser != nil else { return AccountController.loginRedirect(req) }
        return AccountPages.password(errors: FormErrors(), done: false, context: req.pageContext).response()
    }

    @Sendable static func change(req: Request) async throws -> Response {
        guard let current = req.currentUser, let user = try await AccountQueries.user(id: current.id, on: req.sql) else {
            return AccountController.loginRedirect(req)
        }
        let form = try req.content.decode(PasswordChangeForm.self)
        var errors = FormErrors()
        let old = form.currentPassword ?? ""
        let oldMatches = !old.isEmpty && old.count <= PasswordPolicy.maximumLength
            ? try await req.password.async.verify(old, created: user.passwordHash) : false
        if !oldMatches { errors.add("currentPassword", Texts.Account.currentWrong) }
        let new = form.newPassword ?? ""
        if let problem = PasswordPolicy.problem(with: new, email: user.email, firstName: user.firstName) {
            errors.add("newPassword", problem)
        } else if new == old {
            errors.add("newPassword", Texts.Account.newSameAsOld)
        }
        guard errors.isEmpty else {
            return AccountPages.password(errors: errors, done: false, context: req.pageContext).response(.unprocessableEntity)
        }
        try await setPassword(new, for: user, keepingSession: req.sessionID, req: req)
        return AccountPages.password(errors: FormErrors(), done: true, context: req.pageContext).response()
    }

    @Sendable static func forgotForm(req: Request) async throws -> Response {
        AccountFlowPages.forgot(email: "", errors: FormErrors(), sent: false, context: req.pageContext).response()
    }

    @Sendable static func forgot(req: Request) async throws -> Response {
        let form = try req.content.decode(LoginForm.self)
        var errors = FormErrors()
        guard let email = EmailAddress.validate(form.email, errors: &errors) else {
            return AccountFlowPages.forgot(email: form.email ?? "", errors: errors, sent: false, context: req.pageContext)
                .response(.unprocessableEntity)
        }
        let salt = try await RateLimiter.salt(rotatingDaily: true, now: req.now, on: req.sql)
        if case let .limited(until) = try await networkLimiter.attempt(
            RateLimiter.key("reset|" + (req.clientNetwork ?? "-"), salt: salt), now: req.now, on: req.sql) {
            throw RegistrationController.tooMany(Texts.Account.tooManyRequests, until: until, now: req.now)
        }
        // per address: further requests get the same answer but no further mail
        let addressAllowed = try await addressLimiter.attempt(RateLimiter.key("reset|" + email, salt: salt),
                                                              now: req.now, on: req.sql) == .allowed
        if addressAllowed, let user = try await AccountQueries.user(email: email, on: req.sql) {
            try await AccountMails.passwordReset(to: user, req: req)
        }
        return AccountFlowPages.forgot(email: "", errors: FormErrors(), sent: true, context: req.pageContext).response()
    }

    @Sendable static func resetForm(req: Request) async throws -> Response {
        let token = req.parameters.get("token") ?? ""
        guard try await AccountTokens.peek(token, purpose: .passwordReset, now: req.now, on: req.sql) != nil else {
            return AccountFlowPages.message(title: Texts.Account.resetTitle, text: Texts.Account.resetInvalid,
                                            link: (SiteURL.accounts(.forgotPassword), Texts.Account.forgotLink),
                                            context: req.pageContext).response(.gone)
        }
        return AccountFlowPages.reset(token: token, errors: FormErrors(), context: req.pageContext).response()
    }

    @Sendable static func reset(req: Request) async throws -> Response {
        let token = req.parameters.get("token") ?? ""
        struct ResetForm: Content { var newPassword: String? }
        let form = try req.content.decode(ResetForm.self)
        guard let userID = try await AccountTokens.peek(token, purpose: .passwordReset, now: req.now, on: req.sql),
              let user = try await AccountQueries.user(id: userID, on: req.sql)
        else {
            return AccountFlowPages.message(title: Texts.Account.resetTitle, text: Texts.Account.resetInvalid,
                                            link: (SiteURL.accounts(.forgotPassword), Texts.Account.forgotLink),
                                            context: req.pageContext).response(.gone)
        }
        var errors = FormErrors()
        let new = form.newPassword ?? ""
        if let problem = PasswordPolicy.problem(with: new, email: user.email, firstName: user.firstName) {
            errors.add("newPassword", problem)
            return AccountFlowPages.reset(token: token, errors: errors, context: req.pageContext).response(.unprocessableEntity)
        }
        // used up only now, after a valid password: a typo does not cost the person their link
        guard try await AccountTokens.redeem(token, purpose: .passwordReset, now: req.now, on: req.sql) == userID else {
            return AccountFlowPages.message(title: Texts.Account.resetTitle, text: Texts.Account.resetInvalid,
                                            context: req.pageContext).response(.gone)
        }
        try await setPassword(new, for: user, keepingSession: nil, req: req)
        // the reset link proves the person reads the mail
        try await AccountQueries.markVerified(userID: user.id, now: req.now, on: req.sql)
        try await LoginThrottle(salt: try await Settings.salt(on: req.sql)).unlock(email: user.email, on: req.sql)
        if req.currentUser != nil { try await req.endSession() }
        return .seeOther(SiteURL.login, notice: "passwort-neu")
    }

    /// Stores the new password, ends every other session and tells the owner by mail.
    static func setPassword(_ password: String, for user: UserRow, keepingSession: String?, req: Request) async throws {
        let hash = try await req.password.async.hash(password)
        try await AccountQueries.updatePasswordHash(userID: user.id, hash: hash, now: req.now, on: req.sql)
        try await AuthSessions.deleteAll(userID: user.id, keeping: keepingSession, on: req.sql)
        try await RoleQueries.audit(action: "password.change", actor: req.currentUser?.id, subject: user.id, detail: "",
                                    now: req.now, on: req.sql)
        try await AccountMails.passwordChanged(to: user, req: req)
    }
}
