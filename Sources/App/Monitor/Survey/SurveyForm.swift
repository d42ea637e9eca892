import Foundation
import GemeinsamCore

/// Reading a submitted questionnaire: field names, validation with German messages, and the scores of one answer.
///
/// Field names: `q-KEY` for single choice, scale, free text and the Quartier list (`q-quartier`, plus
/// `q-quartier-strasse` for the street); `q-KEY-OPTION` (value „ja“) for each box of a multiple choice.
enum SurveyForm {
    static func field(_ question: Questionnaire.Question) -> String { "q-" + question.key }
    static func field(_ question: Questionnaire.Question, option: Questionnaire.Option) -> String {
        "q-" + question.key + "-" + option.key
    }
    static func streetField(_ question: Questionnaire.Question) -> String { field(question) + "-strasse" }

    static let consentField = "einwilligung"
    static let codeField = "zugangscode"
    static let panelNewField = "panel-neu"
    static let panelCodeField = "panel-code"
    static let channelField = "weg"
    static let dateField = "datum"
    /// Kiosk entry: the language of the sheet or conversation (a catalog code).
    static let languageField = "sprache"

    struct Parsed: Sendable {
        var answers = SurveyAnswers()
        var areaID: Int?
        var freeTexts: [(key: String, text: String)] = []
        /// Normalized one-time code, when one was typed.
        var code: String?
        var wantsPanelCode = false
        /// Normalized personal code of an earlier wave, when one was typed.
        var panelCode: String?
    }

    /// Validates the form against the questionnaire. `consentRequired`: the online form's checkbox (the kiosk form
    /// has its own confirmation with the same field name).
    static func parse(_ form: [String: String], questionnaire: Questionnaire, geography: GeographySnapshot,
                      codesRequired: Bool) -> Result<Parsed, FormErrors> {
        var errors = FormErrors()
        var parsed = Parsed()
        func value(_ name: String) -> String { (form[name] ?? "").trimmingCharacters(in: .whitespacesAndNewlines) }
        // bytes that were not UTF-8 arrive as U+FFFD
        for (name, text) in form.sorted(by: { $0.key < $1.key }) where text.unicodeScalars.contains("\u{FFFD}") {
            errors.add(name, Texts.Monitor.invalidEncoding)
        }

        for question in questionnaire.questions {
            let name = field(question)
            switch question.type {
            case .singleChoice, .scale:
                let chosen = value(name)
                if chosen.isEmpty {
                    if question.isRequired { errors.add(name, Texts.Monitor.requiredAnswer(question.text)) }
                } else if question.choices.contains(where: { $0.key == chosen }) {
                    parsed.answers.values[question.key] = [chosen]
                } else {
                    errors.add(name, Texts.Monitor.invalidChoice)
                }
            case .multipleChoice:
                let chosen = question.choices.filter { !value(field(question, option: $0)).isEmpty }.map(\.key)
                if !chosen.isEmpty { parsed.answers.values[question.key] = chosen }
                else if question.isRequired { errors.add(name, Texts.Monitor.requiredAnswer(question.text)) }
            case .shortText:
                switch TextInput.clean(form[name], maxLength: question.textLimit, multiline: true) {
                case let .success(text): parsed.freeTexts.append((question.key, text))
                case .failure(.empty):
                    if question.isRequired { errors.add(name, Texts.Monitor.requiredAnswer(question.text)) }
                case let .failure(problem): errors.add(name, TextInput.message(problem, field: Texts.Monitor.freeTextWhat))
                }
            case .area:
                let slug = value(name)
                if !slug.isEmpty {
                    if let area = geography.area(kind: .statisticalDistrict, slug: slug) {
                        parsed.areaID = area.id
                    } else {
                        errors.add(name, Texts.Monitor.invalidChoice)
                    }
                } else {
                    switch TextInput.clean(form[streetField(question)], maxLength: 100) {
                    case let .success(street):
                        let hits = geography.lookup(street: street, limit: 3)
                        if let hit = hits.first(where: \.exact) ?? (hits.count == 1 ? hits.first : nil) {
                            if hit.quartiere.count == 1 {
                                parsed.areaID = hit.quartiere[0].quartier.id
                            } else {
                                errors.add(name, Texts.Monitor.streetAmbiguous(hit.street))
                            }
                        } else {
                            errors.add(streetField(question), Texts.Monitor.streetUnknown)
                        }
                    case .failure(.empty):
                        if question.isRequired { errors.add(name, Texts.Monitor.requiredAnswer(question.text)) }
                    case let .failure(problem):
                        errors.add(streetField(question), TextInput.message(problem, field: Texts.Monitor.streetWhat))
                    }
                }
            }
        }

        let codeText = value(codeField)
        if codeText.isEmpty {
            if codesRequired { errors.add(codeField, Texts.Monitor.codeMissing) }
        } else if let code = SurveyCode.normalize(codeText, length: SurveyCode.oneTimeLength) {
            parsed.code = code
        } else {
            errors.add(codeField, Texts.Monitor.codeInvalid)
        }
        parsed.wantsPanelCode = !value(panelNewField).isEmpty
        let panelText = value(panelCodeField)
        if !panelText.isEmpty {
            if let code = SurveyCode.normalize(panelText, length: SurveyCode.panelLength) {
                parsed.panelCode = code
            } else {
                errors.add(panelCodeField, Texts.Monitor.panelCodeInvalid)
            }
        }
        if value(consentField).isEmpty { errors.add(consentField, Texts.Monitor.consentMissing) }
        return errors.isEmpty ? .success(parsed) : .failure(errors)
    }
}
