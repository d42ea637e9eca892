import Foundation
import Testing
@testable import GemeinsamCore

/// Every measure against networkx on textbook graphs (path, star, cycle, barbell, karate club, disconnected,
/// weighted, Les Misérables, a random graph, and the n ≤ 2 edge cases).
@Suite struct NetworkFixtureTests {
    @Test(arguments: NetworkFixture.names)
    func degreesMatchNetworkx(name: String) throws {
        let fixture = try NetworkFixture.load(name)
        let graph = fixture.graph
        #expect(graph.ids == fixture.nodes.sorted())
        #expect(Network.degrees(graph) == graph.ids.map { fixture.degree[$0] })
        #expect(maxDifference(Network.weightedDegrees(graph), fixture.weightedDegree, ids: graph.ids) < 1e-9)
    }

    @Test(arguments: NetworkFixture.names)
    func betweennessAndClosenessMatchNetworkx(name: String) throws {
        let fixture = try NetworkFixture.load(name)
        let graph = fixture.graph
        let centrality = Network.centrality(graph)
        #expect(centrality.isExact)
        #expect(maxDifference(centrality.betweenness, fixture.betweenness, ids: graph.ids) < 1e-9)
        #expect(maxDifference(centrality.closeness, fixture.closeness, ids: graph.ids) < 1e-9)
    }

    @Test(arguments: NetworkFixture.names)
    func clusteringMatchesNetworkx(name: String) throws {
        let fixture = try NetworkFixture.load(name)
        let graph = fixture.graph
        #expect(maxDifference(Network.clustering(graph), fixture.clustering, ids: graph.ids) < 1e-9)
    }

    @Test(arguments: NetworkFixture.names)
    func componentsAndArticulationPointsMatchNetworkx(name: String) throws {
        let fixture = try NetworkFixture.load(name)
        let graph = fixture.graph
        let components = Network.components(graph)
        #expect(partition(components.componentOf, ids: graph.ids) == Set(fixture.components.map(Set.init)))
        #expect(components.sizes.reduce(0, +) == graph.nodeCount)
        let articulation = Network.articulationPoints(graph)
        #expect(Set(articulation.nodes.map { graph.ids[$0] }) == Set(fixture.articulationPoints))
    }

    @Test(arguments: NetworkFixture.names)
    func modularityOfNetworkxPartitionsIsEqual(name: String) throws {
        let fixture = try NetworkFixture.load(name)
        let graph = fixture.graph
        for run in fixture.louvain {
            // setup: networkx's communities as community ids
            var communityOf = [Int](repeating: -1, count: graph.nodeCount)
            for (c, members) in run.communities.enumerated() {
                for id in members { communityOf[try #require(graph.index(of: id))] = c }
            }
            // act / check
            #expect(abs(Network.modularity(graph, communityOf: communityOf) - run.modularity) < 1e-9)
        }
    }

    @Test(arguments: NetworkFixture.names)
    func louvainReachesNinetyFivePercentOfNetworkx(name: String) throws {
        let fixture = try NetworkFixture.load(name)
        let graph = fixture.graph
        guard !fixture.louvain.isEmpty else { return }
        // networkx with seed 42, and the mean over its five seeds (Louvain depends on the visiting order).
        let networkxSeed42 = try #require(fixture.louvain.first { $0.seed == 42 }).modularity
        let networkxMean = fixture.louvain.map(\.modularity).reduce(0, +) / Double(fixture.louvain.count)
        for seed: UInt64 in [1, 42, 2024] {
            let communities = Network.louvain(graph, seed: seed)
            #expect(communities.modularity >= 0.95 * networkxSeed42, "seed \(seed)")
            #expect(communities.modularity >= 0.95 * networkxMean, "seed \(seed)")
            #expect(abs(communities.modularity - Network.modularity(graph, communityOf: communities.communityOf)) < 1e-12)
        }
    }

    @Test func cliJSONCarriesTheSameValues() throws {
        // setup
        let fixture = try NetworkFixture.load("karate_weighted")
        // act
        let report = try NetworkCLI.run(csvText: fixture.csv, format: .json)
        // check
        let json = try #require(try JSONSerialization.jsonObject(with: Data(report.output.utf8)) as? [String: Any])
        let nodes = try #require(json["nodes"] as? [[String: Any]])
        #expect(nodes.count == 34)
        for node in nodes {
            let id = try #require(node["id"] as? String)
            #expect(node["degree"] as? Int == fixture.degree[id])
            #expect(abs((node["betweenness"] as? Double ?? -1) - fixture.betweenness[id]!) < 1e-9)
            #expect(abs((node["closeness"] as? Double ?? -1) - fixture.closeness[id]!) < 1e-9)
        }
        #expect(json["components"] as? Int == 1)
        #expect((json["modularity"] as? Double ?? 0) >= 0.95 * fixture.louvain.map(\.modularity).max()!)
    }
}
