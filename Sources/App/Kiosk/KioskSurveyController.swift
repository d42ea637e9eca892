import Foundation
import Vapor

/// Survey answers from paper or from a visitor at the kiosk, typed in by kiosk staff (`/kiosk/umfrage`).
enum KioskSurveyController {

    static func requireKiosk(_ req: Request) throws -> CurrentUser? {
        guard let user = req.currentUser else { return nil }
        guard user.has(.kioskStaff) || user.has(.coordinator) else { throw Abort(.forbidden) }
        return user
    }

    @Sendable static func form(req: Request) async throws -> Response {
        guard try requireKiosk(req) != nil else { return AccountController.loginRedirect(req) }
        let current = try await SurveyController.current(req)
        let saved = (try? req.query.get(String.self, at: "gespeichert")) == "1"
        return SurveyPages.kiosk(wave: current?.0, questionnaire: current?.1.definition, form: [:], errors: FormErrors(),
                                 saved: saved, geography: req.geography, context: req.pageContext).response()
    }

    @Sendable static func submit(req: Request) async throws -> Response {
        guard try requireKiosk(req) != nil else { return AccountController.loginRedirect(req) }
        guard let (wave, questionnaire) = try await SurveyController.current(req) else {
            throw GermanError(status: .notFound, reason: German.Monitor.noWave)
        }
        let form = try req.content.decode([String: String].self)
        func rerender(_ errors: FormErrors) -> Response {
            SurveyPages.kiosk(wave: wave, questionnaire: questionnaire.definition, form: form, errors: errors, saved: false,
                              geography: req.geography, context: req.pageContext).response(.unprocessableEntity)
        }
        var errors = FormErrors()
        let channel: SurveyQueries.Channel = form[SurveyForm.channelField] == "kiosk" ? .kiosk : .paper
        if let raw = form[SurveyForm.channelField], !["kiosk", "paper"].contains(raw) {
            errors.add(SurveyForm.channelField, German.Monitor.invalidChoice)
        }
        let day = kioskDate(form[SurveyForm.dateField], wave: wave)
        if day == nil { errors.add(SurveyForm.dateField, German.Monitor.kioskDateInvalid) }
        // paper codes are optional here: the wave's code rule is for online answers
        let parsed = SurveyForm.parse(form, questionnaire: questionnaire.definition, geography: req.geography,
                                      codesRequired: false)
        if case let .failure(more) = parsed { for item in more.items { errors.add(item.field, item.message) } }
        guard errors.isEmpty, case let .success(answers) = parsed, let day else { return rerender(errors) }
        var paperAnswers = answers
        paperAnswers.wantsPanelCode = false   // a new personal code can only be shown online
        guard try await SurveyController.store(paperAnswers, wave: wave, channel: channel, day: day, req: req, errors: &errors) != nil else {
            return rerender(errors)
        }
        return req.redirect(to: SiteURL.kioskSurvey.path + "?gespeichert=1", redirectType: .normal)
    }

    /// "TT.MM.JJJJ" or "JJJJ-MM-TT", within the wave and not in the future; empty = today.
    static func kioskDate(_ raw: String?, wave: WaveRecord) -> String? {
        let text = (raw ?? "").trimmingCharacters(in: .whitespaces)
        let today = SurveyController.today()
        var iso = today
        if !text.isEmpty {
            guard let parsed = MonitorFormat.isoDate(fromGerman: text) else { return nil }
            iso = parsed
        }
        guard iso >= wave.startsOn, iso <= today else { return nil }
        return iso
    }
}
