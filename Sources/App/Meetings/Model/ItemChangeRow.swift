import Foundation

/// A row of `item_changes`: one line of the history of a place, offer or room.
struct ItemChangeRow: Codable, Sendable {
    var id = UUID()
    var itemKind: ItemKind
    var itemID: UUID
    /// Seconds since 1970.
    var at: Double
    var userID: UUID?
    var summary: String

    var date: Date { Date(timeIntervalSince1970: at) }
}

/// What a line of history is about (stored as "place", "offer", "room").
enum ItemKind: String, Codable, Sendable {
    case place, offer, room

    var table: String {
        switch self {
        case .place: "places"
        case .offer: "offers"
        case .room: "rooms"
        }
    }
}
