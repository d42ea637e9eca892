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
        let areas = try await sql.select().columns(AreaRow.columns).from("areas").rows(AreaRow.self).compactMap(\.record)
        let neighbours = try await sql.select().columns("area_id", "neighbour_id").from("area_neighbours")
            .rows(AreaNeighbourRow.self).map { ($0.areaID, $0.neighbourID) }
        let streets = try await sql.select().columns("name", "register_name", "subdistricts").from("streets")
            .rows(StreetRow.self).map(\.entry)
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
