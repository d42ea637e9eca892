import Foundation
import GemeinsamCore

/// A row of `room_bookings`: a request for a room at a time, and what became of it. A confirmed booking also holds
/// its 15-minute slots in `room_booking_slots` (see `BookingWriter`).
struct RoomBookingRow: Codable, Sendable {
    var id = UUID()
    var roomID: UUID
    var requesterUserID: UUID?
    /// The actor of the Akteursnetz the request is for.
    var requesterActorID: UUID?
    var purpose: String
    /// The date in Europe/Berlin (ISO) and the times as minutes since midnight.
    var localDate: String
    var startMinute: Int
    var endMinute: Int
    /// UTC instants, seconds since 1970.
    var startsAt: Double
    var endsAt: Double
    var status: BookingStatus = .requested
    var decidedBy: UUID?
    var decidedAt: Double?
    var createdAt: Double
    /// Why it was declined (the owner's words, or that the room was taken).
    var decisionNote = ""

    /// nil only for a date the table should never hold.
    var date: CalendarDate? { try? CalendarDate(iso: localDate) }

    /// "14:00–15:30"
    var clockRange: String {
        CalendarTime.text(minutesSinceMidnight: startMinute) + "–" + CalendarTime.text(minutesSinceMidnight: endMinute)
    }
}

enum BookingStatus: String, CaseIterable, Codable, Sendable {
    case requested, confirmed, declined, withdrawn

    var label: String {
        switch self {
        case .requested: Texts.Bookings.statusRequested
        case .confirmed: Texts.Bookings.statusConfirmed
        case .declined: Texts.Bookings.statusDeclined
        case .withdrawn: Texts.Bookings.statusWithdrawn
        }
    }
}
