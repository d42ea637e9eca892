import Foundation
import GemeinsamCore

/// The network map as inline SVG: edges first, then nodes (size by degree, colour by community), broker labels.
enum NetworkSVG {
    static func svg(_ model: NetworkModel) -> String {
        let width = 960.0, height = width / NetworkModel.mapAspectRatio
        let map = model.map
        func f(_ v: Double) -> String { String(format: "%.1f", v) }
        var out = "<svg class=\"network-map\" viewBox=\"0 0 \(f(width)) \(f(height))\" role=\"img\" aria-labelledby=\"netz-titel\">"
        out += "<title id=\"netz-titel\">\(HTMLEscape.text(Texts.Network.svgTitle(map.nodes.count, communities: map.communityCount)))</title>"
        let maxWeight = max(map.edges.map(\.weight).max() ?? 1, 1)
        for e in map.edges {
            let s = map.nodes[e.source], t = map.nodes[e.target]
            out += "<line class=\"network-edge\" x1=\"\(f(s.x * width))\" y1=\"\(f(s.y * height))\" x2=\"\(f(t.x * width))\" y2=\"\(f(t.y * height))\" "
                + "stroke-width=\"\(f(1 + 2 * e.weight / maxWeight))\"/>"
        }
        for n in map.nodes {
            out += "<circle class=\"network-node\(n.isBroker ? " network-broker" : "")\" cx=\"\(f(n.x * width))\" cy=\"\(f(n.y * height))\" "
                + "r=\"\(f(max(n.radius * width, 4)))\" fill=\"\(n.color)\"/>"
        }
        for n in map.nodes where n.showsLabel {
            out += "<text class=\"network-label\" x=\"\(f(n.x * width))\" y=\"\(f(n.y * height - max(n.radius * width, 4) - 4))\" "
                + "text-anchor=\"middle\">\(HTMLEscape.text(model.name(n.id)))</text>"
        }
        return out + "</svg>"
    }
}
