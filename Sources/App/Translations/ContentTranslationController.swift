import Foundation
import GemeinsamCore
import Vapor

/// The translation page of an item (`/<kind>/<id>/uebersetzungen`): the language it was written in, and its
/// translations, which the item's editors add, change and delete. Registered by each pillar for its kinds.
enum ContentTranslationController<Kind: TranslatableKind> {
    static func register(_ routes: any RoutesBuilder) {
        let path = SiteURL.contentTranslations(Kind.kind, SiteURL.parameter("id")).pathComponents
        routes.get(path, use: page)
        routes.post(path, use: submit)
    }

    typealias F = ContentTranslationFields

    static var notices: [String: String] {
        let t = Texts.ContentTranslations.self
        return ["gespeichert": t.saved, "geloescht": t.deleted, "sprache": t.originalSaved]
    }

    @Sendable static func page(req: Request) async throws -> Response {
        guard let user = req.currentUser else { return AccountController.loginRedirect(req) }
        let item = try await Kind.editableItem(req, user: user)
        let rows = try await ContentLanguageQueries.all(Kind.kind, id: item.id, on: req.sql)
        var form: [String: String] = [:]
        // "?sprache=tr" opens the form with that translation
        if let code = try? req.query.get(String.self, at: F.language),
           let row = rows.first(where: { !$0.isOriginal && $0.language == code }) {
            form = [F.language: row.language, F.title: row.title, F.description: row.description]
        }
        return ContentTranslationPage.page(item, kind: Kind.kind, rows: rows, form: form, errors: FormErrors(),
                                           notice: req.notice(from: notices), context: req.pageContext).response()
    }

    @Sendable static func submit(req: Request) async throws -> Response {
        guard let user = req.currentUser else { return AccountController.loginRedirect(req) }
        let item = try await Kind.editableItem(req, user: user)
        let form = try req.content.decode([String: String].self)
        let rows = try await ContentLanguageQueries.all(Kind.kind, id: item.id, on: req.sql)
        let original = rows.first(where: \.isOriginal).flatMap { Language.withCode($0.language) } ?? .german
        let translated = Set(rows.filter { !$0.isOriginal }.map(\.language))
        let t = Texts.ContentTranslations.self
        var errors = FormErrors()
        let back = SiteURL.contentTranslations(Kind.kind, item.id)

        switch form[F.action] {
        case "original":
            guard let language = form[F.original].flatMap(Language.withCode) else {
                errors.add(F.original, t.languageMissing)
                break
            }
            if translated.contains(language.code) { errors.add(F.original, t.originalHasTranslation); break }
            try await ContentLanguageQueries.setOriginal(Kind.kind, id: item.id, language: language, now: req.now, on: req.sql)
            return .seeOther(back, notice: "sprache")
        case "loeschen":
            guard let language = form[F.language].flatMap(Language.withCode), translated.contains(language.code) else {
                throw GermanError(status: .badRequest, reason: t.languageMissing)
            }
            try await ContentLanguageQueries.deleteTranslation(Kind.kind, id: item.id, language: language, on: req.sql)
            return .seeOther(back, notice: "geloescht")
        case "speichern":
            let language = form[F.language].flatMap(Language.withCode)
            if language == nil { errors.add(F.language, t.languageMissing) }
            if let language, language == original { errors.add(F.language, t.sameAsOriginal) }
            let title = TextInput.clean(form[F.title], maxLength: Kind.kind.titleLimit)
            if case let .failure(problem) = title { errors.add(F.title, t.problem(problem, field: t.titleLabel)) }
            var description = ""
            switch TextInput.clean(form[F.description], maxLength: Kind.kind.descriptionLimit, multiline: true) {
            case let .success(text): description = text
            case .failure(.empty): break
            case let .failure(problem): errors.add(F.description, t.problem(problem, field: t.descriptionLabel))
            }
            guard errors.isEmpty, let language, case let .success(cleanTitle) = title else { break }
            try await ContentLanguageQueries.saveTranslation(Kind.kind, id: item.id, language: language, title: cleanTitle,
                                                             description: description, now: req.now, on: req.sql)
            return .seeOther(back, notice: "gespeichert")
        default:
            throw GermanError(status: .badRequest, reason: t.unknownAction)
        }
        return ContentTranslationPage.page(item, kind: Kind.kind, rows: rows, form: form, errors: errors, notice: nil,
                                           context: req.pageContext).response(.unprocessableEntity)
    }
}
