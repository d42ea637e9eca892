import Foundation
import GemeinsamCore
import Vapor

/// The public survey (no account), its paper version, and storing answers (also for the kiosk entry).
///
/// Privacy: these handlers never touch the session, never log, and store only what the response table holds
/// (wave, date, channel, Quartier, answers). One-time codes are marked used on their own row.
enum SurveyController {
    /// The wave open today with its questionnaire, in the page's language (`Questionnaire.localized(to:)`).
    static func current(_ req: Request) async throws -> (wave: WaveRow, questionnaire: Questionnaire)? {
        guard let wave = try await WaveQueries.current(day: SurveyDay.iso(req.now), on: req.sql),
              let questionnaire = try await QuestionnaireQueries.find(wave.questionnaireID, on: req.sql)?.questionnaire
        else { return nil }
        return (wave, questionnaire.localized(to: req.language))
    }

    @Sendable static func form(req: Request) async throws -> Response {
        let current = try await current(req)
        return SurveyPages.survey(wave: current?.wave, questionnaire: current?.questionnaire, form: [:],
                                  errors: FormErrors(), geography: req.geography, context: req.pageContext).response()
    }

    @Sendable static func submit(req: Request) async throws -> Response {
        guard let (wave, questionnaire) = try await current(req) else {
            throw GermanError(status: .notFound, reason: Texts.Monitor.noWave)
        }
        let form = try req.content.decode([String: String].self)
        func rerender(_ errors: FormErrors) -> Response {
            SurveyPages.survey(wave: wave, questionnaire: questionnaire, form: form, errors: errors,
                               geography: req.geography, context: req.pageContext).response(.unprocessableEntity)
        }
        switch SurveyForm.parse(form, questionnaire: questionnaire, geography: req.geography,
                                codesRequired: wave.codesRequired) {
        case let .failure(errors):
            return rerender(errors)
        case let .success(parsed):
            if let until = try await SurveyThrottle.refusal(req, wave: wave) {
                throw RegistrationController.tooMany(Texts.Monitor.surveyTooMany, until: until, now: req.now)
            }
            var errors = FormErrors()
            let day = SurveyDay.iso(req.now)
            guard let stored = try await store(parsed, wave: wave, channel: .online, day: day, language: req.language,
                                             req: req, errors: &errors)
            else { return rerender(errors) }
            if let panelCode = stored.newPanelCode {
                return SurveyPages.thanks(panelCode: panelCode, context: req.pageContext).response()
            }
            return .seeOther(.surveyThanks)
        }
    }

    struct Stored: Sendable {
        /// The new personal panel code, when one was asked for.
        var newPanelCode: String?
    }

    /// Saves a parsed response; nil (with `errors`) when a code is wrong.
    static func store(_ parsed: SurveyForm.Parsed, wave: WaveRow, channel: SurveyChannel, day: String,
                      language: Language, req: Request, errors: inout FormErrors) async throws -> Stored? {
        let salt = try await Settings.salt(on: req.sql)
        var panelHash: String?
        var newPanelCode: String?
        if let code = parsed.panelCode {
            let hash = SurveyCode.hash(code, purpose: .panel, salt: salt)
            guard try await ResponseQueries.panelHashKnown(hash, on: req.sql) else {
                errors.add(SurveyForm.panelCodeField, Texts.Monitor.panelCodeInvalid)
                return nil
            }
            panelHash = hash
        } else if parsed.wantsPanelCode {
            let code = SurveyCode.make(length: SurveyCode.panelLength)
            newPanelCode = code
            panelHash = SurveyCode.hash(SurveyCode.normalize(code, length: SurveyCode.panelLength)!, purpose: .panel,
                                        salt: salt)
        }
        let response = ResponseQueries.NewResponse(
            row: ResponseRow(waveID: wave.id, answeredOn: day, channel: channel, areaID: parsed.areaID,
                             answers: parsed.answers, language: language.code),
            freeTexts: parsed.freeTexts,
            codeHash: parsed.code.map { SurveyCode.hash($0, purpose: .oneTime, salt: salt) },
            panel: panelHash.map { ResponseQueries.PanelEntry(hash: $0, scores: ResponseScores(parsed.answers)) })
        switch try await ResponseQueries.submit(response, on: req.db) {
        case .saved: return Stored(newPanelCode: newPanelCode)
        case .codeInvalid:
            errors.add(SurveyForm.codeField, Texts.Monitor.codeInvalid)
            return nil
        case .panelCodeUsed:
            errors.add(SurveyForm.panelCodeField, Texts.Monitor.panelCodeUsed)
            return nil
        }
    }

    @Sendable static func thanks(req: Request) async throws -> Response {
        SurveyPages.thanks(panelCode: nil, context: req.pageContext).response()
    }

    @Sendable static func paper(req: Request) async throws -> Response {
        let current = try await current(req)
        return SurveyPages.paper(wave: current?.wave, questionnaire: current?.questionnaire, context: req.pageContext)
            .response()
    }
}
