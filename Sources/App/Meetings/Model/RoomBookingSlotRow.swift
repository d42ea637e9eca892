import Foundation

/// A row of `room_booking_slots`: a 15-minute slot of a room that a confirmed booking holds. The key
/// (room_id, slot) makes a double booking impossible (see `BookingWriter`).
struct RoomBookingSlotRow: Codable, Sendable {
    var roomID: UUID
    var slot: Int
    var bookingID: UUID
}
