import Foundation
import GemeinsamCore
import Plot

/// The monitor's pages (dashboard, gap analysis, free texts) and the parts they share.
enum MonitorPages {
    typealias T = Texts.MonitorDashboard

    static func noWaves(isCoordinator: Bool, context: PageContext) -> HTML {
        Layout.page(title: Texts.Monitor.dashboardTitle, context: context, main: .group(
            .h1(.text(Texts.Monitor.dashboardTitle)),
            .p(.class("empty-state"), .text(Texts.Monitor.noWaves)),
            .if(isCoordinator, .p(.a(.href(SiteURL.monitorManage.path), .text(Texts.Monitor.manageLink))))
        ))
    }

    static func sampleBanner(_ isSample: Bool) -> Node<HTML.BodyContext> {
        .if(isSample, .p(.class("notice sample-note"), .attribute(named: "role", value: "note"),
                         .strong(.text(Texts.sampleBadge + ": ")), .text(Texts.Monitor.sampleBanner)))
    }

    static func subnav(_ query: MonitorQuery, isCoordinator: Bool, pending: Int) -> Node<HTML.BodyContext> {
        .nav(.attribute(named: "aria-label", value: Texts.Monitor.nav),
             .ul(.class("inline-list"),
                 .li(.a(.attr("href", SiteURL.monitor.path + query.string), .text(T.overviewLink))),
                 .li(.a(.attr("href", SiteURL.monitorGaps.path + query.string), .text(Texts.Monitor.gapsLink))),
                 .li(.a(.attr("href", SiteURL.monitorFreeTexts.path + query.string),
                        .text(Texts.Monitor.freeTextsLink + (isCoordinator && pending > 0 ? T.pendingCount(pending) : "")))),
                 .if(isCoordinator, .li(.a(.href(SiteURL.monitorManage.path), .text(Texts.Monitor.manageLink))))))
    }

    static func filterForm(_ m: DashboardModel, geography: GeographySnapshot,
                           action: String = SiteURL.monitor.path) -> Node<HTML.BodyContext> {
        let waveOptions = [FormView.OptionGroup(label: T.wavesGroup, options: m.waves.map {
            FormView.Option(value: $0.id.uuidString, label: T.waveOption($0.name, isSample: $0.isSample))
        })]
        let outcomeOptions = [FormView.OptionGroup(label: T.outcomesGroup, options: MonitorOutcome.allCases.map {
            FormView.Option(value: $0.rawValue, label: $0.shortLabel)
        })]
        return .form(
            .method(.get), .action(action), .class("filter-form"),
            FormView.select(name: "welle", label: Texts.Monitor.waveLabel, groups: waveOptions,
                            selected: m.wave.id.uuidString, placeholder: T.latestWave, errors: FormErrors(), required: false),
            FormView.select(name: "messgroesse", label: Texts.Monitor.outcomeLabel, groups: outcomeOptions,
                            selected: m.outcome.rawValue, placeholder: T.defaultOutcome, errors: FormErrors(), required: false),
            FormView.select(name: "gebiet", label: Texts.Monitor.areaLabel, groups: areaOptions(m, geography: geography),
                            selected: m.query.area, placeholder: m.isCoordinator ? Texts.Monitor.wholeCity : T.allMyQuartiere,
                            errors: FormErrors(), required: false),
            FormView.submit(Texts.Monitor.showButton)
        )
    }

    static func areaOptions(_ m: DashboardModel, geography: GeographySnapshot) -> [FormView.OptionGroup] {
        if let visible = m.viewer.quartiere {
            let own = geography.all(.statisticalDistrict).filter { visible.contains($0.id) }
            return [FormView.OptionGroup(label: T.myQuartiereGroup, options: own.map { .init(value: $0.slug, label: $0.name) })]
        }
        let districts = FormView.OptionGroup(label: T.districtsGroup, options: geography.all(.district).map {
            .init(value: $0.slug, label: T.areaName($0))
        })
        return [districts] + AccountPages.quartierOptions(geography)
    }

    /// A map with its legend and the notes every map carries.
    static func mapFigure(_ svg: String, legend: [MonitorCharts.LegendEntry], id: String) -> Node<HTML.BodyContext> {
        .element(named: "figure", nodes: [
            .class("map-figure"),
            .raw(svg),
            .element(named: "figcaption", nodes: [
                .ul(.class("legend"), .forEach(Array(legend.enumerated())) { index, entry in
                    .li(.raw(MonitorCharts.swatch(entry, id: "\(id)-legende-\(index)")), .text(" " + entry.label))
                }),
                .p(.text(Texts.Monitor.mapNote)),
                .p(.strong(.text(Texts.schematicMap)), .text(" – " + Texts.schematicMapNote)),
            ]),
        ])
    }

    /// Shares with their intervals and numbers of answers, one row per group.
    static func shareTable(caption: String, firstColumn: String, rows: [(String, SurveyStats.GroupShare?)],
                           total: SurveyStats.GroupShare?) -> Node<HTML.BodyContext> {
        .div(.class("table-scroll"), .scrollRegion(caption), .table(
            .class("data"),
            .caption(.text(caption)),
            .thead(.tr(.columnHeader(firstColumn), .columnHeader(T.shareColumn, numeric: true),
                       .columnHeader(T.intervalColumn, numeric: true), .columnHeader(T.answersColumn, numeric: true))),
            .tbody(.forEach(rows) { name, share in shareRow(name, share) }),
            .unwrap(total) { total in .tfoot(shareRow(Texts.Monitor.wholeCity, total)) }
        ))
    }

    static func shareRow(_ name: String, _ share: SurveyStats.GroupShare?) -> Node<HTML.TableContext> {
        let hidden = share.map(MonitorFormat.suppressionText) ?? Texts.Monitor.suppressedTooFew
        return .tr(
            .th(.attribute(named: "scope", value: "row"), .safeText(name)),
            .td(.class("num"), .text(share?.share.map { MonitorFormat.percent($0) } ?? hidden)),
            .td(.class("num"), .text(share.flatMap { s in s.ciLow.map { MonitorFormat.interval($0, s.ciHigh ?? $0) } } ?? "–")),
            .td(.class("num"), .text(share?.n.map(DisplayFormat.integer) ?? hidden))
        )
    }

    static func csvLink(_ table: String, _ query: MonitorQuery) -> Node<HTML.BodyContext> {
        .p(.a(.attr("href", SiteURL.monitorCSV(table).path + query.string), .text(Texts.Monitor.csvLink),
              .span(.class("visually-hidden"), .text(" (\(table))"))))
    }
}
