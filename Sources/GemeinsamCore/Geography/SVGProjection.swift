import Foundation

/// Maps WGS84 points to SVG pixel coordinates for a schematic map: equirectangular with the longitude
/// scaled by cos(middle latitude) so shapes keep their proportions, north up, `padding` pixels on each side.
/// The height follows from the box's proportions.
public struct SVGProjection: Sendable {
    public let box: GeoBoundingBox
    public let padding: Double
    public let width: Double
    public let height: Double
    /// Pixels per degree of latitude.
    private let scale: Double
    private let longitudeFactor: Double
    private let offsetX: Double

    public init(box: GeoBoundingBox, width: Double, padding: Double = 8) {
        self.box = box
        self.width = width
        self.padding = padding
        longitudeFactor = cos((box.minLat + box.maxLat) / 2 * .pi / 180)
        let spanX = (box.maxLon - box.minLon) * longitudeFactor
        let spanY = box.maxLat - box.minLat
        let inner = max(width - 2 * padding, 0)
        // A box without width (a single north–south line or point) is scaled by its height and centred.
        if spanX > 0 {
            scale = inner / spanX
        } else if spanY > 0 {
            scale = inner / spanY
        } else {
            scale = 1
        }
        offsetX = (inner - spanX * scale) / 2
        height = spanY * scale + 2 * padding
    }

    public func project(_ p: GeoPoint) -> (x: Double, y: Double) {
        (padding + offsetX + (p.lon - box.minLon) * longitudeFactor * scale, padding + (box.maxLat - p.lat) * scale)
    }

    /// SVG path data ("M8.0 12.5L…Z", numbers with one decimal, one closed sub-path per ring).
    /// Rings are simplified with Douglas–Peucker in pixel space (0 disables it); rings that shrink below
    /// three distinct points are left out. Outer rings run clockwise on screen and holes anticlockwise,
    /// so holes show with either fill rule.
    public func pathData(_ shape: GeoShape, simplifyTolerancePixels: Double = 0.5) -> String {
        var out = ""
        for polygon in shape.polygons {
            for (index, ring) in polygon.rings.enumerated() {
                var points = ring.map(project)
                if points.count > 1, ring.first == ring.last { points.removeLast() }
                points = DouglasPeucker.simplifyRing(points, tolerance: simplifyTolerancePixels)
                var tenths = Self.roundedDistinct(points)
                guard tenths.count >= 3 else {
                    if index == 0 { break } else { continue }
                }
                var twiceArea = 0
                for i in tenths.indices {
                    let a = tenths[i], b = tenths[(i + 1) % tenths.count]
                    twiceArea += a.x * b.y - b.x * a.y
                }
                if (twiceArea > 0) != (index == 0) { tenths = [tenths[0]] + tenths.dropFirst().reversed() }   // keep the start point
                for (i, p) in tenths.enumerated() {
                    out += i == 0 ? "M" : "L"
                    out += Self.decimal(p.x) + " " + Self.decimal(p.y)
                }
                out += "Z"
            }
        }
        return out
    }

    /// Points in tenths of a pixel, without consecutive repeats (including last = first).
    private static func roundedDistinct(_ points: [(x: Double, y: Double)]) -> [(x: Int, y: Int)] {
        var result: [(x: Int, y: Int)] = []
        result.reserveCapacity(points.count)
        for p in points {
            let q = (x: Int((p.x * 10).rounded()), y: Int((p.y * 10).rounded()))
            if let last = result.last, last == q { continue }
            result.append(q)
        }
        while result.count > 1, let first = result.first, let last = result.last, first == last { result.removeLast() }
        return result
    }

    private static func decimal(_ tenths: Int) -> String {
        let sign = tenths < 0 ? "-" : ""
        let magnitude = abs(tenths)
        return "\(sign)\(magnitude / 10).\(magnitude % 10)"
    }
}
