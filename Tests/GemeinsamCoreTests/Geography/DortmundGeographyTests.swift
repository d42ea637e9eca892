import Foundation
import Testing
@testable import GemeinsamCore

/// The real Dortmund files, read from the app's resources (no fixture copy).
enum DortmundGeographyFiles {
    static let directory = URL(fileURLWithPath: #filePath).resolvingSymlinksInPath()
        .deletingLastPathComponent()   // Geography
        .deletingLastPathComponent()   // GemeinsamCoreTests
        .deletingLastPathComponent()   // Tests
        .deletingLastPathComponent()   // package root
        .appendingPathComponent("Sources/App/Resources/Geography/dortmund")

    static func features(_ name: String) throws -> [GeoFeature] {
        try GeoJSON.features(from: Data(contentsOf: directory.appendingPathComponent("\(name).geojson")))
    }

    /// Shapes by the given id property.
    static func shapes(_ name: String, id: String) throws -> [String: GeoShape] {
        var result: [String: GeoShape] = [:]
        for feature in try features(name) { result[feature.properties[id] ?? ""] = feature.shape }
        return result
    }

    static func table(_ name: String) throws -> CSV.Table {
        try CSV.Table(text: String(contentsOf: directory.appendingPathComponent(name), encoding: .utf8))
    }
}

@Suite("Geography: Dortmund data")
struct DortmundGeographyTests {
    @Test func allFeaturesParseWithTheirIds() throws {
        let unterbezirke = try DortmundGeographyFiles.features("unterbezirke")
        let statistische = try DortmundGeographyFiles.features("statistische_bezirke")
        let stadtbezirke = try DortmundGeographyFiles.features("stadtbezirke")
        #expect(unterbezirke.count == 170)
        #expect(statistische.count == 62)
        #expect(stadtbezirke.count == 12)
        #expect(Set(unterbezirke.compactMap { $0.properties["code"] }).count == 170)
        #expect(Set(statistische.compactMap { $0.properties["code"] }).count == 62)
        let numbers: [Int] = stadtbezirke.compactMap { $0.properties["nr"].flatMap { Int($0) } }.sorted()
        #expect(numbers == Array(1...12))
        #expect(stadtbezirke.first { $0.properties["nr"] == "8" }?.properties["name"] == "Hörde")
        #expect(unterbezirke.allSatisfy { $0.properties["approximate"] == "true" })
    }

    @Test func unterbezirkCentroidsLieInTheirOwnPolygon() throws {
        // setup
        let shapes = try DortmundGeographyFiles.shapes("unterbezirke", id: "code")
        let table = try DortmundGeographyFiles.table("unterbezirke.csv")
        // act
        var outside: [String: [String]] = [:]   // code → codes whose polygon holds its centroid instead
        for row in table.rows {
            let code = table.value(row, "code")!
            let point = GeoPoint(lat: Double(table.value(row, "centroid_lat")!)!, lon: Double(table.value(row, "centroid_lon")!)!)
            if shapes[code]?.contains(point) != true {
                outside[code] = shapes.filter { $0.value.contains(point) }.map(\.key).sorted()
            }
        }
        // check: 168 of 170. The CSV centroids are means of address points; in two non-convex
        // Unterbezirke that mean falls into the neighbouring Unterbezirk of the same statistischer Bezirk
        // (checked independently with a Python even-odd test on the same files).
        #expect(table.rows.count == 170)
        #expect(outside == ["004": ["001"], "417": ["415"]])
        // Our own label point is always inside.
        #expect(shapes.allSatisfy { $0.value.contains($0.value.representativePoint) })
    }

    @Test func areasAddUpToTheCity() throws {
        // setup
        let stadtbezirke = try DortmundGeographyFiles.shapes("stadtbezirke", id: "nr")
        let statistische = try DortmundGeographyFiles.shapes("statistische_bezirke", id: "code")
        let unterbezirke = try DortmundGeographyFiles.shapes("unterbezirke", id: "code")
        // act
        let city = stadtbezirke.values.reduce(0) { $0 + $1.areaSquareKilometres }
        let sumStatistische = statistische.values.reduce(0) { $0 + $1.areaSquareKilometres }
        let sumUnterbezirke = unterbezirke.values.reduce(0) { $0 + $1.areaSquareKilometres }
        // check: the README gives 285 km² for the concave hull (official area about 280 km²)
        #expect(abs(city - 285) / 285 < 0.03)
        // The three levels partition the same area.
        #expect(abs(sumStatistische - city) / city < 0.005)
        #expect(abs(sumUnterbezirke - city) / city < 0.005)
    }

    @Test func stadtbezirkAreasAreCloseToTheOfficialOnes() throws {
        // setup: the population table carries the official area of each Stadtbezirk
        let shapes = try DortmundGeographyFiles.shapes("stadtbezirke", id: "name")
        let table = try DortmundGeographyFiles.table("bevoelkerung_stadtbezirke.csv")
        try table.requireColumns(["name", "area_km2"])
        // act / check: the schematic polygons are Voronoi cells, so allow 25 % per Stadtbezirk
        for row in table.rows {
            let name = table.value(row, "name")!
            let official = try #require(Double(table.value(row, "area_km2")!))
            let area = try #require(shapes[name]).areaSquareKilometres
            #expect(abs(area - official) / official < 0.25, "\(name): \(area) km² gegenüber amtlich \(official) km²")
        }
    }

    @Test func statistischeBezirkeNeighbours() throws {
        // setup
        let shapes = try DortmundGeographyFiles.shapes("statistische_bezirke", id: "code")
        // act
        let neighbours = GeoAdjacency.neighbours(of: shapes)
        // check: symmetric, sorted, nobody isolated
        #expect(neighbours.count == 62)
        for (id, list) in neighbours {
            #expect(!list.isEmpty, "\(id) hat keinen Nachbarn")
            #expect(list == list.sorted())
            #expect(!list.contains(id))
            for other in list { #expect(neighbours[other]?.contains(id) == true, "\(id)–\(other) nicht symmetrisch") }
        }
        // Hand-checked in the GeoJSON: City (00) shares boundary vertices with 01 Westfalenhalle (3), 02 Dorstfelder
        // Brücke (14), 05 Nordmarkt (8), 07 Kaiserbrunnen (8), 09 Ruhrallee (11) and meets 06 Borsigplatz and
        // 08 Westfalendamm at a single corner each.
        #expect(neighbours["00"] == ["01", "02", "05", "06", "07", "08", "09"])
        #expect(neighbours["01"]?.contains("61") == true)        // Westfalenhalle – Barop
        #expect(neighbours["03"]?.contains("74") == true)        // Dorstfeld – Marten
        #expect(neighbours["96"]?.contains("91") == true)        // Westerfilde – Bodelschwingh
        #expect(neighbours["00"]?.contains("03") == false)       // City – Dorstfeld: 02 lies between
        #expect(neighbours["00"]?.contains("96") == false)
    }

    @Test func everySharedVertexMakesNeighbours() throws {
        // setup: an independent test — Voronoi cells of neighbouring areas share exact boundary coordinates
        let shapes = try DortmundGeographyFiles.shapes("unterbezirke", id: "code")
        var owners: [GeoPoint: Set<String>] = [:]
        for (id, shape) in shapes {
            for polygon in shape.polygons { for ring in polygon.rings { for p in ring { owners[p, default: []].insert(id) } } }
        }
        // act
        let start = Date()
        let neighbours = GeoAdjacency.neighbours(of: shapes)
        let elapsed = Date().timeIntervalSince(start)
        let strict = GeoAdjacency.neighbours(of: shapes, toleranceMetres: 0)
        // check
        #expect(elapsed < 2, "Nachbarschaft dauerte \(elapsed) s")
        var sharedPairs = 0
        for ids in owners.values where ids.count > 1 {
            for a in ids { for b in ids where a < b {
                sharedPairs += 1
                #expect(strict[a]?.contains(b) == true, "\(a)–\(b) teilen einen Punkt")
            } }
        }
        #expect(sharedPairs > 0)
        for (id, list) in strict { #expect(Set(list).isSubset(of: Set(neighbours[id] ?? [])), "\(id)") }
        #expect(neighbours.values.allSatisfy { !$0.isEmpty })
    }

    @Test func streetLookups() throws {
        // setup
        let csv = try String(contentsOf: DortmundGeographyFiles.directory.appendingPathComponent("strassen.csv"), encoding: .utf8)
        let entries = try StreetIndex.dortmundFormat(csv: csv)
        let index = StreetIndex(entries: entries)
        let unterbezirke = Set(try DortmundGeographyFiles.table("unterbezirke.csv").rows.map { $0[0] })
        // check: the whole register is read and every code is a known Unterbezirk
        #expect(entries.count == 3_979)
        #expect(entries.allSatisfy { $0.subdistricts.allSatisfy { unterbezirke.contains($0.code) } })

        for query in ["Oesterholzstraße", "oesterholzstr", "OESTERHOLZ STR.", "Oesterholzstrasse", "Osterholzstraße", "Oesterholtzstraße", "oesterholz"] {
            let first = index.lookup(query).first
            #expect(first?.entry.name == "Oesterholzstraße", "\(query)")
            #expect(first?.entry.subdistricts.map(\.code) == ["062", "061"], "\(query)")
            #expect(first?.entry.subdistricts.map(\.addressPoints) == [62, 52], "\(query)")
        }
        #expect(index.lookup("OESTERHOLZ STR.").first?.exact == true)
        #expect(index.lookup("Osterholzstraße").first?.distance == 1)

        // "Straße" and "Strasse" are the same
        #expect(index.lookup("Hallesche Strasse").first?.entry.name == "Hallesche Straße")
        #expect(index.lookup("hallesche straße").first?.exact == true)

        // A street through six Unterbezirke returns all of them, largest first
        let westfalendamm = try #require(index.lookup("Westfalendamm").first)
        #expect(westfalendamm.exact)
        #expect(westfalendamm.entry.subdistricts.map(\.code) == ["084", "081", "082", "083", "327", "412"])
        #expect(westfalendamm.entry.subdistricts.map(\.addressPoints) == [32, 19, 18, 17, 2, 1])

        #expect(index.lookup("Bertha von Suttner Str").first?.entry.name == "Bertha-von-Suttner-Straße")
        #expect(index.lookup("xyzzyplugh").isEmpty)
        #expect(index.lookup("qqqqq").isEmpty)
        #expect(index.lookup("st").isEmpty)
    }
}
