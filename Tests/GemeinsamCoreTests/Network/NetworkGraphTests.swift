import Testing
@testable import GemeinsamCore

@Suite struct NetworkGraphTests {
    @Test func sortsIdsAndMergesDuplicateAndReversedEdges() {
        // setup
        let edges = [Network.Edge("Tafel", "Kiosk"), Network.Edge("Kiosk", "Tafel", weight: 2),
                     Network.Edge("Kiosk", "Anker"), Network.Edge("Tafel", "Kiosk")]
        // act
        let graph = Network.Graph(edges: edges)
        // check
        #expect(graph.ids == ["Anker", "Kiosk", "Tafel"])
        #expect(graph.edgeCount == 2)
        #expect(graph.totalWeight == 5)
        #expect(graph.edges.map { [$0.u, $0.v] } == [[0, 1], [1, 2]])
        #expect(graph.edges.map(\.weight) == [1, 4])
        #expect(graph.warnings == ["2 doppelte Verbindungen wurden zusammengefasst (Gewichte addiert)."])
    }

    @Test func skipsSelfLoopsButKeepsTheActor() {
        let graph = Network.Graph(edges: [Network.Edge("A", "A"), Network.Edge("A", "B")])
        #expect(graph.ids == ["A", "B"])
        #expect(graph.edgeCount == 1)
        #expect(graph.warnings == ["1 Verbindung eines Akteurs mit sich selbst wurde übersprungen."])

        let onlyLoops = Network.Graph(edges: [Network.Edge("X", "X"), Network.Edge("X", "X")])
        #expect(onlyLoops.ids == ["X"])
        #expect(onlyLoops.edgeCount == 0)
        #expect(onlyLoops.warnings == ["2 Verbindungen von Akteuren mit sich selbst wurden übersprungen."])
    }

    @Test func skipsEdgesWithoutPositiveWeight() {
        let graph = Network.Graph(edges: [Network.Edge("A", "B", weight: 0), Network.Edge("B", "C", weight: .nan),
                                          Network.Edge("C", "D", weight: -1), Network.Edge("A", "C", weight: 0.5)])
        #expect(graph.edgeCount == 1)
        #expect(graph.ids == ["A", "B", "C", "D"])
        #expect(graph.warnings == ["3 Verbindungen ohne positives Gewicht wurden übersprungen."])
    }

    @Test func keepsIsolatedNodesAndFindsIndices() {
        let graph = Network.Graph(nodes: ["Z", "M", "M"], edges: [Network.Edge("B", "A")])
        #expect(graph.ids == ["A", "B", "M", "Z"])
        #expect(graph.index(of: "M") == 2)
        #expect(graph.index(of: "C") == nil)
        #expect(graph.degree(2) == 0)
        #expect(graph.hasEdge(0, 1) && graph.hasEdge(1, 0) && !graph.hasEdge(0, 2))
        #expect(graph.warnings.isEmpty)
    }

    @Test func resultsDoNotDependOnRowOrder() {
        // setup: the barbell-like graph in two different row orders
        let rows = [("a", "b"), ("b", "c"), ("c", "a"), ("c", "d"), ("d", "e"), ("e", "f"), ("f", "g"), ("g", "e")]
        let forward = Network.Graph(edges: rows.map { Network.Edge($0.0, $0.1) })
        let backward = Network.Graph(edges: rows.reversed().map { Network.Edge($0.1, $0.0) })
        // act
        let a = Network.analyze(forward)
        let b = Network.analyze(backward)
        // check
        #expect(forward.neighbors == backward.neighbors && forward.offsets == backward.offsets)
        #expect(a.betweenness == b.betweenness)
        #expect(a.communities == b.communities)
        #expect(Network.layout(forward) == Network.layout(backward))
    }

    @Test func emptyGraphIsHandled() {
        let graph = Network.Graph(edges: [])
        let analysis = Network.analyze(graph)
        #expect(graph.nodeCount == 0)
        #expect(analysis.components.count == 0)
        #expect(analysis.communities.modularity == 0)
        #expect(Network.layout(graph).isEmpty)
        #expect(Network.map(analysis).nodes.isEmpty)
    }
}
