import Foundation

/// Which areas touch each other.
public enum GeoAdjacency {
    /// Areas whose boundaries touch (share a boundary stretch or come within `toleranceMetres` of each other).
    ///
    /// Every id appears as a key, with an empty list when it has no neighbour; lists are sorted.
    /// Works in a local metric plane around the middle of all shapes (accurate to well under 1 % within
    /// 50 km); boundary segments are binned in a uniform grid so only nearby segments are compared.
    public static func neighbours(of shapes: [String: GeoShape], toleranceMetres: Double = 30) -> [String: [String]] {
        let ids = shapes.keys.sorted()
        var result: [String: [String]] = [:]
        for id in ids { result[id] = [] }
        let boxes = ids.compactMap { shapes[$0]?.boundingBox }
        guard ids.count > 1, let firstBox = boxes.first else { return result }

        let tolerance = max(0, toleranceMetres.isFinite ? toleranceMetres : 0)
        let plane = LocalPlane(origin: boxes.dropFirst().reduce(firstBox) { $0.union($1) }.center)
        let segments = collectSegments(ids.map { shapes[$0]! }, plane: plane)
        let pairs = touchingPairs(segments, owners: ids.count, tolerance: tolerance)

        for pair in pairs {
            result[ids[pair.0]]!.append(ids[pair.1])
            result[ids[pair.1]]!.append(ids[pair.0])
        }
        for id in ids { result[id]!.sort() }
        return result
    }

    struct Segment {
        var ax, ay, bx, by: Double
        var owner: Int
    }

    static func collectSegments(_ shapes: [GeoShape], plane: LocalPlane) -> [Segment] {
        var segments: [Segment] = []
        for (owner, shape) in shapes.enumerated() {
            for polygon in shape.polygons {
                for ring in polygon.rings where ring.count >= 2 {
                    let projected = ring.map(plane.project)
                    for i in 0..<projected.count {
                        let a = projected[i], b = projected[(i + 1) % projected.count]
                        if a.x == b.x && a.y == b.y { continue }
                        segments.append(Segment(ax: a.x, ay: a.y, bx: b.x, by: b.y, owner: owner))
                    }
                }
            }
        }
        return segments
    }

    /// Owner index pairs (smaller first) with at least one pair of segments within `tolerance` metres.
    static func touchingPairs(_ segments: [Segment], owners: Int, tolerance: Double) -> [(Int, Int)] {
        guard !segments.isEmpty else { return [] }
        var minX = Double.infinity, minY = Double.infinity, maxX = -Double.infinity, maxY = -Double.infinity
        var totalLength = 0.0
        for s in segments {
            minX = min(minX, s.ax, s.bx); maxX = max(maxX, s.ax, s.bx)
            minY = min(minY, s.ay, s.by); maxY = max(maxY, s.ay, s.by)
            totalLength += hypot(s.bx - s.ax, s.by - s.ay)
        }
        let half = tolerance / 2
        minX -= half; minY -= half; maxX += half; maxY += half

        // Cells about two segment lengths wide keep the lists short; cap the cell count for huge extents.
        var cell = max(2 * totalLength / Double(segments.count), tolerance, 1)
        while ((maxX - minX) / cell + 1) * ((maxY - minY) / cell + 1) > 4_000_000 { cell *= 2 }
        let columns = Int((maxX - minX) / cell) + 1
        let rows = Int((maxY - minY) / cell) + 1
        var grid = [[Int32]](repeating: [], count: columns * rows)

        // A segment goes into every cell its box (grown by half the tolerance) overlaps. Two segments within
        // the tolerance share a point of those grown boxes, hence at least one cell.
        for (index, s) in segments.enumerated() {
            let x0 = Int((min(s.ax, s.bx) - half - minX) / cell), x1 = Int((max(s.ax, s.bx) + half - minX) / cell)
            let y0 = Int((min(s.ay, s.by) - half - minY) / cell), y1 = Int((max(s.ay, s.by) + half - minY) / cell)
            for y in max(0, y0)...min(rows - 1, y1) {
                for x in max(0, x0)...min(columns - 1, x1) { grid[y * columns + x].append(Int32(index)) }
            }
        }

        var found = Set<Int>()
        var pairs: [(Int, Int)] = []
        let toleranceSquared = tolerance * tolerance
        for list in grid where list.count > 1 {
            for i in 0..<(list.count - 1) {
                let s = segments[Int(list[i])]
                for j in (i + 1)..<list.count {
                    let t = segments[Int(list[j])]
                    guard s.owner != t.owner else { continue }
                    let low = min(s.owner, t.owner), high = max(s.owner, t.owner)
                    let key = low * owners + high
                    if found.contains(key) { continue }
                    if distanceSquared(s, t) <= toleranceSquared {
                        found.insert(key)
                        pairs.append((low, high))
                    }
                }
            }
        }
        return pairs
    }

    static func distanceSquared(_ s: Segment, _ t: Segment) -> Double {
        if properlyCross(s, t) { return 0 }
        return min(pointSegmentDistanceSquared(s.ax, s.ay, t), pointSegmentDistanceSquared(s.bx, s.by, t),
                   pointSegmentDistanceSquared(t.ax, t.ay, s), pointSegmentDistanceSquared(t.bx, t.by, s))
    }

    private static func properlyCross(_ s: Segment, _ t: Segment) -> Bool {
        func orient(_ ax: Double, _ ay: Double, _ bx: Double, _ by: Double, _ cx: Double, _ cy: Double) -> Double {
            (bx - ax) * (cy - ay) - (by - ay) * (cx - ax)
        }
        let d1 = orient(s.ax, s.ay, s.bx, s.by, t.ax, t.ay), d2 = orient(s.ax, s.ay, s.bx, s.by, t.bx, t.by)
        let d3 = orient(t.ax, t.ay, t.bx, t.by, s.ax, s.ay), d4 = orient(t.ax, t.ay, t.bx, t.by, s.bx, s.by)
        return ((d1 > 0 && d2 < 0) || (d1 < 0 && d2 > 0)) && ((d3 > 0 && d4 < 0) || (d3 < 0 && d4 > 0))
    }

    private static func pointSegmentDistanceSquared(_ px: Double, _ py: Double, _ s: Segment) -> Double {
        let dx = s.bx - s.ax, dy = s.by - s.ay
        let lengthSquared = dx * dx + dy * dy
        var t = lengthSquared > 0 ? ((px - s.ax) * dx + (py - s.ay) * dy) / lengthSquared : 0
        t = min(1, max(0, t))
        let ex = s.ax + t * dx - px, ey = s.ay + t * dy - py
        return ex * ex + ey * ey
    }
}
