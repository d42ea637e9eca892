import Foundation
import GemeinsamCore

extension GeoJSON {
    /// Reads a single geometry object as stored in `areas.geometry`.
    static func shape(fromGeometry data: Data) throws -> GeoShape {
        let geometry = String(decoding: data, as: UTF8.self)
        let wrapped = #"{"type":"FeatureCollection","features":[{"type":"Feature","properties":{},"geometry":"#
            + geometry + "}]}"
        guard let feature = try features(from: Data(wrapped.utf8)).first else {
            throw GeographyDataset.LoadError(file: "areas.geometry", message: "leere Geometrie")
        }
        return feature.shape
    }
}
