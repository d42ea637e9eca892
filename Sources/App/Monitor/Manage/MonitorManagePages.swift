import Foundation
import GemeinsamCore
import Plot

/// The management page (waves, weighting, one-time codes, population margins, questionnaire versions) and the
/// page that shows new one-time codes once.
enum MonitorManagePages {
    typealias T = Texts.MonitorManage

    struct Model {
        var questionnaires: [QuestionnaireRow]
        var waves: [WaveRow]
        var marginSets: [MarginSetRow]
        /// Answers per wave.
        var answers: [UUID: Int]
        var batches: [UUID: [CodeBatch]]

        var waveOptions: [FormView.OptionGroup] {
            [.init(label: T.wavesGroup, options: waves.map { .init(value: $0.id.uuidString, label: $0.name) })]
        }

        var marginOptions: [FormView.OptionGroup] {
            [.init(label: T.marginSetsGroup, options: marginSets.map {
                .init(value: $0.id.uuidString, label: T.marginSetOption($0.name, asOf: DisplayFormat.isoDate($0.asOf)))
            })]
        }
    }

    static func page(_ m: Model, forms: MonitorManageController.Forms, errors: FormErrors, notice: String?,
                     context: PageContext) -> HTML {
        Layout.page(title: Texts.Monitor.manageTitle, context: context, main: .group(
            .h1(.text(Texts.Monitor.manageTitle)),
            MonitorPages.subnav(MonitorQuery(wave: nil, outcome: .ucla, area: nil), isCoordinator: true, pending: 0),
            .statusNotice(notice),
            FormView.errorSummary(errors),
            wavesSection(m),
            newWaveSection(m, form: forms.wave, errors: errors, csrfToken: context.csrfToken),
            weightingSection(m, form: forms.weighting, errors: errors, csrfToken: context.csrfToken),
            codesSection(m, form: forms.codes, errors: errors, csrfToken: context.csrfToken),
            marginsSection(m, form: forms.margins, errors: errors, csrfToken: context.csrfToken),
            questionnairesSection(m, form: forms.version, errors: errors, csrfToken: context.csrfToken)
        ))
    }

    static func wavesSection(_ m: Model) -> Node<HTML.BodyContext> {
        let versions = Dictionary(m.questionnaires.map { ($0.id, T.version($0.version)) }, uniquingKeysWith: { a, _ in a })
        let setNames = Dictionary(m.marginSets.map { ($0.id, $0.name) }, uniquingKeysWith: { a, _ in a })
        return .section(
            .attribute(named: "aria-labelledby", value: "wellen"),
            .h2(.id("wellen"), .text(Texts.Monitor.wavesHeading)),
            .if(m.waves.isEmpty, .p(.class("empty-state"), .text(T.noWaves))),
            .if(!m.waves.isEmpty, .div(.class("table-scroll"), .scrollRegion(T.wavesTableLabel), .table(
                .class("data data-wide"),
                .caption(.text(T.wavesCaption)),
                .thead(.tr(.columnHeader(T.nameColumn), .columnHeader(T.periodColumn), .columnHeader(T.questionnaireColumn),
                           .columnHeader(T.weightingColumn), .columnHeader(T.answersColumn, numeric: true),
                           .columnHeader(T.codesColumn))),
                .tbody(.forEach(m.waves) { wave in
                    .tr(.th(.attribute(named: "scope", value: "row"), .safeText(wave.name),
                            .if(wave.isSample, .span(.class("badge"), .text(Texts.sampleBadge)))),
                        .td(.text(DisplayFormat.isoDate(wave.startsOn) + " – " + DisplayFormat.isoDate(wave.endsOn))),
                        .td(.text(versions[wave.questionnaireID] ?? "–")),
                        .td(.safeText(wave.marginSetID.flatMap { setNames[$0] } ?? Texts.Monitor.builtinMargins)),
                        .td(.class("num"), .text(DisplayFormat.integer(m.answers[wave.id] ?? 0))),
                        .td(.safeText(T.codeBatches(m.batches[wave.id] ?? [], codesRequired: wave.codesRequired))))
                })
            )))
        )
    }

    static func newWaveSection(_ m: Model, form: [String: String], errors: FormErrors,
                               csrfToken: String) -> Node<HTML.BodyContext> {
        let questionnaireOptions = [FormView.OptionGroup(label: T.questionnairesGroup, options: m.questionnaires.map {
            .init(value: $0.id.uuidString, label: T.questionnaireOption($0.title, version: $0.version))
        })]
        return .section(
            .attribute(named: "aria-labelledby", value: "neue-welle"),
            .h2(.id("neue-welle"), .text(Texts.Monitor.newWaveHeading)),
            .form(
                .method(.post), .action(SiteURL.monitorWaves.path), .attribute(named: "novalidate", value: "novalidate"),
                FormView.csrfField(csrfToken),
                FormView.input(name: "name", label: T.waveNameLabel, value: form["name"] ?? "", hint: T.waveNameHint,
                               maxLength: 100, errors: errors),
                FormView.input(name: "beginn", label: T.firstDayLabel, value: form["beginn"] ?? "", autocomplete: "off",
                               maxLength: 10, errors: errors),
                FormView.input(name: "ende", label: T.lastDayLabel, value: form["ende"] ?? "", autocomplete: "off",
                               maxLength: 10, errors: errors),
                FormView.select(name: "fragebogen", label: T.questionnaireLabel, groups: questionnaireOptions,
                                selected: form["fragebogen"] ?? m.questionnaires.first?.id.uuidString,
                                placeholder: T.choosePlaceholder, errors: errors),
                FormView.select(name: "gewichtung", label: T.weightingLabel, groups: m.marginOptions,
                                selected: form["gewichtung"], placeholder: Texts.Monitor.builtinMargins,
                                errors: errors, required: false),
                .div(.class("field"), FormView.choice(kind: .checkbox, id: "codes", name: "codes", value: "ja",
                                                      label: T.codesRequiredLabel, checked: !(form["codes"] ?? "").isEmpty)),
                FormView.submit(T.createWave)
            )
        )
    }

    static func weightingSection(_ m: Model, form: [String: String], errors: FormErrors,
                                 csrfToken: String) -> Node<HTML.BodyContext> {
        .section(
            .attribute(named: "aria-labelledby", value: "gewichtung-aendern"),
            .h2(.id("gewichtung-aendern"), .text(T.weightingHeading)),
            .form(
                .method(.post), .action(SiteURL.monitorWaveWeighting.path), .attribute(named: "novalidate", value: "novalidate"),
                FormView.csrfField(csrfToken),
                FormView.select(name: "welle", label: T.waveLabel, groups: m.waveOptions, selected: form["welle"],
                                placeholder: T.choosePlaceholder, errors: errors),
                FormView.select(name: "gewichtung-welle", label: T.weightingLabel, groups: m.marginOptions,
                                selected: form["gewichtung"], placeholder: Texts.Monitor.builtinMargins,
                                errors: errors, required: false),
                FormView.submit(T.saveWeighting)
            )
        )
    }

    static func codesSection(_ m: Model, form: [String: String], errors: FormErrors,
                             csrfToken: String) -> Node<HTML.BodyContext> {
        .section(
            .attribute(named: "aria-labelledby", value: "codes-erstellen"),
            .h2(.id("codes-erstellen"), .text(Texts.Monitor.codesHeading)),
            .p(.text(T.codesIntro)),
            .form(
                .method(.post), .action(SiteURL.monitorCodes.path), .attribute(named: "novalidate", value: "novalidate"),
                FormView.csrfField(csrfToken),
                FormView.select(name: "code-welle", label: T.waveLabel, groups: m.waveOptions,
                                selected: form["code-welle"], placeholder: T.choosePlaceholder, errors: errors),
                FormView.input(name: "anzahl", label: T.countLabel, value: form["anzahl"] ?? "", autocomplete: "off",
                               maxLength: 4, errors: errors),
                FormView.input(name: "stapel", label: T.batchLabel, value: form["stapel"] ?? "", hint: T.batchHint,
                               maxLength: 100, errors: errors),
                FormView.submit(T.createCodes)
            )
        )
    }
}
