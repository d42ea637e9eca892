import Foundation
import GemeinsamCore
import Vapor

/// The CSV downloads of the monitor's tables (`/monitor/csv/TABELLE`), with the page's wave, outcome and area.
enum MonitorCSVController {
    @Sendable static func csv(req: Request) async throws -> Response {
        guard let viewer = try MonitorAccess.viewer(req) else { return AccountController.loginRedirect(req) }
        let name = req.parameters.get("tabelle") ?? ""
        guard MonitorCSV.tables.contains(name) else { throw Abort(.notFound) }
        if !viewer.isCoordinator, MonitorCSV.coordinatorOnly.contains(name) { throw Abort(.forbidden) }
        guard let selection = try await MonitorSelection.read(req, viewer: viewer) else { throw Abort(.notFound) }
        let model = try await DashboardController.model(req, viewer: viewer, selection: selection)
        let rows: [[String]]
        switch name {
        case "luecken":
            rows = MonitorCSV.gaps(try await GapController.gapModel(req, tables: model.tables, viewer: viewer))
        case "freitexte":
            rows = MonitorCSV.freeTexts(try await FreeTextController.freeTextModel(req, viewer: viewer, wave: model.wave,
                                                                                   dataset: model.dataset))
        default:
            rows = MonitorCSV.rows(name, model: model, geography: req.geography)
        }
        var headers = HTTPHeaders()
        headers.replaceOrAdd(name: .contentType, value: "text/csv; charset=utf-8")
        headers.replaceOrAdd(name: .contentDisposition, value: "attachment; filename=\"einsamkeitsmonitor-\(name).csv\"")
        headers.replaceOrAdd(name: .cacheControl, value: "no-store")
        return Response(status: .ok, headers: headers, body: .init(string: CSV.writeForExcel(rows)))
    }
}
