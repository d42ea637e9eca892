import Foundation
import Testing
@testable import GemeinsamCore

@Suite("Geography: GeoJSON")
struct GeoJSONTests {
    private func read(_ text: String) throws -> [GeoFeature] {
        try GeoJSON.features(from: Data(text.utf8))
    }

    private func message(_ text: String) -> String {
        do {
            _ = try read(text)
            return "(kein Fehler)"
        } catch let error as GeoJSONError {
            return error.message
        } catch {
            return "(anderer Fehler: \(error))"
        }
    }

    @Test func readsPolygonAndMultiPolygonWithStringifiedProperties() throws {
        // setup
        let text = """
        {"type":"FeatureCollection","features":[
          {"type":"Feature","properties":{"code":"00","nr":1,"share":2.5,"approximate":true,"none":null,"tags":["a",1]},
           "geometry":{"type":"Polygon","coordinates":[[[7.0,51.0],[7.1,51.0],[7.1,51.1],[7.0,51.1],[7.0,51.0]]]}},
          {"type":"Feature","properties":{"code":"01"},
           "geometry":{"type":"MultiPolygon","coordinates":[
             [[[7.2,51.0],[7.3,51.0],[7.3,51.1,80.5],[7.2,51.0]]],
             [[[8.0,52.0],[8.2,52.0],[8.2,52.2],[8.0,52.2],[8.0,52.0]],[[8.05,52.05],[8.1,52.05],[8.1,52.1],[8.05,52.05]]]
           ]}}
        ]}
        """
        // act
        let features = try read(text)
        // check
        #expect(features.count == 2)
        #expect(features[0].properties == ["code": "00", "nr": "1", "share": "2.5", "approximate": "true", "tags": "[\"a\",1]"])
        #expect(features[0].shape.polygons.count == 1)
        #expect(features[0].shape.polygons[0].rings[0].count == 4)   // closing point dropped
        #expect(features[0].shape.polygons[0].rings[0][1] == GeoPoint(lat: 51.0, lon: 7.1))
        #expect(features[1].shape.polygons.count == 2)
        #expect(features[1].shape.polygons[1].rings.count == 2)
        #expect(features[1].shape.contains(GeoPoint(lat: 52.15, lon: 8.15)))
        #expect(!features[1].shape.contains(GeoPoint(lat: 52.06, lon: 8.09)))   // in the hole
    }

    @Test func explainsUnusableFilesInGerman() {
        #expect(message("nicht json") == "Die Datei ist kein gültiges JSON.")
        #expect(message("[1,2]") == "Die Datei enthält kein JSON-Objekt; erwartet wird eine FeatureCollection.")
        #expect(message(#"{"type":"Feature"}"#) == "Erwartet wird eine FeatureCollection, die Datei hat aber den Typ „Feature“.")
        #expect(message(#"{"type":"FeatureCollection"}"#) == "Die FeatureCollection hat keine Liste „features“.")
        let line = #"{"type":"FeatureCollection","features":[{"type":"Feature","properties":{},"geometry":{"type":"LineString","coordinates":[[7,51],[8,52]]}}]}"#
        #expect(message(line) == "Objekt 1: Der Geometrietyp „LineString“ wird nicht unterstützt; erlaubt sind Polygon und MultiPolygon.")
        let noGeometry = #"{"type":"FeatureCollection","features":[{"type":"Feature","properties":{},"geometry":{"type":"Polygon","coordinates":[[[7,51],[8,51],[8,52],[7,51]]]}},{"type":"Feature","properties":null,"geometry":null}]}"#
        #expect(message(noGeometry) == "Objekt 2: Das Feature hat keine Geometrie.")
        let tiny = #"{"type":"FeatureCollection","features":[{"type":"Feature","geometry":{"type":"Polygon","coordinates":[[[7,51],[8,51],[7,51]]]}}]}"#
        #expect(message(tiny) == "Objekt 1: Ein Ring hat weniger als drei verschiedene Punkte.")
        let swapped = #"{"type":"FeatureCollection","features":[{"type":"Feature","geometry":{"type":"Polygon","coordinates":[[[51,7],[51,200],[52,8],[51,7]]]}}]}"#
        #expect(message(swapped).hasPrefix("Objekt 1: Die Position [51.0, 200.0] liegt außerhalb"))
        let text = #"{"type":"FeatureCollection","features":[{"type":"Feature","geometry":{"type":"Polygon","coordinates":[[["a","b"]]]}}]}"#
        #expect(message(text).hasPrefix("Objekt 1: Ein Wert hat nicht die erwartete Form"))
    }

    @Test func writesPolygonWithRightHandRuleAndRoundedCoordinates() throws {
        // setup: clockwise outer ring (as seen on a map), hole given counter-clockwise
        let shape = GeoShape(polygons: [GeoPolygon(rings: [
            [GeoPoint(lat: 51, lon: 7), GeoPoint(lat: 52, lon: 7), GeoPoint(lat: 52, lon: 8.123456), GeoPoint(lat: 51, lon: 8.123456)],
            [GeoPoint(lat: 51.2, lon: 7.2), GeoPoint(lat: 51.2, lon: 7.4), GeoPoint(lat: 51.4, lon: 7.4)],
        ])])
        // act
        let json = GeoJSON.geometryJSON(shape, precision: 3)
        // check: outer now counter-clockwise (east first), hole clockwise, both closed, no trailing zeros
        #expect(json == #"{"type":"Polygon","coordinates":[[[8.123,51],[8.123,52],[7,52],[7,51],[8.123,51]],[[7.4,51.4],[7.4,51.2],[7.2,51.2],[7.4,51.4]]]}"#)
    }

    @Test func writtenMultiPolygonReadsBackTheSame() throws {
        // setup
        let shape = GeoShape(polygons: [
            GeoPolygon(rings: [[GeoPoint(lat: 51.5, lon: 7.4), GeoPoint(lat: 51.5, lon: 7.5), GeoPoint(lat: 51.6, lon: 7.5)]]),
            GeoPolygon(rings: [[GeoPoint(lat: -33.9, lon: 151.2), GeoPoint(lat: -33.9, lon: 151.3), GeoPoint(lat: -33.8, lon: 151.3)]]),
        ])
        // act
        let json = GeoJSON.geometryJSON(shape)
        let back = try read(#"{"type":"FeatureCollection","features":[{"type":"Feature","properties":{},"geometry":"# + json + "}]}")
        // check
        #expect(json.hasPrefix(#"{"type":"MultiPolygon","coordinates":[[[[7.4,51.5],[7.5,51.5],[7.5,51.6],[7.4,51.5]]],[[[151.2,-33.9]"#))
        #expect(back.count == 1)
        #expect(abs(back[0].shape.areaSquareKilometres - shape.areaSquareKilometres) < 1e-6)
    }

    @Test func numberFormatting() {
        #expect(GeoJSON.number(7.0, 5) == "7")
        #expect(GeoJSON.number(7.123456, 5) == "7.12346")
        #expect(GeoJSON.number(-0.000001, 5) == "0")
        #expect(GeoJSON.number(-7.5, 0) == "-8")
    }
}
