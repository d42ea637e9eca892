import Foundation

/// A row of `place_types`: the built-in types and those coordinators added.
struct PlaceTypeRow: Codable, Sendable {
    var id: Int
    var key: String
    var name: String
    var sort: Int
}
