import Foundation
import GemeinsamCore
import SQLKit

/// Reading room requests: the lists of /buchungen, the counts, and what the room page shows.
enum BookingQueries {
    /// Whether a confirmed booking holds any slot of the time range.
    static func isTaken(roomID: UUID, startsAt: Double, endsAt: Double, on sql: any SQLDatabase) async throws -> Bool {
        let range = BookingWriter.slots(startsAt: startsAt, endsAt: endsAt)
        return try await sql.select().column("slot").from("room_booking_slots")
            .where("room_id", .equal, roomID).where("slot", .greaterThanOrEqual, range.lowerBound)
            .where("slot", .lessThan, range.upperBound).limit(1).first() != nil
    }

    static func openRequestCount(userID: UUID, now: Date, on sql: any SQLDatabase) async throws -> Int {
        try await sql.raw("""
            SELECT COUNT(*) AS n FROM room_bookings WHERE requester_user_id = \(bind: userID)
            AND status = \(bind: BookingStatus.requested.rawValue) AND ends_at > \(bind: now.timeIntervalSince1970)
            """).first()?.decode(column: "n", as: Int.self) ?? 0
    }

    // MARK: lists

    /// A request with its room, the room's place and the person who asked, as /buchungen shows it.
    typealias Booking = Joined<RoomBookingRow, BookingColumns>

    struct BookingColumns: Decodable, Sendable {
        var roomName: String
        var placeID: UUID
        var placeName: String
        var placeOwnerUserID: UUID?
        var placeOwnerActorID: UUID?
        var placeAreaID: Int
        var requesterFirstName: String?
        var requesterInitial: String?

        /// First name and initial, or nil for a deleted account.
        var requesterName: String? { requesterFirstName.map { PublicName.make(firstName: $0, initial: requesterInitial) } }
    }

    private static let selectBookings: SQLQueryString = """
        SELECT b.*, r.name AS room_name, p.id AS place_id, p.name AS place_name, p.owner_user_id AS place_owner_user_id,
               p.owner_actor_id AS place_owner_actor_id,
               p.area_id AS place_area_id, u.first_name AS requester_first_name, u.initial AS requester_initial
        FROM room_bookings b
        JOIN rooms r ON r.id = b.room_id
        JOIN places p ON p.id = r.place_id
        LEFT JOIN users u ON u.id = b.requester_user_id
        """

    static func booking(_ id: UUID, on sql: any SQLDatabase) async throws -> Booking? {
        try await bookings("\(selectBookings) WHERE b.id = \(bind: id)", on: sql).first
    }

    /// Open requests and upcoming confirmed bookings of the rooms a person decides on.
    static func toDecide(for scope: EditScope, now: Date, on sql: any SQLDatabase) async throws -> [Booking] {
        try await bookings("""
            \(selectBookings)
            WHERE \(scope.condition("p")) AND b.ends_at > \(bind: now.timeIntervalSince1970)
              AND b.status IN (\(binds: [BookingStatus.requested.rawValue, BookingStatus.confirmed.rawValue]))
            ORDER BY b.starts_at LIMIT 300
            """, on: sql)
    }

    static func openRequestCount(for scope: EditScope, now: Date, on sql: any SQLDatabase) async throws -> Int {
        try await sql.raw("""
            SELECT COUNT(*) AS n FROM room_bookings b JOIN rooms r ON r.id = b.room_id JOIN places p ON p.id = r.place_id
            WHERE \(scope.condition("p")) AND b.status = \(bind: BookingStatus.requested.rawValue)
              AND b.ends_at > \(bind: now.timeIntervalSince1970)
            """).first()?.decode(column: "n", as: Int.self) ?? 0
    }

    /// A person's own requests, newest date first.
    static func mine(userID: UUID, limit: Int = 200, on sql: any SQLDatabase) async throws -> [Booking] {
        try await bookings("""
            \(selectBookings) WHERE b.requester_user_id = \(bind: userID) ORDER BY b.starts_at DESC LIMIT \(bind: limit)
            """, on: sql)
    }

    /// Rows whose date cannot be read are left out.
    private static func bookings(_ query: SQLQueryString, on sql: any SQLDatabase) async throws -> [Booking] {
        try await sql.raw(query).all().compactMap { try? $0.decodeRow(Booking.self) }.filter { $0.date != nil }
    }

    /// Confirmed bookings of a room that overlap the time range; the public room page shows only their times.
    static func busy(roomID: UUID, from: Date, to: Date, on sql: any SQLDatabase) async throws -> [RoomBookingRow] {
        try await sql.select().column("*").from("room_bookings")
            .where("room_id", .equal, roomID).where("status", .equal, BookingStatus.confirmed.rawValue)
            .where("ends_at", .greaterThan, from.timeIntervalSince1970)
            .where("starts_at", .lessThan, to.timeIntervalSince1970)
            .orderBy("starts_at").rows(RoomBookingRow.self).filter { $0.date != nil }
    }
}
