import Foundation
import GemeinsamCore

/// The tables of the network page as CSV rows (header first).
enum NetworkCSV {
    enum Table: String, CaseIterable, Sendable {
        case actors = "akteure", groups = "gruppen", brokers = "vermittler", hotspots = "hotspots", introductions = "vorschlaege"
    }

    static func rows(_ table: Table, model: NetworkModel, geography: GeographySnapshot) -> [[String]] {
        let a = model.analysis
        let ids = a.graph.ids
        let h = Texts.Network.self
        switch table {
        case .actors:
            let groupNumber = model.groupNumber
            let brokerNodes = Set(model.brokers.map(\.node))
            return [h.actorsHeader] + model.nodesByName.map { v in
                [model.name(ids[v]), ids[v], String(groupNumber[a.components.componentOf[v]] ?? 0), String(a.communities.communityOf[v] + 1),
                 String(a.degree[v]), number(a.weightedDegree[v]), number(a.betweenness[v]), number(a.closeness[v]),
                 number(a.clustering[v]), brokerNodes.contains(v) ? h.yes : h.no]
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
    private static func number(_ x: Double) -> String { FormInput.decimalText(x) }
}
