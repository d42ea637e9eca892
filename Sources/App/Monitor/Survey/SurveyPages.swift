import Foundation
import Plot

/// Views of the public survey: the questionnaire online, the paper version, the thank-you page, and the kiosk form.
enum SurveyPages {
    static func survey(wave: WaveRow?, questionnaire: Questionnaire?, form: [String: String], errors: FormErrors,
                       geography: GeographySnapshot, context: PageContext) -> HTML {
        guard let wave, let questionnaire else {
            return Layout.page(title: Texts.Monitor.surveyTitle, context: context, main: .group(
                .h1(.text(Texts.Monitor.noWaveHeading)),
                .p(.text(Texts.Monitor.noWave)),
                .p(.text(Texts.Monitor.helpLine))
            ))
        }
        return Layout.page(title: Texts.Monitor.surveyTitle, context: context,
                           description: questionnaire.title, main: .group(
            .h1(.safeText(questionnaire.title)),
            .if(wave.isSample, .p(.class("notice sample-note"), .strong(.text(Texts.sampleBadge + ": ")),
                                  .text(Texts.Monitor.sampleWave))),
            .p(.class("lead"), .safeText(Texts.Monitor.wavePeriod(ContentLanguage.mark(wave.name, .german, reader: context.language), DisplayFormat.isoDate(wave.startsOn),
                                                                   DisplayFormat.isoDate(wave.endsOn)))),
            .forEach(questionnaire.intro) { .p(.safeText($0)) },
            .p(.class("notice"), .text(Texts.Monitor.helpLine)),
            .p(.a(.href(SiteURL.surveyPaper.path), .text(Texts.Monitor.paperLink))),
            FormView.errorSummary(errors),
            .form(
                .method(.post), .action(SiteURL.survey.path), .attribute(named: "novalidate", value: "novalidate"),
                .class("survey-form"),
                FormView.csrfField(context.csrfToken),
                .p(.class("hint"), .text(Texts.Monitor.optionalNote)),
                questions(questionnaire, form: form, errors: errors, geography: geography),
                codeField(wave: wave, form: form, errors: errors),
                panelFields(form: form, errors: errors),
                consentField(questionnaire.consent, form: form, errors: errors),
                FormView.submit(Texts.Monitor.submit)
            )
        ))
    }

    static func kiosk(wave: WaveRow?, questionnaire: Questionnaire?, form: [String: String], errors: FormErrors,
                      saved: Bool, geography: GeographySnapshot, context: PageContext) -> HTML {
        guard let wave, let questionnaire else {
            return Layout.page(title: Texts.Monitor.kioskTitle, context: context, main: .group(
                .h1(.text(Texts.Monitor.kioskTitle)),
                .p(.text(Texts.Monitor.noWave))
            ))
        }
        let channel = form[SurveyForm.channelField] ?? "paper"
        return Layout.page(title: Texts.Monitor.kioskTitle, context: context, main: .group(
            .h1(.text(Texts.Monitor.kioskTitle)),
            .if(saved, .p(.class("notice"), .attribute(named: "role", value: "status"), .text(Texts.Monitor.kioskSaved))),
            .p(.safeText(Texts.Monitor.wavePeriod(ContentLanguage.mark(wave.name, .german, reader: context.language), DisplayFormat.isoDate(wave.startsOn), DisplayFormat.isoDate(wave.endsOn)))),
            .p(.text(Texts.Monitor.kioskIntro)),
            FormView.errorSummary(errors),
            .form(
                .method(.post), .action(SiteURL.kioskSurvey.path), .attribute(named: "novalidate", value: "novalidate"),
                .class("survey-form"),
                FormView.csrfField(context.csrfToken),
                .fieldset(
                    .class("question"),
                    .element(named: "legend", nodes: [.text(Texts.Monitor.kioskChannelLabel)]),
                    .div(.class("choices"),
                         FormView.choice(kind: .radio, id: SurveyForm.channelField, name: SurveyForm.channelField, value: "paper",
                                label: Texts.Monitor.channelPaper, checked: channel == "paper"),
                         FormView.choice(kind: .radio, id: SurveyForm.channelField + "-kiosk", name: SurveyForm.channelField,
                                value: "kiosk", label: Texts.Monitor.channelKiosk, checked: channel == "kiosk"))
                ),
                FormView.input(name: SurveyForm.dateField, label: Texts.Monitor.kioskDateLabel,
                               value: form[SurveyForm.dateField] ?? "", hint: Texts.Monitor.kioskDateHint,
                               autocomplete: "off", required: false, maxLength: 10, errors: errors),
                FormView.select(name: SurveyForm.languageField, label: Texts.Monitor.kioskLanguageLabel,
                                options: questionnaire.languages.map { .init(value: $0.code, label: Texts.Languages.choiceLabel($0)) },
                                selected: form[SurveyForm.languageField] ?? KioskSurveyController.defaultLanguage(
                                    questionnaire, page: context.language).code,
                                placeholder: nil, hint: Texts.Monitor.kioskLanguageHint, errors: errors),
                questions(questionnaire, form: form, errors: errors, geography: geography),
                codeField(wave: wave, form: form, errors: errors),
                FormView.input(name: SurveyForm.panelCodeField, label: Texts.Monitor.panelCodeLabel,
                               value: form[SurveyForm.panelCodeField] ?? "", hint: Texts.Monitor.panelCodeHint,
                               autocomplete: "off", required: false, maxLength: 20, errors: errors),
                consentBox(Texts.Monitor.kioskConsent, form: form, errors: errors),
                FormView.submit(Texts.Monitor.kioskSubmit)
            )
        ))
    }

    // MARK: parts of the form

    static func questions(_ questionnaire: Questionnaire, form: [String: String], errors: FormErrors,
                          geography: GeographySnapshot) -> Node<HTML.FormContext> {
        .forEach(questionnaire.sections) { section in
            .div(
                .class("survey-section"),
                .h2(.safeText(section.heading)),
                .unwrap(section.intro) { .p(.safeText($0)) },
                .forEach(section.questions) { question(
                    $0, form: form, errors: errors, geography: geography) }
            )
        }
    }

    static func question(_ q: Questionnaire.Question, form: [String: String], errors: FormErrors,
                         geography: GeographySnapshot) -> Node<HTML.FormContext> {
        let name = SurveyForm.field(q)
        let error = errors[name]
        switch q.type {
        case .singleChoice, .scale, .multipleChoice:
            let multiple = q.type == .multipleChoice
            let hint = multiple ? [q.hint, Texts.Monitor.multipleHint].compactMap { $0 }.joined(separator: " ") : q.hint
            return .fieldset(
                .class(error == nil ? "question" : "question field-invalid"),
                .unwrap(FormView.describedBy(name, hint: hint.flatMap { $0.isEmpty ? nil : $0 }, error: error)) {
                    .attr("aria-describedby", $0)
                },
                .element(named: "legend", nodes: [.safeText(q.text)]),
                .unwrap(hint.flatMap { $0.isEmpty ? nil : $0 }) { .p(.class("hint"), .id("\(name)-hint"), .safeText($0)) },
                .unwrap(error) { .p(.class("field-error"), .id("\(name)-error"), .safeText($0)) },
                .div(.class(q.type == .scale ? "choices choices-scale" : "choices"),
                     .forEach(Array(q.choices.enumerated())) { optionChoice(q, index: $0.offset, option: $0.element, form: form) })
            )
        case .shortText:
            return FormView.textarea(name: name, label: q.text, value: form[name] ?? "", hint: q.hint, required: false,
                                     maxLength: q.textLimit, rows: 5, errors: errors)
        case .area:
            let street = SurveyForm.streetField(q)
            return .fieldset(
                .class("question"),
                .element(named: "legend", nodes: [.safeText(q.text)]),
                .unwrap(q.hint) { .p(.class("hint"), .safeText($0)) },
                FormView.select(name: name, label: Texts.Monitor.quartierLabel, groups: AccountPages.quartierOptions(geography),
                                selected: form[name], placeholder: Texts.Monitor.quartierPlaceholder,
                                errors: errors, required: false),
                FormView.input(name: street, label: Texts.Monitor.streetLabel, value: form[street] ?? "",
                               hint: Texts.Monitor.streetHint, autocomplete: "off", required: false, maxLength: 100,
                               errors: errors)
            )
        }
    }

    static func optionChoice(_ q: Questionnaire.Question, index: Int, option: Questionnaire.Option,
                             form: [String: String]) -> Node<HTML.FormContext> {
        let name = SurveyForm.field(q)
        let optionName = SurveyForm.field(q, option: option)
        let id = index == 0 ? name : optionName
        if q.type == .multipleChoice {
            return FormView.choice(kind: .checkbox, id: id, name: optionName, value: "ja", label: option.label,
                          checked: !(form[optionName] ?? "").isEmpty)
        }
        return FormView.choice(kind: .radio, id: id, name: name, value: option.key, label: option.label, checked: form[name] == option.key)
    }

    static func codeField(wave: WaveRow, form: [String: String], errors: FormErrors) -> Node<HTML.FormContext> {
        FormView.input(name: SurveyForm.codeField, label: Texts.Monitor.codeLabel, value: form[SurveyForm.codeField] ?? "",
                       hint: wave.codesRequired ? Texts.Monitor.codeHintRequired : Texts.Monitor.codeHintOptional,
                       autocomplete: "off", required: wave.codesRequired, maxLength: 20, errors: errors)
    }

    static func panelFields(form: [String: String], errors: FormErrors) -> Node<HTML.FormContext> {
        .fieldset(
            .class("question"),
            .element(named: "legend", nodes: [.text(Texts.Monitor.panelHeading)]),
            .p(.class("hint"), .text(Texts.Monitor.panelIntro)),
            .div(.class("choices"),
                 FormView.choice(kind: .checkbox, id: SurveyForm.panelNewField, name: SurveyForm.panelNewField, value: "ja",
                        label: Texts.Monitor.panelNew, checked: !(form[SurveyForm.panelNewField] ?? "").isEmpty)),
            FormView.input(name: SurveyForm.panelCodeField, label: Texts.Monitor.panelCodeLabel,
                           value: form[SurveyForm.panelCodeField] ?? "", hint: Texts.Monitor.panelCodeHint,
                           autocomplete: "off", required: false, maxLength: 20, errors: errors)
        )
    }

    static func consentField(_ text: String, form: [String: String], errors: FormErrors) -> Node<HTML.FormContext> {
        .fieldset(
            .class(errors[SurveyForm.consentField] == nil ? "question consent" : "question consent field-invalid"),
            .element(named: "legend", nodes: [.text(Texts.Monitor.consentHeading)]),
            consentBox(text, form: form, errors: errors)
        )
    }

    static func consentBox(_ text: String, form: [String: String], errors: FormErrors) -> Node<HTML.FormContext> {
        .div(
            .class(errors[SurveyForm.consentField] == nil ? "field" : "field field-invalid"),
            .unwrap(errors[SurveyForm.consentField]) {
                .p(.class("field-error"), .id("\(SurveyForm.consentField)-error"), .safeText($0))
            },
            FormView.choice(kind: .checkbox, id: SurveyForm.consentField, name: SurveyForm.consentField, value: "ja",
                   label: text, checked: !(form[SurveyForm.consentField] ?? "").isEmpty)
        )
    }
}
