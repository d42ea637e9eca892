import Foundation
import GemeinsamCore

/// Writes inline SVG text with escaped labels.
struct SVGWriter {
    let projection: SVGProjection
    private var body = ""
    private let title: String
    private let interactive: Bool
    private let id: String

    init(projection: SVGProjection, id: String, title: String, interactive: Bool) {
        self.projection = projection
        self.id = id
        self.title = title
        self.interactive = interactive
    }

    mutating func shape(_ shape: GeoShape, cssClass: String) {
        body += "<path class=\"\(cssClass)\" d=\"\(projection.pathData(shape))\"/>"
    }

    mutating func label(_ text: String, at point: GeoPoint, cssClass: String) {
        let (x, y) = projection.project(point)
        body += "<text class=\"\(cssClass)\" x=\"\(Self.format(x))\" y=\"\(Self.format(y))\" text-anchor=\"middle\">"
            + HTMLEscape.text(text) + "</text>"
    }

    mutating func link(href: String, label: String, _ content: (inout SVGWriter) -> Void) {
        body += "<a href=\"\(HTMLEscape.text(href))\" aria-label=\"\(HTMLEscape.text(label))\">"
        content(&self)
        body += "</a>"
    }

    func finish() -> String {
        let role = interactive ? "group" : "img"
        return "<svg class=\"map\" viewBox=\"0 0 \(Self.format(projection.width)) \(Self.format(projection.height))\" "
            + "role=\"\(role)\" aria-labelledby=\"\(id)\" preserveAspectRatio=\"xMidYMid meet\">"
            + "<title id=\"\(id)\">\(HTMLEscape.text(title))</title>" + body + "</svg>"
    }

    static func format(_ v: Double) -> String { String(format: "%.1f", v) }

    /// Adds numbered markers to a finished map (they match a numbered list next to the map).
    static func addingMarkers(to svg: String, projection: SVGProjection, markers: [(number: Int, point: GeoPoint)]) -> String {
        guard svg.hasSuffix("</svg>"), !markers.isEmpty else { return svg }
        var out = String(svg.dropLast(6))
        for marker in markers {
            let (x, y) = projection.project(marker.point)
            guard x >= 0, y >= 0, x <= projection.width, y <= projection.height else { continue }
            out += "<g class=\"map-marker\"><circle cx=\"\(format(x))\" cy=\"\(format(y))\" r=\"11\"/>"
                + "<text x=\"\(format(x))\" y=\"\(format(y + 4.5))\" text-anchor=\"middle\">\(marker.number)</text></g>"
        }
        return out + "</svg>"
    }
}
