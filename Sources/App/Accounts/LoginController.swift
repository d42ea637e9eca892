import Foundation
import Vapor

/// Logging in and out (this device or everywhere), with throttling that slows guessing but never locks the owner
/// out: an unlock link by mail clears the account's failures.
enum LoginController {
    @Sendable static func form(req: Request) async throws -> Response {
        if req.currentUser != nil { return req.redirect(to: SiteURL.account.path) }
        return AccountPages.login(email: "", errors: FormErrors(), notice: req.notice(from: notices),
                                  context: req.pageContext).response()
    }

    static let notices = [
        "passwort-neu": Texts.Account.resetDone, "entsperrt": Texts.Account.unlockDone,
        "abgemeldet": Texts.Account.logoutEverywhereHint,
    ]

    @Sendable static func login(req: Request) async throws -> Response {
        let form = try req.content.decode(LoginForm.self)
        var errors = FormErrors()
        let email = EmailAddress.validate(form.email, errors: &errors)
        let password = form.password ?? ""
        if password.isEmpty { errors.add("password", Texts.Account.passwordMissing) }
        guard errors.isEmpty, let email, password.count <= PasswordPolicy.maximumLength else {
            if password.count > PasswordPolicy.maximumLength { errors.add("password", Texts.Account.wrongCredentials) }
            return AccountPages.login(email: form.email ?? "", errors: errors, notice: nil, context: req.pageContext)
                .response(.unprocessableEntity)
        }

        let throttle = LoginThrottle(salt: try await Settings.salt(on: req.sql))
        let keys = throttle.keys(email: email, ip: req.clientAddress)
        if let until = try await throttle.blockedUntil(keys: keys, now: req.now, on: req.sql) {
            throw tooManyAttempts(until: until, now: req.now)
        }

        let user = try await AccountQueries.user(email: email, on: req.sql)
        // verify against a fixed hash when the account does not exist, so both cases take the same time
        let stored: String
        if let hash = user?.passwordHash { stored = hash } else { stored = try await req.application.dummyPasswordHash.get(req) }
        let valid = try await req.password.async.verify(password, created: stored)
        guard valid, let user else {
            if try await throttle.recordFailure(keys: keys, now: req.now, on: req.sql), let user {
                try await AccountMails.unlock(to: user, req: req)
            }
            errors.add("password", Texts.Account.wrongCredentials)
            return AccountPages.login(email: email, errors: errors, notice: nil, context: req.pageContext)
                .response(.unprocessableEntity)
        }
        try await throttle.clear(keys: keys, on: req.sql)
        try await req.startSession(for: user.id)
        return req.redirect(to: SiteURL.account.path, redirectType: .normal)
    }

    static func tooManyAttempts(until: Date, now: Date) -> GermanError {
        let seconds = max(1, Int(until.timeIntervalSince(now).rounded(.up)))
        return GermanError(status: .tooManyRequests,
                           reason: Texts.Account.tooManyAttempts(DisplayFormat.clockTime(until)),
                           headers: ["Retry-After": String(seconds)])
    }

    @Sendable static func logout(req: Request) async throws -> Response {
        try await req.endSession()
        return req.redirect(to: SiteURL.home.path, redirectType: .normal)
    }

    /// Ends every session of the person, this one included.
    @Sendable static func logoutEverywhere(req: Request) async throws -> Response {
        guard let user = req.currentUser else { return AccountController.loginRedirect(req) }
        try await AuthSessions.deleteAll(userID: user.id, on: req.sql)
        try await RoleQueries.audit(action: "session.end-all", actor: user.id, subject: user.id, detail: "",
                                    now: req.now, on: req.sql)
        try await req.endSession()
        return .seeOther(SiteURL.login, notice: "abgemeldet")
    }

    /// The link from the unlock mail.
    @Sendable static func unlock(req: Request) async throws -> Response {
        let token = req.parameters.get("token") ?? ""
        guard let userID = try await AccountTokens.redeem(token, purpose: .unlock, now: req.now, on: req.sql),
              let user = try await AccountQueries.user(id: userID, on: req.sql)
        else {
            return AccountFlowPages.message(title: Texts.Account.unlockTitle, text: Texts.Account.unlockInvalid,
                                            context: req.pageContext).response(.gone)
        }
        try await LoginThrottle(salt: try await Settings.salt(on: req.sql)).unlock(email: user.email, on: req.sql)
        return .seeOther(SiteURL.login, notice: "entsperrt")
    }
}
