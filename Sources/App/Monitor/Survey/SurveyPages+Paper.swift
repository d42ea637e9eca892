import Foundation
import Plot

/// The paper version of the questionnaire and the thank-you page.
extension SurveyPages {
    static func paper(wave: WaveRow?, questionnaire: Questionnaire?, context: PageContext) -> HTML {
        guard let wave, let questionnaire else {
            return Layout.page(title: Texts.Monitor.paperTitle, context: context, main: .group(
                .h1(.text(Texts.Monitor.noWaveHeading)), .p(.text(Texts.Monitor.noWave))))
        }
        return Layout.page(title: Texts.Monitor.paperTitle, context: context, main: .div(
            .class("paper"),
            .p(.class("screen-only"), .text(Texts.Monitor.printHint)),
            .h1(.safeText(questionnaire.title)),
            .p(.class("lead"), .safeText(Texts.Monitor.wavePeriod(ContentLanguage.mark(wave.name, .german, reader: context.language), DisplayFormat.isoDate(wave.startsOn),
                                                                   DisplayFormat.isoDate(wave.endsOn)))),
            .forEach(questionnaire.intro) { .p(.safeText($0)) },
            .p(.text(Texts.Monitor.paperIntro)),
            .p(.text(Texts.Monitor.helpLine)),
            .p(.class("paper-line"), .text(Texts.Monitor.paperCodeLine)),
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
                .h2(.text(Texts.Monitor.panelHeading)),
                .p(.text(Texts.Monitor.panelIntro)),
                .p(.class("paper-line"), .text(Texts.Monitor.panelCodeLabel + ": ______________________")),
                .p(.class("hint"), .text(Texts.Monitor.panelPaperNote))
            ),
            .section(
                .class("paper-section"),
                .h2(.text(Texts.Monitor.consentHeading)),
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
                .if(q.type == .multipleChoice, .p(.class("hint"), .text(Texts.Monitor.multipleHint))),
                .ul(.class(q.type == .scale ? "paper-options paper-scale" : "paper-options"),
                    .forEach(q.choices) { .li(.safeText("☐ " + $0.label)) })
            )
        case .shortText:
            return .div(
                .class("paper-question"),
                .p(.class("paper-text"), .strong(.safeText(q.text))),
                .unwrap(q.hint) { .p(.class("hint"), .safeText($0)) },
                .forEach(0..<Texts.Monitor.paperTextLines) { _ in .p(.class("paper-line"), .text(String(repeating: "_", count: 60))) }
            )
        case .area:
            return .div(
                .class("paper-question"),
                .p(.class("paper-text"), .strong(.safeText(q.text))),
                .p(.class("paper-line"), .text(Texts.Monitor.paperAreaLine))
            )
        }
    }

    // MARK: thanks

    static func thanks(panelCode: String?, context: PageContext) -> HTML {
        Layout.page(title: Texts.Monitor.thanksTitle, context: context, main: .group(
            .h1(.text(Texts.Monitor.thanksTitle)),
            .p(.class("lead"), .text(Texts.Monitor.thanksText)),
            .unwrap(panelCode) { code in
                .section(
                    .class("card"), .attribute(named: "aria-labelledby", value: "panel-code"),
                    .h2(.id("panel-code"), .text(Texts.Monitor.panelCodeHeading)),
                    .p(.class("panel-code"), .safeText(code)),
                    .p(.text(Texts.Monitor.panelCodeShown))
                )
            },
            .p(.text(Texts.Monitor.thanksNext)),
            .p(.a(.href(SiteURL.home.path), .text(Texts.Errors.backHome))),
            .p(.text(Texts.Monitor.helpLine))
        ))
    }
}
