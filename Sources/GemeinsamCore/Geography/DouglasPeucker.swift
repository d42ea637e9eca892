import Foundation

/// Douglas–Peucker line simplification in a plane.
enum DouglasPeucker {
    typealias Point = (x: Double, y: Double)

    /// Keeps the first and last point and every point that lies farther than `tolerance` from the
    /// simplified line.
    static func simplify(_ points: [Point], tolerance: Double) -> [Point] {
        guard points.count > 2, tolerance > 0 else { return points }
        var keep = [Bool](repeating: false, count: points.count)
        keep[0] = true
        keep[points.count - 1] = true
        mark(points, from: 0, to: points.count - 1, tolerance: tolerance, keep: &keep)
        return points.indices.filter { keep[$0] }.map { points[$0] }
    }

    /// A closed ring given without its repeated closing point. It is split at the point farthest from
    /// the first one, so both halves are ordinary open lines and the ring's extreme points survive.
    static func simplifyRing(_ ring: [Point], tolerance: Double) -> [Point] {
        guard ring.count > 3, tolerance > 0 else { return ring }
        let first = ring[0]
        var farthest = 0
        var best = -1.0
        for (i, p) in ring.enumerated() {
            let d = (p.x - first.x) * (p.x - first.x) + (p.y - first.y) * (p.y - first.y)
            if d > best { best = d; farthest = i }
        }
        let closed = ring + [first]
        var keep = [Bool](repeating: false, count: closed.count)
        keep[0] = true
        keep[farthest] = true
        mark(closed, from: 0, to: farthest, tolerance: tolerance, keep: &keep)
        mark(closed, from: farthest, to: ring.count, tolerance: tolerance, keep: &keep)
        return ring.indices.filter { keep[$0] }.map { ring[$0] }
    }

    private static func mark(_ points: [Point], from start: Int, to end: Int, tolerance: Double, keep: inout [Bool]) {
        var stack = [(start, end)]
        let limit = tolerance * tolerance
        while let (s, e) = stack.popLast() {
            guard e - s > 1 else { continue }
            var index = -1
            var best = limit
            for i in (s + 1)..<e {
                let d = distanceSquared(points[i], points[s], points[e])
                if d > best { best = d; index = i }
            }
            if index >= 0 {
                keep[index] = true
                stack.append((s, index))
                stack.append((index, e))
            }
        }
    }

    static func distanceSquared(_ p: Point, _ a: Point, _ b: Point) -> Double {
        let dx = b.x - a.x, dy = b.y - a.y
        let lengthSquared = dx * dx + dy * dy
        var t = lengthSquared > 0 ? ((p.x - a.x) * dx + (p.y - a.y) * dy) / lengthSquared : 0
        t = min(1, max(0, t))
        let ex = a.x + t * dx - p.x, ey = a.y + t * dy - p.y
        return ex * ex + ey * ey
    }
}
