import Foundation
import GemeinsamCore
import Plot

/// What the dashboard shows; filled by `MonitorController`.
struct DashboardModel {
    var waves: [WaveRecord]
    var wave: WaveRecord
    var outcome: MonitorOutcome
    var dataset: MonitorDataset
    var tables: MonitorTables
    var counts: MonitorCounts
    var isCoordinator: Bool
    /// Quartiere the viewer may see; nil = all (coordinator).
    var visibleQuartiere: Set<Int>?
    /// The chosen area (Stadtbezirk or Quartier), nil = whole city or all own Quartiere.
    var scope: AreaRecord?
    var wishes: WishRanking
    var wishAreaName: String
    var panel: PanelComparison?
    var pendingFreeTexts: Int
    var query: MonitorQuery
}

/// The dashboard's query parameters, to build links that keep them.
struct MonitorQuery: Sendable {
    var wave: UUID?
    var outcome: MonitorOutcome
    var area: String?

    var string: String {
        var items: [URLQueryItem] = []
        if let wave { items.append(URLQueryItem(name: "welle", value: wave.uuidString)) }
        items.append(URLQueryItem(name: "messgroesse", value: outcome.rawValue))
        if let area { items.append(URLQueryItem(name: "gebiet", value: area)) }
        var components = URLComponents()
        components.queryItems = items
        return components.percentEncodedQuery.map { "?" + $0 } ?? ""
    }
}

/// Before/after comparison of the panel between the wave and the one before it.
struct PanelComparison: Sendable {
    var previousWaveName: String
    var means: MonitorStats.PairedMeans
    var shares: MonitorStats.PairedShares
}

enum MonitorPages {
    static let ref = (value: 0.113, label: German.Monitor.barometerShort)

    static func dashboard(_ m: DashboardModel, geography: GeographySnapshot, context: PageContext) -> HTML {
        let visible: (Int?) -> Bool = { id in m.visibleQuartiere == nil || (id.map { m.visibleQuartiere!.contains($0) } ?? false) }
        let quartierRows = quartierShareRows(m, geography: geography, visible: visible)
        return Layout.page(title: German.Monitor.dashboardTitle, context: context, main: .group(
            .h1(.text(German.Monitor.dashboardTitle)),
            .if(m.dataset.isSample || m.wave.isSample, sampleBanner()),
            subnav(m.query, isCoordinator: m.isCoordinator, pending: m.pendingFreeTexts),
            filterForm(m, geography: geography),
            .if(m.dataset.count == 0, .p(.class("empty-state"), .text(German.Monitor.noAnswers))),
            headline(m),
            method(m),
            .if(m.isCoordinator, districtSection(m, geography: geography)),
            quartierSection(m, rows: quartierRows, geography: geography),
            .if(m.isCoordinator, ageSection(m)),
            .if(m.isCoordinator, riskSection(m)),
            channelSection(m, geography: geography, visible: visible),
            wishesSection(m),
            .if(m.isCoordinator, panelSection(m))
        ))
    }

    static func sampleBanner() -> Node<HTML.BodyContext> {
        .p(.class("notice sample-note"), .attribute(named: "role", value: "note"),
           .strong(.text(German.sampleBadge + ": ")), .text(German.Monitor.sampleBanner))
    }

    static func subnav(_ query: MonitorQuery, isCoordinator: Bool, pending: Int) -> Node<HTML.BodyContext> {
        .nav(.attribute(named: "aria-label", value: "Einsamkeitsmonitor"),
             .ul(.class("inline-list"),
                 .li(.a(.attr("href", SiteURL.monitor.path + query.string), .text("Übersicht"))),
                 .li(.a(.attr("href", SiteURL.monitorGaps.path + query.string), .text(German.Monitor.gapsLink))),
                 .li(.a(.attr("href", SiteURL.monitorFreeTexts.path + query.string),
                        .text(German.Monitor.freeTextsLink + (isCoordinator && pending > 0 ? " (\(pending) zu prüfen)" : "")))),
                 .if(isCoordinator, .li(.a(.href(SiteURL.monitorManage.path), .text(German.Monitor.manageLink))))))
    }

    static func filterForm(_ m: DashboardModel, geography: GeographySnapshot, action: String = SiteURL.monitor.path,
                           showOutcome: Bool = true) -> Node<HTML.BodyContext> {
        let waveOptions = [FormView.OptionGroup(label: "Befragungswellen", options: m.waves.map {
            FormView.Option(value: $0.id.uuidString, label: $0.name + ($0.isSample ? " (Beispiel)" : ""))
        })]
        let outcomeOptions = [FormView.OptionGroup(label: "Messgrößen", options: MonitorOutcome.allCases.map {
            FormView.Option(value: $0.rawValue, label: $0.shortLabel)
        })]
        return .form(
            .method(.get), .action(action), .class("filter-form"),
            FormView.select(name: "welle", label: German.Monitor.waveLabel, groups: waveOptions,
                            selected: m.wave.id.uuidString, placeholder: "neueste Welle", errors: FormErrors(), required: false),
            .if(showOutcome, FormView.select(name: "messgroesse", label: German.Monitor.outcomeLabel, groups: outcomeOptions,
                                             selected: m.outcome.rawValue, placeholder: "Standard (UCLA-3)",
                                             errors: FormErrors(), required: false)),
            FormView.select(name: "gebiet", label: German.Monitor.areaLabel, groups: areaOptions(m, geography: geography),
                            selected: m.query.area, placeholder: m.isCoordinator ? German.Monitor.wholeCity : "alle meine Quartiere",
                            errors: FormErrors(), required: false),
            FormView.submit(German.Monitor.showButton)
        )
    }

    static func areaOptions(_ m: DashboardModel, geography: GeographySnapshot) -> [FormView.OptionGroup] {
        if let visible = m.visibleQuartiere {
            let own = geography.all(.statisticalDistrict).filter { visible.contains($0.id) }
            return [FormView.OptionGroup(label: "Meine Quartiere", options: own.map { .init(value: $0.slug, label: $0.name) })]
        }
        let districts = FormView.OptionGroup(label: "Stadtbezirke", options: geography.all(.district).map {
            .init(value: $0.slug, label: "Stadtbezirk " + $0.name)
        })
        return [districts] + AccountPages.quartierOptions(geography)
    }

    // MARK: headline and method

    static func headline(_ m: DashboardModel) -> Node<HTML.BodyContext> {
        let total = m.tables.total
        return .section(
            .class("card"), .attribute(named: "aria-labelledby", value: "auf-einen-blick"),
            .h2(.id("auf-einen-blick"), .text(German.Monitor.headlineHeading)),
            .p(.class("big-figure"),
               .unwrap(total.share, { .strong(.text(MonitorFormat.percent($0))) }, else: .strong(.text(MonitorFormat.suppressionText(total)))),
               .text(" " + m.outcome.label + " (ganze Stadt)")),
            .unwrap(total.ciLow) { low in
                .p(.text("95-%-Konfidenzintervall: \(MonitorFormat.interval(low, total.ciHigh ?? low)); "
                    + "\(GermanFormat.integer(total.n ?? 0)) Antworten mit dieser Angabe."))
            },
            .if(m.outcome == .ucla, .p(.text(German.Monitor.barometerNote))),
            .p(.class("hint"), .text(German.Monitor.ciNote))
        )
    }

    static func method(_ m: DashboardModel) -> Node<HTML.BodyContext> {
        let w = m.dataset.weighting
        let variableNames: [String: String] = ["stadtbezirk": "Stadtbezirk", "altersgruppe": "Altersgruppe", "geschlecht": "Geschlecht"]
        return .details(
            .class("method"),
            .summary(.text(German.Monitor.methodHeading)),
            .ul(
                .li(.text("Antworten in dieser Welle: \(GermanFormat.integer(m.dataset.count)).")),
                .li(.safeText("Gewichtet nach: \(w.marginName)" + (w.marginSource.isEmpty ? "" : ", Quelle: \(w.marginSource)")
                    + (w.marginDate.map { ", Stand \(GermanFormat.isoDate($0))" } ?? "") + ".")),
                .if(!w.variables.isEmpty, .li(.text("Gewichtungsmerkmale: "
                    + w.variables.map { variableNames[$0] ?? $0 }.joined(separator: ", ") + "."))),
                .forEach(w.adjustments) { a in
                    .li(.safeText(adjustmentText(a, name: variableNames[a.variable] ?? a.variable)))
                },
                .unwrap(w.result) { r in
                    .li(.text("Raking (iterative Anpassung): \(r.converged ? "konvergiert" : "nicht konvergiert") nach "
                        + "\(r.iterations) Durchgängen; Designeffekt (Kish) \(GermanFormat.decimal(r.designEffect, digits: 2)), "
                        + "effektive Fallzahl \(GermanFormat.integer(Int(r.effectiveSampleSize.rounded()))).")) },
                .unwrap(w.problem) { .li(.strong(.safeText(German.Monitor.weightingFailed + " " + $0))) },
                .li(.text(German.Monitor.suppressionNote)),
                .li(.text("Konfidenzintervalle: Logit-Intervall mit der effektiven Fallzahl nach Kish."))
            )
        )
    }

    static func adjustmentText(_ a: MonitorStats.MarginAdjustment, name: String) -> String {
        if a.variableDropped { return "\(name): keine verwendbaren Angaben; nicht zur Gewichtung genutzt." }
        var parts: [String] = []
        if a.missingAnswers > 0 {
            parts.append("\(GermanFormat.integer(a.missingAnswers)) Antworten ohne passende Angabe wurden mit ihrem Anteil an allen Antworten berücksichtigt")
        }
        if !a.droppedCategories.isEmpty {
            parts.append("ohne Antworten und deshalb nicht berücksichtigt: " + a.droppedCategories.joined(separator: ", "))
        }
        return "\(name): " + parts.joined(separator: "; ") + "."
    }

    // MARK: areas

    static func districtSection(_ m: DashboardModel, geography: GeographySnapshot) -> Node<HTML.BodyContext> {
        let districts = geography.all(.district)
        let byID = Dictionary(m.tables.districts.compactMap { row in row.areaID.map { ($0, row.share) } }, uniquingKeysWith: { a, _ in a })
        let values = districts.compactMap { byID[$0.id]?.share }
        let breaks = MonitorStats.ClassBreaks.niceEqualInterval(values, classes: 5)
        let svg = MonitorCharts.choropleth(
            id: "karte-bezirke", title: "Karte: \(m.outcome.shortLabel) je Stadtbezirk",
            areas: districts.map { d in
                .init(area: d, value: byID[d.id]?.share, tooltip: MonitorFormat.describe(d.name, byID[d.id]))
            }, breaks: breaks, labelNames: true, hatchedLabel: nil)
        return .section(
            .attribute(named: "aria-labelledby", value: "bezirke"),
            .h2(.id("bezirke"), .text(German.Monitor.districtsHeading)),
            .div(.class("chart-grid"),
                 mapFigure(svg, legend: MonitorCharts.legend(breaks: breaks, format: { MonitorFormat.percent($0, digits: 0) },
                                                             hatchedLabel: "unter 10 Antworten"), id: "bezirke"),
                 shareTable(caption: "\(m.outcome.shortLabel) je Stadtbezirk", firstColumn: "Stadtbezirk",
                            rows: m.tables.districts.map { row in (row.areaID.flatMap { geography.areas[$0]?.name } ?? row.share.group, row.share) },
                            total: m.tables.total)),
            csvLink("stadtbezirke", m.query)
        )
    }

    typealias QuartierRow = (area: AreaRecord?, name: String, share: SurveyStats.GroupShare?)

    static func quartierShareRows(_ m: DashboardModel, geography: GeographySnapshot, visible: (Int?) -> Bool) -> [QuartierRow] {
        var rows: [QuartierRow] = []
        let scopeDistrict: Int? = m.scope.flatMap { $0.kind == .district ? $0.id : $0.parentID }
        for district in geography.all(.district) {
            if let scopeDistrict, district.id != scopeDistrict { continue }
            let published = m.tables.quartiere[district.id] ?? []
            for q in geography.children(of: district) where visible(q.id) {
                if let scope = m.scope, scope.kind == .statisticalDistrict, scope.id != q.id { continue }
                rows.append((q, q.name, published.first { $0.areaID == q.id }?.share))
            }
        }
        return rows
    }

    static func quartierSection(_ m: DashboardModel, rows: [QuartierRow], geography: GeographySnapshot) -> Node<HTML.BodyContext> {
        let mapped = rows.compactMap { row in row.area.map { ($0, row.share) } }
        let values = mapped.compactMap { $0.1?.share }
        let breaks = MonitorStats.ClassBreaks.niceEqualInterval(values, classes: 5)
        let svg = MonitorCharts.choropleth(
            id: "karte-quartiere", title: "Karte: \(m.outcome.shortLabel) je Quartier",
            areas: mapped.map { .init(area: $0.0, value: $0.1?.share, tooltip: MonitorFormat.describe($0.0.name, $0.1)) },
            breaks: breaks, labelNames: false, hatchedLabel: "<10")
        return .section(
            .attribute(named: "aria-labelledby", value: "quartiere"),
            .h2(.id("quartiere"), .text(German.Monitor.quartiereHeading)),
            .div(.class("chart-grid"),
                 mapFigure(svg, legend: MonitorCharts.legend(breaks: breaks, format: { MonitorFormat.percent($0, digits: 0) },
                                                             hatchedLabel: "unter 10 Antworten (auf der Karte „<10“)"), id: "quartiere"),
                 shareTable(caption: "\(m.outcome.shortLabel) je Quartier", firstColumn: "Quartier",
                            rows: rows.map { ($0.name, $0.share) }, total: nil)),
            csvLink("quartiere", m.query)
        )
    }

    static func mapFigure(_ svg: String, legend: [MonitorCharts.LegendEntry], id: String) -> Node<HTML.BodyContext> {
        .element(named: "figure", nodes: [
            .class("map-figure"),
            .raw(svg),
            .element(named: "figcaption", nodes: [
                .ul(.class("legend"), .forEach(Array(legend.enumerated())) { index, entry in
                    .li(.raw(MonitorCharts.swatch(entry, id: "\(id)-legende-\(index)")), .text(" " + entry.label))
                }),
                .p(.text(German.Monitor.mapNote)),
                .p(.strong(.text(German.schematicMap)), .text(" – " + German.schematicMapNote)),
            ]),
        ])
    }

    static func th(_ text: String, numeric: Bool = false) -> Node<HTML.TableRowContext> {
        .th(.attribute(named: "scope", value: "col"), .if(numeric, .class("num")), .text(text))
    }

    static func shareTable(caption: String, firstColumn: String, rows: [(String, SurveyStats.GroupShare?)],
                           total: SurveyStats.GroupShare?) -> Node<HTML.BodyContext> {
        .div(.class("table-scroll"), MonitorPages.scrollRegion(caption), .table(
            .class("data"),
            .caption(.text(caption)),
            .thead(.tr(th(firstColumn), th("Anteil", numeric: true), th("95-%-KI", numeric: true),
                       th("Antworten", numeric: true))),
            .tbody(.forEach(rows) { name, share in shareRow(name, share) }),
            .unwrap(total) { total in .tfoot(shareRow("ganze Stadt", total)) }
        ))
    }

    /// A table wrapper that scrolls sideways on narrow screens: keyboard users can focus it to scroll.
    static func scrollRegion(_ label: String) -> Node<HTML.BodyContext> {
        .group(.attribute(named: "role", value: "region"), .attribute(named: "tabindex", value: "0"),
               .attr("aria-label", label))
    }

    static func shareRow(_ name: String, _ share: SurveyStats.GroupShare?) -> Node<HTML.TableContext> {
        let hidden = share.map(MonitorFormat.suppressionText) ?? German.Monitor.suppressedTooFew
        return .tr(
            .th(.attribute(named: "scope", value: "row"), .safeText(name)),
            .td(.class("num"), .text(share?.share.map { MonitorFormat.percent($0) } ?? hidden)),
            .td(.class("num"), .text(share.flatMap { s in s.ciLow.map { MonitorFormat.interval($0, s.ciHigh ?? $0) } } ?? "–")),
            .td(.class("num"), .text(share?.n.map(GermanFormat.integer) ?? hidden))
        )
    }

    static func csvLink(_ table: String, _ query: MonitorQuery) -> Node<HTML.BodyContext> {
        .p(.a(.attr("href", SiteURL.monitorCSV(table).path + query.string), .text(German.Monitor.csvLink),
              .span(.class("visually-hidden"), .text(" (\(table))"))))
    }

    // MARK: age and risk factors

    static func ageSection(_ m: DashboardModel) -> Node<HTML.BodyContext> {
        let rows = m.tables.age.filter { $0.group != SurveyStats.noGroupLabel || !$0.suppressed }
        let bars = rows.map { row in
            MonitorCharts.Bar(label: row.group, share: row.share, low: row.ciLow, high: row.ciHigh,
                              note: MonitorFormat.suppressionText(row))
        }
        let svg = MonitorCharts.bars(id: "balken-alter", title: "Balkendiagramm: \(m.outcome.shortLabel) nach Altersgruppe",
                                     bars: bars, reference: m.outcome == .ucla ? ref : nil)
        return .section(
            .attribute(named: "aria-labelledby", value: "alter"),
            .h2(.id("alter"), .text(German.Monitor.ageHeading)),
            .div(.class("chart-grid"),
                 .element(named: "figure", nodes: [.class("chart-figure"), .raw(svg)]),
                 shareTable(caption: "\(m.outcome.shortLabel) nach Altersgruppe (Jahre)", firstColumn: "Altersgruppe",
                            rows: rows.map { ($0.group, $0) }, total: m.tables.total)),
            csvLink("altersgruppen", m.query)
        )
    }

    static func riskSection(_ m: DashboardModel) -> Node<HTML.BodyContext> {
        var bars: [MonitorCharts.Bar] = []
        var rows: [(String, SurveyStats.GroupShare?)] = []
        for (factor, shares) in m.tables.risks {
            for share in shares {
                let label = "\(factor.label): \(share.group)"
                bars.append(.init(label: label, share: share.share, low: share.ciLow, high: share.ciHigh,
                                  note: MonitorFormat.suppressionText(share)))
                rows.append((label, share))
            }
        }
        let svg = MonitorCharts.bars(id: "balken-lebenslagen", title: "Balkendiagramm: \(m.outcome.shortLabel) nach Lebenslage",
                                     bars: bars, reference: m.outcome == .ucla ? ref : nil)
        return .section(
            .attribute(named: "aria-labelledby", value: "lebenslagen"),
            .h2(.id("lebenslagen"), .text(German.Monitor.riskHeading)),
            .p(.text(German.Monitor.riskIntro)),
            .div(.class("chart-grid"),
                 .element(named: "figure", nodes: [.class("chart-figure"), .raw(svg)]),
                 shareTable(caption: "\(m.outcome.shortLabel) nach Lebenslage", firstColumn: "Lebenslage",
                            rows: rows, total: nil)),
            csvLink("lebenslagen", m.query)
        )
    }

    // MARK: answers per area and channel

    static func channelSection(_ m: DashboardModel, geography: GeographySnapshot, visible: (Int?) -> Bool) -> Node<HTML.BodyContext> {
        let t = m.counts.table
        let scopeDistrict: Int? = m.scope.flatMap { $0.kind == .district ? $0.id : $0.parentID }
        let rowIndices = m.counts.rowAreaIDs.indices.filter { r in
            let id = m.counts.rowAreaIDs[r]
            if !visible(id) { return false }
            if let scope = m.scope {
                guard let id, let area = geography.areas[id] else { return false }
                if scope.kind == .statisticalDistrict { return id == scope.id }
                return area.parentID == scopeDistrict
            }
            return true
        }
        let channels = SurveyQueries.Channel.allCases
        return .section(
            .attribute(named: "aria-labelledby", value: "wege"),
            .h2(.id("wege"), .text(German.Monitor.channelHeading)),
            .div(.class("table-scroll"), MonitorPages.scrollRegion("Tabelle der Antworten nach Gebiet und Weg"), .table(
                .class("data"),
                .caption(.text("Antworten je Quartier und Weg (online, Kiosk, Papier)")),
                .thead(.tr(th("Quartier"), .forEach(channels) { th($0.germanName, numeric: true) }, th("zusammen", numeric: true))),
                .tbody(.forEach(rowIndices) { r in
                    .tr(.th(.attribute(named: "scope", value: "row"),
                            .safeText(m.counts.rowAreaIDs[r].flatMap { geography.areas[$0]?.name } ?? SurveyStats.noGroupLabel)),
                        .forEach(channels.indices) { c in .td(.class("num"), .text(MonitorFormat.count(t.cell(r, c)))) },
                        .td(.class("num"), .text(MonitorFormat.count(t.rowTotal(r)))))
                }),
                .if(m.isCoordinator && m.scope == nil, .tfoot(.tr(
                    .th(.attribute(named: "scope", value: "row"), "ganze Stadt"),
                    .forEach(channels.indices) { c in .td(.class("num"), .text(MonitorFormat.count(t.columnTotal(c)))) },
                    .td(.class("num"), .text(MonitorFormat.count(t.publishedGrandTotal))))))
            )),
            csvLink("antworten", m.query)
        )
    }

    // MARK: wishes

    static func wishesSection(_ m: DashboardModel) -> Node<HTML.BodyContext> {
        .section(
            .attribute(named: "aria-labelledby", value: "wuensche"),
            .h2(.id("wuensche"), .text(German.Monitor.wishesHeading + ": " + m.wishAreaName)),
            .p(.text(German.Monitor.wishesIntro)),
            .unwrap(m.wishes.answers, { n in
                .group(
                    .div(.class("table-scroll"), MonitorPages.scrollRegion("Tabelle der Wünsche"), .table(
                        .class("data"),
                        .caption(.text("Wünsche in \(m.wishAreaName) (\(GermanFormat.integer(n)) Antworten mit mindestens einem Wunsch)")),
                        .thead(.tr(th("Rang", numeric: true), th("Wunsch"), th("Anteil", numeric: true))),
                        .tbody(.forEach(Array(m.wishes.rows.enumerated())) { index, row in
                            .tr(.td(.class("num"), .text("\(index + 1)")),
                                .th(.attribute(named: "scope", value: "row"), .safeText(row.option.label)),
                                .td(.class("num"), .text(MonitorFormat.percent(row.share))))
                        })
                    )),
                    csvLink("wuensche", m.query)
                )
            }, else: .p(.class("empty-state"), .text("Für \(m.wishAreaName) gibt es weniger als 10 Antworten zu den Wünschen.")))
        )
    }

    // MARK: panel

    static func panelSection(_ m: DashboardModel) -> Node<HTML.BodyContext> {
        guard let panel = m.panel else { return .empty }
        let pairs: String = panel.means.pairs < MonitorStats.minimumAnswers ? "unter 10" : GermanFormat.integer(panel.means.pairs)
        let intro: String = "Menschen, die mit ihrem persönlichen Code in „" + panel.previousWaveName
            + "“ und in dieser Welle geantwortet haben: " + pairs + " Paare. Ungewichtet; niemand ist dabei namentlich bekannt."
        return .section(
            .attribute(named: "aria-labelledby", value: "panel"),
            .h2(.id("panel"), .text(German.Monitor.panelResultHeading)),
            .p(.safeText(intro)),
            .if(panel.means.suppressed && panel.shares.suppressed,
                .p(.class("empty-state"), .text("Für einen Vergleich braucht es mindestens 10 Paare."))),
            .if(!(panel.means.suppressed && panel.shares.suppressed), .div(.class("table-scroll"), MonitorPages.scrollRegion("Tabelle Vorher-Nachher"), .table(
                .class("data"),
                .caption(.text("Vorher-Nachher-Vergleich derselben Personen")),
                .thead(.tr(th("Messgröße"), th("vorher", numeric: true), th("nachher", numeric: true),
                           th("Veränderung (95-%-KI)", numeric: true), th("Paare", numeric: true))),
                .tbody(
                    panelRow("UCLA-3-Mittelwert (1–5)", before: panel.means.meanBefore.map { GermanFormat.decimal($0, digits: 2) },
                             after: panel.means.meanAfter.map { GermanFormat.decimal($0, digits: 2) },
                             change: meanChange(panel.means), pairs: panel.means.pairs),
                    panelRow("Anteil einsamkeitsbelastet (UCLA-3)", before: panel.shares.shareBefore.map { MonitorFormat.percent($0) },
                             after: panel.shares.shareAfter.map { MonitorFormat.percent($0) },
                             change: shareChange(panel.shares), pairs: panel.shares.pairs)
                )
            ))),
            .if(!(panel.means.suppressed && panel.shares.suppressed), csvLink("vorher-nachher", m.query))
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
        guard let d = p.difference, let low = p.ciLow, let high = p.ciHigh else { return German.Monitor.suppressedTooFew }
        return GermanFormat.decimal(d, digits: 2) + " (" + GermanFormat.decimal(low, digits: 2) + " bis "
            + GermanFormat.decimal(high, digits: 2) + ")"
    }

    static func shareChange(_ p: MonitorStats.PairedShares) -> String {
        guard let d = p.difference, let low = p.ciLow, let high = p.ciHigh else { return German.Monitor.suppressedTooFew }
        return GermanFormat.decimal(d * 100) + " Prozentpunkte (" + GermanFormat.decimal(low * 100) + " bis "
            + GermanFormat.decimal(high * 100) + ")"
    }
}
