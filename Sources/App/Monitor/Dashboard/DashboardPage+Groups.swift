import Foundation
import GemeinsamCore
import Plot

/// The dashboard's sections by group of people: age, life situation, wishes, and the panel's before/after pairs.
extension MonitorPages {
    static func ageSection(_ m: DashboardModel) -> Node<HTML.BodyContext> {
        let rows = m.tables.age.filter { $0.group != SurveyStats.noGroupLabel || !$0.suppressed }
        let svg = MonitorCharts.bars(id: "balken-alter", title: T.barsTitle(m.outcome.shortLabel, by: T.byAge),
                                     bars: rows.map { bar($0.group, $0) }, reference: m.outcome == .ucla ? reference : nil)
        return .section(
            .attribute(named: "aria-labelledby", value: "alter"),
            .h2(.id("alter"), .text(Texts.Monitor.ageHeading)),
            .div(.class("chart-grid"),
                 .element(named: "figure", nodes: [.class("chart-figure"), .raw(svg)]),
                 shareTable(caption: m.outcome.shortLabel + " " + T.byAgeYears, firstColumn: T.ageColumn,
                            rows: rows.map { ($0.group, $0) }, total: m.tables.total)),
            csvLink("altersgruppen", m.query)
        )
    }

    static func riskSection(_ m: DashboardModel) -> Node<HTML.BodyContext> {
        let rows = m.tables.risks.flatMap { factor, shares in shares.map { (T.riskGroup(factor.label, $0.group), $0) } }
        let svg = MonitorCharts.bars(id: "balken-lebenslagen", title: T.barsTitle(m.outcome.shortLabel, by: T.byRisk),
                                     bars: rows.map { bar($0.0, $0.1) }, reference: m.outcome == .ucla ? reference : nil)
        return .section(
            .attribute(named: "aria-labelledby", value: "lebenslagen"),
            .h2(.id("lebenslagen"), .text(Texts.Monitor.riskHeading)),
            .p(.text(Texts.Monitor.riskIntro)),
            .div(.class("chart-grid"),
                 .element(named: "figure", nodes: [.class("chart-figure"), .raw(svg)]),
                 shareTable(caption: m.outcome.shortLabel + " " + T.byRisk, firstColumn: T.riskColumn,
                            rows: rows.map { ($0.0, $0.1) }, total: nil)),
            csvLink("lebenslagen", m.query)
        )
    }

    static func bar(_ label: String, _ share: SurveyStats.GroupShare) -> MonitorCharts.Bar {
        MonitorCharts.Bar(label: label, share: share.share, low: share.ciLow, high: share.ciHigh,
                          note: MonitorFormat.suppressionText(share))
    }

    static func wishesSection(_ m: DashboardModel) -> Node<HTML.BodyContext> {
        .section(
            .attribute(named: "aria-labelledby", value: "wuensche"),
            .h2(.id("wuensche"), .text(Texts.Monitor.wishesHeading + ": " + m.wishAreaName)),
            .p(.text(Texts.Monitor.wishesIntro)),
            .unwrap(m.wishes.answers, { n in
                .group(
                    .div(.class("table-scroll"), .scrollRegion(T.wishesTableLabel), .table(
                        .class("data"),
                        .caption(.text(T.wishesCaption(m.wishAreaName, answers: DisplayFormat.integer(n)))),
                        .thead(.tr(.columnHeader(T.rankColumn, numeric: true), .columnHeader(T.wishColumn),
                                   .columnHeader(T.shareColumn, numeric: true))),
                        .tbody(.forEach(Array(m.wishes.rows.enumerated())) { index, row in
                            .tr(.td(.class("num"), .text("\(index + 1)")),
                                .th(.attribute(named: "scope", value: "row"), .safeText(wishLabel(row.option, m))),
                                .td(.class("num"), .text(MonitorFormat.percent(row.share))))
                        })
                    )),
                    csvLink("wuensche", m.query)
                )
            }, else: .p(.class("empty-state"), .text(T.fewWishes(m.wishAreaName))))
        )
    }

    static func panelSection(_ m: DashboardModel) -> Node<HTML.BodyContext> {
        guard let panel = m.panel else { return .empty }
        let pairs = panel.means.pairs < MonitorStats.minimumAnswers ? T.fewerThanTenPairs : DisplayFormat.integer(panel.means.pairs)
        let suppressed = panel.means.suppressed && panel.shares.suppressed
        return .section(
            .attribute(named: "aria-labelledby", value: "panel"),
            .h2(.id("panel"), .text(Texts.Monitor.panelResultHeading)),
            .p(.safeText(T.panelIntro(previousWave: panel.previousWaveName, pairs: pairs))),
            .if(suppressed, .p(.class("empty-state"), .text(T.panelTooFew))),
            .if(!suppressed, .div(.class("table-scroll"), .scrollRegion(T.panelTableLabel), .table(
                .class("data"),
                .caption(.text(T.panelCaption)),
                .thead(.tr(.columnHeader(T.outcomeColumn), .columnHeader(T.beforeColumn, numeric: true),
                           .columnHeader(T.afterColumn, numeric: true), .columnHeader(T.changeColumn, numeric: true),
                           .columnHeader(T.pairsColumn, numeric: true))),
                .tbody(
                    panelRow(T.panelMeanRow, before: panel.means.meanBefore.map { DisplayFormat.decimal($0, digits: 2) },
                             after: panel.means.meanAfter.map { DisplayFormat.decimal($0, digits: 2) },
                             change: meanChange(panel.means), pairs: panel.means.pairs),
                    panelRow(T.panelShareRow, before: panel.shares.shareBefore.map { MonitorFormat.percent($0) },
                             after: panel.shares.shareAfter.map { MonitorFormat.percent($0) },
                             change: shareChange(panel.shares), pairs: panel.shares.pairs)
                )
            ))),
            .if(!suppressed, csvLink("vorher-nachher", m.query))
        )
    }

    static func panelRow(_ label: String, before: String?, after: String?, change: String, pairs: Int) -> Node<HTML.TableContext> {
        .tr(.th(.attribute(named: "scope", value: "row"), .text(label)),
            .td(.class("num"), .text(before ?? "–")),
            .td(.class("num"), .text(after ?? "–")),
            .td(.class("num"), .text(change)),
            .td(.class("num"), .text(MonitorFormat.count(pairs >= MonitorStats.minimumAnswers ? pairs : nil))))
    }

    static func meanChange(_ p: MonitorStats.PairedMeans) -> String {
        guard let d = p.difference, let low = p.ciLow, let high = p.ciHigh else { return Texts.Monitor.suppressedTooFew }
        return T.meanChange(DisplayFormat.decimal(d, digits: 2), low: DisplayFormat.decimal(low, digits: 2),
                            high: DisplayFormat.decimal(high, digits: 2))
    }

    static func shareChange(_ p: MonitorStats.PairedShares) -> String {
        guard let d = p.difference, let low = p.ciLow, let high = p.ciHigh else { return Texts.Monitor.suppressedTooFew }
        return T.shareChange(DisplayFormat.decimal(d * 100), low: DisplayFormat.decimal(low * 100),
                             high: DisplayFormat.decimal(high * 100))
    }
}
