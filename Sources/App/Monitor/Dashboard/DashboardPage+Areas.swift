import Foundation
import GemeinsamCore
import Plot

/// The dashboard's sections by area: Stadtbezirke and Quartiere (map and table), answers per Quartier and channel.
extension MonitorPages {
    static func districtSection(_ m: DashboardModel, geography: GeographySnapshot) -> Node<HTML.BodyContext> {
        let byID = Dictionary(m.tables.districts.compactMap { row in row.areaID.map { ($0, row.share) } },
                              uniquingKeysWith: { a, _ in a })
        return areaSection(
            m, id: "bezirke", heading: Texts.Monitor.districtsHeading, per: T.perDistrict, firstColumn: T.districtColumn,
            mapped: geography.all(.district).map { ($0, byID[$0.id]) }, labelNames: true, hatchedLabel: nil,
            legendHatched: T.fewerThanTen,
            rows: m.tables.districts.map { row in (row.areaID.flatMap { geography.areas[$0]?.name } ?? row.share.group, row.share) },
            total: m.tables.total, csv: "stadtbezirke")
    }

    /// A map of areas and the table of their shares.
    static func areaSection(_ m: DashboardModel, id: String, heading: String, per: String, firstColumn: String,
                            mapped: [(AreaRecord, SurveyStats.GroupShare?)], labelNames: Bool, hatchedLabel: String?,
                            legendHatched: String, rows: [(String, SurveyStats.GroupShare?)], total: SurveyStats.GroupShare?,
                            csv: String) -> Node<HTML.BodyContext> {
        let breaks = MonitorStats.ClassBreaks.niceEqualInterval(mapped.compactMap { $0.1?.share }, classes: 5)
        let svg = MonitorCharts.choropleth(
            id: "karte-" + id, title: T.mapTitle(m.outcome.shortLabel, per: per),
            areas: mapped.map { .init(area: $0.0, value: $0.1?.share, tooltip: MonitorFormat.describe($0.0.name, $0.1)) },
            breaks: breaks, labelNames: labelNames, hatchedLabel: hatchedLabel, cache: m.cache)
        return .section(
            .attribute(named: "aria-labelledby", value: id),
            .h2(.id(id), .text(heading)),
            .div(.class("chart-grid"),
                 mapFigure(svg, legend: MonitorCharts.legend(breaks: breaks, format: { MonitorFormat.percent($0, digits: 0) },
                                                             hatchedLabel: legendHatched), id: id),
                 shareTable(caption: m.outcome.shortLabel + " " + per, firstColumn: firstColumn, rows: rows, total: total)),
            csvLink(csv, m.query)
        )
    }

    typealias QuartierRow = (area: AreaRecord?, name: String, share: SurveyStats.GroupShare?)

    /// The Quartiere the viewer may see in the chosen area, with their published shares.
    static func quartierShareRows(_ m: DashboardModel, geography: GeographySnapshot) -> [QuartierRow] {
        var rows: [QuartierRow] = []
        for district in geography.all(.district) {
            if let scopeDistrict = m.scopeDistrict, district.id != scopeDistrict { continue }
            let published = m.tables.quartiere[district.id] ?? []
            for q in geography.children(of: district) where m.viewer.showsRow(q.id) {
                if let scope = m.scope, scope.kind == .statisticalDistrict, scope.id != q.id { continue }
                rows.append((q, q.name, published.first { $0.areaID == q.id }?.share))
            }
        }
        return rows
    }

    static func quartierSection(_ m: DashboardModel, geography: GeographySnapshot) -> Node<HTML.BodyContext> {
        let rows = quartierShareRows(m, geography: geography)
        return areaSection(
            m, id: "quartiere", heading: Texts.Monitor.quartiereHeading, per: T.perQuartier, firstColumn: T.quartierColumn,
            mapped: rows.compactMap { row in row.area.map { ($0, row.share) } }, labelNames: false,
            hatchedLabel: T.fewerThanTenShort, legendHatched: T.fewerThanTenOnMap, rows: rows.map { ($0.name, $0.share) },
            total: nil, csv: "quartiere")
    }

    /// Indices of the rows of `counts` the section shows: the viewer's Quartiere in the chosen area.
    static func channelRows(_ m: DashboardModel, geography: GeographySnapshot) -> [Int] {
        m.counts.rowAreaIDs.indices.filter { r in
            let id = m.counts.rowAreaIDs[r]
            guard m.viewer.showsRow(id) else { return false }
            guard let scope = m.scope else { return true }
            guard let id, let area = geography.areas[id] else { return false }
            return scope.kind == .statisticalDistrict ? id == scope.id : area.parentID == m.scopeDistrict
        }
    }

    static func channelSection(_ m: DashboardModel, geography: GeographySnapshot) -> Node<HTML.BodyContext> {
        let t = m.counts.table
        let channels = SurveyChannel.allCases
        return .section(
            .attribute(named: "aria-labelledby", value: "wege"),
            .h2(.id("wege"), .text(Texts.Monitor.channelHeading)),
            .div(.class("table-scroll"), .scrollRegion(T.channelTableLabel), .table(
                .class("data"),
                .caption(.text(T.channelCaption)),
                .thead(.tr(.columnHeader(T.quartierColumn), .forEach(channels) { .columnHeader($0.label, numeric: true) },
                           .columnHeader(T.totalColumn, numeric: true))),
                .tbody(.forEach(channelRows(m, geography: geography)) { r in
                    .tr(.th(.attribute(named: "scope", value: "row"),
                            .safeText(m.counts.rowAreaIDs[r].flatMap { geography.areas[$0]?.name } ?? SurveyStats.noGroupLabel)),
                        .forEach(channels.indices) { c in .td(.class("num"), .text(MonitorFormat.count(t.cell(r, c)))) },
                        .td(.class("num"), .text(MonitorFormat.count(t.rowTotal(r)))))
                }),
                .if(m.isCoordinator && m.scope == nil, .tfoot(.tr(
                    .th(.attribute(named: "scope", value: "row"), .text(Texts.Monitor.wholeCity)),
                    .forEach(channels.indices) { c in .td(.class("num"), .text(MonitorFormat.count(t.columnTotal(c)))) },
                    .td(.class("num"), .text(MonitorFormat.count(t.publishedGrandTotal))))))
            )),
            csvLink("antworten", m.query)
        )
    }
}
