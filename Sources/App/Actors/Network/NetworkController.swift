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
        return NetworkPages.page(model, cityMap: cityMap, located: located.map(\.node), geography: req.geography,
                                 context: req.pageContext).response()
    }

    @Sendable static func csv(req: Request) async throws -> Response {
        _ = try req.requireRole(.coordinator)
        guard let name = req.parameters.get("tabelle"), let table = NetworkCSV.Table(rawValue: name) else { throw Abort(.notFound) }
        let model = try await NetworkModel.load(on: req.sql, geography: req.geography)
        let rows = NetworkCSV.rows(table, model: model, geography: req.geography)
        var headers = HTTPHeaders()
        headers.replaceOrAdd(name: .contentType, value: "text/csv; charset=utf-8")
        headers.replaceOrAdd(name: .contentDisposition, value: "attachment; filename=\"akteursnetz-\(name).csv\"")
        return Response(status: .ok, headers: headers, body: .init(string: CSV.writeForSpreadsheet(rows)))
    }
}

/// The tables of the network page as CSV rows (header first).
enum NetworkCSV {
    enum Table: String, CaseIterable, Sendable {
        case actors = "akteure", groups = "gruppen", brokers = "vermittler", hotspots = "hotspots", introductions = "vorschlaege"
    }

    static func rows(_ table: Table, model: NetworkModel, geography: GeographySnapshot) -> [[String]] {
        let a = model.analysis
        let ids = a.graph.ids
        let h = German.Network.self
        switch table {
        case .actors:
            let groupNumber = model.groupNumber
            let brokerNodes = Set(model.brokers.map(\.node))
            return [h.actorsHeader] + model.nodesByName.map { v in
                [model.name(ids[v]), ids[v], String(groupNumber[a.components.componentOf[v]] ?? 0), String(a.communities.communityOf[v] + 1),
                 String(a.degree[v]), number(a.weightedDegree[v]), number(a.betweenness[v]), number(a.closeness[v]),
                 number(a.clustering[v]), brokerNodes.contains(v) ? "ja" : "nein"]
            }
        case .groups:
            return [h.groupsHeader] + model.groups.map { [String($0.number), String($0.members.count), $0.members.joined(separator: ", ")] }
        case .brokers:
            return [h.brokersHeader] + model.brokers.map { [model.name($0.id), number($0.betweenness), String($0.separatedGroups), $0.reason] }
        case .hotspots:
            return [h.hotspotsHeader] + model.hotspots.map { spot in
                [geography.area(kind: .statisticalDistrict, slug: spot.id)?.name ?? spot.id, number(spot.areaKm2), String(spot.actorCount),
                 String(spot.internalTieCount), number(spot.actorsPerKm2), number(spot.tiesPerKm2)]
            }
        case .introductions:
            return [h.introductionsHeader] + model.introductions.map {
                [model.name($0.first), model.name($0.second), $0.sharedTopics.joined(separator: ", "), $0.reason]
            }
        }
    }

    /// Decimal comma, as German spreadsheets expect; up to 6 places.
    static func number(_ x: Double) -> String {
        var text = String(format: "%.6f", x)
        while text.hasSuffix("0") { text.removeLast() }
        if text.hasSuffix(".") { text.removeLast() }
        return text.replacingOccurrences(of: ".", with: ",")
    }
}
