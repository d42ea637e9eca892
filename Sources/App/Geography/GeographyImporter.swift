import Fluent
import Foundation
import GemeinsamCore
import SQLKit

/// Writes a `GeographyDataset` into the database. Areas are matched by kind and code, so re-importing updates
/// names, figures and polygons without breaking accounts that refer to an area.
enum GeographyImporter {
    struct Summary: Sendable, CustomStringConvertible {
        var areas: [AreaKind: Int]
        var neighbourPairs: Int
        var streets: Int
        var description: String {
            "\(areas[.district] ?? 0) Stadtbezirke, \(areas[.statisticalDistrict] ?? 0) statistische Bezirke, "
                + "\(areas[.subdistrict] ?? 0) Unterbezirke, \(neighbourPairs) Nachbarschaften, \(streets) Straßen"
        }
    }

    static func importDataset(_ dataset: GeographyDataset, on database: any Database) async throws -> Summary {
        try await database.transaction { db in
            let sql = db.sql
            var ids: [String: Int] = [:]  // "kind|code" -> id
            for kind in AreaKind.allCases {
                let rows = dataset.areas.filter { $0.kind == kind }
                for chunk in rows.chunked(into: 200) {
                    var insert = sql.insert(into: "areas").columns(
                        "kind", "code", "name", "slug", "parent_id", "centroid_lat", "centroid_lon", "area_km2",
                        "population", "population_date", "population_source", "geometry")
                    for area in chunk {
                        let parentID = area.parentCode.flatMap { ids["\(parentKind(of: kind).rawValue)|\($0)"] }
                        insert = insert.values(
                            SQLBind(kind.rawValue), SQLBind(area.code), SQLBind(area.name),
                            SQLBind(kind == .subdistrict ? area.code : Slug.make(area.name)),
                            SQLBind(parentID), SQLBind(area.centroid.lat), SQLBind(area.centroid.lon),
                            SQLBind(area.areaKm2), SQLBind(area.population), SQLBind(area.populationDate),
                            SQLBind(area.populationSource), SQLBind(GeoJSON.geometryJSON(area.shape)))
                    }
                    try await insert.onConflict(with: ["kind", "code"]) { conflict in
                        conflict
                            .set(excludedValueOf: "name").set(excludedValueOf: "slug")
                            .set(excludedValueOf: "parent_id").set(excludedValueOf: "centroid_lat")
                            .set(excludedValueOf: "centroid_lon").set(excludedValueOf: "area_km2")
                            .set(excludedValueOf: "population").set(excludedValueOf: "population_date")
                            .set(excludedValueOf: "population_source").set(excludedValueOf: "geometry")
                    }.run()
                }
                struct IDAndCode: Decodable { var id: Int; var code: String }
                for row in try await sql.select().columns("id", "code").from("areas")
                    .where("kind", .equal, kind.rawValue).rows(IDAndCode.self) {
                    ids["\(kind.rawValue)|\(row.code)"] = row.id
                }
            }

            try await sql.delete(from: "area_neighbours").run()
            var pairs: [(Int, Int)] = []
            for pair in dataset.neighbours {
                guard let a = ids["\(pair.kind.rawValue)|\(pair.a)"], let b = ids["\(pair.kind.rawValue)|\(pair.b)"] else { continue }
                pairs.append((a, b))
                pairs.append((b, a))
            }
            for chunk in pairs.chunked(into: 500) {
                var insert = sql.insert(into: "area_neighbours").columns("area_id", "neighbour_id")
                for (a, b) in chunk { insert = insert.values(SQLBind(a), SQLBind(b)) }
                try await insert.run()
            }

            try await sql.delete(from: "streets").run()
            for chunk in dataset.streets.chunked(into: 500) {
                var insert = sql.insert(into: "streets").columns("name", "register_name", "subdistricts")
                for street in chunk {
                    let subs = street.subdistricts.map { "\($0.code):\($0.addressPoints)" }.joined(separator: " ")
                    insert = insert.values(
                        SQLBind(street.name), SQLBind(street.registerName ?? street.name), SQLBind(subs))
                }
                try await insert.run()
            }

            var counts: [AreaKind: Int] = [:]
            for area in dataset.areas { counts[area.kind, default: 0] += 1 }
            return Summary(areas: counts, neighbourPairs: pairs.count / 2, streets: dataset.streets.count)
        }
    }

    static func parentKind(of kind: AreaKind) -> AreaKind {
        switch kind {
        case .district, .statisticalDistrict: .district
        case .subdistrict: .statisticalDistrict
        }
    }

    static func isEmpty(_ database: any Database) async throws -> Bool {
        let row = try await database.sql.select().column(SQLFunction("COUNT", args: SQLLiteral.all), as: "n")
            .from("areas").first()
        return try (row?.decode(column: "n", as: Int.self) ?? 0) == 0
    }
}

extension Array {
    func chunked(into size: Int) -> [ArraySlice<Element>] {
        stride(from: 0, to: count, by: size).map { self[$0..<Swift.min($0 + size, count)] }
    }
}
