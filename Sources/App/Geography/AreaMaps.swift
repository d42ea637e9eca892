import Foundation
import GemeinsamCore

/// Schematic SVG maps, drawn once per snapshot. The polygons are approximations (Voronoi cells of address points),
/// which every map says in its caption.
struct AreaMaps: Sendable {
    private(set) var quartier: [Int: String] = [:]
    /// The projection of each Quartier map, to place markers on it.
    private(set) var quartierProjection: [Int: SVGProjection] = [:]
    private(set) var district: [Int: String] = [:]
    private(set) var city: String = ""
    /// The city map without links and with room for markers (actors), and its projection.
    private(set) var cityPlain: String = ""
    private(set) var cityProjection = SVGProjection(box: GeoBoundingBox(minLat: 51.41, minLon: 7.30, maxLat: 51.60, maxLon: 7.64), width: 640)

    static let width = 640.0

    init(snapshot: GeographySnapshot) {
        let quartiere = snapshot.all(.statisticalDistrict)
        let districts = snapshot.all(.district)
        for area in quartiere {
            let (svg, projection) = Self.contextMap(
                focus: area, neighbours: snapshot.neighbours(of: area), layer: quartiere, labelled: [],
                title: UIText.text("areaMaps.width.1", ["area": "\(area.name)"]))
            quartier[area.id] = svg
            quartierProjection[area.id] = projection
        }
        for area in districts {
            district[area.id] = Self.contextMap(
                focus: area, neighbours: snapshot.neighbours(of: area), layer: districts,
                labelled: snapshot.children(of: area),
                title: UIText.text("areaMaps.width.2", ["area": "\(area.name)"])).svg
        }
        if let first = districts.first {
            let box = districts.dropFirst().reduce(first.shape.boundingBox) { $0.union($1.shape.boundingBox) }
                .expanded(byFraction: 0.02)
            cityProjection = SVGProjection(box: box, width: Self.width)
            city = Self.cityMap(districts: districts, projection: cityProjection)
            cityPlain = Self.plainCityMap(districts: districts, projection: cityProjection)
        }
    }

    /// The focus area, its neighbours and every other area of the layer within view; the focus is highlighted.
    private static func contextMap(focus: AreaRecord, neighbours: [AreaRecord], layer: [AreaRecord],
                                   labelled inner: [AreaRecord], title: String) -> (svg: String, projection: SVGProjection) {
        var box = focus.shape.boundingBox
        for n in neighbours { box = box.union(n.shape.boundingBox) }
        box = box.expanded(byFraction: 0.04)
        let projection = SVGProjection(box: box, width: width)
        let neighbourIDs = Set(neighbours.map(\.id))
        var svg = SVGWriter(projection: projection, id: "karte-\(focus.kind.rawValue)-\(focus.code)", title: title,
                            interactive: false)
        for area in layer where area.id != focus.id && area.shape.boundingBox.intersects(box) {
            svg.shape(area.shape, cssClass: neighbourIDs.contains(area.id) ? "map-neighbour" : "map-other")
        }
        svg.shape(focus.shape, cssClass: "map-focus")
        for child in inner { svg.shape(child.shape, cssClass: "map-inner") }
        for n in neighbours { svg.label(n.name, at: n.shape.representativePoint, cssClass: "map-label") }
        for child in inner { svg.label(child.name, at: child.shape.representativePoint, cssClass: "map-label map-label-small") }
        if inner.isEmpty { svg.label(focus.name, at: focus.shape.representativePoint, cssClass: "map-label map-label-focus") }
        return (svg.finish(), projection)
    }

    /// The 12 Stadtbezirke as one picture (role img), for numbered markers with a list next to it.
    private static func plainCityMap(districts: [AreaRecord], projection: SVGProjection) -> String {
        var svg = SVGWriter(projection: projection, id: "karte-stadt-akteure",
                            title: UIText.text("areaMaps.plainCityMap"), interactive: false)
        for area in districts { svg.shape(area.shape, cssClass: "map-other") }
        for area in districts { svg.label(area.name, at: area.shape.representativePoint, cssClass: "map-label map-label-small") }
        return svg.finish()
    }

    private static func cityMap(districts: [AreaRecord], projection: SVGProjection) -> String {
        var svg = SVGWriter(projection: projection, id: "karte-stadt",
                            title: UIText.text("areaMaps.cityMap.1"), interactive: true)
        for area in districts {
            svg.link(href: SiteURL.district(area.slug).path, label: UIText.text("areaMaps.cityMap.2", ["area": "\(area.name)"])) { inner in
                inner.shape(area.shape, cssClass: "map-district")
                inner.label(area.name, at: area.shape.representativePoint, cssClass: "map-label")
            }
        }
        return svg.finish()
    }
}

