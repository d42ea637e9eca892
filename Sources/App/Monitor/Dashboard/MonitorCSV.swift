import Foundation
import GemeinsamCore

/// The CSV downloads: the same rows as the pages, suppressed figures left empty with the reason. Column names
/// are part of the download's contract and stay as they are.
enum MonitorCSV {
    typealias T = Texts.MonitorDashboard

    static let tables: Set<String> = ["stadtbezirke", "quartiere", "altersgruppen", "lebenslagen", "antworten", "wuensche",
                                      "luecken", "freitexte", "vorher-nachher", "sprachen"]
    static let coordinatorOnly: Set<String> = ["stadtbezirke", "altersgruppen", "lebenslagen", "vorher-nachher", "sprachen"]

    static let shareHeader = ["Anteil_Prozent", "KI_unten_Prozent", "KI_oben_Prozent", "Antworten", "Hinweis"]

    static func share(_ row: SurveyStats.GroupShare?) -> [String] {
        guard let row, !row.suppressed else {
            return ["", "", "", "", row.map(MonitorFormat.suppressionText) ?? Texts.Monitor.suppressedTooFew]
        }
        return [percent(row.share), percent(row.ciLow), percent(row.ciHigh), row.n.map(String.init) ?? "", ""]
    }

    static func percent(_ share: Double?, digits: Int = 1) -> String {
        MonitorFormat.csvNumber(share.map { $0 * 100 }, digits: digits)
    }

    static func rows(_ name: String, model m: DashboardModel, geography: GeographySnapshot) -> [[String]] {
        func areaName(_ id: Int?) -> String? { id.flatMap { geography.areas[$0]?.name } }
        let wholeCity = Texts.Monitor.wholeCity
        switch name {
        case "stadtbezirke":
            return [[UIText.text("monitorCSV.areaName.1")] + shareHeader]
                + m.tables.districts.map { [MonitorFormat.csvText(areaName($0.areaID) ?? $0.share.group)] + share($0.share) }
                + [[wholeCity] + share(m.tables.total)]
        case "quartiere":
            return [[UIText.text("monitorCSV.areaName.2"), UIText.text("monitorCSV.areaName.3")] + shareHeader]
                + MonitorPages.quartierShareRows(m, geography: geography).map { row in
                    [row.area.flatMap { geography.parent(of: $0)?.name } ?? "", row.name] + share(row.share)
                }
        case "altersgruppen":
            return [["Altersgruppe"] + shareHeader] + m.tables.age.map { [$0.group] + share($0) } + [[wholeCity] + share(m.tables.total)]
        case "lebenslagen":
            return [["Lebenslage", "trifft_zu"] + shareHeader]
                + m.tables.risks.flatMap { factor, rows in rows.map { [factor.label, $0.group] + share($0) } }
        case "sprachen":
            return [["Sprache", "Sprachcode"] + shareHeader]
                + m.tables.languages.map { [MonitorPages.languageLabel($0.group), $0.group] + share($0) }
                + [[wholeCity, ""] + share(m.tables.total)]
        case "antworten":
            return answers(m, geography: geography)
        case "wuensche":
            guard let n = m.wishes.answers else { return [["Gebiet", "Hinweis"], [m.wishAreaName, Texts.Monitor.suppressedTooFew]] }
            return [["Gebiet", "Rang", "Wunsch", "Anteil_Prozent", "Antworten_mit_Wunsch"]]
                + m.wishes.rows.enumerated().map { [m.wishAreaName, String($0.offset + 1), $0.element.option.label,
                                                    percent($0.element.share), String(n)] }
        case "vorher-nachher":
            return panel(m.panel)
        default:
            return []
        }
    }

    static func answers(_ m: DashboardModel, geography: GeographySnapshot) -> [[String]] {
        let t = m.counts.table
        let channels = SurveyChannel.allCases.indices
        var out = [[UIText.text("monitorCSV.answers")] + SurveyChannel.allCases.map(\.label) + ["zusammen"]]
        for (r, id) in m.counts.rowAreaIDs.enumerated() where m.viewer.showsRow(id) {
            out.append([id.flatMap { geography.areas[$0]?.name } ?? SurveyStats.noGroupLabel]
                + channels.map { MonitorFormat.count(t.cell(r, $0)) } + [MonitorFormat.count(t.rowTotal(r))])
        }
        if m.viewer.quartiere == nil {
            out.append([Texts.Monitor.wholeCity] + channels.map { MonitorFormat.count(t.columnTotal($0)) }
                + [MonitorFormat.count(t.publishedGrandTotal)])
        }
        return out
    }

    static func panel(_ p: PanelComparison?) -> [[String]] {
        guard let p else { return [["Hinweis"], [T.noPairs]] }
        func number(_ x: Double?) -> String { MonitorFormat.csvNumber(x, digits: 2) }
        let pairs: (Int) -> String = { $0 >= MonitorStats.minimumAnswers ? String($0) : Texts.Monitor.suppressedTooFew }
        return [["Messgroesse", "vorher", "nachher", "Veraenderung", "KI_unten", "KI_oben", "Paare", "Vergleichswelle"],
                ["UCLA-3-Mittelwert", number(p.means.meanBefore), number(p.means.meanAfter), number(p.means.difference),
                 number(p.means.ciLow), number(p.means.ciHigh), pairs(p.means.pairs), MonitorFormat.csvText(p.previousWaveName)],
                ["Anteil_einsamkeitsbelastet_Prozent", percent(p.shares.shareBefore), percent(p.shares.shareAfter),
                 percent(p.shares.difference), percent(p.shares.ciLow), percent(p.shares.ciHigh),
                 pairs(p.shares.pairs), MonitorFormat.csvText(p.previousWaveName)]]
    }

    static func gaps(_ g: GapController.GapModel) -> [[String]] {
        var header = ["Rang", UIText.text("monitorCSV.gaps.1"), UIText.text("monitorCSV.gaps.2"), UIText.text("monitorCSV.gaps.3"), "Anteil_Prozent", "Anteil_Quelle", "Bedarf",
                      "Bedarf_unten", "Bedarf_oben"]
        header += g.indicators.map { $0.key + "_je_1000" }
        header += ["Bedarfsrang", "Angebotsrang", "Luecke"]
        return [header] + g.rows.map { row in
            [row.gap.rank.map(String.init) ?? "", row.quartier.name, row.district?.name ?? "",
             row.quartier.population.map(String.init) ?? "", percent(row.share?.share),
             row.source.map(T.sourceName) ?? "",
             MonitorFormat.csvNumber(row.gap.need, digits: 0), MonitorFormat.csvNumber(row.needLow, digits: 0),
             MonitorFormat.csvNumber(row.needHigh, digits: 0)]
                + row.gap.supplyPerThousand.map { MonitorFormat.csvNumber($0, digits: 3) }
                + [MonitorFormat.csvNumber(row.gap.needScore, digits: 3), MonitorFormat.csvNumber(row.gap.supplyScore, digits: 3),
                   MonitorFormat.csvNumber(row.gap.gap, digits: 3)]
        }
    }

    static func freeTexts(_ t: FreeTextController.FreeTextModel) -> [[String]] {
        [["Gebiet", "Text"]] + t.approved.map { [T.areaName($0.area), MonitorFormat.csvText($0.text.text)] }
    }
}
