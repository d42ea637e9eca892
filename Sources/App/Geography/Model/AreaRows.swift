import Foundation
import GemeinsamCore

/// A row of `areas` as stored: the polygon as GeoJSON text, the centroid as two columns.
struct AreaRow: Decodable, Sendable {
    var id: Int
    var kind: String
    var code: String
    var name: String
    var slug: String
    var parentID: Int?
    var centroidLat: Double
    var centroidLon: Double
    var areaKm2: Double
    var population: Int?
    var populationDate: String?
    var populationSource: String?
    var geometry: String

    static let columns = ["id", "kind", "code", "name", "slug", "parent_id", "centroid_lat", "centroid_lon", "area_km2",
                          "population", "population_date", "population_source", "geometry"]

    /// The area as pages use it; nil for an unknown kind or unreadable geometry (skipped, as on import).
    var record: AreaRecord? {
        guard let kind = AreaKind(rawValue: kind), let shape = try? GeoJSON.shape(fromGeometry: Data(geometry.utf8))
        else { return nil }
        return AreaRecord(id: id, kind: kind, code: code, name: name, slug: slug, parentID: parentID,
                          centroid: GeoPoint(lat: centroidLat, lon: centroidLon), areaKm2: areaKm2,
                          population: population, populationDate: populationDate,
                          populationSource: populationSource, shape: shape)
    }
}

/// A row of `area_neighbours`: two areas that share a boundary (stored in both directions).
struct AreaNeighbourRow: Decodable, Sendable {
    var areaID: Int
    var neighbourID: Int
}

/// A row of `streets`: the Unterbezirke a street touches, as "613:12 614:3" (code:address points, largest first).
struct StreetRow: Decodable, Sendable {
    var name: String
    var registerName: String
    var subdistricts: String

    var entry: StreetEntry {
        let subs = subdistricts.split(separator: " ").compactMap { part -> (code: String, addressPoints: Int)? in
            let bits = part.split(separator: ":")
            guard bits.count == 2, let n = Int(bits[1]) else { return nil }
            return (String(bits[0]), n)
        }
        return StreetEntry(name: name, subdistricts: subs, registerName: registerName)
    }
}
