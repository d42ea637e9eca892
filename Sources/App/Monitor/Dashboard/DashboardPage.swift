import Foundation
import GemeinsamCore
import Plot

extension MonitorPages {
    /// The federal figure the UCLA-3 share is compared with.
    static let reference = (value: 0.113, label: German.Monitor.barometerShort)

    static func dashboard(_ m: DashboardModel, geography: GeographySnapshot, context: PageContext) -> HTML {
        Layout.page(title: German.Monitor.dashboardTitle, context: context, main: .group(
            .h1(.text(German.Monitor.dashboardTitle)),
            sampleBanner(m.isSample),
            subnav(m.query, isCoordinator: m.isCoordinator, pending: m.pendingFreeTexts),
            filterForm(m, geography: geography),
            .if(!m.refusals.isEmpty, .div(.class("notice notice-warning"), .attribute(named: "role", value: "status"),
                .p(.text(German.Monitor.burstFlag(m.refusals.map { (GermanFormat.isoDate($0.day), $0.refused) }))))),
            .if(m.dataset.count == 0, .p(.class("empty-state"), .text(German.Monitor.noAnswers))),
            headline(m),
            method(m),
            .if(m.isCoordinator, districtSection(m, geography: geography)),
            quartierSection(m, geography: geography),
            .if(m.isCoordinator, ageSection(m)),
            .if(m.isCoordinator, riskSection(m)),
            channelSection(m, geography: geography),
            wishesSection(m),
            .if(m.isCoordinator, panelSection(m))
        ))
    }

    static func headline(_ m: DashboardModel) -> Node<HTML.BodyContext> {
        let total = m.tables.total
        return .section(
            .class("card"), .attribute(named: "aria-labelledby", value: "auf-einen-blick"),
            .h2(.id("auf-einen-blick"), .text(German.Monitor.headlineHeading)),
            .p(.class("big-figure"),
               .unwrap(total.share, { .strong(.text(MonitorFormat.percent($0))) },
                       else: .strong(.text(MonitorFormat.suppressionText(total)))),
               .text(" " + m.outcome.label + T.wholeCitySuffix)),
            .unwrap(total.ciLow) { low in
                .p(.text(T.headlineInterval(MonitorFormat.interval(low, total.ciHigh ?? low),
                                            answers: GermanFormat.integer(total.n ?? 0))))
            },
            .if(m.outcome == .ucla, .p(.text(German.Monitor.barometerNote))),
            .p(.class("hint"), .text(German.Monitor.ciNote))
        )
    }

    static func method(_ m: DashboardModel) -> Node<HTML.BodyContext> {
        let w = m.dataset.weighting
        return .details(
            .class("method"),
            .summary(.text(German.Monitor.methodHeading)),
            .ul(
                .li(.text(T.answersInWave(GermanFormat.integer(m.dataset.count)))),
                .li(.safeText(T.weightedTo(w.marginName, source: w.marginSource, asOf: w.marginDate.map(GermanFormat.isoDate)))),
                .if(!w.variables.isEmpty, .li(.text(T.weightingVariables(w.variables.map(T.variableName))))),
                .forEach(w.adjustments) { a in .li(.safeText(T.adjustment(a))) },
                .unwrap(w.result) { r in
                    .li(.text(T.raking(converged: r.converged, iterations: r.iterations,
                                       designEffect: GermanFormat.decimal(r.designEffect, digits: 2),
                                       effectiveSize: GermanFormat.integer(Int(r.effectiveSampleSize.rounded())))))
                },
                .unwrap(w.problem) { .li(.strong(.safeText(German.Monitor.weightingFailed + " " + $0))) },
                .li(.text(German.Monitor.suppressionNote)),
                .li(.text(T.intervalMethod))
            )
        )
    }
}
