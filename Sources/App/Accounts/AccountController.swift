import Foundation
import NIOConcurrencyHelpers
import Vapor

/// Register, log in and out, change password, download and delete one's data.
enum AccountController {
    // MARK: register

    @Sendable static func registerForm(req: Request) async throws -> Response {
        if req.currentUser != nil { return req.redirect(to: SiteURL.account.path) }
        return AccountPages.register(form: RegistrationForm(), errors: FormErrors(), geography: req.geography,
                                     context: req.pageContext).response()
    }

    @Sendable static func register(req: Request) async throws -> Response {
        let form = try req.content.decode(RegistrationForm.self)
        let geography = req.geography
        switch form.validate(geography: geography) {
        case let .failure(errors):
            return AccountPages.register(form: form, errors: errors, geography: geography, context: req.pageContext)
                .response(.unprocessableEntity)
        case let .success(valid):
            let hash = try await req.password.async.hash(valid.password)
            let newUser = AccountQueries.NewUser(email: valid.email, passwordHash: hash, firstName: valid.firstName,
                                                 initial: valid.initial, homeAreaID: valid.homeAreaID)
            guard let id = try await AccountQueries.insert(newUser, now: req.now, on: req.sql) else {
                var errors = FormErrors()
                errors.add("email", "Mit dieser E-Mail-Adresse gibt es schon ein Konto. Bitte melden Sie sich an.")
                return AccountPages.register(form: form, errors: errors, geography: geography, context: req.pageContext)
                    .response(.unprocessableEntity)
            }
            try await startSession(for: id, req: req)
            return req.redirect(to: SiteURL.account.path, redirectType: .normal)
        }
    }

    // MARK: log in and out

    @Sendable static func loginForm(req: Request) async throws -> Response {
        if req.currentUser != nil { return req.redirect(to: SiteURL.account.path) }
        return AccountPages.login(email: "", errors: FormErrors(), context: req.pageContext).response()
    }

    @Sendable static func login(req: Request) async throws -> Response {
        let form = try req.content.decode(LoginForm.self)
        var errors = FormErrors()
        let email = EmailAddress.validate(form.email, errors: &errors)
        let password = form.password ?? ""
        if password.isEmpty { errors.add("password", "Bitte geben Sie Ihr Passwort ein.") }
        guard errors.isEmpty, let email, password.count <= PasswordPolicy.maximumLength else {
            if password.count > PasswordPolicy.maximumLength { errors.add("password", "E-Mail-Adresse oder Passwort stimmen nicht.") }
            return AccountPages.login(email: form.email ?? "", errors: errors, context: req.pageContext)
                .response(.unprocessableEntity)
        }

        let throttle = LoginThrottle(salt: try await Settings.salt(on: req.sql))
        let keys = throttle.keys(email: email, ip: req.remoteAddress?.ipAddress)
        if let until = try await throttle.blockedUntil(keys: keys, now: req.now, on: req.sql) {
            throw tooManyAttempts(until: until)
        }

        let credentials = try await AccountQueries.credentials(email: email, on: req.sql)
        // verify against a fixed hash when the account does not exist, so both cases take the same time
        let stored: String
        if let hash = credentials?.passwordHash { stored = hash } else { stored = try await req.application.dummyPasswordHash.get(req) }
        let valid = try await req.password.async.verify(password, created: stored)
        guard valid, let credentials else {
            try await throttle.recordFailure(keys: keys, now: req.now, on: req.sql)
            errors.add("password", "E-Mail-Adresse oder Passwort stimmen nicht.")
            return AccountPages.login(email: email, errors: errors, context: req.pageContext)
                .response(.unprocessableEntity)
        }
        try await throttle.clear(accountKey: keys[0], on: req.sql)
        try await startSession(for: credentials.id, req: req)
        return req.redirect(to: SiteURL.account.path, redirectType: .normal)
    }

    static func tooManyAttempts(until: Date) -> GermanError {
        let seconds = max(1, Int(until.timeIntervalSinceNow.rounded(.up)))
        let time = GermanFormat.clockTime(until)
        return GermanError(
            status: .tooManyRequests,
            reason: "Zu viele fehlgeschlagene Anmeldeversuche. Bitte versuchen Sie es ab \(time) Uhr erneut.",
            headers: ["Retry-After": String(seconds)])
    }

    @Sendable static func logout(req: Request) async throws -> Response {
        if req.hasSession { req.session.destroy() }
        return req.redirect(to: SiteURL.home.path, redirectType: .normal)
    }

    /// A fresh session id at every log-in, so a session id planted before cannot be taken over.
    private static func startSession(for id: UUID, req: Request) async throws {
        if req.hasSession, let old = req.session.id {
            try await req.application.sessions.driver.deleteSession(old, for: req).get()
            req.session.id = nil
        }
        req.session.data[CurrentUserMiddleware.sessionKey] = id.uuidString
    }

    // MARK: account

    @Sendable static func account(req: Request) async throws -> Response {
        guard let user = req.currentUser else { return loginRedirect(req) }
        let home = user.homeAreaID.flatMap { req.geography.areas[$0] }
        return AccountPages.account(user: user, home: home, geography: req.geography, context: req.pageContext).response()
    }

    @Sendable static func download(req: Request) async throws -> Response {
        guard let user = req.currentUser else { return loginRedirect(req) }
        guard let export = try await AccountQueries.export(userID: user.id, geography: req.geography, now: req.now, on: req.sql) else {
            throw Abort(.notFound)
        }
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        encoder.dateEncodingStrategy = .iso8601
        var headers = HTTPHeaders()
        headers.contentType = .json
        headers.replaceOrAdd(name: .contentDisposition, value: "attachment; filename=\"gemeinsam-meine-daten.json\"")
        headers.replaceOrAdd(name: .cacheControl, value: "no-store")
        return Response(status: .ok, headers: headers, body: .init(data: try encoder.encode(export)))
    }

    // MARK: password

    @Sendable static func passwordForm(req: Request) async throws -> Response {
        guard req.currentUser != nil else { return loginRedirect(req) }
        return AccountPages.password(errors: FormErrors(), done: false, context: req.pageContext).response()
    }

    @Sendable static func changePassword(req: Request) async throws -> Response {
        guard let user = req.currentUser else { return loginRedirect(req) }
        let form = try req.content.decode(PasswordChangeForm.self)
        var errors = FormErrors()
        let stored = try await AccountQueries.passwordHash(userID: user.id, on: req.sql) ?? ""
        let current = form.currentPassword ?? ""
        let currentMatches = !current.isEmpty && current.count <= PasswordPolicy.maximumLength
            ? try await req.password.async.verify(current, created: stored) : false
        if !currentMatches {
            errors.add("currentPassword", "Das bisherige Passwort stimmt nicht.")
        }
        let new = form.newPassword ?? ""
        if let problem = PasswordPolicy.problem(with: new, email: user.email, firstName: user.firstName) {
            errors.add("newPassword", problem)
        } else if new == current {
            errors.add("newPassword", "Das neue Passwort muss sich vom bisherigen unterscheiden.")
        }
        guard errors.isEmpty else {
            return AccountPages.password(errors: errors, done: false, context: req.pageContext).response(.unprocessableEntity)
        }
        try await AccountQueries.updatePasswordHash(userID: user.id, hash: try await req.password.async.hash(new), on: req.sql)
        return AccountPages.password(errors: FormErrors(), done: true, context: req.pageContext).response()
    }

    // MARK: delete

    @Sendable static func deleteForm(req: Request) async throws -> Response {
        guard req.currentUser != nil else { return loginRedirect(req) }
        return AccountPages.delete(errors: FormErrors(), context: req.pageContext).response()
    }

    @Sendable static func delete(req: Request) async throws -> Response {
        guard let user = req.currentUser else { return loginRedirect(req) }
        let form = try req.content.decode(DeleteAccountForm.self)
        let stored = try await AccountQueries.passwordHash(userID: user.id, on: req.sql) ?? ""
        let password = form.password ?? ""
        guard !password.isEmpty, password.count <= PasswordPolicy.maximumLength,
              try await req.password.async.verify(password, created: stored)
        else {
            var errors = FormErrors()
            errors.add("password", "Das Passwort stimmt nicht. Ihr Konto wurde nicht gelöscht.")
            return AccountPages.delete(errors: errors, context: req.pageContext).response(.unprocessableEntity)
        }
        try await AccountQueries.delete(userID: user.id, on: req.sql)
        req.session.destroy()
        req.currentUser = nil
        return AccountPages.deleted(context: req.pageContext).response()
    }

    static func loginRedirect(_ req: Request) -> Response {
        req.redirect(to: SiteURL.login.path, redirectType: .normal)
    }
}

/// A bcrypt hash of a random string, used to spend the same time on unknown e-mail addresses. Made on first use,
/// so that start-up does not wait for it.
final class DummyPasswordHash: Sendable {
    private let value = NIOLockedValueBox<String?>(nil)

    func get(_ req: Request) async throws -> String {
        if let hash = value.withLockedValue({ $0 }) { return hash }
        let hash = try await req.password.async.hash(UUID().uuidString)
        value.withLockedValue { $0 = hash }
        return hash
    }
}
