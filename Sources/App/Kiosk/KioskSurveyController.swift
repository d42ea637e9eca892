import Foundation
import GemeinsamCore
import Vapor

/// Survey answers from paper or from a visitor at the kiosk, typed in by kiosk staff (`/kiosk/umfrage`).
enum KioskSurveyController {
    @Sendable static func form(req: Request) async throws -> Response {
        guard try MonitorAccess.user(req, allowed: isKioskStaff) != nil else { return AccountController.loginRedirect(req) }
        let current = try await SurveyController.current(req)
        let saved = (try? req.query.get(String.self, at: savedParameter)) == "1"
        return SurveyPages.kiosk(wave: current?.wave, questionnaire: current?.questionnaire, form: [:], errors: FormErrors(),
                                 saved: saved, geography: req.geography, context: req.pageContext).response()
    }

    @Sendable static func submit(req: Request) async throws -> Response {
        guard try MonitorAccess.user(req, allowed: isKioskStaff) != nil else { return AccountController.loginRedirect(req) }
        guard let (wave, questionnaire) = try await SurveyController.current(req) else {
            throw GermanError(status: .notFound, reason: Texts.Monitor.noWave)
        }
        let form = try req.content.decode([String: String].self)
        func rerender(_ errors: FormErrors) -> Response {
            SurveyPages.kiosk(wave: wave, questionnaire: questionnaire, form: form, errors: errors, saved: false,
                              geography: req.geography, context: req.pageContext).response(.unprocessableEntity)
        }
        var errors = FormErrors()
        let channel: SurveyChannel = form[SurveyForm.channelField] == "kiosk" ? .kiosk : .paper
        if let raw = form[SurveyForm.channelField], !["kiosk", "paper"].contains(raw) {
            errors.add(SurveyForm.channelField, Texts.Monitor.invalidChoice)
        }
        let language = sheetLanguage(form[SurveyForm.languageField], questionnaire: questionnaire, page: req.language)
        if language == nil { errors.add(SurveyForm.languageField, Texts.Monitor.invalidChoice) }
        let today = SurveyDay.iso(req.now)
        let day = kioskDate(form[SurveyForm.dateField], wave: wave, today: today)
        if day == nil { errors.add(SurveyForm.dateField, Texts.Monitor.kioskDateInvalid) }
        // paper codes are optional here: the wave's code rule is for online answers
        let parsed = SurveyForm.parse(form, questionnaire: questionnaire, geography: req.geography, codesRequired: false)
        if case let .failure(more) = parsed { for item in more.items { errors.add(item.field, item.message) } }
        guard errors.isEmpty, case let .success(answers) = parsed, let day, let language else { return rerender(errors) }
        var paperAnswers = answers
        paperAnswers.wantsPanelCode = false   // a new personal code can only be shown online
        guard try await SurveyController.store(paperAnswers, wave: wave, channel: channel, day: day,
                                               language: language, req: req, errors: &errors) != nil
        else { return rerender(errors) }
        return .seeOther(.kioskSurvey, query: [(savedParameter, "1")])
    }

    /// The sheet's language: one the questionnaire version is available in; missing = as `defaultLanguage`.
    static func sheetLanguage(_ raw: String?, questionnaire: Questionnaire, page: Language) -> Language? {
        guard let raw, !raw.isEmpty else { return defaultLanguage(questionnaire, page: page) }
        return questionnaire.languages.first { $0.code == raw }
    }

    /// The page's language when the version has it, otherwise German.
    static func defaultLanguage(_ questionnaire: Questionnaire, page: Language) -> Language {
        questionnaire.languages.contains(page) ? page : .german
    }

    /// Set after a saved sheet, so the form says so.
    static let savedParameter = "gespeichert"

    static func isKioskStaff(_ user: CurrentUser) -> Bool { user.has(.kioskStaff) || user.has(.coordinator) }

    /// "TT.MM.JJJJ" or "JJJJ-MM-TT", within the wave and not in the future; empty = today.
    static func kioskDate(_ raw: String?, wave: WaveRow, today: String) -> String? {
        let day: String
        switch FormInput.date(raw ?? "") {
        case let .success(date): day = date.iso
        case .failure(.empty): day = today
        case .failure: return nil
        }
        guard day >= wave.startsOn, day <= today else { return nil }
        return day
    }
}
