import Foundation
import GemeinsamCore
import Vapor

/// `/api/v1/areas…`: the geography as JSON.
enum AreaAPI {
    struct AreaRef: Content { var kind: String; var code: String }
    struct Point: Content { var lat: Double; var lon: Double }
    struct Item: Content {
        var kind: String
        var code: String
        var name: String
        var slug: String
        var url: String?
        var parent: AreaRef?
        var centroid: Point
        var areaKm2: Double
        var population: Int?
        var populationReferenceDate: String?
        var populationSource: String?

        enum CodingKeys: String, CodingKey {
            case kind, code, name, slug, url, parent, centroid, areaKm2, population, populationReferenceDate, populationSource
        }

        /// Writes `null` for missing values instead of leaving the key out, as the OpenAPI document promises.
        func encode(to encoder: any Encoder) throws {
            var c = encoder.container(keyedBy: CodingKeys.self)
            try c.encode(kind, forKey: .kind)
            try c.encode(code, forKey: .code)
            try c.encode(name, forKey: .name)
            try c.encode(slug, forKey: .slug)
            try c.encode(url, forKey: .url)
            try c.encode(parent, forKey: .parent)
            try c.encode(centroid, forKey: .centroid)
            try c.encode(areaKm2, forKey: .areaKm2)
            try c.encode(population, forKey: .population)
            try c.encode(populationReferenceDate, forKey: .populationReferenceDate)
            try c.encode(populationSource, forKey: .populationSource)
        }
    }
    struct List: Content { var count: Int; var items: [Item] }
    struct Detail: Content {
        var area: Item
        var neighbours: [AreaRef]
        var children: [AreaRef]
        var approximateBoundary: Bool
        var geometry: GeoJSONGeometry
    }

    @Sendable static func list(req: Request) async throws -> Response {
        let geography = req.geography
        let kindParam = try? req.query.get(String.self, at: "kind")
        let parentParam = try? req.query.get(String.self, at: "parent")
        var kinds = AreaKind.allCases
        if let kindParam {
            guard let kind = AreaKind(rawValue: kindParam) else {
                throw GermanError(status: .badRequest, reason: "Unbekannte Gebietsart „\(String(kindParam.prefix(40)))“. Erlaubt: district, statisticalDistrict, subdistrict.")
            }
            kinds = [kind]
        }
        var parentID: Int?
        if let parentParam {
            let parts = parentParam.split(separator: ":", maxSplits: 1).map(String.init)
            let parent: AreaRecord?
            if parts.count == 2, let parentKind = AreaKind(rawValue: parts[0]) {
                parent = geography.area(kind: parentKind, code: parts[1])
            } else if let kindParam, let kind = AreaKind(rawValue: kindParam), kind != .district {
                parent = geography.area(kind: GeographyImporter.parentKind(of: kind), code: parentParam)
            } else {
                throw GermanError(status: .badRequest, reason: UIText.text("areaAPI.list.1"))
            }
            guard let parent else {
                throw GermanError(status: .notFound, reason: UIText.text("areaAPI.list.2", ["value": "\(String(parentParam.prefix(40)))"]))
            }
            parentID = parent.id
        }
        let items = kinds.flatMap { geography.all($0) }
            .filter { parentID == nil || $0.parentID == parentID }
            .map { item($0, geography: geography, base: req.application.appConfig.publicURL) }
        return try await List(count: items.count, items: items).encodeResponse(for: req)
    }

    @Sendable static func detail(req: Request) async throws -> Response {
        let geography = req.geography
        guard let kind = req.parameters.get("kind").flatMap(AreaKind.init(rawValue:)) else {
            throw GermanError(status: .notFound, reason: "Unbekannte Gebietsart. Erlaubt: district, statisticalDistrict, subdistrict.")
        }
        guard let code = req.parameters.get("code"), let area = geography.area(kind: kind, code: code) else {
            throw GermanError(status: .notFound, reason: UIText.text("areaAPI.detail"))
        }
        let detail = Detail(
            area: item(area, geography: geography, base: req.application.appConfig.publicURL),
            neighbours: geography.neighbours(of: area).map { AreaRef(kind: $0.kind.rawValue, code: $0.code) },
            children: geography.children(of: area).map { AreaRef(kind: $0.kind.rawValue, code: $0.code) },
            approximateBoundary: true,
            geometry: GeoJSONGeometry(area.shape))
        return try await detail.encodeResponse(for: req)
    }

    struct LookupResult: Content {
        struct Quartier: Content {
            var kind: String
            var code: String
            var name: String
            var url: String
            var subdistricts: [AreaRef]
        }
        struct Street: Content { var street: String; var exact: Bool; var quartiere: [Quartier] }
        var query: String
        var count: Int
        var items: [Street]
    }

    @Sendable static func lookup(req: Request) async throws -> Response {
        let raw = try? req.query.get(String.self, at: "street")
        let street: String
        switch TextInput.clean(raw, maxLength: 100) {
        case .failure(.empty): throw GermanError(status: .badRequest, reason: UIText.text("areaAPI.lookup.failure"))
        case .failure(.tooLong): throw GermanError(status: .badRequest, reason: UIText.text("areaAPI.lookup.1"))
        case .failure(.controlCharacters): throw GermanError(status: .badRequest, reason: UIText.text("areaAPI.lookup.2"))
        case let .success(value): street = value
        }
        let base = req.application.appConfig.publicURL
        let hits = req.geography.lookup(street: street)
        let items = hits.map { hit in
            LookupResult.Street(street: hit.street, exact: hit.exact, quartiere: hit.quartiere.map { entry in
                LookupResult.Quartier(
                    kind: entry.quartier.kind.rawValue, code: entry.quartier.code, name: entry.quartier.name,
                    url: SiteURL.quartier(entry.quartier.slug).absoluteURL(base: base),
                    subdistricts: entry.subdistricts.map { AreaRef(kind: $0.kind.rawValue, code: $0.code) })
            })
        }
        return try await LookupResult(query: street, count: items.count, items: items).encodeResponse(for: req)
    }

    static func item(_ area: AreaRecord, geography: GeographySnapshot, base: String) -> Item {
        let url: String? = switch area.kind {
        case .statisticalDistrict: SiteURL.quartier(area.slug).absoluteURL(base: base)
        case .district: SiteURL.district(area.slug).absoluteURL(base: base)
        case .subdistrict: nil
        }
        return Item(
            kind: area.kind.rawValue, code: area.code, name: area.name, slug: area.slug, url: url,
            parent: geography.parent(of: area).map { AreaRef(kind: $0.kind.rawValue, code: $0.code) },
            centroid: Point(lat: (area.centroid.lat * 1e6).rounded() / 1e6, lon: (area.centroid.lon * 1e6).rounded() / 1e6),
            areaKm2: (area.areaKm2 * 100).rounded() / 100,
            population: area.population, populationReferenceDate: area.populationDate, populationSource: area.populationSource)
    }
}

/// An RFC 7946 geometry, encoded from a shape.
struct GeoJSONGeometry: Content {
    var type: String
    var coordinates: [[[[Double]]]]

    init(_ shape: GeoShape) {
        type = "MultiPolygon"
        coordinates = shape.polygons.map { polygon in
            polygon.rings.map { ring in ring.map { [($0.lon * 1e5).rounded() / 1e5, ($0.lat * 1e5).rounded() / 1e5] } }
        }
    }
}
