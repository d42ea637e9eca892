import Fluent
import Foundation
import GemeinsamCore
import SQLKit

enum BookingStatus: String, CaseIterable, Sendable {
    case requested, confirmed, declined, withdrawn

    var label: String {
        switch self {
        case .requested: German.Bookings.statusRequested
        case .confirmed: German.Bookings.statusConfirmed
        case .declined: German.Bookings.statusDeclined
        case .withdrawn: German.Bookings.statusWithdrawn
        }
    }
}

/// Room requests: asking, confirming (double bookings impossible), declining, withdrawing, and the lists.
///
/// A confirmed booking owns one row per 15-minute slot in `room_booking_slots`, whose primary key is
/// (room_id, slot). Confirmation marks the request and inserts its slots in one transaction: when another booking
/// holds one of the slots the insert fails, the transaction rolls back, and the request is declined with a reason.
/// This holds under concurrent confirmations on SQLite and PostgreSQL alike.
enum BookingQueries {
    static let slotSeconds = 900.0

    /// The slots a booking covers: `Int(starts_at / 900)` up to (not including) the slot in which it ends.
    static func slots(startsAt: Double, endsAt: Double) -> Range<Int> {
        Int((startsAt / slotSeconds).rounded(.down))..<Int((endsAt / slotSeconds).rounded(.up))
    }

    struct Booking: Sendable {
        var id: UUID
        var roomID: UUID
        var roomName: String
        var placeID: UUID
        var placeName: String
        var requesterID: UUID?
        /// Public name (first name and initial), or nil for a deleted account.
        var requesterName: String?
        var purpose: String
        var date: CalendarDate
        var startMinute: Int
        var endMinute: Int
        var startsAt: Double
        var endsAt: Double
        var status: BookingStatus
        var note: String
        var createdAt: Double
        var placeOwnerID: UUID?
        var placeAreaID: Int
    }

    // MARK: asking

    static func insertRequest(roomID: UUID, userID: UUID, actorID: UUID? = nil, purpose: String, date: CalendarDate,
                              start: CalendarTime, end: CalendarTime, now: Date = Date(),
                              on sql: any SQLDatabase) async throws -> UUID {
        let id = UUID()
        try await sql.insert(into: "room_bookings")
            .columns("id", "room_id", "requester_user_id", "requester_actor_id", "purpose", "local_date", "start_minute",
                     "end_minute", "starts_at", "ends_at", "status", "created_at", "decision_note")
            .values(SQLBind(id), SQLBind(roomID), SQLBind(userID), SQLBind(actorID), SQLBind(purpose), SQLBind(date.iso),
                    SQLBind(start.minutesSinceMidnight), SQLBind(end.minutesSinceMidnight),
                    SQLBind(EuropeBerlinTime.instant(for: date, start).timeIntervalSince1970),
                    SQLBind(EuropeBerlinTime.instant(for: date, end).timeIntervalSince1970),
                    SQLBind(BookingStatus.requested.rawValue), SQLBind(now.timeIntervalSince1970), SQLBind(""))
            .run()
        return id
    }

    /// Whether a confirmed booking holds any slot of the time range.
    static func isTaken(roomID: UUID, startsAt: Double, endsAt: Double, on sql: any SQLDatabase) async throws -> Bool {
        let range = slots(startsAt: startsAt, endsAt: endsAt)
        return try await sql.select().column("slot").from("room_booking_slots")
            .where("room_id", .equal, roomID).where("slot", .greaterThanOrEqual, range.lowerBound)
            .where("slot", .lessThan, range.upperBound).limit(1).first() != nil
    }

    static func openRequestCount(userID: UUID, now: Date = Date(), on sql: any SQLDatabase) async throws -> Int {
        try await sql.raw("""
            SELECT COUNT(*) AS n FROM room_bookings WHERE requester_user_id = \(bind: userID)
            AND status = \(bind: BookingStatus.requested.rawValue) AND ends_at > \(bind: now.timeIntervalSince1970)
            """).first()?.decode(column: "n", as: Int.self) ?? 0
    }

    // MARK: deciding

    enum ConfirmOutcome: Equatable, Sendable {
        case confirmed
        /// Another booking holds the time; the request was declined with a reason.
        case taken
        /// The request was no longer open (decided or withdrawn meanwhile).
        case notOpen
    }

    static func confirm(_ id: UUID, by userID: UUID?, now: Date = Date(), on db: any Database) async throws -> ConfirmOutcome {
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
                        .returning("room_id", "starts_at", "ends_at").all()
                    guard let row = rows.first else { return ConfirmOutcome.notOpen }
                    let roomID = try row.decode(column: "room_id", as: UUID.self)
                    let range = slots(startsAt: try row.decode(column: "starts_at", as: Double.self),
                                      endsAt: try row.decode(column: "ends_at", as: Double.self))
                    var insert = sql.insert(into: "room_booking_slots").columns("room_id", "slot", "booking_id")
                    for slot in range { insert = insert.values(SQLBind(roomID), SQLBind(slot), SQLBind(id)) }
                    try await insert.run()
                    return ConfirmOutcome.confirmed
                }
            } catch let error as any DatabaseError where error.isConstraintFailure {
                _ = try await decline(id, by: userID, note: German.Bookings.takenReason, includingConfirmed: false,
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
    static func decline(_ id: UUID, by userID: UUID?, note: String, includingConfirmed: Bool = true, now: Date = Date(),
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

    // MARK: reading

    private static var selectBookings: SQLQueryString {
        """
        SELECT b.id, b.room_id, b.requester_user_id, b.purpose, b.local_date, b.start_minute, b.end_minute,
               b.starts_at, b.ends_at, b.status, b.decision_note, b.created_at,
               r.name AS room_name, p.id AS place_id, p.name AS place_name, p.owner_user_id, p.area_id,
               u.first_name, u.initial
        FROM room_bookings b
        JOIN rooms r ON r.id = b.room_id
        JOIN places p ON p.id = r.place_id
        LEFT JOIN users u ON u.id = b.requester_user_id
        """
    }

    static func booking(_ id: UUID, on sql: any SQLDatabase) async throws -> Booking? {
        try await sql.raw("\(selectBookings) WHERE b.id = \(bind: id)").first().flatMap(decode)
    }

    /// Open requests and upcoming confirmed bookings of the rooms a person decides on.
    static func toDecide(for scope: EditScope, now: Date = Date(), on sql: any SQLDatabase) async throws -> [Booking] {
        try await sql.raw("""
            \(selectBookings)
            WHERE \(scope.condition("p")) AND b.ends_at > \(bind: now.timeIntervalSince1970)
              AND b.status IN (\(binds: [BookingStatus.requested.rawValue, BookingStatus.confirmed.rawValue]))
            ORDER BY b.starts_at LIMIT 300
            """).all().compactMap(decode)
    }

    static func openRequestCount(for scope: EditScope, now: Date = Date(), on sql: any SQLDatabase) async throws -> Int {
        try await sql.raw("""
            SELECT COUNT(*) AS n FROM room_bookings b JOIN rooms r ON r.id = b.room_id JOIN places p ON p.id = r.place_id
            WHERE \(scope.condition("p")) AND b.status = \(bind: BookingStatus.requested.rawValue)
              AND b.ends_at > \(bind: now.timeIntervalSince1970)
            """).first()?.decode(column: "n", as: Int.self) ?? 0
    }

    /// A person's own requests, newest date first.
    static func mine(userID: UUID, limit: Int = 200, on sql: any SQLDatabase) async throws -> [Booking] {
        try await sql.raw("""
            \(selectBookings) WHERE b.requester_user_id = \(bind: userID) ORDER BY b.starts_at DESC LIMIT \(bind: limit)
            """).all().compactMap(decode)
    }

    struct Busy: Sendable { var date: CalendarDate; var startMinute: Int; var endMinute: Int }

    /// Confirmed bookings of a room that overlap the time range (no names, no purposes: this is public).
    static func busy(roomID: UUID, from: Date, to: Date, on sql: any SQLDatabase) async throws -> [Busy] {
        try await sql.select().columns("local_date", "start_minute", "end_minute").from("room_bookings")
            .where("room_id", .equal, roomID).where("status", .equal, BookingStatus.confirmed.rawValue)
            .where("ends_at", .greaterThan, from.timeIntervalSince1970)
            .where("starts_at", .lessThan, to.timeIntervalSince1970)
            .orderBy("starts_at").all().compactMap { row in
                guard let date = try? CalendarDate(iso: try row.decode(column: "local_date", as: String.self)) else { return nil }
                return Busy(date: date, startMinute: try row.decode(column: "start_minute", as: Int.self),
                            endMinute: try row.decode(column: "end_minute", as: Int.self))
            }
    }

    private static func decode(_ row: any SQLRow) -> Booking? {
        guard let status = (try? row.decode(column: "status", as: String.self)).flatMap(BookingStatus.init(rawValue:)),
              let date = try? CalendarDate(iso: (try? row.decode(column: "local_date", as: String.self)) ?? "")
        else { return nil }
        let first = (try? row.decode(column: "first_name", as: String?.self)) ?? nil
        let initial = (try? row.decode(column: "initial", as: String?.self)) ?? nil
        return try? Booking(
            id: row.decode(column: "id", as: UUID.self),
            roomID: row.decode(column: "room_id", as: UUID.self),
            roomName: row.decode(column: "room_name", as: String.self),
            placeID: row.decode(column: "place_id", as: UUID.self),
            placeName: row.decode(column: "place_name", as: String.self),
            requesterID: row.decode(column: "requester_user_id", as: UUID?.self),
            requesterName: first.map { PublicName.make(firstName: $0, initial: initial) },
            purpose: row.decode(column: "purpose", as: String.self),
            date: date,
            startMinute: row.decode(column: "start_minute", as: Int.self),
            endMinute: row.decode(column: "end_minute", as: Int.self),
            startsAt: row.decode(column: "starts_at", as: Double.self),
            endsAt: row.decode(column: "ends_at", as: Double.self),
            status: status,
            note: row.decode(column: "decision_note", as: String.self),
            createdAt: row.decode(column: "created_at", as: Double.self),
            placeOwnerID: row.decode(column: "owner_user_id", as: UUID?.self),
            placeAreaID: row.decode(column: "area_id", as: Int.self))
    }
}
