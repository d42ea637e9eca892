import Testing
@testable import GemeinsamCore

@Suite struct NetworkLayoutTests {
    /// Barbell (two 5-cliques joined by a 2-node path), a separate triangle and an isolated node.
    private let graph: Network.Graph = {
        var edges: [Network.Edge] = []
        for group in ["l", "r"] {
            for i in 0..<5 { for j in (i + 1)..<5 { edges.append(Network.Edge("\(group)\(i)", "\(group)\(j)")) } }
        }
        edges += [Network.Edge("l0", "p1"), Network.Edge("p1", "p2"), Network.Edge("p2", "r0")]
        edges += [Network.Edge("t1", "t2"), Network.Edge("t2", "t3"), Network.Edge("t3", "t1")]
        return Network.Graph(nodes: ["solo"], edges: edges)
    }()

    private func distance(_ a: Network.Point, _ b: Network.Point) -> Double {
        ((a.x - b.x) * (a.x - b.x) + (a.y - b.y) * (a.y - b.y)).squareRoot()
    }

    @Test func isDeterministicAndInsideTheUnitSquare() {
        let first = Network.layout(graph)
        #expect(first == Network.layout(graph))
        #expect(first.allSatisfy { (0.05 - 1e-9...0.95 + 1e-9).contains($0.x) && (0.05 - 1e-9...0.95 + 1e-9).contains($0.y) })
        #expect(first != Network.layout(graph, options: Network.LayoutOptions(seed: 7)))
    }

    /// Limit 1500 repels all pairs; limit 3 uses the cut-off grid for the larger components.
    @Test(arguments: [1500, 3])
    func keepsCliquesTogetherAndComponentsApart(exactRepulsionLimit: Int) {
        // setup
        let options = Network.LayoutOptions(exactRepulsionLimit: exactRepulsionLimit)
        let positions = Network.layout(graph, options: options)
        #expect(positions == Network.layout(graph, options: options))
        let components = Network.components(graph)
        func ids(_ prefix: String) -> [Int] { graph.ids.indices.filter { graph.ids[$0].hasPrefix(prefix) } }
        func centre(_ nodes: [Int]) -> Network.Point {
            Network.Point(x: nodes.map { positions[$0].x }.reduce(0, +) / Double(nodes.count),
                          y: nodes.map { positions[$0].y }.reduce(0, +) / Double(nodes.count))
        }
        // check: each clique is tighter than the distance between the cliques
        let left = ids("l"), right = ids("r")
        let spread = (left + right).map { v in distance(positions[v], centre(left.contains(v) ? left : right)) }.max()!
        #expect(spread < distance(centre(left), centre(right)) / 2)
        // check: bounding boxes of the components do not overlap
        var boxes: [(minX: Double, minY: Double, maxX: Double, maxY: Double)] = []
        for members in components.groups {
            let xs = members.map { positions[$0].x }, ys = members.map { positions[$0].y }
            boxes.append((xs.min()!, ys.min()!, xs.max()!, ys.max()!))
        }
        for i in boxes.indices {
            for j in boxes.indices where j > i {
                let overlap = boxes[i].minX <= boxes[j].maxX && boxes[j].minX <= boxes[i].maxX
                    && boxes[i].minY <= boxes[j].maxY && boxes[j].minY <= boxes[i].maxY
                #expect(!overlap)
            }
        }
    }

    @Test func pairBudgetStopsEarlyButStaysValid() {
        let options = Network.LayoutOptions(maxPairEvaluations: 100)
        let positions = Network.layout(graph, options: options)
        #expect(positions == Network.layout(graph, options: options))
        #expect(positions != Network.layout(graph))
        #expect(positions.allSatisfy { (0...1).contains($0.x) && (0...1).contains($0.y) })
    }

    @Test func wideDrawingsSpreadHorizontally() {
        let positions = Network.layout(graph, options: Network.LayoutOptions(aspectRatio: 3))
        let xs = positions.map(\.x), ys = positions.map(\.y)
        // In drawing units (width 3, height 1) the layout must still fit, centred.
        #expect(xs.min()! >= 0 && xs.max()! <= 1 && ys.min()! >= 0 && ys.max()! <= 1)
        #expect(abs((xs.min()! + xs.max()!) / 2 - 0.5) < 1e-9)
    }

    @Test func mapSizesByDegreeColoursByCommunityAndLabelsBrokers() {
        // act
        let analysis = Network.analyze(graph)
        let map = Network.map(analysis, labelLimit: 2)
        // check
        #expect(map.nodes.count == graph.nodeCount)
        #expect(map.edges.count == graph.edgeCount)
        let byId = Dictionary(uniqueKeysWithValues: map.nodes.map { ($0.id, $0) })
        #expect(byId["l0"]!.radius > byId["l1"]!.radius)
        #expect(byId["solo"]!.radius == 0.006)
        #expect(byId["l0"]!.radius == 0.025)
        #expect(byId["l1"]!.color == Network.communityColor(byId["l1"]!.community))
        #expect(byId["l1"]!.community != byId["r1"]!.community)
        // Brokers: the path nodes p1, p2 and the clique ends l0, r0; the two with highest betweenness are labelled.
        #expect(Set(map.nodes.filter(\.isBroker).map(\.id)) == ["l0", "p1", "p2", "r0"])
        #expect(map.nodes.filter(\.showsLabel).count == 2)
        #expect(Network.communityColor(8) == Network.communityColor(0))
    }
}
