import Foundation

/// A row of `rooms`: a room of a place that groups may ask to use.
struct RoomRow: Codable, Sendable {
    var id = UUID()
    var placeID: UUID
    var name: String
    var capacity: Int
    var equipment: String
    var accessible: Bool
    var bookable: Bool
    var bookingRules: String
    var isSample = false
}
