import Foundation
import GemeinsamCore
import Vapor

/// The dashboard: estimates of the chosen wave and outcome by area, age and life situation, answers per channel,
/// wishes, and the panel's before/after comparison.
enum DashboardController {
    typealias T = Texts.MonitorDashboard

    @Sendable static func dashboard(req: Request) async throws -> Response {
        try await withModel(req) { model in
            MonitorPages.dashboard(model, geography: req.geography, context: req.pageContext).response()
        }
    }

    /// Answers with `page` for the dashboard model of the request, or with the login or the "no waves" page.
    static func withModel(_ req: Request, page: (DashboardModel) async throws -> Response) async throws -> Response {
        guard let viewer = try MonitorAccess.viewer(req) else { return AccountController.loginRedirect(req) }
        guard let selection = try await MonitorSelection.read(req, viewer: viewer) else {
            return MonitorPages.noWaves(isCoordinator: viewer.isCoordinator, context: req.pageContext).response()
        }
        return try await page(try await model(req, viewer: viewer, selection: selection))
    }

    static func model(_ req: Request, viewer: MonitorAccess.Viewer, selection s: MonitorSelection) async throws -> DashboardModel {
        let (dataset, tables) = try await MonitorData.load(req, wave: s.wave, outcome: s.outcome)
        let (wishes, wishName) = wishRanking(dataset, viewer: viewer, scope: s.scope, geography: req.geography)
        let pending = viewer.isCoordinator ? try await FreeTextQueries.count(wave: s.wave.id, status: .pending, on: req.sql) : 0
        let panel = viewer.isCoordinator ? try await panelComparison(req, wave: s.wave, waves: s.waves) : nil
        let refusals = viewer.isCoordinator ? try await SurveyThrottle.refusals(in: s.wave, on: req.sql) : []
        return DashboardModel(selection: s, viewer: viewer, dataset: dataset, tables: tables, wishes: wishes,
                              wishAreaName: wishName, panel: panel, pendingFreeTexts: pending,
                              refusals: refusals, cache: req.application.monitorCache)
    }

    /// The wishes of the chosen area, else of the viewer's Quartiere, else of the city; with the area's name.
    static func wishRanking(_ dataset: MonitorDataset, viewer: MonitorAccess.Viewer, scope: AreaRecord?,
                            geography: GeographySnapshot) -> (WishRanking, String) {
        let columns = dataset.columns
        // an area's wishes only where both decisions publish it (MonitorDisclosure)
        func published(_ area: AreaRecord) -> Bool {
            [dataset.disclosure, dataset.wishDisclosure].allSatisfy { plan in
                area.kind == .district ? !plan.isWithheld(district: area.id)
                    : !plan.isWithheld(quartier: area.id, in: area.parentID)
            }
        }
        if let scope {
            guard published(scope) else { return (.withheld, T.areaName(scope)) }
            let ids = scope.kind == .district ? columns.districtIDs : columns.quartierIDs
            return (WishRanking.build(dataset) { ids[$0] == scope.id }, T.areaName(scope))
        }
        if let own = viewer.quartiere {
            let name = own.count == 1 ? (geography.areas[own.first!]?.name ?? T.yourQuartier) : T.yourQuartiere
            // the union of the published ones only: with a withheld one it would reveal that one
            let shown = Set(own.filter { geography.areas[$0].map(published) ?? false })
            return (WishRanking.build(dataset) { columns.quartierIDs[$0].map(shown.contains) ?? false }, name)
        }
        return (WishRanking.build(dataset) { _ in true }, Texts.Monitor.wholeCity)
    }

    /// Pairs of panel codes in this wave and the one before it.
    static func panelComparison(_ req: Request, wave: WaveRow, waves: [WaveRow]) async throws -> PanelComparison? {
        guard let previous = waves.filter({ $0.startsOn < wave.startsOn }).max(by: { $0.startsOn < $1.startsOn }) else { return nil }
        let after = try await ResponseQueries.panelEntries(wave: wave.id, on: req.sql)
        guard !after.isEmpty else { return nil }
        let before = try await ResponseQueries.panelEntries(wave: previous.id, on: req.sql)
        var meanPairs: ([Double], [Double]) = ([], [])
        var sharePairs: ([Bool], [Bool]) = ([], [])
        for (hash, a) in after.sorted(by: { $0.key < $1.key }) {
            guard let b = before[hash] else { continue }
            if let x = b.uclaMean, let y = a.uclaMean { meanPairs.0.append(x); meanPairs.1.append(y) }
            if let x = b.uclaBurdened, let y = a.uclaBurdened { sharePairs.0.append(x); sharePairs.1.append(y) }
        }
        guard !meanPairs.0.isEmpty || !sharePairs.0.isEmpty else { return nil }
        return PanelComparison(previousWaveName: previous.name,
                               means: MonitorStats.pairedMeans(before: meanPairs.0, after: meanPairs.1),
                               shares: MonitorStats.pairedShares(before: sharePairs.0, after: sharePairs.1))
    }
}
