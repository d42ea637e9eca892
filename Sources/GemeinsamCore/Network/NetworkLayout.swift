extension Network {
    /// A position in the unit square; `(0, 0)` is the top left corner of the drawing.
    public struct Point: Sendable, Equatable {
        public var x: Double
        public var y: Double

        public init(x: Double, y: Double) {
            self.x = x
            self.y = y
        }
    }

    public struct LayoutOptions: Sendable, Equatable {
        public var seed: UInt64
        /// Fruchterman–Reingold iterations per component.
        public var iterations: Int
        /// Width divided by height of the drawing the positions are meant for.
        public var aspectRatio: Double
        /// Empty border on every side, as a share of the width or height.
        public var margin: Double
        /// Components up to this size compute repulsion between all pairs; larger ones only between nodes
        /// closer than twice the ideal edge length (a grid, as in Fruchterman and Reingold's paper), which keeps
        /// each iteration linear in the number of nodes.
        public var exactRepulsionLimit: Int
        /// Stops a component's iterations early once this many node pairs have been evaluated, so that huge or
        /// very dense components cannot stall a request (about a second per 10⁸ pairs). The count does not
        /// depend on timing, so the result stays deterministic.
        public var maxPairEvaluations: Int

        public init(seed: UInt64 = 42, iterations: Int = 200, aspectRatio: Double = 1, margin: Double = 0.05,
                    exactRepulsionLimit: Int = 1500, maxPairEvaluations: Int = 300_000_000) {
            self.seed = seed
            self.iterations = iterations
            self.aspectRatio = aspectRatio
            self.margin = margin
            self.exactRepulsionLimit = exactRepulsionLimit
            self.maxPairEvaluations = maxPairEvaluations
        }
    }

    /// A deterministic force-directed layout: Fruchterman–Reingold per connected component (seeded start
    /// positions, fixed iteration count, linear cooling, no trigonometry), then the components are packed side by
    /// side in rows, largest first, and the whole is scaled into `[0, 1]²` keeping the aspect ratio.
    /// Returns one point per node (index order).
    public static func layout(_ graph: Graph, components given: Components? = nil,
                              options: LayoutOptions = LayoutOptions()) -> [Point] {
        let components = given ?? Network.components(graph)
        let groups = components.groups
        var local = [Point](repeating: Point(x: 0, y: 0), count: graph.nodeCount)
        var boxes: [(width: Double, height: Double)] = []
        let padding = 1.0
        var localIndex = [Int](repeating: -1, count: graph.nodeCount)
        for members in groups {
            for (i, v) in members.enumerated() { localIndex[v] = i }
        }
        for (c, members) in groups.enumerated() {
            let positions = forceDirected(graph, members: members, localIndex: localIndex,
                                          componentSeed: options.seed &+ UInt64(c) &* 0x9E37_79B9, options: options)
            var minX = Double.infinity, minY = Double.infinity, maxX = -Double.infinity, maxY = -Double.infinity
            for p in positions {
                minX = min(minX, p.x); maxX = max(maxX, p.x)
                minY = min(minY, p.y); maxY = max(maxY, p.y)
            }
            for (i, v) in members.enumerated() {
                local[v] = Point(x: positions[i].x - minX + padding / 2, y: positions[i].y - minY + padding / 2)
            }
            boxes.append((maxX - minX + padding, maxY - minY + padding))
        }

        // Shelf packing: rows of components, largest first, rows about as wide as the aspect ratio asks.
        let packingOrder = groups.indices.sorted {
            groups[$0].count != groups[$1].count ? groups[$0].count > groups[$1].count : $0 < $1
        }
        let aspect = options.aspectRatio > 0 && options.aspectRatio.isFinite ? options.aspectRatio : 1
        let totalArea = boxes.reduce(0) { $0 + $1.width * $1.height }
        let rowWidth = max(boxes.map(\.width).max() ?? 0, (totalArea * aspect).squareRoot())
        var offset = [Point](repeating: Point(x: 0, y: 0), count: groups.count)
        var x = 0.0, y = 0.0, rowHeight = 0.0, usedWidth = 0.0
        for c in packingOrder {
            if x > 0, x + boxes[c].width > rowWidth + 1e-9 {
                y += rowHeight; x = 0; rowHeight = 0
            }
            offset[c] = Point(x: x, y: y)
            x += boxes[c].width
            rowHeight = max(rowHeight, boxes[c].height)
            usedWidth = max(usedWidth, x)
        }
        let usedHeight = y + rowHeight

        // Uniform scale into the drawing (height 1, width `aspect`), centred, then divide x by `aspect`.
        let margin = min(max(options.margin, 0), 0.45)
        let scale = min((1 - 2 * margin) * aspect / max(usedWidth, 1e-12), (1 - 2 * margin) / max(usedHeight, 1e-12))
        let shiftX = (aspect - usedWidth * scale) / 2
        let shiftY = (1 - usedHeight * scale) / 2
        return (0..<graph.nodeCount).map { v in
            let o = offset[components.componentOf[v]]
            let px = (shiftX + (o.x + local[v].x) * scale) / aspect
            let py = shiftY + (o.y + local[v].y) * scale
            return Point(x: min(max(px, 0), 1), y: min(max(py, 0), 1))
        }
    }

    /// Fruchterman–Reingold on one component with ideal edge length 1 in a square of area `size`.
    /// `localIndex[v]` is `v`'s position in its component's `members`.
    private static func forceDirected(_ graph: Graph, members: [Int], localIndex: [Int], componentSeed: UInt64,
                                      options: LayoutOptions) -> [Point] {
        let size = members.count
        if size == 1 { return [Point(x: 0, y: 0)] }
        var edges: [(Int, Int)] = []
        for (i, v) in members.enumerated() {
            for e in graph.neighborRange(v) {
                let j = localIndex[Int(graph.neighbors[e])]
                if j > i { edges.append((i, j)) }
            }
        }
        var rng = SeededRandom(seed: componentSeed)
        let side = Double(size).squareRoot()
        var xs = (0..<size).map { _ in rng.unit() * side }
        var ys = (0..<size).map { _ in rng.unit() * side }
        let iterations = max(options.iterations, 1)
        let startTemperature = side / 10
        var dx = [Double](repeating: 0, count: size)
        var dy = [Double](repeating: 0, count: size)
        var grid = RepulsionGrid()
        var pairsLeft = options.maxPairEvaluations
        for step in 0..<iterations where pairsLeft > 0 {
            for i in 0..<size { dx[i] = 0; dy[i] = 0 }
            if size <= options.exactRepulsionLimit {
                pairsLeft -= size * (size - 1) / 2
                for i in 0..<size {
                    for j in (i + 1)..<size {
                        let (fx, fy) = repulsion(xs[i] - xs[j], ys[i] - ys[j], i, j)
                        dx[i] += fx; dy[i] += fy
                        dx[j] -= fx; dy[j] -= fy
                    }
                }
            } else {
                grid.rebuild(xs: xs, ys: ys)
                for i in 0..<size {
                    grid.forEachNear(xs[i], ys[i]) { j in
                        pairsLeft -= 1
                        guard j != i else { return }
                        let ddx = xs[i] - xs[j], ddy = ys[i] - ys[j]
                        guard ddx * ddx + ddy * ddy < RepulsionGrid.reachSquared else { return }
                        let (fx, fy) = repulsion(ddx, ddy, i, j)
                        dx[i] += fx; dy[i] += fy
                    }
                }
            }
            for (i, j) in edges {
                let ddx = xs[i] - xs[j], ddy = ys[i] - ys[j]
                let d = (ddx * ddx + ddy * ddy).squareRoot()  // d² / k along the unit vector
                dx[i] -= ddx * d; dy[i] -= ddy * d
                dx[j] += ddx * d; dy[j] += ddy * d
            }
            let temperature = startTemperature * (1 - Double(step) / Double(iterations))
            for i in 0..<size {
                let length = (dx[i] * dx[i] + dy[i] * dy[i]).squareRoot()
                guard length > 0 else { continue }
                let move = min(length, temperature) / length
                xs[i] += dx[i] * move
                ys[i] += dy[i] * move
            }
        }
        return (0..<size).map { Point(x: xs[$0], y: ys[$0]) }
    }

    /// Repulsive force k² / d along the unit vector from j to i (k = 1); coincident nodes are pushed apart along
    /// a fixed direction so the result stays deterministic.
    private static func repulsion(_ dx: Double, _ dy: Double, _ i: Int, _ j: Int) -> (Double, Double) {
        var ddx = dx, ddy = dy
        var d2 = ddx * ddx + ddy * ddy
        if d2 < 1e-12 {
            ddx = i < j ? 0.01 : -0.01
            ddy = 0.01 * Double((i + j) % 3 - 1)
            d2 = ddx * ddx + ddy * ddy
        }
        return (ddx / d2, ddy / d2)
    }
}

/// Buckets nodes into square cells of side 2 (twice the ideal edge length) for the cut-off repulsion.
private struct RepulsionGrid {
    static let reachSquared = 4.0
    private var cell = 2.0
    private var minX = 0.0, minY = 0.0
    private var columns = 0, rows = 0
    private var start: [Int] = []
    private var items: [Int] = []

    mutating func rebuild(xs: [Double], ys: [Double]) {
        minX = xs.min() ?? 0
        minY = ys.min() ?? 0
        let spread = max((xs.max() ?? 0) - minX, (ys.max() ?? 0) - minY)
        // At most 2048 cells per side: a very spread-out layout gets larger cells, which costs time, not accuracy.
        cell = max(2, spread / 2047)
        columns = Int(((xs.max() ?? 0) - minX) / cell) + 1
        rows = Int(((ys.max() ?? 0) - minY) / cell) + 1
        var count = [Int](repeating: 0, count: columns * rows + 1)
        let cells = xs.indices.map { cellIndex(xs[$0], ys[$0]) }
        for c in cells { count[c + 1] += 1 }
        for c in 0..<(columns * rows) { count[c + 1] += count[c] }
        start = count
        items = [Int](repeating: 0, count: xs.count)
        var fill = count
        for (i, c) in cells.enumerated() { items[fill[c]] = i; fill[c] += 1 }
    }

    private func column(_ x: Double) -> Int { min(max(Int((x - minX) / cell), 0), columns - 1) }
    private func row(_ y: Double) -> Int { min(max(Int((y - minY) / cell), 0), rows - 1) }
    private func cellIndex(_ x: Double, _ y: Double) -> Int { row(y) * columns + column(x) }

    /// Calls `body` for every node in the 3 × 3 cells around `(x, y)`, in a fixed order.
    func forEachNear(_ x: Double, _ y: Double, _ body: (Int) -> Void) {
        let cx = column(x), cy = row(y)
        for r in max(cy - 1, 0)...min(cy + 1, rows - 1) {
            for c in max(cx - 1, 0)...min(cx + 1, columns - 1) {
                let cell = r * columns + c
                for k in start[cell]..<start[cell + 1] { body(items[k]) }
            }
        }
    }
}
