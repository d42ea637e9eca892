import Foundation
import GemeinsamCore

/// SVG charts of the monitor, written as text (our own markup; every label goes through `HTMLEscape`).
/// Each chart has a table next to it with the same numbers, so colour is never the only carrier of information.
enum MonitorCharts {
    static let palette = ["#eef5f3", "#bcdad3", "#7fb6aa", "#3e8a7e", "#0b5b52"]
    static let mapWidth = 640.0

    struct MapArea {
        var area: AreaRecord
        /// nil: no published value (hatched).
        var value: Double?
        var tooltip: String
    }

    struct LegendEntry { var colour: String?; var hatched: Bool; var label: String }

    /// A choropleth of areas with classes from `breaks`; areas without a value are hatched and, when `labelHatched`,
    /// marked „<10“.
    static func choropleth(id: String, title: String, areas: [MapArea], breaks: MonitorStats.ClassBreaks,
                           labelNames: Bool, hatchedLabel: String?, cache: MonitorCache) -> String {
        guard let first = areas.first else { return "" }
        let box = areas.dropFirst().reduce(first.area.shape.boundingBox) { $0.union($1.area.shape.boundingBox) }
            .expanded(byFraction: 0.02)
        let projection = SVGProjection(box: box, width: mapWidth)
        let colours = classColours(breaks.classes)
        var body = hatching(id: "\(id)-schraffur")
        var labels = ""
        for entry in areas {
            let d = cache.mapPath(entry.area, projection: projection, map: id)
            let fill = entry.value.map { colours[breaks.classify($0)] } ?? "url(#\(id)-schraffur)"
            body += "<path class=\"choro-area\" fill=\"\(fill)\" d=\"\(d)\"><title>\(HTMLEscape.text(entry.tooltip))</title></path>"
            let (x, y) = projection.project(entry.area.shape.representativePoint)
            if labelNames {
                labels += "<text class=\"map-label map-label-small\" x=\"\(f(x))\" y=\"\(f(y))\" text-anchor=\"middle\">"
                    + HTMLEscape.text(entry.area.name) + "</text>"
            } else if entry.value == nil, let hatchedLabel {
                labels += "<text class=\"map-label map-label-small\" x=\"\(f(x))\" y=\"\(f(y + 3))\" text-anchor=\"middle\">"
                    + HTMLEscape.text(hatchedLabel) + "</text>"
            }
        }
        return "<svg class=\"map choropleth\" viewBox=\"0 0 \(f(projection.width)) \(f(projection.height))\" role=\"img\" "
            + "aria-labelledby=\"\(id)-titel\" preserveAspectRatio=\"xMidYMid meet\"><title id=\"\(id)-titel\">"
            + HTMLEscape.text(title) + "</title>" + body + labels + "</svg>"
    }

    static func classColours(_ classes: Int) -> [String] {
        switch classes {
        case ...1: [palette[2]]
        case 2: [palette[1], palette[3]]
        case 3: [palette[0], palette[2], palette[4]]
        case 4: [palette[0], palette[1], palette[3], palette[4]]
        default: Array(palette.prefix(classes))
        }
    }

    static func legend(breaks: MonitorStats.ClassBreaks, format: (Double) -> String, hatchedLabel: String) -> [LegendEntry] {
        let colours = classColours(breaks.classes)
        var entries: [LegendEntry] = []
        for k in 0..<breaks.classes {
            let (low, high) = breaks.bounds(of: k)
            entries.append(LegendEntry(colour: colours[k], hatched: false,
                                       label: Texts.MonitorDashboard.legendRange(low.map(format), high.map(format))))
        }
        entries.append(LegendEntry(colour: nil, hatched: true, label: hatchedLabel))
        return entries
    }

    /// The hatching of areas without a value, as a pattern to fill with (`url(#id)`).
    static func hatching(id: String) -> String {
        "<defs><pattern id=\"\(id)\" patternUnits=\"userSpaceOnUse\" width=\"7\" height=\"7\" patternTransform=\"rotate(45)\">"
            + "<rect width=\"7\" height=\"7\" fill=\"#ffffff\"/><line x1=\"0\" y1=\"0\" x2=\"0\" y2=\"7\" stroke=\"#5a5a5a\" "
            + "stroke-width=\"2\"/></pattern></defs>"
    }

    /// A small swatch for the legend (decorative; the text says the range).
    static func swatch(_ entry: LegendEntry, id: String) -> String {
        let fill = entry.colour ?? "url(#\(id))"
        let defs = entry.hatched ? hatching(id: id) : ""
        return "<svg class=\"swatch\" width=\"28\" height=\"18\" viewBox=\"0 0 28 18\" aria-hidden=\"true\" focusable=\"false\">"
            + defs + "<rect x=\"0.5\" y=\"0.5\" width=\"27\" height=\"17\" fill=\"\(fill)\" stroke=\"#1a1a1a\"/></svg>"
    }

    struct Bar {
        var label: String
        var share: Double?
        var low: Double?
        var high: Double?
        /// Shown instead of a bar when there is no share.
        var note: String
    }

    /// Horizontal bars with 95 % interval whiskers and an optional reference line (e.g. the federal figure).
    static func bars(id: String, title: String, bars: [Bar], reference: (value: Double, label: String)?) -> String {
        let labelWidth = 230.0, width = 640.0, right = 20.0, rowHeight = 34.0, top = 28.0
        let maxValue = max(bars.compactMap { $0.high ?? $0.share }.max() ?? 0.1, reference?.value ?? 0, 0.05)
        let axisMax = (maxValue * 10).rounded(.up) / 10   // next 10 %
        let plotWidth = width - labelWidth - right
        func x(_ v: Double) -> Double { labelWidth + v / axisMax * plotWidth }
        let height = top + Double(bars.count) * rowHeight + 30
        var svg = "<svg class=\"bars\" viewBox=\"0 0 \(f(width)) \(f(height))\" role=\"img\" aria-labelledby=\"\(id)-titel\">"
            + "<title id=\"\(id)-titel\">\(HTMLEscape.text(title))</title>"
        // grid and axis labels every 10 %
        var tick = 0.0
        while tick <= axisMax + 1e-9 {
            svg += "<line class=\"bar-grid\" x1=\"\(f(x(tick)))\" y1=\"\(f(top - 6))\" x2=\"\(f(x(tick)))\" y2=\"\(f(height - 24))\"/>"
            svg += "<text class=\"bar-axis\" x=\"\(f(x(tick)))\" y=\"\(f(height - 8))\" text-anchor=\"middle\">"
                + "\(Int((tick * 100).rounded())) %</text>"
            tick += axisMax > 0.5 ? 0.2 : 0.1
        }
        for (i, bar) in bars.enumerated() {
            let y = top + Double(i) * rowHeight
            svg += "<text class=\"bar-label\" x=\"\(f(labelWidth - 8))\" y=\"\(f(y + rowHeight / 2 + 5))\" text-anchor=\"end\">"
                + HTMLEscape.text(bar.label) + "</text>"
            if let share = bar.share {
                svg += "<rect class=\"bar\" x=\"\(f(labelWidth))\" y=\"\(f(y + 7))\" width=\"\(f(max(1, x(share) - labelWidth)))\" "
                    + "height=\"\(f(rowHeight - 14))\"/>"
                if let low = bar.low, let high = bar.high {
                    let cy = y + rowHeight / 2
                    svg += "<line class=\"bar-ci\" x1=\"\(f(x(low)))\" y1=\"\(f(cy))\" x2=\"\(f(x(high)))\" y2=\"\(f(cy))\"/>"
                        + "<line class=\"bar-ci\" x1=\"\(f(x(low)))\" y1=\"\(f(cy - 7))\" x2=\"\(f(x(low)))\" y2=\"\(f(cy + 7))\"/>"
                        + "<line class=\"bar-ci\" x1=\"\(f(x(high)))\" y1=\"\(f(cy - 7))\" x2=\"\(f(x(high)))\" y2=\"\(f(cy + 7))\"/>"
                }
            } else {
                svg += "<text class=\"bar-note\" x=\"\(f(labelWidth + 6))\" y=\"\(f(y + rowHeight / 2 + 5))\">"
                    + HTMLEscape.text(bar.note) + "</text>"
            }
        }
        if let reference {
            let rx = x(reference.value)
            svg += "<line class=\"bar-reference\" x1=\"\(f(rx))\" y1=\"\(f(top - 10))\" x2=\"\(f(rx))\" y2=\"\(f(height - 24))\"/>"
                + "<text class=\"bar-reference-label\" x=\"\(f(rx + 4))\" y=\"\(f(top - 14))\">"
                + HTMLEscape.text(reference.label) + "</text>"
        }
        return svg + "</svg>"
    }

    static func f(_ v: Double) -> String { SVGWriter.format(v) }
}
