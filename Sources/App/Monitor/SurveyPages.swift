import Foundation
import Plot

/// Views of the public survey: the questionnaire online, the paper version, the thank-you page, and the kiosk form.
enum SurveyPages {
    enum Mode { case online, kiosk }

    static func survey(wave: WaveRecord?, questionnaire: Questionnaire?, form: [String: String], errors: FormErrors,
                       geography: GeographySnapshot, context: PageContext) -> HTML {
        guard let wave, let questionnaire else {
            return Layout.page(title: German.Monitor.surveyTitle, context: context, main: .group(
                .h1(.text(German.Monitor.noWaveHeading)),
                .p(.text(German.Monitor.noWave)),
                .p(.text(German.Monitor.helpLine))
            ))
        }
        return Layout.page(title: German.Monitor.surveyTitle, context: context,
                           description: questionnaire.title, main: .group(
            .h1(.safeText(questionnaire.title)),
            .if(wave.isSample, .p(.class("notice sample-note"), .strong(.text(German.sampleBadge + ": ")),
                                  .text("Diese Befragungswelle ist ein Beispiel."))),
            .p(.class("lead"), .safeText(German.Monitor.wavePeriod(wave.name, GermanFormat.isoDate(wave.startsOn),
                                                                   GermanFormat.isoDate(wave.endsOn)))),
            .forEach(questionnaire.intro) { .p(.safeText($0)) },
            .p(.class("notice"), .text(German.Monitor.helpLine)),
            .p(.a(.href(SiteURL.surveyPaper.path), .text(German.Monitor.paperLink))),
            FormView.errorSummary(errors),
            .form(
                .method(.post), .action(SiteURL.survey.path), .attribute(named: "novalidate", value: "novalidate"),
                .class("survey-form"),
                FormView.csrfField(context.csrfToken),
                .p(.class("hint"), .text(German.Monitor.optionalNote)),
                questions(questionnaire, form: form, errors: errors, geography: geography),
                codeField(wave: wave, form: form, errors: errors),
                panelFields(form: form, errors: errors),
                consentField(questionnaire.consent, form: form, errors: errors),
                FormView.submit(German.Monitor.submit)
            )
        ))
    }

    static func kiosk(wave: WaveRecord?, questionnaire: Questionnaire?, form: [String: String], errors: FormErrors,
                      saved: Bool, geography: GeographySnapshot, context: PageContext) -> HTML {
        guard let wave, let questionnaire else {
            return Layout.page(title: German.Monitor.kioskTitle, context: context, main: .group(
                .h1(.text(German.Monitor.kioskTitle)),
                .p(.text(German.Monitor.noWave))
            ))
        }
        let channel = form[SurveyForm.channelField] ?? "paper"
        return Layout.page(title: German.Monitor.kioskTitle, context: context, main: .group(
            .h1(.text(German.Monitor.kioskTitle)),
            .if(saved, .p(.class("notice"), .attribute(named: "role", value: "status"), .text(German.Monitor.kioskSaved))),
            .p(.safeText(German.Monitor.wavePeriod(wave.name, GermanFormat.isoDate(wave.startsOn), GermanFormat.isoDate(wave.endsOn)))),
            .p(.text(German.Monitor.kioskIntro)),
            FormView.errorSummary(errors),
            .form(
                .method(.post), .action(SiteURL.kioskSurvey.path), .attribute(named: "novalidate", value: "novalidate"),
                .class("survey-form"),
                FormView.csrfField(context.csrfToken),
                .fieldset(
                    .class("question"),
                    .element(named: "legend", nodes: [.text(German.Monitor.kioskChannelLabel)]),
                    .div(.class("choices"),
                         choice(type: "radio", id: SurveyForm.channelField, name: SurveyForm.channelField, value: "paper",
                                label: German.Monitor.channelPaper, checked: channel == "paper"),
                         choice(type: "radio", id: SurveyForm.channelField + "-kiosk", name: SurveyForm.channelField,
                                value: "kiosk", label: German.Monitor.channelKiosk, checked: channel == "kiosk"))
                ),
                FormView.input(name: SurveyForm.dateField, label: German.Monitor.kioskDateLabel,
                               value: form[SurveyForm.dateField] ?? "", hint: German.Monitor.kioskDateHint,
                               autocomplete: "off", required: false, maxLength: 10, errors: errors),
                questions(questionnaire, form: form, errors: errors, geography: geography),
                codeField(wave: wave, form: form, errors: errors),
                FormView.input(name: SurveyForm.panelCodeField, label: German.Monitor.panelCodeLabel,
                               value: form[SurveyForm.panelCodeField] ?? "", hint: German.Monitor.panelCodeHint,
                               autocomplete: "off", required: false, maxLength: 20, errors: errors),
                consentBox(German.Monitor.kioskConsent, form: form, errors: errors),
                FormView.submit(German.Monitor.kioskSubmit)
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
            let hint = multiple ? [q.hint, German.Monitor.multipleHint].compactMap { $0 }.joined(separator: " ") : q.hint
            let describedBy = [hint != nil && hint != "" ? "\(name)-hint" : nil, error != nil ? "\(name)-error" : nil]
                .compactMap { $0 }.joined(separator: " ")
            return .fieldset(
                .class(error == nil ? "question" : "question field-invalid"),
                .if(!describedBy.isEmpty, .attribute(named: "aria-describedby", value: describedBy)),
                .element(named: "legend", nodes: [.safeText(q.text)]),
                .unwrap(hint.flatMap { $0.isEmpty ? nil : $0 }) { .p(.class("hint"), .id("\(name)-hint"), .safeText($0)) },
                .unwrap(error) { .p(.class("field-error"), .id("\(name)-error"), .safeText($0)) },
                .div(.class(q.type == .scale ? "choices choices-scale" : "choices"),
                     .forEach(Array(q.choices.enumerated())) { optionChoice(q, index: $0.offset, option: $0.element, form: form) })
            )
        case .shortText:
            let describedBy = [q.hint != nil ? "\(name)-hint" : nil, error != nil ? "\(name)-error" : nil]
                .compactMap { $0 }.joined(separator: " ")
            return .div(
                .class(error == nil ? "field field-wide" : "field field-wide field-invalid"),
                .label(.for(name), .safeText(q.text), .span(.class("optional"), .text(" (freiwillig)"))),
                .unwrap(q.hint) { .p(.class("hint"), .id("\(name)-hint"), .safeText($0)) },
                .unwrap(error) { .p(.class("field-error"), .id("\(name)-error"), .safeText($0)) },
                .textarea(.attr("id", name), .attr("name", name), .attribute(named: "rows", value: "5"),
                          .attr("maxlength", String(q.textLimit)),
                          .if(error != nil, .attribute(named: "aria-invalid", value: "true")),
                          .if(!describedBy.isEmpty, .attribute(named: "aria-describedby", value: describedBy)),
                          .safeText(form[name] ?? ""))
            )
        case .area:
            let street = SurveyForm.streetField(q)
            return .fieldset(
                .class("question"),
                .element(named: "legend", nodes: [.safeText(q.text)]),
                .unwrap(q.hint) { .p(.class("hint"), .safeText($0)) },
                FormView.select(name: name, label: "Quartier", groups: AccountPages.quartierOptions(geography),
                                selected: form[name], placeholder: German.Monitor.quartierPlaceholder,
                                errors: errors, required: false),
                FormView.input(name: street, label: German.Monitor.streetLabel, value: form[street] ?? "",
                               hint: German.Monitor.streetHint, autocomplete: "off", required: false, maxLength: 100,
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
            return choice(type: "checkbox", id: id, name: optionName, value: "ja", label: option.label,
                          checked: !(form[optionName] ?? "").isEmpty)
        }
        return choice(type: "radio", id: id, name: name, value: option.key, label: option.label, checked: form[name] == option.key)
    }

    static func choice(type: String, id: String, name: String, value: String, label: String,
                       checked: Bool) -> Node<HTML.FormContext> {
        .div(.class("choice"),
             .selfClosedElement(named: "input", attributes: [
                Attribute(name: "type", value: type), Attribute(name: "id", value: HTMLEscape.text(id)),
                Attribute(name: "name", value: HTMLEscape.text(name)), Attribute(name: "value", value: HTMLEscape.text(value)),
             ] + (checked ? [Attribute(name: "checked", value: "checked")] : [])),
             .label(.attr("for", id), .safeText(label)))
    }

    static func codeField(wave: WaveRecord, form: [String: String], errors: FormErrors) -> Node<HTML.FormContext> {
        FormView.input(name: SurveyForm.codeField, label: German.Monitor.codeLabel, value: form[SurveyForm.codeField] ?? "",
                       hint: wave.codesRequired ? German.Monitor.codeHintRequired : German.Monitor.codeHintOptional,
                       autocomplete: "off", required: wave.codesRequired, maxLength: 20, errors: errors)
    }

    static func panelFields(form: [String: String], errors: FormErrors) -> Node<HTML.FormContext> {
        .fieldset(
            .class("question"),
            .element(named: "legend", nodes: [.text(German.Monitor.panelHeading)]),
            .p(.class("hint"), .text(German.Monitor.panelIntro)),
            .div(.class("choices"),
                 choice(type: "checkbox", id: SurveyForm.panelNewField, name: SurveyForm.panelNewField, value: "ja",
                        label: German.Monitor.panelNew, checked: !(form[SurveyForm.panelNewField] ?? "").isEmpty)),
            FormView.input(name: SurveyForm.panelCodeField, label: German.Monitor.panelCodeLabel,
                           value: form[SurveyForm.panelCodeField] ?? "", hint: German.Monitor.panelCodeHint,
                           autocomplete: "off", required: false, maxLength: 20, errors: errors)
        )
    }

    static func consentField(_ text: String, form: [String: String], errors: FormErrors) -> Node<HTML.FormContext> {
        .fieldset(
            .class(errors[SurveyForm.consentField] == nil ? "question consent" : "question consent field-invalid"),
            .element(named: "legend", nodes: [.text(German.Monitor.consentHeading)]),
            consentBox(text, form: form, errors: errors)
        )
    }

    static func consentBox(_ text: String, form: [String: String], errors: FormErrors) -> Node<HTML.FormContext> {
        .div(
            .class(errors[SurveyForm.consentField] == nil ? "field" : "field field-invalid"),
            .unwrap(errors[SurveyForm.consentField]) {
                .p(.class("field-error"), .id("\(SurveyForm.consentField)-error"), .safeText($0))
            },
            choice(type: "checkbox", id: SurveyForm.consentField, name: SurveyForm.consentField, value: "ja",
                   label: text, checked: !(form[SurveyForm.consentField] ?? "").isEmpty)
        )
    }

    // MARK: paper

    static func paper(wave: WaveRecord?, questionnaire: Questionnaire?, context: PageContext) -> HTML {
        guard let wave, let questionnaire else {
            return Layout.page(title: German.Monitor.paperTitle, context: context, main: .group(
                .h1(.text(German.Monitor.noWaveHeading)), .p(.text(German.Monitor.noWave))))
        }
        return Layout.page(title: German.Monitor.paperTitle, context: context, main: .div(
            .class("paper"),
            .p(.class("screen-only"), .text(German.Monitor.printHint)),
            .h1(.safeText(questionnaire.title)),
            .p(.class("lead"), .safeText(German.Monitor.wavePeriod(wave.name, GermanFormat.isoDate(wave.startsOn),
                                                                   GermanFormat.isoDate(wave.endsOn)))),
            .forEach(questionnaire.intro) { .p(.safeText($0)) },
            .p(.text(German.Monitor.paperIntro)),
            .p(.text(German.Monitor.helpLine)),
            .p(.class("paper-line"), .text(German.Monitor.paperCodeLine)),
            .forEach(questionnaire.sections) { section in
                .section(
                    .class("paper-section"),
                    .h2(.safeText(section.heading)),
                    .unwrap(section.intro) { .p(.safeText($0)) },
                    .forEach(section.questions) { paperQuestion($0) }
                )
            },
            .section(
                .class("paper-section"),
                .h2(.text(German.Monitor.panelHeading)),
                .p(.text(German.Monitor.panelIntro)),
                .p(.class("paper-line"), .text(German.Monitor.panelCodeLabel + ": ______________________")),
                .p(.class("hint"), .text(German.Monitor.panelPaperNote))
            ),
            .section(
                .class("paper-section"),
                .h2(.text(German.Monitor.consentHeading)),
                .ul(.class("paper-options"), .li(.safeText("☐ " + questionnaire.consent)))
            )
        ))
    }

    static func paperQuestion(_ q: Questionnaire.Question) -> Node<HTML.BodyContext> {
        switch q.type {
        case .singleChoice, .scale, .multipleChoice:
            return .div(
                .class("paper-question"),
                .p(.class("paper-text"), .strong(.safeText(q.text))),
                .if(q.type == .multipleChoice, .p(.class("hint"), .text(German.Monitor.multipleHint))),
                .ul(.class(q.type == .scale ? "paper-options paper-scale" : "paper-options"),
                    .forEach(q.choices) { .li(.safeText("☐ " + $0.label)) })
            )
        case .shortText:
            return .div(
                .class("paper-question"),
                .p(.class("paper-text"), .strong(.safeText(q.text))),
                .unwrap(q.hint) { .p(.class("hint"), .safeText($0)) },
                .forEach(0..<German.Monitor.paperTextLines) { _ in .p(.class("paper-line"), .text(String(repeating: "_", count: 60))) }
            )
        case .area:
            return .div(
                .class("paper-question"),
                .p(.class("paper-text"), .strong(.safeText(q.text))),
                .p(.class("paper-line"), .text(German.Monitor.paperAreaLine))
            )
        }
    }

    // MARK: thanks

    static func thanks(panelCode: String?, context: PageContext) -> HTML {
        Layout.page(title: German.Monitor.thanksTitle, context: context, main: .group(
            .h1(.text(German.Monitor.thanksTitle)),
            .p(.class("lead"), .text(German.Monitor.thanksText)),
            .unwrap(panelCode) { code in
                .section(
                    .class("card"), .attribute(named: "aria-labelledby", value: "panel-code"),
                    .h2(.id("panel-code"), .text(German.Monitor.panelCodeHeading)),
                    .p(.class("panel-code"), .safeText(code)),
                    .p(.text(German.Monitor.panelCodeShown))
                )
            },
            .p(.text(German.Monitor.thanksNext)),
            .p(.a(.href(SiteURL.home.path), .text(German.Errors.backHome))),
            .p(.text(German.Monitor.helpLine))
        ))
    }
}
