import Foundation
import GemeinsamCore
import Plot

extension MonitorPages {
    static func freeTexts(_ m: DashboardModel, texts: FreeTextController.FreeTextModel, context: PageContext) -> HTML {
        Layout.page(title: Texts.Monitor.freeTextsTitle, context: context, main: .group(
            .h1(.text(m.isCoordinator ? Texts.Monitor.freeTextsTitle : T.freeTextsHeading)),
            sampleBanner(m.isSample),
            subnav(m.query, isCoordinator: m.isCoordinator, pending: m.pendingFreeTexts),
            .p(.text(Texts.Monitor.freeTextsIntro)),
            .if(m.isCoordinator, pendingSection(texts.pending, wave: m.wave, csrfToken: context.csrfToken)),
            .section(
                .attribute(named: "aria-labelledby", value: "freigegeben"),
                .h2(.id("freigegeben"), .text(Texts.Monitor.approvedHeading + " (\(texts.approved.count))")),
                .p(.class("hint"), .text(Texts.Monitor.freeTextAreaNote)),
                .if(texts.approved.isEmpty, .p(.class("empty-state"), .text(Texts.Monitor.noApproved))),
                .if(!texts.approved.isEmpty, .div(.class("table-scroll"), .scrollRegion(T.approvedTableLabel), .table(
                    .class("data"),
                    .caption(.text(T.approvedCaption)),
                    .thead(.tr(.columnHeader(T.areaColumn), .columnHeader(T.textColumn))),
                    .tbody(.forEach(texts.approved) { entry in
                        .tr(.td(.safeText(T.areaName(entry.area))), .td(.safeText(entry.text.text)))
                    })
                ))),
                csvLink("freitexte", m.query)
            )
        ))
    }

    /// The texts still to review, each with its two buttons.
    static func pendingSection(_ pending: [FreeTextRow], wave: WaveRow, csrfToken: String) -> Node<HTML.BodyContext> {
        .section(
            .attribute(named: "aria-labelledby", value: "zu-pruefen"),
            .h2(.id("zu-pruefen"), .text(Texts.Monitor.pendingHeading + " (\(pending.count))")),
            .if(pending.isEmpty, .p(.class("empty-state"), .text(Texts.Monitor.noPending))),
            .ul(.class("review-list"), .forEach(Array(pending.enumerated())) { index, text in
                .li(.class("review-item"),
                    .element(named: "blockquote", nodes: [.id("freitext-\(index + 1)"), .p(.safeText(text.text))]),
                    .if(text.isSample, .p(.class("source"), .text(Texts.sampleBadge))),
                    .form(.method(.post), .action(SiteURL.monitorFreeTextReview.path), .class("button-row"),
                          FormView.csrfField(csrfToken),
                          FormView.inputElement([("type", "hidden"), ("name", "id"), ("value", text.id.uuidString)]),
                          FormView.inputElement([("type", "hidden"), ("name", "welle"), ("value", wave.id.uuidString)]),
                          reviewButton("freigeben", Texts.Monitor.approve, secondary: false, describedBy: "freitext-\(index + 1)"),
                          reviewButton("ablehnen", Texts.Monitor.reject, secondary: true, describedBy: "freitext-\(index + 1)")))
            })
        )
    }

    static func reviewButton(_ decision: String, _ label: String, secondary: Bool, describedBy: String) -> Node<HTML.FormContext> {
        .button(.type(.submit), .name("entscheidung"), .value(decision), .class(secondary ? "button button-secondary" : "button"),
                .attribute(named: "aria-describedby", value: describedBy), .text(label))
    }
}
