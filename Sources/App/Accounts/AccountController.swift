import Foundation
import GemeinsamCore
import NIOConcurrencyHelpers
import Vapor

/// The account page, the download of one's data, and deleting the account.
enum AccountController {
    // MARK: account

    @Sendable static func account(req: Request) async throws -> Response {
        guard let user = req.currentUser else { return loginRedirect(req) }
        let home = user.homeAreaID.flatMap { req.geography.areas[$0] }
        let sessions = try await AuthSessions.count(userID: user.id, on: req.sql)
        return AccountPages.account(user: user, home: home, sessions: sessions, notice: req.notice(from: notices),
                                    geography: req.geography, context: req.pageContext).response()
    }

    static var notices: [String: String] {
        ["bestaetigt": Texts.Account.verifiedNotice, "gesendet": Texts.Account.resentNotice,
         "sprache": Texts.Account.languageSaved]
    }

    /// The language of the mails; an unknown code is refused with 400 (the form only offers known ones).
    @Sendable static func setLanguage(req: Request) async throws -> Response {
        guard let user = req.currentUser else { return loginRedirect(req) }
        let form = try req.content.decode(LanguageForm.self)
        guard let language = form.language.flatMap(GemeinsamCore.Language.withCode) else {
            throw Abort(.badRequest, reason: Texts.Account.languageUnknown)
        }
        try await AccountQueries.setLanguage(userID: user.id, language, on: req.sql)
        return req.redirect(to: SiteURL.account.path + "?hinweis=sprache", redirectType: .normal)
    }

    struct LanguageForm: Content { var language: String? }

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
            errors.add("password", Texts.Account.deleteWrong)
            return AccountPages.delete(errors: errors, context: req.pageContext).response(.unprocessableEntity)
        }
        try await req.endSession()
        try await AccountQueries.delete(userID: user.id, on: req.sql)
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
