import Foundation
import GemeinsamCore
import Plot

extension MonitorPages {
    typealias G = Texts.MonitorGaps

    static func gaps(_ m: DashboardModel, gaps: GapController.GapModel, geography: GeographySnapshot,
                     context: PageContext) -> HTML {
        let ranked = gaps.rows.filter { $0.gap.gap != nil }
        let breaks = MonitorStats.ClassBreaks.niceEqualInterval(ranked.compactMap(\.gap.gap), classes: 5)
        let svg = MonitorCharts.choropleth(
            id: "karte-luecken", title: G.mapTitle,
            areas: gaps.rows.map { row in
                .init(area: row.quartier, value: row.gap.gap,
                      tooltip: G.tooltip(row.quartier.name, rank: row.gap.rank,
                                         gap: row.gap.gap.map { DisplayFormat.decimal($0, digits: 2) }))
            }, breaks: breaks, labelNames: false, hatchedLabel: nil, cache: m.cache)
        return Layout.page(title: Texts.Monitor.gapsTitle, context: context, main: .group(
            .h1(.text(Texts.Monitor.gapsTitle)),
            sampleBanner(m.isSample),
            subnav(m.query, isCoordinator: m.isCoordinator, pending: m.pendingFreeTexts),
            filterForm(m, geography: geography, action: SiteURL.monitorGaps.path),
            .p(.text(Texts.Monitor.gapsIntro)),
            .p(.class("hint"), .text(Texts.Monitor.gapsPopulationNote)),
            .section(
                .attribute(named: "aria-labelledby", value: "indikatoren"),
                .h2(.id("indikatoren"), .text(Texts.Monitor.indicatorsHeading)),
                .ul(.forEach(gaps.indicators) { .li(.strong(.safeText($0.label + ": ")), .safeText($0.explanation)) })
            ),
            topGaps(Array(ranked.prefix(10)), outcome: m.outcome),
            .div(.class("chart-grid"),
                 mapFigure(svg, legend: MonitorCharts.legend(breaks: breaks, format: { DisplayFormat.decimal($0, digits: 2) },
                                                             hatchedLabel: G.noEstimate), id: "luecken"),
                 .div(.p(.text(Texts.Monitor.gapsMapCaption)))),
            .div(.class("table-scroll"), .scrollRegion(G.tableLabel), .table(
                .class("data data-wide"),
                .caption(.text(G.tableCaption)),
                .thead(.tr(.columnHeader(G.rankColumn, numeric: true), .columnHeader(G.quartierColumn),
                           .columnHeader(G.populationColumn, numeric: true), .columnHeader(G.shareColumn, numeric: true),
                           .columnHeader(G.needColumn, numeric: true),
                           .forEach(gaps.indicators) { .columnHeader($0.unitPerThousand, numeric: true) },
                           .columnHeader(G.gapColumn, numeric: true))),
                .tbody(.forEach(gaps.rows) { gapRow($0) })
            )),
            csvLink("luecken", m.query)
        ))
    }

    /// The ten Quartiere with the largest gaps.
    static func topGaps(_ top: [GapController.GapModel.Row], outcome: MonitorOutcome) -> Node<HTML.BodyContext> {
        .section(
            .attribute(named: "aria-labelledby", value: "am-meisten"),
            .h2(.id("am-meisten"), .text(G.topHeading)),
            .if(top.isEmpty, .p(.class("empty-state"), .text(G.noRanking))),
            .ol(.class("gap-top"), .forEach(top) { row in
                .li(.strong(.safeText(row.quartier.name)),
                    .safeText(G.topEntry(district: row.district?.name ?? "", need: row.gap.need.map(roundedCount) ?? "–",
                                         outcome: outcome.shortLabel)))
            })
        )
    }

    static func roundedCount(_ value: Double) -> String { DisplayFormat.integer(Int(value.rounded())) }

    static func gapRow(_ row: GapController.GapModel.Row) -> Node<HTML.TableContext> {
        var interval = ""
        if let low = row.share?.ciLow, let high = row.share?.ciHigh { interval = " (" + MonitorFormat.interval(low, high) + ")" }
        var needRange = ""
        if let low = row.needLow, let high = row.needHigh { needRange = " (" + roundedCount(low) + " – " + roundedCount(high) + ")" }
        let supply = row.gap.supplyPerThousand.map { v in v.map { DisplayFormat.decimal($0, digits: 2) } ?? "–" }
        return .tr(
            .td(.class("num"), .text(row.gap.rank.map(String.init) ?? "–")),
            .th(.attribute(named: "scope", value: "row"), .safeText(row.quartier.name),
                .span(.class("source"), .safeText(row.district.map { " (" + $0.name + ")" } ?? ""))),
            .td(.class("num"), .text(row.quartier.population.map(DisplayFormat.integer) ?? G.noPopulation)),
            .td(.class("num"), .text(row.share.flatMap { s in s.share.map { MonitorFormat.percent($0) } } ?? "–"),
                .span(.class("source"), .text(interval + G.sourceNote(row.source)))),
            .td(.class("num"), .text(row.gap.need.map(roundedCount) ?? "–"), .span(.class("source"), .text(needRange))),
            .forEach(supply) { .td(.class("num"), .text($0)) },
            .td(.class("num"), .text(row.gap.gap.map { DisplayFormat.decimal($0, digits: 2) } ?? "–"))
        )
    }
}
