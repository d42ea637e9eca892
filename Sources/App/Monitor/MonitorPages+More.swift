import Foundation
import GemeinsamCore
import Plot

extension MonitorPages {
    static func noWaves(isCoordinator: Bool, context: PageContext) -> HTML {
        Layout.page(title: German.Monitor.dashboardTitle, context: context, main: .group(
            .h1(.text(German.Monitor.dashboardTitle)),
            .p(.class("empty-state"), .text(German.Monitor.noWaves)),
            .if(isCoordinator, .p(.a(.href(SiteURL.monitorManage.path), .text(German.Monitor.manageLink))))
        ))
    }

    // MARK: gap analysis

    static func gaps(_ m: DashboardModel, gaps: MonitorController.GapModel, geography: GeographySnapshot,
                     context: PageContext) -> HTML {
        let ranked = gaps.rows.filter { $0.gap.gap != nil }
        let breaks = MonitorStats.ClassBreaks.niceEqualInterval(ranked.compactMap(\.gap.gap), classes: 5)
        let svg = MonitorCharts.choropleth(
            id: "karte-luecken", title: "Karte: Lücke zwischen Bedarf und Angebot je Quartier",
            areas: gaps.rows.map { row in
                .init(area: row.quartier, value: row.gap.gap,
                      tooltip: row.quartier.name + ": " + (row.gap.rank.map { "Rang \($0), Lücke " + GermanFormat.decimal(row.gap.gap!, digits: 2) }
                        ?? "keine Schätzung"))
            }, breaks: breaks, labelNames: false, hatchedLabel: nil)
        let top = Array(ranked.prefix(10))
        return Layout.page(title: German.Monitor.gapsTitle, context: context, main: .group(
            .h1(.text(German.Monitor.gapsTitle)),
            .if(m.dataset.isSample || m.wave.isSample, sampleBanner()),
            subnav(m.query, isCoordinator: m.isCoordinator, pending: m.pendingFreeTexts),
            filterForm(m, geography: geography, action: SiteURL.monitorGaps.path),
            .p(.text(German.Monitor.gapsIntro)),
            .p(.class("hint"), .text(German.Monitor.gapsPopulationNote)),
            .section(
                .attribute(named: "aria-labelledby", value: "indikatoren"),
                .h2(.id("indikatoren"), .text(German.Monitor.indicatorsHeading)),
                .ul(.forEach(gaps.indicators) { .li(.strong(.safeText($0.label + ": ")), .safeText($0.explanation)) })
            ),
            .section(
                .attribute(named: "aria-labelledby", value: "am-meisten"),
                .h2(.id("am-meisten"), .text("Hier fehlt es am meisten")),
                .if(top.isEmpty, .p(.class("empty-state"), .text("Noch keine Quartiere mit Schätzung und Einwohnerzahl."))),
                .ol(.class("gap-top"), .forEach(top) { row in
                    .li(.strong(.safeText(row.quartier.name)),
                        .safeText(" (\(row.district?.name ?? "")): etwa \(row.gap.need.map { GermanFormat.integer(Int($0.rounded())) } ?? "–") "
                            + "Menschen \(m.outcome.shortLabel)"))
                })
            ),
            .div(.class("chart-grid"),
                 mapFigure(svg, legend: MonitorCharts.legend(breaks: breaks, format: { GermanFormat.decimal($0, digits: 2) },
                                                             hatchedLabel: "keine Schätzung oder keine Einwohnerzahl"), id: "luecken"),
                 .div(.p(.text(German.Monitor.gapsMapCaption)))),
            .div(.class("table-scroll"), MonitorPages.scrollRegion("Tabelle der Lückenanalyse"), .table(
                .class("data data-wide"),
                .caption(.text("Alle Quartiere nach Lücke (Rang 1 = größte Lücke)")),
                .thead(.tr(th("Rang", numeric: true), th("Quartier"), th("Einwohner*innen", numeric: true),
                           th("Anteil (95-%-KI)", numeric: true), th("Bedarf: geschätzte Zahl (95-%-KI)", numeric: true),
                           .forEach(gaps.indicators) { th($0.unit, numeric: true) },
                           th("Lücke", numeric: true))),
                .tbody(.forEach(gaps.rows) { gapRow($0) })
            )),
            csvLink("luecken", m.query)
        ))
    }

    static func gapRow(_ row: MonitorController.GapModel.Row) -> Node<HTML.TableContext> {
        let rank = row.gap.rank.map(String.init) ?? "–"
        let population = row.quartier.population.map(GermanFormat.integer) ?? "keine Zahl"
        let share = row.share.flatMap { s in s.share.map { MonitorFormat.percent($0) } } ?? "–"
        var interval = ""
        if let low = row.share?.ciLow, let high = row.share?.ciHigh { interval = " (" + MonitorFormat.interval(low, high) + ")" }
        var source = ""
        if row.source == .district { source = " Wert des Stadtbezirks" } else if row.source == .city { source = " Wert der Stadt" }
        let need = row.gap.need.map { GermanFormat.integer(Int($0.rounded())) } ?? "–"
        var needRange = ""
        if let low = row.needLow, let high = row.needHigh {
            needRange = " (" + GermanFormat.integer(Int(low.rounded())) + " – " + GermanFormat.integer(Int(high.rounded())) + ")"
        }
        let supply = row.gap.supplyPerThousand.map { v in v.map { GermanFormat.decimal($0, digits: 2) } ?? "–" }
        let gap = row.gap.gap.map { GermanFormat.decimal($0, digits: 2) } ?? "–"
        let district: String = row.district.map { " (" + $0.name + ")" } ?? ""
        return .tr(
            .td(.class("num"), .text(rank)),
            .th(.attribute(named: "scope", value: "row"), .safeText(row.quartier.name), .span(.class("source"), .safeText(district))),
            .td(.class("num"), .text(population)),
            .td(.class("num"), .text(share), .span(.class("source"), .text(interval + source))),
            .td(.class("num"), .text(need), .span(.class("source"), .text(needRange))),
            .forEach(supply) { .td(.class("num"), .text($0)) },
            .td(.class("num"), .text(gap))
        )
    }

    // MARK: free texts

    static func freeTexts(_ m: DashboardModel, texts: MonitorController.FreeTextModel, context: PageContext) -> HTML {
        Layout.page(title: German.Monitor.freeTextsTitle, context: context, main: .group(
            .h1(.text(m.isCoordinator ? German.Monitor.freeTextsTitle : "Freitexte")),
            .if(m.dataset.isSample || m.wave.isSample, sampleBanner()),
            subnav(m.query, isCoordinator: m.isCoordinator, pending: m.pendingFreeTexts),
            .p(.text(German.Monitor.freeTextsIntro)),
            .if(m.isCoordinator, .section(
                .attribute(named: "aria-labelledby", value: "zu-pruefen"),
                .h2(.id("zu-pruefen"), .text(German.Monitor.pendingHeading + " (\(texts.pending.count))")),
                .if(texts.pending.isEmpty, .p(.class("empty-state"), .text(German.Monitor.noPending))),
                .ul(.class("review-list"), .forEach(Array(texts.pending.enumerated())) { index, text in
                    .li(.class("review-item"),
                        .element(named: "blockquote", nodes: [.id("freitext-\(index + 1)"), .p(.safeText(text.text))]),
                        .if(text.isSample, .p(.class("source"), .text(German.sampleBadge))),
                        .form(.method(.post), .action(SiteURL.monitorFreeTextReview.path), .class("button-row"),
                              FormView.csrfField(context.csrfToken),
                              FormView.inputElement([("type", "hidden"), ("name", "id"), ("value", text.id.uuidString)]),
                              FormView.inputElement([("type", "hidden"), ("name", "welle"), ("value", m.wave.id.uuidString)]),
                              .button(.type(.submit), .name("entscheidung"), .value("freigeben"), .class("button"),
                                      .attribute(named: "aria-describedby", value: "freitext-\(index + 1)"),
                                      .text(German.Monitor.approve)),
                              .button(.type(.submit), .name("entscheidung"), .value("ablehnen"), .class("button button-secondary"),
                                      .attribute(named: "aria-describedby", value: "freitext-\(index + 1)"),
                                      .text(German.Monitor.reject))))
                })
            )),
            .section(
                .attribute(named: "aria-labelledby", value: "freigegeben"),
                .h2(.id("freigegeben"), .text(German.Monitor.approvedHeading + " (\(texts.approved.count))")),
                .p(.class("hint"), .text(German.Monitor.freeTextAreaNote)),
                .if(texts.approved.isEmpty, .p(.class("empty-state"), .text(German.Monitor.noApproved))),
                .if(!texts.approved.isEmpty, .div(.class("table-scroll"), MonitorPages.scrollRegion("Tabelle der freigegebenen Freitexte"), .table(
                    .class("data"),
                    .caption(.text("Freigegebene Freitexte")),
                    .thead(.tr(th("Gebiet"), th("Text"))),
                    .tbody(.forEach(texts.approved) { entry in
                        .tr(.td(.safeText(areaLabel(entry.area))), .td(.safeText(entry.text.text)))
                    })
                ))),
                csvLink("freitexte", m.query)
            )
        ))
    }

    static func areaLabel(_ area: AreaRecord?) -> String {
        guard let area else { return "ohne Ortsangabe" }
        return area.kind == .district ? "Stadtbezirk " + area.name : area.name
    }
}

/// The CSV downloads: the same rows as the pages, suppressed figures left empty with the reason.
enum MonitorCSV {
    static let tables: Set<String> = ["stadtbezirke", "quartiere", "altersgruppen", "lebenslagen", "antworten", "wuensche",
                                      "luecken", "freitexte", "vorher-nachher"]
    static let coordinatorOnly: Set<String> = ["stadtbezirke", "altersgruppen", "lebenslagen", "vorher-nachher"]

    static let shareHeader = ["Anteil_Prozent", "KI_unten_Prozent", "KI_oben_Prozent", "Antworten", "Hinweis"]

    static func share(_ row: SurveyStats.GroupShare?) -> [String] {
        guard let row, !row.suppressed else {
            return ["", "", "", "", row.map(MonitorFormat.suppressionText) ?? German.Monitor.suppressedTooFew]
        }
        return [MonitorFormat.csvNumber(row.share.map { $0 * 100 }), MonitorFormat.csvNumber(row.ciLow.map { $0 * 100 }),
                MonitorFormat.csvNumber(row.ciHigh.map { $0 * 100 }), row.n.map(String.init) ?? "", ""]
    }

    static func rows(_ name: String, model m: DashboardModel, geography: GeographySnapshot) -> [[String]] {
        let visible: (Int?) -> Bool = { id in m.visibleQuartiere == nil || (id.map { m.visibleQuartiere!.contains($0) } ?? false) }
        switch name {
        case "stadtbezirke":
            return [["Stadtbezirk"] + shareHeader]
                + m.tables.districts.map { [MonitorFormat.csvText($0.areaID.flatMap { geography.areas[$0]?.name } ?? $0.share.group)] + share($0.share) }
                + [["ganze Stadt"] + share(m.tables.total)]
        case "quartiere":
            return [["Stadtbezirk", "Quartier"] + shareHeader]
                + MonitorPages.quartierShareRows(m, geography: geography, visible: visible).map { row in
                    [row.area.flatMap { geography.parent(of: $0)?.name } ?? "", row.name] + share(row.share)
                }
        case "altersgruppen":
            return [["Altersgruppe"] + shareHeader] + m.tables.age.map { [$0.group] + share($0) } + [["ganze Stadt"] + share(m.tables.total)]
        case "lebenslagen":
            return [["Lebenslage", "trifft_zu"] + shareHeader]
                + m.tables.risks.flatMap { factor, rows in rows.map { [factor.label, $0.group] + share($0) } }
        case "antworten":
            let t = m.counts.table
            var out = [["Quartier"] + SurveyQueries.Channel.allCases.map(\.germanName) + ["zusammen"]]
            for (r, id) in m.counts.rowAreaIDs.enumerated() where visible(id) {
                out.append([id.flatMap { geography.areas[$0]?.name } ?? SurveyStats.noGroupLabel]
                    + SurveyQueries.Channel.allCases.indices.map { MonitorFormat.count(t.cell(r, $0)) } + [MonitorFormat.count(t.rowTotal(r))])
            }
            if m.visibleQuartiere == nil {
                out.append(["ganze Stadt"] + SurveyQueries.Channel.allCases.indices.map { MonitorFormat.count(t.columnTotal($0)) }
                    + [MonitorFormat.count(t.publishedGrandTotal)])
            }
            return out
        case "wuensche":
            guard let n = m.wishes.answers else { return [["Gebiet", "Hinweis"], [m.wishAreaName, German.Monitor.suppressedTooFew]] }
            return [["Gebiet", "Rang", "Wunsch", "Anteil_Prozent", "Antworten_mit_Wunsch"]]
                + m.wishes.rows.enumerated().map { [m.wishAreaName, String($0.offset + 1), $0.element.option.label,
                                                    MonitorFormat.csvNumber($0.element.share * 100), String(n)] }
        case "vorher-nachher":
            guard let p = m.panel else { return [["Hinweis"], ["keine Paare"]] }
            func number(_ x: Double?, _ digits: Int = 2) -> String { MonitorFormat.csvNumber(x, digits: digits) }
            let pairs: (Int) -> String = { $0 >= MonitorStats.minimumAnswers ? String($0) : German.Monitor.suppressedTooFew }
            return [["Messgroesse", "vorher", "nachher", "Veraenderung", "KI_unten", "KI_oben", "Paare", "Vergleichswelle"],
                    ["UCLA-3-Mittelwert", number(p.means.meanBefore), number(p.means.meanAfter), number(p.means.difference),
                     number(p.means.ciLow), number(p.means.ciHigh), pairs(p.means.pairs), MonitorFormat.csvText(p.previousWaveName)],
                    ["Anteil_einsamkeitsbelastet_Prozent", number(p.shares.shareBefore.map { $0 * 100 }, 1),
                     number(p.shares.shareAfter.map { $0 * 100 }, 1), number(p.shares.difference.map { $0 * 100 }, 1),
                     number(p.shares.ciLow.map { $0 * 100 }, 1), number(p.shares.ciHigh.map { $0 * 100 }, 1),
                     pairs(p.shares.pairs), MonitorFormat.csvText(p.previousWaveName)]]
        default:
            return []
        }
    }

    static func gaps(_ g: MonitorController.GapModel) -> [[String]] {
        var header = ["Rang", "Quartier", "Stadtbezirk", "Einwohner", "Anteil_Prozent", "Anteil_Quelle", "Bedarf",
                      "Bedarf_unten", "Bedarf_oben"]
        header += g.indicators.map { $0.key + "_je_1000" }
        header += ["Bedarfsrang", "Angebotsrang", "Luecke"]
        return [header] + g.rows.map { row in
            [row.gap.rank.map(String.init) ?? "", row.quartier.name, row.district?.name ?? "",
             row.quartier.population.map(String.init) ?? "",
             MonitorFormat.csvNumber(row.share?.share.map { $0 * 100 }),
             row.source.map { $0 == .quartier ? "Quartier" : $0 == .district ? "Stadtbezirk" : "Stadt" } ?? "",
             MonitorFormat.csvNumber(row.gap.need, digits: 0), MonitorFormat.csvNumber(row.needLow, digits: 0),
             MonitorFormat.csvNumber(row.needHigh, digits: 0)]
                + row.gap.supplyPerThousand.map { MonitorFormat.csvNumber($0, digits: 3) }
                + [MonitorFormat.csvNumber(row.gap.needScore, digits: 3), MonitorFormat.csvNumber(row.gap.supplyScore, digits: 3),
                   MonitorFormat.csvNumber(row.gap.gap, digits: 3)]
        }
    }

    static func freeTexts(_ t: MonitorController.FreeTextModel) -> [[String]] {
        [["Gebiet", "Text"]] + t.approved.map { [MonitorPages.areaLabel($0.area), MonitorFormat.csvText($0.text.text)] }
    }
}
