import Foundation
import GemeinsamCore
import NIOConcurrencyHelpers
import SQLKit

/// An area as pages and the API show it.
struct AreaRecord: Sendable {
    var id: Int
    var kind: AreaKind
    var code: String
    var name: String
    var slug: String
    var parentID: Int?
    var centroid: GeoPoint
    var areaKm2: Double
    var population: Int?
    var populationDate: String?
    var populationSource: String?
    var shape: GeoShape
}

/// The whole geography, read once from the database and kept in memory: it changes only on import, and every page
/// needs it, so reading it per request would be wasted work. `GeographyStore.reload` replaces it after an import.
struct GeographySnapshot: Sendable {
    let areas: [Int: AreaRecord]
    private let bySlug: [AreaKind: [String: Int]]
    private let byCode: [AreaKind: [String: Int]]
    private let childrenOf: [Int: [Int]]
    private let neighboursOf: [Int: [Int]]
    let streets: StreetIndex

    init(areas: [AreaRecord], neighbours: [(Int, Int)], streets: [StreetEntry]) {
        var all: [Int: AreaRecord] = [:]
        var slugs: [AreaKind: [String: Int]] = [:]
        var codes: [AreaKind: [String: Int]] = [:]
        var children: [Int: [Int]] = [:]
        for area in areas {
            all[area.id] = area
            slugs[area.kind, default: [:]][area.slug] = area.id
            codes[area.kind, default: [:]][area.code] = area.id
            if let parent = area.parentID { children[parent, default: []].append(area.id) }
        }
        var adjacent: [Int: [Int]] = [:]
        for (a, b) in neighbours { adjacent[a, default: []].append(b) }
        let byName: (Int, Int) -> Bool = { all[$0]!.name.localizedStandardCompare(all[$1]!.name) == .orderedAscending }
        self.areas = all
        self.bySlug = slugs
        self.byCode = codes
        self.childrenOf = children.mapValues { $0.sorted(by: byName) }
        self.neighboursOf = adjacent.mapValues { $0.sorted(by: byName) }
        self.streets = StreetIndex(entries: streets)
    }

    static let empty = GeographySnapshot(areas: [], neighbours: [], streets: [])

    func area(kind: AreaKind, slug: String) -> AreaRecord? { bySlug[kind]?[slug].flatMap { areas[$0] } }
    func area(kind: AreaKind, code: String) -> AreaRecord? { byCode[kind]?[code].flatMap { areas[$0] } }
    func parent(of area: AreaRecord) -> AreaRecord? { area.parentID.flatMap { areas[$0] } }
    func children(of area: AreaRecord) -> [AreaRecord] { (childrenOf[area.id] ?? []).compactMap { areas[$0] } }
    func neighbours(of area: AreaRecord) -> [AreaRecord] { (neighboursOf[area.id] ?? []).compactMap { areas[$0] } }

    func all(_ kind: AreaKind) -> [AreaRecord] {
        (byCode[kind] ?? [:]).values.compactMap { areas[$0] }
            .sorted { $0.code.compare($1.code, options: .numeric) == .orderedAscending }
    }

    /// Quartiere whose name matches the query (case, umlauts and hyphens ignored).
    func quartiere(matching query: String) -> [AreaRecord] {
        let needle = StreetName.normalize(query)
        guard needle.count >= 2 else { return [] }
        return all(.statisticalDistrict).filter { StreetName.normalize($0.name).contains(needle) }
    }

    /// The Quartiere a street belongs to, each with the Unterbezirke of the street inside it.
    struct StreetHit: Sendable {
        var street: String
        var exact: Bool
        var quartiere: [(quartier: AreaRecord, subdistricts: [AreaRecord])]
    }

    func lookup(street query: String, limit: Int = 8) -> [StreetHit] {
        streets.lookup(query, limit: limit).map { match in
            var grouped: [(quartier: AreaRecord, subdistricts: [AreaRecord])] = []
            for sub in match.entry.subdistricts {
                guard let subArea = area(kind: .subdistrict, code: sub.code), let parent = parent(of: subArea) else { continue }
                if let i = grouped.firstIndex(where: { $0.quartier.id == parent.id }) {
                    grouped[i].subdistricts.append(subArea)
                } else {
                    grouped.append((parent, [subArea]))
                }
            }
            return StreetHit(street: match.entry.name, exact: match.exact, quartiere: grouped)
        }
    }
}

extension GeographySnapshot {
    static func load(from sql: any SQLDatabase) async throws -> GeographySnapshot {
        let areaRows = try await sql.select()
            .columns("id", "kind", "code", "name", "slug", "parent_id", "centroid_lat", "centroid_lon", "area_km2",
                     "population", "population_date", "population_source", "geometry")
            .from("areas").all()
        var areas: [AreaRecord] = []
        areas.reserveCapacity(areaRows.count)
        for row in areaRows {
            let geometry = try row.decode(column: "geometry", as: String.self)
            guard let kind = AreaKind(rawValue: try row.decode(column: "kind", as: String.self)),
                  let shape = try? GeoJSON.shape(fromGeometry: Data(geometry.utf8))
            else { continue }
            areas.append(AreaRecord(
                id: try row.decode(column: "id", as: Int.self),
                kind: kind,
                code: try row.decode(column: "code", as: String.self),
                name: try row.decode(column: "name", as: String.self),
                slug: try row.decode(column: "slug", as: String.self),
                parentID: try row.decode(column: "parent_id", as: Int?.self),
                centroid: GeoPoint(lat: try row.decode(column: "centroid_lat", as: Double.self),
                                   lon: try row.decode(column: "centroid_lon", as: Double.self)),
                areaKm2: try row.decode(column: "area_km2", as: Double.self),
                population: try row.decode(column: "population", as: Int?.self),
                populationDate: try row.decode(column: "population_date", as: String?.self),
                populationSource: try row.decode(column: "population_source", as: String?.self),
                shape: shape))
        }
        let neighbourRows = try await sql.select().columns("area_id", "neighbour_id").from("area_neighbours").all()
        let neighbours = try neighbourRows.map {
            (try $0.decode(column: "area_id", as: Int.self), try $0.decode(column: "neighbour_id", as: Int.self))
        }
        let streetRows = try await sql.select().columns("name", "register_name", "subdistricts").from("streets").all()
        let streets: [StreetEntry] = try streetRows.map { row in
            let subs = try row.decode(column: "subdistricts", as: String.self)
                .split(separator: " ").compactMap { part -> (code: String, addressPoints: Int)? in
                    let bits = part.split(separator: ":")
                    guard bits.count == 2, let n = Int(bits[1]) else { return nil }
                    return (String(bits[0]), n)
                }
            return StreetEntry(name: try row.decode(column: "name", as: String.self), subdistricts: subs,
                               registerName: try row.decode(column: "register_name", as: String.self))
        }
        return GeographySnapshot(areas: areas, neighbours: neighbours, streets: streets)
    }
}

/// Holds the current snapshot and the maps drawn from it; safe to read from any request.
final class GeographyStore: Sendable {
    private struct State: Sendable {
        var snapshot: GeographySnapshot
        var maps: AreaMaps
    }
    private let state = NIOLockedValueBox(State(snapshot: .empty, maps: AreaMaps(snapshot: .empty)))

    var snapshot: GeographySnapshot { state.withLockedValue { $0.snapshot } }
    var maps: AreaMaps { state.withLockedValue { $0.maps } }

    func reload(from sql: any SQLDatabase) async throws {
        let snapshot = try await GeographySnapshot.load(from: sql)
        let maps = AreaMaps(snapshot: snapshot)
        state.withLockedValue { $0 = State(snapshot: snapshot, maps: maps) }
    }
}
