import Foundation
import GemeinsamCore
import Vapor

/// The public survey (no account), its paper version, and the kiosk entry of paper questionnaires.
///
/// Privacy: these handlers never touch the session, never log, and store only what the response table holds
/// (wave, date, channel, Quartier, answers). One-time codes are marked used on their own row.
enum SurveyController {
    static func today() -> String {
        EuropeBerlinTime.localDateTime(at: Date())?.date.iso ?? "1970-01-01"
    }

    static func current(_ req: Request) async throws -> (WaveRecord, QuestionnaireRecord)? {
        guard let wave = try await SurveyQueries.currentWave(day: today(), on: req.sql),
              let questionnaire = try await SurveyQueries.questionnaire(id: wave.questionnaireID, on: req.sql)
        else { return nil }
        return (wave, questionnaire)
    }

    @Sendable static func form(req: Request) async throws -> Response {
        let current = try await current(req)
        return SurveyPages.survey(wave: current?.0, questionnaire: current?.1.definition, form: [:], errors: FormErrors(),
                                  geography: req.geography, context: req.pageContext).response()
    }

    @Sendable static func submit(req: Request) async throws -> Response {
        guard let (wave, questionnaire) = try await current(req) else {
            throw GermanError(status: .notFound, reason: German.Monitor.noWave)
        }
        let form = try req.content.decode([String: String].self)
        func rerender(_ errors: FormErrors) -> Response {
            SurveyPages.survey(wave: wave, questionnaire: questionnaire.definition, form: form, errors: errors,
                               geography: req.geography, context: req.pageContext).response(.unprocessableEntity)
        }
        switch SurveyForm.parse(form, questionnaire: questionnaire.definition, geography: req.geography,
                                codesRequired: wave.codesRequired) {
        case let .failure(errors):
            return rerender(errors)
        case let .success(parsed):
            var errors = FormErrors()
            let outcome = try await store(parsed, wave: wave, channel: .online, day: today(), req: req, errors: &errors)
            guard let outcome else { return rerender(errors) }
            if let panelCode = outcome {
                return SurveyPages.thanks(panelCode: panelCode, context: req.pageContext).response()
            }
            return req.redirect(to: SiteURL.surveyThanks.path, redirectType: .normal)
        }
    }

    /// Saves a parsed response. Returns nil (with `errors`) when a code is wrong; otherwise the new personal
    /// panel code when one was asked for (`.some(nil)` when none).
    static func store(_ parsed: SurveyForm.Parsed, wave: WaveRecord, channel: SurveyQueries.Channel, day: String,
                      req: Request, errors: inout FormErrors) async throws -> String?? {
        let salt = try await Settings.salt(on: req.sql)
        let scores = ResponseScores(parsed.answers)
        var panelHash: String?
        var newPanelCode: String?
        if let code = parsed.panelCode {
            let hash = SurveyQueries.hash(code: code, purpose: "panel", salt: salt)
            if try await SurveyQueries.panelHashKnown(hash, on: req.sql) {
                panelHash = hash
            } else {
                errors.add(SurveyForm.panelCodeField, German.Monitor.panelCodeInvalid)
                return nil
            }
        } else if parsed.wantsPanelCode {
            let code = SurveyQueries.newCode(length: SurveyForm.panelCodeLength)
            newPanelCode = code
            panelHash = SurveyQueries.hash(code: SurveyQueries.normalizeCode(code, length: SurveyForm.panelCodeLength)!,
                                           purpose: "panel", salt: salt)
        }
        let response = SurveyQueries.NewResponse(
            waveID: wave.id, answeredOn: day, channel: channel, areaID: parsed.areaID, answers: parsed.answers,
            freeTexts: parsed.freeTexts,
            codeHash: parsed.code.map { SurveyQueries.hash(code: $0, purpose: "code", salt: salt) },
            panel: panelHash.map { SurveyQueries.PanelEntry(hash: $0, uclaMean: scores.ucla.mean, uclaBurdened: scores.ucla.burdened,
                                                            djgTotal: scores.djg.total, direct: scores.direct?.rawValue) })
        switch try await SurveyQueries.submit(response, on: req.db) {
        case .saved: return .some(newPanelCode)
        case .codeInvalid:
            errors.add(SurveyForm.codeField, German.Monitor.codeInvalid)
            return nil
        case .panelCodeUsed:
            errors.add(SurveyForm.panelCodeField, German.Monitor.panelCodeUsed)
            return nil
        }
    }

    @Sendable static func thanks(req: Request) async throws -> Response {
        SurveyPages.thanks(panelCode: nil, context: req.pageContext).response()
    }

    @Sendable static func paper(req: Request) async throws -> Response {
        let current = try await current(req)
        return SurveyPages.paper(wave: current?.0, questionnaire: current?.1.definition, context: req.pageContext).response()
    }
}
