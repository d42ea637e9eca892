import Foundation
@testable import GemeinsamCore

/// Values computed once by networkx 3.6.1 (`Fixtures/network/generate.py`).
struct NetworkFixture: Decodable {
    struct LouvainRun: Decodable {
        let seed: Int
        let communities: [[String]]
        let modularity: Double
    }

    struct WeightedEdge: Decodable {
        let source: String
        let target: String
        let weight: Double

        init(from decoder: Decoder) throws {
            var container = try decoder.unkeyedContainer()
            source = try container.decode(String.self)
            target = try container.decode(String.self)
            weight = try container.decode(Double.self)
        }
    }

    let name: String
    let nodes: [String]
    let edges: [WeightedEdge]
    let degree: [String: Int]
    let weightedDegree: [String: Double]
    let betweenness: [String: Double]
    let closeness: [String: Double]
    let clustering: [String: Double]
    let components: [[String]]
    let articulationPoints: [String]
    let louvain: [LouvainRun]

    enum CodingKeys: String, CodingKey {
        case name, nodes, edges, degree, betweenness, closeness, clustering, components, louvain
        case weightedDegree = "weighted_degree"
        case articulationPoints = "articulation_points"
    }

    static let names = ["single_node", "single_edge", "path3", "path", "star", "cycle", "barbell", "karate",
                        "karate_weighted", "disconnected", "small_weighted", "lesmis", "gnm_80_200"]

    static func load(_ name: String) throws -> NetworkFixture {
        guard let url = Bundle.module.url(forResource: name, withExtension: "json", subdirectory: "Fixtures/network")
        else { throw FixtureMissing(name: name) }
        return try JSONDecoder().decode(NetworkFixture.self, from: Data(contentsOf: url))
    }

    var graph: Network.Graph {
        Network.Graph(nodes: nodes, edges: edges.map { Network.Edge($0.source, $0.target, weight: $0.weight) })
    }

    /// Ties as a CSV file with a weight column.
    var csv: String {
        "source,target,weight\n" + edges.map { "\($0.source),\($0.target),\($0.weight)" }.joined(separator: "\n")
    }
}

struct FixtureMissing: Error { let name: String }

/// Largest absolute difference between our per-node values and the reference, keyed by id.
func maxDifference(_ values: [Double], _ reference: [String: Double], ids: [String]) -> Double {
    var worst = 0.0
    for (v, id) in ids.enumerated() {
        guard let expected = reference[id] else { return .infinity }
        worst = max(worst, abs(values[v] - expected))
    }
    return reference.count == ids.count ? worst : .infinity
}

/// A partition given as community ids per node, as a set of sets of ids.
func partition(_ communityOf: [Int], ids: [String]) -> Set<Set<String>> {
    var groups: [Int: Set<String>] = [:]
    for (v, c) in communityOf.enumerated() { groups[c, default: []].insert(ids[v]) }
    return Set(groups.values)
}
