import Foundation
import GemeinsamCore

/// A city's geography as read from its files (the format of `Resources/Geography/dortmund`), before it is stored.
struct GeographyDataset: Sendable {
    struct Area: Sendable {
        var kind: AreaKind
        var code: String
        var name: String
        var parentCode: String?
        var centroid: GeoPoint
        var areaKm2: Double
        var population: Int?
        var populationDate: String?
        var populationSource: String?
        var shape: GeoShape
    }

    var areas: [Area]
    /// Pairs of neighbouring areas of the same kind, as (kind, codeA, codeB) with codeA < codeB.
    var neighbours: [(kind: AreaKind, a: String, b: String)]
    var streets: [StreetEntry]

    struct LoadError: Error, CustomStringConvertible {
        var file: String
        var message: String
        var description: String { "\(file): \(message)" }
    }
}

extension GeographyDataset {
    /// Reads and checks every file; throws a `LoadError` naming the file and the problem.
    static func load(directory: URL) throws -> GeographyDataset {
        func text(_ name: String) throws -> String {
            let url = directory.appendingPathComponent(name)
            guard let data = FileManager.default.contents(atPath: url.path) else {
                throw LoadError(file: name, message: UIText.text("geographyDataset.text.1", ["directory": "\(directory.path)"]))
            }
            guard let string = String(data: data, encoding: .utf8) else {
                throw LoadError(file: name, message: UIText.text("geographyDataset.text.2"))
            }
            return string
        }
        func table(_ name: String, columns: [String]) throws -> CSV.Table {
            do {
                let table = try CSV.Table(text: text(name))
                try table.requireColumns(columns)
                return table
            } catch let error as CSV.ParseError {
                throw LoadError(file: name, message: error.description)
            }
        }
        func features(_ name: String, key: String) throws -> [String: GeoShape] {
            let url = directory.appendingPathComponent(name)
            guard let data = FileManager.default.contents(atPath: url.path) else {
                throw LoadError(file: name, message: UIText.text("geographyDataset.features.1", ["directory": "\(directory.path)"]))
            }
            do {
                var result: [String: GeoShape] = [:]
                for feature in try GeoJSON.features(from: data) {
                    guard let id = feature.properties[key] else {
                        throw LoadError(file: name, message: UIText.text("geographyDataset.features.2", ["key": "\(key)"]))
                    }
                    result[id] = feature.shape
                }
                return result
            } catch let error as LoadError {
                throw error
            } catch {
                throw LoadError(file: name, message: "\(error)")
            }
        }
        struct Figures { var population: Int; var date: String; var areaKm2: Double?; var source: String }
        func figures(_ name: String, key: String) throws -> [String: Figures] {
            let url = directory.appendingPathComponent(name)
            guard FileManager.default.fileExists(atPath: url.path) else { return [:] }  // optional file
            let t = try table(name, columns: [key, "population", "reference_date", "source"])
            var result: [String: Figures] = [:]
            for (i, row) in t.rows.enumerated() {
                guard let population = Int(t.value(row, "population") ?? "") else {
                    throw LoadError(file: name, message: UIText.text("geographyDataset.figures", ["value": "\(i + 2)"]))
                }
                result[t.value(row, key)!] = Figures(
                    population: population, date: t.value(row, "reference_date")!,
                    areaKm2: Double(t.value(row, "area_km2") ?? ""), source: t.value(row, "source")!)
            }
            return result
        }

        let districtTable = try table("stadtbezirke.csv", columns: ["nr", "name"])
        let statTable = try table("statistische_bezirke.csv", columns: ["code", "name", "stadtbezirk_nr"])
        let subTable = try table("unterbezirke.csv", columns: ["code", "statistischer_bezirk", "centroid_lat", "centroid_lon"])
        let districtShapes = try features("stadtbezirke.geojson", key: "nr")
        let statShapes = try features("statistische_bezirke.geojson", key: "code")
        let subShapes = try features("unterbezirke.geojson", key: "code")
        let districtFigures = try figures("bevoelkerung_stadtbezirke.csv", key: "nr")
        let statFigures = try figures("bevoelkerung_statistische_bezirke.csv", key: "code")

        var areas: [Area] = []
        func add(_ kind: AreaKind, code: String, name: String, parent: String?, shapes: [String: GeoShape],
                 file: String, figures: Figures?, centroid: GeoPoint? = nil) throws {
            guard let shape = shapes[code] else {
                throw LoadError(file: file, message: UIText.text("geographyDataset.add.1", ["code": "\(code)", "name": "\(name)"]))
            }
            areas.append(Area(
                kind: kind, code: code, name: name, parentCode: parent,
                centroid: centroid ?? shape.centroid,
                areaKm2: figures?.areaKm2 ?? shape.areaSquareKilometres,
                population: figures?.population, populationDate: figures?.date,
                populationSource: figures?.source, shape: shape))
        }
        for row in districtTable.rows {
            let nr = districtTable.value(row, "nr")!
            try add(.district, code: nr, name: districtTable.value(row, "name")!, parent: nil,
                    shapes: districtShapes, file: "stadtbezirke.geojson", figures: districtFigures[nr])
        }
        let districtCodes = Set(areas.map(\.code))
        for row in statTable.rows {
            let code = statTable.value(row, "code")!
            let parent = statTable.value(row, "stadtbezirk_nr")!
            guard districtCodes.contains(parent) else {
                throw LoadError(file: "statistische_bezirke.csv", message: UIText.text("geographyDataset.add.2", ["code": "\(code)", "parent": "\(parent)"]))
            }
            try add(.statisticalDistrict, code: code, name: statTable.value(row, "name")!, parent: parent,
                    shapes: statShapes, file: "statistische_bezirke.geojson", figures: statFigures[code])
        }
        let statCodes = Set(statTable.rows.map { statTable.value($0, "code")! })
        for row in subTable.rows {
            let code = subTable.value(row, "code")!
            let parent = subTable.value(row, "statistischer_bezirk")!
            guard statCodes.contains(parent) else {
                throw LoadError(file: "unterbezirke.csv", message: "\(code): unbekannter statistischer Bezirk \(parent)")
            }
            let lat = Double(subTable.value(row, "centroid_lat")!)
            let lon = Double(subTable.value(row, "centroid_lon")!)
            try add(.subdistrict, code: code, name: "Unterbezirk \(code)", parent: parent,
                    shapes: subShapes, file: "unterbezirke.geojson", figures: nil,
                    centroid: lat.flatMap { la in lon.map { GeoPoint(lat: la, lon: $0) } })
        }

        let streets: [StreetEntry]
        do {
            streets = try StreetIndex.dortmundFormat(csv: text("strassen.csv"))
        } catch let error as LoadError {
            throw error
        } catch {
            throw LoadError(file: "strassen.csv", message: "\(error)")
        }

        return GeographyDataset(areas: areas, neighbours: Self.neighbourPairs(areas), streets: streets)
    }

    /// Neighbours are computed once on the finest level; coarser levels neighbour where any of their
    /// Unterbezirke do, which keeps the three levels consistent with each other.
    static func neighbourPairs(_ areas: [Area]) -> [(kind: AreaKind, a: String, b: String)] {
        let subs = areas.filter { $0.kind == .subdistrict }
        var shapes: [String: GeoShape] = [:]
        for sub in subs { shapes[sub.code] = sub.shape }
        let subNeighbours = GeoAdjacency.neighbours(of: shapes)
        let statOf = Dictionary(uniqueKeysWithValues: subs.map { ($0.code, $0.parentCode ?? "") })
        let districtOf = Dictionary(uniqueKeysWithValues: areas.filter { $0.kind == .statisticalDistrict }
            .map { ($0.code, $0.parentCode ?? "") })

        var pairs = Set<String>()
        var result: [(kind: AreaKind, a: String, b: String)] = []
        func add(_ kind: AreaKind, _ x: String, _ y: String) {
            guard x != y, !x.isEmpty, !y.isEmpty else { return }
            let (a, b) = x < y ? (x, y) : (y, x)
            if pairs.insert("\(kind.rawValue)|\(a)|\(b)").inserted { result.append((kind, a, b)) }
        }
        for (code, list) in subNeighbours {
            for other in list {
                add(.subdistrict, code, other)
                let (s1, s2) = (statOf[code] ?? "", statOf[other] ?? "")
                add(.statisticalDistrict, s1, s2)
                add(.district, districtOf[s1] ?? "", districtOf[s2] ?? "")
            }
        }
        return result
    }
}
