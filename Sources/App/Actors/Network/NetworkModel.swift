import Foundation
import GemeinsamCore
import SQLKit

/// The network of approved actors as the coordinators' pages, CSV downloads and the CLI need it: the graph of
/// confirmed and derived ties, all measures from `GemeinsamCore.Network`, brokers, hotspots and introductions.
struct NetworkModel: Sendable {
    let actors: [UUID: ActorQueries.Actor]
    let analysis: Network.Analysis
    let brokers: [Network.Broker]
    let map: Network.NetworkMap
    let hotspots: [Network.Hotspot]
    let introductions: [Network.Introduction]
    let tieCount: Int

    static let mapAspectRatio = 1.6

    static func load(on sql: any SQLDatabase, geography: GeographySnapshot, seed: UInt64 = 42) async throws -> NetworkModel {
        let actors = try await ActorQueries.actors(status: .approved, on: sql)
        let ties = try await TieQueries.networkTies(on: sql)
        return build(actors: actors, ties: ties, geography: geography, seed: seed)
    }

    static func build(actors list: [ActorQueries.Actor], ties: [TieQueries.Tie], geography: GeographySnapshot,
                      seed: UInt64 = 42) -> NetworkModel {
        let key = { (id: UUID) in id.uuidString.lowercased() }
        let graph = Network.Graph(nodes: list.map { key($0.id) }, edges: TieQueries.edges(ties))
        let analysis = Network.analyze(graph, seed: seed)
        let brokers = analysis.brokers(top: 5)
        var layout = Network.LayoutOptions()
        layout.aspectRatio = mapAspectRatio
        let map = Network.map(analysis, brokers: brokers, labelLimit: 6, options: layout)

        // hotspots: actors by the Quartier of their address (or their only Quartier), ties inside one Quartier
        var areaOf: [String: String] = [:]
        var areaKm2: [String: Double] = [:]
        for q in geography.all(.statisticalDistrict) { areaKm2[q.slug] = q.areaKm2 }
        for actor in list {
            let home = actor.profile.areaID ?? (actor.workAreaIDs.count == 1 ? actor.workAreaIDs[0] : nil)
            if let slug = home.flatMap({ geography.areas[$0]?.slug }) { areaOf[key(actor.id)] = slug }
        }
        let hotspots = Network.hotspots(Network.areaCounts(graph, areaOf: areaOf, areaKm2: areaKm2))

        var neighbouring: [String: Set<String>] = [:]
        for q in geography.all(.statisticalDistrict) { neighbouring[q.slug] = Set(geography.neighbours(of: q).map(\.slug)) }
        let profiles = list.map { actor in
            Network.ActorProfile(
                id: key(actor.id), topics: Set(actor.profile.topicList.map(\.label)), coordinate: actor.profile.point,
                area: actor.homeAreaID.flatMap { geography.areas[$0]?.slug })
        }
        let introductions = Network.introductions(graph, profiles: profiles, options: Network.IntroductionOptions(
            maxDistanceKm: 2, neighbouringAreas: neighbouring, minimumSharedTopics: 2, limit: 15))
        return NetworkModel(actors: Dictionary(uniqueKeysWithValues: list.map { ($0.id, $0) }), analysis: analysis,
                            brokers: brokers, map: map, hotspots: Array(hotspots.prefix(10)), introductions: introductions,
                            tieCount: ties.count)
    }

    func actor(_ nodeID: String) -> ActorQueries.Actor? { UUID(uuidString: nodeID).flatMap { actors[$0] } }
    func name(_ nodeID: String) -> String { actor(nodeID)?.name ?? nodeID }

    /// Node indices sorted by name, for tables.
    var nodesByName: [Int] {
        (0..<analysis.graph.nodeCount).sorted { name(analysis.graph.ids[$0]).localizedStandardCompare(name(analysis.graph.ids[$1])) == .orderedAscending }
    }

    /// Components by size, largest first (ties by their first node).
    private var componentOrder: [Int] {
        let sizes = analysis.components.sizes
        return (0..<sizes.count).sorted { sizes[$0] != sizes[$1] ? sizes[$0] > sizes[$1] : $0 < $1 }
    }

    /// The group number (1 = largest component) of every component.
    var groupNumber: [Int: Int] {
        Dictionary(uniqueKeysWithValues: componentOrder.enumerated().map { ($1, $0 + 1) })
    }

    /// Components with their members (names), largest first.
    var groups: [(number: Int, members: [String])] {
        componentOrder.enumerated().map { i, c in
            (i + 1, analysis.components.members(c).map { name(analysis.graph.ids[$0]) }
                .sorted { $0.localizedStandardCompare($1) == .orderedAscending })
        }
    }
}
