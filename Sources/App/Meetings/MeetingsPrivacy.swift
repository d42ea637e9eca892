import Foundation
import GemeinsamCore
import SQLKit

/// The Begegnung pillar's part of the data download and of account deletion: a person's room requests and the
/// changes they made to places, offers and rooms.
enum MeetingsPrivacy {
    struct RoomRequest: Encodable, Sendable {
        var room: String
        var place: String
        var date: String
        var start: String
        var end: String
        var purpose: String
        var status: String
        var decisionNote: String
        var requestedAt: Date
    }

    struct ItemChange: Encodable, Sendable {
        var kind: String
        var itemID: String
        var at: Date
        var summary: String
    }

    static func roomRequests(userID: UUID, on sql: any SQLDatabase) async throws -> [RoomRequest] {
        try await BookingQueries.mine(userID: userID, limit: 100_000, on: sql).map { b in
            RoomRequest(room: b.roomName, place: b.placeName, date: b.localDate,
                        start: CalendarTime.text(minutesSinceMidnight: b.startMinute),
                        end: CalendarTime.text(minutesSinceMidnight: b.endMinute), purpose: b.purpose, status: b.status.label,
                        decisionNote: b.decisionNote, requestedAt: Date(timeIntervalSince1970: b.createdAt))
        }
    }

    static func changes(userID: UUID, on sql: any SQLDatabase) async throws -> [ItemChange] {
        try await HistoryQueries.changes(by: userID, on: sql).map { change in
            ItemChange(kind: change.itemKind.rawValue, itemID: change.itemID.uuidString, at: change.date, summary: change.summary)
        }
    }

    /// Before an account is deleted: open requests are withdrawn, and every link to the account is removed
    /// (confirmed bookings stay, the room was promised; the history keeps "gelöschtes Konto").
    static func forget(userID: UUID, on sql: any SQLDatabase) async throws {
        let open = try await sql.select().column("id").from("room_bookings")
            .where("requester_user_id", .equal, userID).where("status", .equal, BookingStatus.requested.rawValue).all()
            .map { try $0.decode(column: "id", as: UUID.self) }
        if !open.isEmpty {
            try await sql.update("room_bookings").set("status", to: BookingStatus.withdrawn.rawValue)
                .where("id", .in, open).run()
        }
        try await sql.update("room_bookings").set("requester_user_id", to: SQLLiteral.null)
            .where("requester_user_id", .equal, userID).run()
        try await sql.update("room_bookings").set("decided_by", to: SQLLiteral.null).where("decided_by", .equal, userID).run()
        try await sql.update("item_changes").set("user_id", to: SQLLiteral.null).where("user_id", .equal, userID).run()
        try await sql.update("places").set("owner_user_id", to: SQLLiteral.null).where("owner_user_id", .equal, userID).run()
        try await sql.update("offers").set("owner_user_id", to: SQLLiteral.null).where("owner_user_id", .equal, userID).run()
    }
}
