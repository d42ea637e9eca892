import Testing
@testable import GemeinsamCore

/// Components, articulation points, brokers and Louvain on small graphs checked by hand.
@Suite struct NetworkStructureTests {
    /// Two triangles {a,b,c} and {x,y,z} joined through the bridge c–m–x, plus the pair p–q.
    private let graph = Network.Graph(edges: [
        Network.Edge("a", "b"), Network.Edge("b", "c"), Network.Edge("c", "a"),
        Network.Edge("x", "y"), Network.Edge("y", "z"), Network.Edge("z", "x"),
        Network.Edge("c", "m"), Network.Edge("m", "x"), Network.Edge("q", "p"),
    ])

    private func ids(_ nodes: [Int]) -> [String] { nodes.map { graph.ids[$0] } }

    @Test func componentsAreNumberedBySortedIds() {
        let components = Network.components(graph)
        #expect(graph.ids == ["a", "b", "c", "m", "p", "q", "x", "y", "z"])
        #expect(components.componentOf == [0, 0, 0, 0, 1, 1, 0, 0, 0])
        #expect(components.sizes == [7, 2])
        #expect(ids(components.members(1)) == ["p", "q"])
    }

    @Test func articulationPointsCountTheGroupsTheySeparate() {
        let articulation = Network.articulationPoints(graph)
        #expect(ids(articulation.nodes) == ["c", "m", "x"])
        #expect(articulation.separatedGroups[graph.index(of: "m")!] == 2)

        let star = Network.Graph(edges: ["b", "c", "d", "e"].map { Network.Edge("a", $0) })
        #expect(Network.articulationPoints(star).separatedGroups == [4, 0, 0, 0, 0])
    }

    @Test func brokersCombineBetweennessAndCutVertices() {
        // act
        let brokers = Network.analyze(graph).brokers(top: 1)
        // check: m has the highest betweenness (ties c and x follow in id order)
        #expect(brokers.map(\.id) == ["m", "c", "x"])
        #expect(brokers[0].reason == "verbindet 2 sonst getrennte Gruppen; liegt auf vielen kürzesten Wegen")
        #expect(brokers[1].reasons == ["verbindet 2 sonst getrennte Gruppen"])
        #expect(brokers[1].betweenness == brokers[2].betweenness)
    }

    @Test func louvainSplitsTwoCliquesAndIsDeterministic() {
        // setup: two 5-cliques joined by one edge
        var edges: [Network.Edge] = []
        for group in ["l", "r"] {
            for i in 0..<5 { for j in (i + 1)..<5 { edges.append(Network.Edge("\(group)\(i)", "\(group)\(j)")) } }
        }
        edges.append(Network.Edge("l0", "r0"))
        let cliques = Network.Graph(edges: edges)
        // act
        let communities = Network.louvain(cliques, seed: 9)
        // check: Q = 2 · (10/21 − (21/42)²) by hand
        #expect(communities.communityOf == [0, 0, 0, 0, 0, 1, 1, 1, 1, 1])
        #expect(abs(communities.modularity - 2 * (10.0 / 21 - 0.25)) < 1e-12)
        #expect(Network.louvain(cliques, seed: 9) == communities)
    }

    @Test func modularityByHand() {
        // Two communities {a,b,c,m} and {x,y,z} of the 7-node part, p–q apart: m = 9 edges.
        let communityOf = [0, 0, 0, 0, 2, 2, 1, 1, 1]
        let expected = (4.0 / 9 - (9.0 / 18) * (9.0 / 18)) + (3.0 / 9 - (7.0 / 18) * (7.0 / 18))
            + (1.0 / 9 - (2.0 / 18) * (2.0 / 18))
        #expect(abs(Network.modularity(graph, communityOf: communityOf) - expected) < 1e-12)
    }

    @Test func randomGeneratorIsStable() {
        var rng = Network.SeededRandom(seed: 42)
        // SplitMix64 reference values for seed 42.
        #expect(rng.next() == 0xBDD7_3226_2FEB_6E95)
        #expect(rng.next() == 0x28EF_E333_B266_F103)
        var items = Array(0..<10)
        rng.shuffle(&items)
        #expect(items.sorted() == Array(0..<10))
        #expect(items != Array(0..<10))
    }
}
