import Foundation
import GemeinsamCore
import Vapor

/// The gap analysis: the estimated number of lonely people per Quartier (need) against what the other pillars
/// offer there (supply), ranked.
enum GapController {
    @Sendable static func gaps(req: Request) async throws -> Response {
        try await DashboardController.withModel(req) { model in
            let gaps = try await gapModel(req, tables: model.tables, viewer: model.viewer)
            return MonitorPages.gaps(model, gaps: gaps, geography: req.geography, context: req.pageContext).response()
        }
    }

    struct GapModel: Sendable {
        struct Row: Sendable {
            var quartier: AreaRecord
            var district: AreaRecord?
            var share: SurveyStats.GroupShare?
            var source: MonitorTables.ShareSource?
            var needLow: Double?
            var needHigh: Double?
            var gap: MonitorStats.GapRow
        }
        var rows: [Row]
        var indicators: [any SupplyIndicator]
    }

    static func gapModel(_ req: Request, tables: MonitorTables, viewer: MonitorAccess.Viewer) async throws -> GapModel {
        let geography = req.geography
        let indicators = SupplyIndicators.all
        let today = SurveyDay.date(req.now)
        var amounts: [[Int: Double]] = []
        for indicator in indicators { amounts.append(try await indicator.amounts(today: today, on: req.sql)) }
        var best: [Int: (SurveyStats.GroupShare, MonitorTables.ShareSource)] = [:]
        var areas: [MonitorStats.GapArea] = []
        for q in geography.all(.statisticalDistrict) {
            let found = tables.bestShare(quartier: q)
            if let found { best[q.id] = found }
            let population = q.population.map(Double.init)
            areas.append(MonitorStats.GapArea(id: String(q.id), population: population,
                                              need: product(found?.0.share, population),
                                              supply: amounts.map { $0[q.id] ?? 0 }))
        }
        var rows: [GapModel.Row] = []
        for gap in MonitorStats.rankGaps(areas) {
            guard let id = Int(gap.id), let q = geography.areas[id], viewer.mayView(q) else { continue }
            let share = best[id]
            let population = q.population.map(Double.init)
            rows.append(GapModel.Row(quartier: q, district: geography.parent(of: q), share: share?.0, source: share?.1,
                                     needLow: product(share?.0.ciLow, population),
                                     needHigh: product(share?.0.ciHigh, population), gap: gap))
        }
        return GapModel(rows: rows, indicators: indicators)
    }

    static func product(_ a: Double?, _ b: Double?) -> Double? {
        guard let a, let b else { return nil }
        return a * b
    }
}
