import Foundation
import Plot

/// The paper version of the questionnaire and the thank-you page.
extension SurveyPages {
    static func paper(wave: WaveRow?, questionnaire: Questionnaire?, context: PageContext) -> HTML {
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
