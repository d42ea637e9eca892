import Foundation
import Vapor

/// Registering, confirming the e-mail address, and sending the confirmation again. The answer to a registration is
/// the same whether or not the address already has an account (the owner gets a mail instead), so the form does
/// not tell anyone which addresses are registered.
enum RegistrationController {
    /// Registrations per network and hour: enough for a digital course in a library or Seniorenbüro, where many
    /// people register from one network, too few for mass registration.
    static let limiter = RateLimiter(limit: 30, window: 3_600)
    /// Confirmation mails per account and hour.
    static let resendLimiter = RateLimiter(limit: 3, window: 3_600)

    @Sendable static func form(req: Request) async throws -> Response {
        if req.currentUser != nil { return req.redirect(to: SiteURL.account.path) }
        return AccountPages.register(form: RegistrationForm(), errors: FormErrors(), geography: req.geography,
                                     context: req.pageContext).response()
    }

    @Sendable static func register(req: Request) async throws -> Response {
        let form = try req.content.decode(RegistrationForm.self)
        let geography = req.geography
        let valid: RegistrationForm.Valid
        switch form.validate(geography: geography) {
        case let .failure(errors):
            return AccountPages.register(form: form, errors: errors, geography: geography, context: req.pageContext)
                .response(.unprocessableEntity)
        case let .success(v): valid = v
        }
        let key = RateLimiter.key("register|" + (req.clientNetwork ?? "-"),
                                  salt: try await RateLimiter.salt(rotatingDaily: true, now: req.now, on: req.sql))
        if case let .limited(until) = try await limiter.attempt(key, now: req.now, on: req.sql) {
            throw tooMany(Texts.Account.tooManyRegistrations, until: until, now: req.now)
        }
        // hashed in both cases, so that the answer takes the same time
        let hash = try await req.password.async.hash(valid.password)
        let newUser = AccountQueries.NewUser(email: valid.email, passwordHash: hash, firstName: valid.firstName,
                                             initial: valid.initial, homeAreaID: valid.homeAreaID,
                                             language: req.language.code)
        if let id = try await AccountQueries.insert(newUser, now: req.now, on: req.sql),
           let user = try await AccountQueries.user(id: id, on: req.sql) {
            try await AccountMails.verification(to: user, req: req)
        } else {
            try await AccountMails.existingAccount(to: valid.email, req: req)
        }
        return .seeOther(.accounts(.registered))
    }

    @Sendable static func registered(req: Request) async throws -> Response {
        AccountFlowPages.registered(context: req.pageContext).response()
    }

    /// The link from the confirmation mail: confirms the address and logs the person in (the link proves they read
    /// the mail).
    @Sendable static func verify(req: Request) async throws -> Response {
        let token = req.parameters.get("token") ?? ""
        guard let userID = try await AccountTokens.redeem(token, purpose: .emailVerification, now: req.now, on: req.sql)
        else {
            return AccountFlowPages.message(title: Texts.Account.verifyInvalidTitle, text: Texts.Account.verifyInvalid,
                                            context: req.pageContext).response(.gone)
        }
        try await AccountQueries.markVerified(userID: userID, now: req.now, on: req.sql)
        if req.currentUser?.id != userID { try await req.startSession(for: userID) }
        return .seeOther(SiteURL.account, notice: "bestaetigt")
    }

    @Sendable static func resend(req: Request) async throws -> Response {
        guard let current = req.currentUser else { return AccountController.loginRedirect(req) }
        guard !current.emailVerified, let user = try await AccountQueries.user(id: current.id, on: req.sql) else {
            return .seeOther(SiteURL.account)
        }
        let key = RateLimiter.key("verify|" + user.id.uuidString, salt: try await Settings.salt(on: req.sql))
        if case let .limited(until) = try await resendLimiter.attempt(key, now: req.now, on: req.sql) {
            throw tooMany(Texts.Account.tooManyRequests, until: until, now: req.now)
        }
        try await AccountMails.verification(to: user, req: req)
        return .seeOther(SiteURL.account, notice: "gesendet")
    }

    static func tooMany(_ text: String, until: Date, now: Date) -> GermanError {
        GermanError(status: .tooManyRequests, reason: text,
                    headers: ["Retry-After": String(max(1, Int(until.timeIntervalSince(now).rounded(.up))))])
    }
}

extension Request {
    /// The logged-in person with a confirmed e-mail address; a German 403 for an unconfirmed one (posting to the
    /// Börse and contacting anyone need a confirmed address).
    func requireVerifiedUser() throws -> CurrentUser {
        let user = try requireUser()
        guard user.emailVerified else { throw GermanError(status: .forbidden, reason: Texts.Account.verificationRequired) }
        return user
    }
}
