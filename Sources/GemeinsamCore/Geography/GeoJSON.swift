import Foundation

/// A GeoJSON file that cannot be used, with a German explanation.
public struct GeoJSONError: Error, Sendable, Equatable, CustomStringConvertible {
    public var message: String
    public var description: String { message }

    public init(_ message: String) {
        self.message = message
    }
}

/// Reading and writing the GeoJSON subset used for areas (RFC 7946): FeatureCollections of Polygons
/// and MultiPolygons.
public enum GeoJSON {
    /// Reads a FeatureCollection whose features are Polygons or MultiPolygons.
    /// Rings are stored open (the repeated closing point is dropped); unclosed rings are accepted.
    /// Third coordinates (altitude) are ignored.
    public static func features(from data: Data) throws -> [GeoFeature] {
        do {
            return try JSONDecoder().decode(FeatureCollectionDTO.self, from: data).features
        } catch let error as GeoJSONError {
            throw error
        } catch let error as DecodingError {
            throw GeoJSONError(describe(error, prefix: nil))
        }
    }

    /// RFC 7946 geometry object text: a Polygon for one polygon, otherwise a MultiPolygon.
    /// Coordinates are rounded to `precision` decimals (5 ≈ 1 m) without trailing zeros; rings are closed
    /// and oriented by the right-hand rule (outer rings counter-clockwise, holes clockwise).
    public static func geometryJSON(_ shape: GeoShape, precision: Int = 5) -> String {
        let digits = min(max(precision, 0), 15)
        let polygons = shape.polygons.map { polygonCoordinates($0, digits: digits) }
        if polygons.count == 1 {
            return "{\"type\":\"Polygon\",\"coordinates\":\(polygons[0])}"
        }
        return "{\"type\":\"MultiPolygon\",\"coordinates\":[\(polygons.joined(separator: ","))]}"
    }

    // MARK: - Writing

    private static func polygonCoordinates(_ polygon: GeoPolygon, digits: Int) -> String {
        var rings: [String] = []
        for (index, ring) in polygon.rings.enumerated() {
            var points = ring
            if points.count > 1, points.first == points.last { points.removeLast() }
            guard !points.isEmpty else { continue }
            let counterClockwise = EqualAreaPlane.signedArea(points) >= 0
            if counterClockwise != (index == 0) { points.reverse() }
            points.append(points[0])
            let text = points.map { "[\(number($0.lon, digits)),\(number($0.lat, digits))]" }
            rings.append("[" + text.joined(separator: ",") + "]")
        }
        return "[" + rings.joined(separator: ",") + "]"
    }

    static func number(_ value: Double, _ digits: Int) -> String {
        var text = String(format: "%.\(digits)f", value)
        if text.contains(".") {
            while text.hasSuffix("0") { text.removeLast() }
            if text.hasSuffix(".") { text.removeLast() }
        }
        return text == "-0" ? "0" : text
    }

    // MARK: - Reading

    private struct FeatureCollectionDTO: Decodable {
        var features: [GeoFeature] = []

        enum Key: String, CodingKey { case type, features }

        init(from decoder: Decoder) throws {
            guard let c = try? decoder.container(keyedBy: Key.self) else {
                throw GeoJSONError("Die Datei enthält kein JSON-Objekt; erwartet wird eine FeatureCollection.")
            }
            let type = try? c.decodeIfPresent(String.self, forKey: .type)
            guard type == "FeatureCollection" else {
                throw GeoJSONError("Erwartet wird eine FeatureCollection, die Datei hat aber den Typ „\(type ?? "(keiner)")“.")
            }
            guard c.contains(.features), var list = try? c.nestedUnkeyedContainer(forKey: .features) else {
                throw GeoJSONError("Die FeatureCollection hat keine Liste „features“.")
            }
            while !list.isAtEnd {
                let number = list.currentIndex + 1
                do {
                    features.append(try list.decode(FeatureDTO.self).feature)
                } catch let problem as FeatureProblem {
                    throw GeoJSONError("Objekt \(number): \(problem.message)")
                } catch let error as DecodingError {
                    throw GeoJSONError(GeoJSON.describe(error, prefix: "Objekt \(number): "))
                }
            }
        }
    }

    private struct FeatureProblem: Error {
        var message: String
    }

    private struct FeatureDTO: Decodable {
        var feature: GeoFeature

        enum Key: String, CodingKey { case type, properties, geometry }

        init(from decoder: Decoder) throws {
            let c = try decoder.container(keyedBy: Key.self)
            let type = try c.decodeIfPresent(String.self, forKey: .type)
            guard type == "Feature" else {
                throw FeatureProblem(message: "Erwartet wird ein Feature, gefunden wurde der Typ „\(type ?? "(keiner)")“.")
            }
            var properties: [String: String] = [:]
            if let raw = try c.decodeIfPresent([String: JSONValue].self, forKey: .properties) {
                for (key, value) in raw { if let text = value.propertyText { properties[key] = text } }
            }
            guard let geometry = try c.decodeIfPresent(GeometryDTO.self, forKey: .geometry) else {
                throw FeatureProblem(message: "Das Feature hat keine Geometrie.")
            }
            feature = GeoFeature(properties: properties, shape: geometry.shape)
        }
    }

    private struct GeometryDTO: Decodable {
        var shape: GeoShape

        enum Key: String, CodingKey { case type, coordinates }

        init(from decoder: Decoder) throws {
            let c = try decoder.container(keyedBy: Key.self)
            let type = try c.decodeIfPresent(String.self, forKey: .type) ?? "(keiner)"
            switch type {
            case "Polygon":
                let rings = try c.decode([[[Double]]].self, forKey: .coordinates)
                shape = GeoShape(polygons: [try GeoJSON.polygon(rings)])
            case "MultiPolygon":
                let polygons = try c.decode([[[[Double]]]].self, forKey: .coordinates)
                guard !polygons.isEmpty else { throw FeatureProblem(message: "Das MultiPolygon ist leer.") }
                shape = GeoShape(polygons: try polygons.map(GeoJSON.polygon))
            default:
                throw FeatureProblem(message: "Der Geometrietyp „\(type)“ wird nicht unterstützt; erlaubt sind Polygon und MultiPolygon.")
            }
        }
    }

    private static func polygon(_ rings: [[[Double]]]) throws -> GeoPolygon {
        guard !rings.isEmpty else { throw FeatureProblem(message: "Ein Polygon hat keinen Ring.") }
        var result: [[GeoPoint]] = []
        for ring in rings {
            var points: [GeoPoint] = []
            points.reserveCapacity(ring.count)
            for position in ring {
                guard position.count >= 2 else {
                    throw FeatureProblem(message: "Eine Position hat weniger als zwei Zahlen (Länge, Breite).")
                }
                let lon = position[0], lat = position[1]
                guard lon.isFinite, lat.isFinite, abs(lon) <= 180, abs(lat) <= 90 else {
                    throw FeatureProblem(message: "Die Position [\(lon), \(lat)] liegt außerhalb von Länge −180…180 / Breite −90…90.")
                }
                points.append(GeoPoint(lat: lat, lon: lon))
            }
            if points.count > 1, points.first == points.last { points.removeLast() }
            guard points.count >= 3 else {
                throw FeatureProblem(message: "Ein Ring hat weniger als drei verschiedene Punkte.")
            }
            result.append(points)
        }
        return GeoPolygon(rings: result)
    }

    static func describe(_ error: DecodingError, prefix: String?) -> String {
        func path(_ keys: [CodingKey]) -> String {
            let text = keys.map { $0.intValue.map { "[\($0)]" } ?? ".\($0.stringValue)" }.joined()
            return text.isEmpty ? "" : " (bei \(text))"
        }
        let lead = prefix ?? ""
        switch error {
        case .dataCorrupted(let context) where context.codingPath.isEmpty:
            return lead + "Die Datei ist kein gültiges JSON."
        case .dataCorrupted(let context):
            return lead + "Unlesbarer Wert\(path(context.codingPath))."
        case .keyNotFound(let key, let context):
            return lead + "Das Feld „\(key.stringValue)“ fehlt\(path(context.codingPath))."
        case .typeMismatch(_, let context), .valueNotFound(_, let context):
            return lead + "Ein Wert hat nicht die erwartete Form\(path(context.codingPath)); Koordinaten müssen Listen von Zahlen sein."
        @unknown default:
            return lead + "Die Datei ist kein gültiges GeoJSON."
        }
    }
}

/// Any JSON value, for feature properties.
private indirect enum JSONValue: Decodable {
    case null
    case bool(Bool)
    case number(String)
    case string(String)
    case array([JSONValue])
    case object([String: JSONValue])

    init(from decoder: Decoder) throws {
        let c = try decoder.singleValueContainer()
        if c.decodeNil() { self = .null; return }
        if let b = try? c.decode(Bool.self) { self = .bool(b); return }
        if let i = try? c.decode(Int64.self) { self = .number(String(i)); return }
        if let d = try? c.decode(Double.self) {
            self = .number(d == d.rounded() && abs(d) < 1e15 ? String(Int64(d)) : String(d))
            return
        }
        if let s = try? c.decode(String.self) { self = .string(s); return }
        if let a = try? c.decode([JSONValue].self) { self = .array(a); return }
        self = .object(try c.decode([String: JSONValue].self))
    }

    /// Text for a property: nil for JSON null, JSON text for nested values.
    var propertyText: String? {
        switch self {
        case .null: return nil
        case .bool(let b): return b ? "true" : "false"
        case .number(let n): return n
        case .string(let s): return s
        case .array, .object: return jsonText
        }
    }

    var jsonText: String {
        switch self {
        case .null: return "null"
        case .bool(let b): return b ? "true" : "false"
        case .number(let n): return n
        case .string(let s): return JSONText.quoted(s)
        case .array(let a): return "[" + a.map(\.jsonText).joined(separator: ",") + "]"
        case .object(let o):
            return "{" + o.sorted { $0.key < $1.key }.map { JSONText.quoted($0.key) + ":" + $0.value.jsonText }.joined(separator: ",") + "}"
        }
    }
}
