import Foundation
import GemeinsamCore

/// Finds the Quartier of a place: by point in polygon first; when the point lies in none of the (approximate)
/// Quartier shapes, by the street; when the street crosses several Quartiere, the editor chooses.
enum PlaceLocator {
    enum Outcome: Sendable {
        case found(AreaRecord)
        case choose([AreaRecord])
        case outsideCity
        case notFound
    }

    static func quartier(at point: GeoPoint, street: String, chosenSlug: String?,
                         geography: GeographySnapshot) -> Outcome {
        let quartiere = geography.all(.statisticalDistrict)
        if let hit = quartiere.first(where: { $0.shape.contains(point) }) { return .found(hit) }
        // far away (e.g. latitude and longitude swapped): no street can help
        var box: GeoBoundingBox?
        for quartier in quartiere { box = box.map { $0.union(quartier.shape.boundingBox) } ?? quartier.shape.boundingBox }
        guard let box, box.expanded(byFraction: 0.1).contains(point) else { return .outsideCity }
        let candidates = streetQuartiere(street, geography: geography)
        if candidates.count == 1 { return .found(candidates[0]) }
        if candidates.isEmpty { return .notFound }
        if let chosenSlug, let chosen = candidates.first(where: { $0.slug == chosenSlug }) { return .found(chosen) }
        return .choose(candidates)
    }

    /// The Quartiere of a street ("Oesterholzstraße 12" → the street without its house number).
    static func streetQuartiere(_ street: String, geography: GeographySnapshot) -> [AreaRecord] {
        let name = streetName(street)
        guard name.count >= 3 else { return [] }
        let hits = geography.lookup(street: name, limit: 3)
        guard let hit = hits.first(where: \.exact) ?? hits.first else { return [] }
        return hit.quartiere.map(\.quartier)
    }

    /// Drops trailing words that start with a digit (house numbers like "12", "12a", "12-14").
    static func streetName(_ street: String) -> String {
        var words = street.split(separator: " ").map(String.init)
        while let last = words.last, words.count > 1, last.first?.isNumber == true { words.removeLast() }
        return words.joined(separator: " ").trimmingCharacters(in: CharacterSet(charactersIn: " ,"))
    }
}
