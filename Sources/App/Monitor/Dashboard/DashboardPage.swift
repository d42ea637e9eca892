import Foundation
import GemeinsamCore
import Plot

extension MonitorPages {
    /// The federal figure the UCLA-3 share is compared with.
    static var reference: (value: Double, label: String) { (value: 0.113, label: Texts.Monitor.barometerShort) }

    static func dashboard(_ m: DashboardModel, geography: GeographySnapshot, context: PageContext) -> HTML {
        Layout.page(title: Texts.Monitor.dashboardTitle, context: context, main: .group(
            .h1(.text(Texts.Monitor.dashboardTitle)),
            sampleBanner(m.isSample),
            subnav(m.query, isCoordinator: m.isCoordinator, pending: m.pendingFreeTexts),
            filterForm(m, geography: geography),
            .if(!m.refusals.isEmpty, .div(.class("notice notice-warning"), .attribute(named: "role", value: "status"),
                .p(.text(Texts.Monitor.burstFlag(m.refusals.map { (DisplayFormat.isoDate($0.day), $0.refused) }))))),
            .if(m.dataset.count == 0, .p(.class("empty-state"), .text(Texts.Monitor.noAnswers))),
            headline(m),
            method(m),
            .if(m.isCoordinator, districtSection(m, geography: geography)),
            quartierSection(m, geography: geography),
            .if(m.isCoordinator, ageSection(m)),
            .if(m.isCoordinator, riskSection(m)),
            .if(m.isCoordinator, languageSection(m)),
            channelSection(m, geography: geography),
            wishesSection(m),
            .if(m.isCoordinator, panelSection(m))
        ))
    }

    static func headline(_ m: DashboardModel) -> Node<HTML.BodyContext> {
        let total = m.tables.total
        return .section(
            .class("card"), .attribute(named: "aria-labelledby", value: "auf-einen-blick"),
            .h2(.id("auf-einen-blick"), .text(Texts.Monitor.headlineHeading)),
            .p(.class("big-figure"),
               .unwrap(total.share, { .strong(.text(MonitorFormat.percent($0))) },
                       else: .strong(.text(MonitorFormat.suppressionText(total)))),
               .text(" " + m.outcome.label + T.wholeCitySuffix)),
            .unwrap(total.ciLow) { low in
                .p(.text(T.headlineInterval(MonitorFormat.interval(low, total.ciHigh ?? low),
                                            answers: DisplayFormat.integer(total.n ?? 0))))
            },
            .if(m.outcome == .ucla, .p(.text(Texts.Monitor.barometerNote))),
            .p(.class("hint"), .text(Texts.Monitor.ciNote))
        )
    }

    static func method(_ m: DashboardModel) -> Node<HTML.BodyContext> {
        let w = m.dataset.weighting
        return .details(
            .class("method"),
            .summary(.text(Texts.Monitor.methodHeading)),
            .ul(
                .li(.text(T.answersInWave(DisplayFormat.integer(m.dataset.count)))),
                .li(.safeText(T.weightedTo(w.marginName, source: w.marginSource, asOf: w.marginDate.map(DisplayFormat.isoDate)))),
                .if(!w.variables.isEmpty, .li(.text(T.weightingVariables(w.variables.map(T.variableName))))),
                .forEach(w.adjustments) { a in .li(.safeText(T.adjustment(a))) },
                .unwrap(w.result) { r in
                    .li(.text(T.raking(converged: r.converged, iterations: r.iterations,
                                       designEffect: DisplayFormat.decimal(r.designEffect, digits: 2),
                                       effectiveSize: DisplayFormat.integer(Int(r.effectiveSampleSize.rounded())))))
                },
                .unwrap(w.problem) { .li(.strong(.safeText(Texts.Monitor.weightingFailed + " " + $0))) },
                .li(.text(Texts.Monitor.suppressionNote)),
                .li(.text(T.intervalMethod))
            )
        )
    }
}
