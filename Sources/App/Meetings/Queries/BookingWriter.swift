import Fluent
import Foundation
import GemeinsamCore
import SQLKit

/// Room requests: asking, confirming (double bookings impossible), declining and withdrawing.
///
/// A confirmed booking owns one row per 15-minute slot in `room_booking_slots`, whose primary key is
/// (room_id, slot). Confirmation marks the request and inserts its slots in one transaction: when another booking
/// holds one of the slots the insert fails, the transaction rolls back, and the request is declined with a reason.
/// This holds under concurrent confirmations on SQLite and PostgreSQL alike.
enum BookingWriter {
    static let slotSeconds = 900.0

    /// The slots a booking covers: `Int(starts_at / 900)` up to (not including) the slot in which it ends.
    static func slots(startsAt: Double, endsAt: Double) -> Range<Int> {
        Int((startsAt / slotSeconds).rounded(.down))..<Int((endsAt / slotSeconds).rounded(.up))
    }

    // MARK: asking

    static func insertRequest(roomID: UUID, userID: UUID, actorID: UUID? = nil, purpose: String, date: CalendarDate,
                              start: CalendarTime, end: CalendarTime, now: Date,
                              on sql: any SQLDatabase) async throws -> UUID {
        let request = RoomBookingRow(
            roomID: roomID, requesterUserID: userID, requesterActorID: actorID, purpose: purpose, localDate: date.iso,
            startMinute: start.minutesSinceMidnight, endMinute: end.minutesSinceMidnight,
            startsAt: EuropeBerlinTime.instant(for: date, start).timeIntervalSince1970,
            endsAt: EuropeBerlinTime.instant(for: date, end).timeIntervalSince1970, createdAt: now.timeIntervalSince1970)
        try await sql.insert(into: "room_bookings").values(row: request).run()
        return request.id
    }

    // MARK: deciding

    enum ConfirmOutcome: Equatable, Sendable {
        case confirmed
        /// Another booking holds the time; the request was declined with a reason.
        case taken
        /// The request was no longer open (decided or withdrawn meanwhile).
        case notOpen
    }

    static func confirm(_ id: UUID, by userID: UUID?, now: Date, on db: any Database) async throws -> ConfirmOutcome {
        var attempt = 0
        while true {
            do {
                return try await db.transaction { tx in
                    let sql = tx.sql
                    // the write comes first, so the transaction holds the write lock from its first statement
                    let rows = try await sql.update("room_bookings")
                        .set("status", to: BookingStatus.confirmed.rawValue)
                        .set("decided_by", to: SQLBind(userID)).set("decided_at", to: now.timeIntervalSince1970)
                        .where("id", .equal, id).where("status", .equal, BookingStatus.requested.rawValue)
                        .returning("*").all()
                    guard let booking = try rows.first?.decodeRow(RoomBookingRow.self) else { return ConfirmOutcome.notOpen }
                    let held = slots(startsAt: booking.startsAt, endsAt: booking.endsAt)
                        .map { RoomBookingSlotRow(roomID: booking.roomID, slot: $0, bookingID: id) }
                    try await sql.insert(into: "room_booking_slots").values(rows: held).run()
                    return ConfirmOutcome.confirmed
                }
            } catch let error as any DatabaseError where error.isConstraintFailure {
                _ = try await decline(id, by: userID, note: Texts.Bookings.takenReason, includingConfirmed: false,
                                      now: now, on: db)
                return .taken
            } catch {
                // SQLite reports a busy database instead of waiting when two transactions want to write at once;
                // PostgreSQL may cancel one of two conflicting transactions. Both are safe to repeat.
                attempt += 1
                if attempt >= 8 { throw error }
                try await Task.sleep(nanoseconds: UInt64(10_000_000 * attempt) + UInt64.random(in: 0...10_000_000))
            }
        }
    }

    /// Declines an open request (or, with `includingConfirmed`, cancels a confirmed booking and frees its slots).
    @discardableResult
    static func decline(_ id: UUID, by userID: UUID?, note: String, includingConfirmed: Bool = true, now: Date,
                        on db: any Database) async throws -> Bool {
        let from: [String] = includingConfirmed
            ? [BookingStatus.requested.rawValue, BookingStatus.confirmed.rawValue] : [BookingStatus.requested.rawValue]
        return try await db.transaction { tx in
            let sql = tx.sql
            let rows = try await sql.update("room_bookings")
                .set("status", to: BookingStatus.declined.rawValue).set("decision_note", to: note)
                .set("decided_by", to: SQLBind(userID)).set("decided_at", to: now.timeIntervalSince1970)
                .where("id", .equal, id).where("status", .in, from)
                .returning("id").all()
            guard !rows.isEmpty else { return false }
            try await sql.delete(from: "room_booking_slots").where("booking_id", .equal, id).run()
            return true
        }
    }

    /// The person who asked withdraws the request (or the confirmed booking, which frees the room).
    @discardableResult
    static func withdraw(_ id: UUID, userID: UUID, on db: any Database) async throws -> Bool {
        try await db.transaction { tx in
            let sql = tx.sql
            let rows = try await sql.update("room_bookings")
                .set("status", to: BookingStatus.withdrawn.rawValue)
                .where("id", .equal, id).where("requester_user_id", .equal, userID)
                .where("status", .in, [BookingStatus.requested.rawValue, BookingStatus.confirmed.rawValue])
                .returning("id").all()
            guard !rows.isEmpty else { return false }
            try await sql.delete(from: "room_booking_slots").where("booking_id", .equal, id).run()
            return true
        }
    }
}
