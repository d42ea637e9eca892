import Testing
@testable import GemeinsamCore

@Suite struct NetworkCentralityTests {
    /// A path a0–a1–…–a(n−1): the node at position i lies on 2·i·(n−1−i) ordered shortest paths.
    private func path(_ n: Int) -> Network.Graph {
        Network.Graph(edges: (0..<(n - 1)).map { Network.Edge(name($0), name($0 + 1)) })
    }

    private func name(_ i: Int) -> String { "a" + String(1000 + i) }  // fixed width keeps sorted order = path order

    @Test func pathValuesMatchTheClosedForm() {
        let n = 9
        let centrality = Network.centrality(path(n))
        for i in 0..<n {
            let expected = Double(2 * i * (n - 1 - i)) / Double((n - 1) * (n - 2))
            #expect(abs(centrality.betweenness[i] - expected) < 1e-12)
            let total = Double(i * (i + 1) / 2 + (n - 1 - i) * (n - i) / 2)
            #expect(abs(centrality.closeness[i] - Double(n - 1) / total) < 1e-12)
        }
    }

    @Test func parallelRunsAreBitForBitIdentical() {
        let graph = Network.Graph(edges: (0..<600).map { i in
            Network.Edge("n\(i % 150)", "n\((i * 7 + 3) % 150)")
        })
        let first = Network.centrality(graph)
        let second = Network.centrality(graph)
        #expect(first == second)
    }

    @Test func largeGraphsAreSampledWithAWarning() {
        // setup: a path of 400 nodes and a triangle; the budget forces sampling in the path only
        var edges = (0..<399).map { Network.Edge(name($0), name($0 + 1)) }
        edges += [Network.Edge("t1", "t2"), Network.Edge("t2", "t3"), Network.Edge("t3", "t1")]
        let graph = Network.Graph(edges: edges)
        let options = Network.CentralityOptions(workBudget: 10_000, seed: 7, minimumSampleSize: 80)
        // act
        let exact = Network.centrality(graph)
        let sampled = Network.centrality(graph, options: options)
        let analysis = Network.analyze(graph, options: options)
        // check
        #expect(!sampled.isExact && exact.isExact)
        #expect(sampled.sources == 80 + 3)
        #expect(analysis.warnings.last?.contains("geschätzt") == true)
        // The small component is still exact.
        for id in ["t1", "t2", "t3"] {
            let v = graph.index(of: id)!
            #expect(sampled.closeness[v] == exact.closeness[v])
        }
        // Estimates of the path's middle are close to the truth (sampling error, not bias).
        let middle = 200
        #expect(abs(sampled.betweenness[middle] / exact.betweenness[middle] - 1) < 0.2)
        #expect(abs(sampled.closeness[middle] / exact.closeness[middle] - 1) < 0.2)
        #expect(Network.centrality(graph, options: options) == sampled)
    }

    @Test func fullSampleEqualsExact() {
        let graph = path(30)
        let options = Network.CentralityOptions(workBudget: 1, seed: 1, minimumSampleSize: 30)
        let result = Network.centrality(graph, options: options)
        #expect(result.isExact)
        #expect(result == Network.centrality(graph))
    }
}
