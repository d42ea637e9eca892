import Foundation
import GemeinsamCore
import Plot

/// The dashboard's section by the questionnaire's language: shares per language, whether they differ, and which
/// translations use validated wording of the instruments (differences may come from the wording, too).
extension MonitorPages {
    static func languageLabel(_ code: String) -> String {
        GemeinsamCore.Language.withCode(code).map(Texts.Languages.name) ?? (code.isEmpty ? SurveyStats.noGroupLabel : code)
    }

    static func languageSection(_ m: DashboardModel) -> Node<HTML.BodyContext> {
        let rows = m.tables.languages.filter { $0.group != SurveyStats.noGroupLabel || !$0.suppressed }
        typealias L = Texts.MonitorLanguages
        return .section(
            .attribute(named: "aria-labelledby", value: "sprachen"),
            .h2(.id("sprachen"), .text(L.heading)),
            .p(.text(L.intro)),
            shareTable(caption: L.caption(m.outcome.shortLabel), firstColumn: L.languageColumn,
                       rows: rows.map { (languageLabel($0.group), $0) }, total: m.tables.total),
            .p(.text(differenceText(m.tables.languageDifference))),
            .h3(.text(L.versionsHeading)),
            .ul(.forEach(GemeinsamCore.Language.all) { language in
                .li(.text(versionText(language, translation: m.dataset.translations[language.code])))
            }),
            csvLink("sprachen", m.query)
        )
    }

    /// A wish option in the reader's language when the questionnaire has it translated.
    static func wishLabel(_ option: Questionnaire.Option, _ m: DashboardModel) -> String {
        let translated = m.dataset.translations[UIText.language.code]?.texts["question.\(QuestionKey.wishes).option.\(option.key)"]
        return translated.flatMap { $0.isEmpty ? nil : $0 } ?? option.label
    }

    static func differenceText(_ test: SurveyStats.Homogeneity?) -> String {
        typealias L = Texts.MonitorLanguages
        guard let test else { return L.tooFewToCompare }
        let chi = DisplayFormat.decimal(test.chiSquare, digits: 1)
        let p = test.pValue < 0.001 ? "< " + DisplayFormat.decimal(0.001, digits: 3) : DisplayFormat.decimal(test.pValue, digits: 3)
        return test.differs ? L.differ(chi: chi, df: test.degreesOfFreedom, p: p, groups: test.groups)
            : L.noClearDifference(chi: chi, df: test.degreesOfFreedom, p: p, groups: test.groups)
    }

    static func versionText(_ language: GemeinsamCore.Language, translation: Questionnaire.Translation?) -> String {
        typealias L = Texts.MonitorLanguages
        let name = Texts.Languages.name(language)
        if language.isSource { return L.sourceVersion(name) }
        guard let translation else { return L.noVersion(name) }
        let instruments = Questionnaire.Instrument.allCases.map { instrument in
            translation.validation(of: instrument).map { L.validated(instrument.name, source: $0) }
                ?? L.notValidated(instrument.name)
        }
        return L.version(name, instruments: instruments.joined(separator: "; "),
                         reviewed: translation.reviewed == true)
    }
}
