import Foundation
import GemeinsamCore
import Vapor

/// The coordinators' view of the network: maps with tables, groups, brokers, hotspots, introductions, CSV.
enum NetworkController {
    @Sendable static func page(req: Request) async throws -> Response {
        guard req.currentUser != nil else { return AccountController.loginRedirect(req) }
        _ = try req.requireRole(.coordinator)
        let model = try await NetworkModel.load(on: req.sql, geography: req.geography)
        let maps = req.application.geographyStore.maps
        let located = model.nodesByName.compactMap { v -> (node: Int, point: GeoPoint)? in
            model.actor(model.analysis.graph.ids[v])?.mapPoint(req.geography).map { (v, $0) }
        }
        let cityMap = SVGWriter.addingMarkers(to: maps.cityPlain, projection: maps.cityProjection,
                                              markers: located.enumerated().map { (number: $0.offset + 1, point: $0.element.point) })
        return NetworkPage.page(model, cityMap: cityMap, located: located.map(\.node), geography: req.geography,
                                context: req.pageContext).response()
    }

    @Sendable static func csv(req: Request) async throws -> Response {
        _ = try req.requireRole(.coordinator)
        guard let name = req.parameters.get("tabelle"), let table = NetworkCSV.Table(rawValue: name) else { throw Abort(.notFound) }
        let model = try await NetworkModel.load(on: req.sql, geography: req.geography)
        return ActorExport.csvDownload(NetworkCSV.rows(table, model: model, geography: req.geography),
                                       filename: "akteursnetz-\(name).csv")
    }
}
