import Foundation
import GemeinsamCore
import SQLKit

/// Reports, hiding after three reports from different accounts, and moderation decisions.
enum ModerationQueries {
    /// Records a report; returns false when this account had already reported the item. Hides the item when
    /// `Exchange.Safety.hiddenByReports` says so.
    static func report(listingID: Int?, messageID: UUID?, reporter: UUID, reason: String, note: String?,
                       on sql: any SQLDatabase) async throws -> Bool {
        var existing = sql.select().column("id").from("exchange_reports").where("reporter_id", .equal, SQLBind(reporter))
        if let listingID { existing = existing.where("listing_id", .equal, SQLBind(listingID)) }
        if let messageID { existing = existing.where("message_id", .equal, SQLBind(messageID)) }
        if try await existing.first() != nil { return false }
        do {
            try await sql.insert(into: "exchange_reports")
                .columns("id", "listing_id", "message_id", "reporter_id", "reason", "note", "resolved", "created_at")
                .values(SQLBind(UUID()), SQLBind(listingID), SQLBind(messageID), SQLBind(reporter), SQLBind(reason),
                        SQLBind(note), SQLBind(false), SQLBind(Date().timeIntervalSince1970))
                .run()
        } catch {
            return false   // a second report in a race hits the unique index
        }
        var reporters = sql.select().column("reporter_id").from("exchange_reports").where("resolved", .equal, SQLBind(false))
        if let listingID { reporters = reporters.where("listing_id", .equal, SQLBind(listingID)) }
        if let messageID { reporters = reporters.where("message_id", .equal, SQLBind(messageID)) }
        let keys = try await reporters.all().map { try $0.decode(column: "reporter_id", as: UUID.self) }
        if CoreExchange.Safety.hiddenByReports(keys) {
            if let listingID {
                try await sql.update("listings").set("hidden", to: SQLBind(true)).set("moderation", to: SQLBind("pending"))
                    .where("id", .equal, SQLBind(listingID)).where("moderation", .notEqual, SQLBind("removed")).run()
            }
            if let messageID {
                try await sql.update("exchange_messages").set("hidden", to: SQLBind(true)).where("id", .equal, SQLBind(messageID)).run()
            }
        }
        return true
    }

    struct QueueItem: Sendable {
        var kind: String            // listing | message
        var listingID: Int
        var messageID: UUID?
        var areaID: Int
        var title: String
        var text: String
        var hidden: Bool
        var reports: Int
        var reasons: [String]
    }

    /// Reported items with unresolved reports, hidden ones first, limited to some areas (nil: all).
    static func queue(areas: [Int]?, on sql: any SQLDatabase) async throws -> [QueueItem] {
        if let areas, areas.isEmpty { return [] }
        let scope = areas.map { " AND l.area_id IN (\($0.map(String.init).joined(separator: ",")))" } ?? ""
        let listingRows = try await sql.raw("""
            SELECT l.id, l.area_id, l.title, l.body, l.hidden, r.reason
            FROM exchange_reports r JOIN listings l ON l.id = r.listing_id
            WHERE r.resolved = \(false) AND l.moderation <> 'removed'\(unsafeRaw: scope)
            ORDER BY r.created_at
            """).all()
        let messageRows = try await sql.raw("""
            SELECT m.id AS message_id, l.id, l.area_id, l.title, m.body, m.hidden, r.reason
            FROM exchange_reports r JOIN exchange_messages m ON m.id = r.message_id
            JOIN contact_requests c ON c.id = m.contact_request_id JOIN listings l ON l.id = c.listing_id
            WHERE r.resolved = \(false)\(unsafeRaw: scope)
            ORDER BY r.created_at
            """).all()
        var items: [String: QueueItem] = [:]
        var order: [String] = []
        for (rows, kind) in [(listingRows, "listing"), (messageRows, "message")] {
            for row in rows {
                let messageID = kind == "message" ? try row.decode(column: "message_id", as: UUID.self) : nil
                let listingKey = String(try row.decode(column: "id", as: Int.self))
                let key = kind + ":" + (messageID?.uuidString ?? listingKey)
                let reason = try row.decode(column: "reason", as: String.self)
                if items[key] == nil {
                    order.append(key)
                    items[key] = QueueItem(
                        kind: kind, listingID: try row.decode(column: "id", as: Int.self), messageID: messageID,
                        areaID: try row.decode(column: "area_id", as: Int.self),
                        title: try row.decode(column: "title", as: String.self), text: try row.decode(column: "body", as: String.self),
                        hidden: try row.decode(column: "hidden", as: Bool.self), reports: 0, reasons: [])
                }
                items[key]!.reports += 1
                if !items[key]!.reasons.contains(reason) { items[key]!.reasons.append(reason) }
            }
        }
        return order.compactMap { items[$0] }.sorted { $0.hidden && !$1.hidden }
    }

    /// Restores or removes an item, resolves its reports and logs the decision.
    static func decide(listingID: Int?, messageID: UUID?, areaID: Int, decision: String, note: String,
                       moderator: UUID, on sql: any SQLDatabase) async throws {
        let now = Date().timeIntervalSince1970
        if let messageID {
            try await sql.update("exchange_messages").set("hidden", to: SQLBind(decision == "remove"))
                .where("id", .equal, SQLBind(messageID)).run()
            try await sql.update("exchange_reports").set("resolved", to: SQLBind(true))
                .where("message_id", .equal, SQLBind(messageID)).run()
        } else if let listingID {
            if decision == "remove" {
                try await sql.update("listings").set("hidden", to: SQLBind(true)).set("moderation", to: SQLBind("removed"))
                    .set("status", to: SQLBind("withdrawn")).set("updated_at", to: SQLBind(now))
                    .where("id", .equal, SQLBind(listingID)).run()
            } else {
                try await sql.update("listings").set("hidden", to: SQLBind(false)).set("moderation", to: SQLBind("restored"))
                    .set("updated_at", to: SQLBind(now)).where("id", .equal, SQLBind(listingID)).run()
            }
            try await sql.update("exchange_reports").set("resolved", to: SQLBind(true))
                .where("listing_id", .equal, SQLBind(listingID)).run()
        }
        try await sql.insert(into: "moderation_log")
            .columns("id", "at", "moderator_id", "listing_id", "message_id", "area_id", "decision", "note")
            .values(SQLBind(UUID()), SQLBind(now), SQLBind(moderator), SQLBind(listingID), SQLBind(messageID),
                    SQLBind(areaID), SQLBind(decision), SQLBind(note))
            .run()
    }

    struct LogEntry: Sendable {
        var at: Double
        var moderator: String
        var listingID: Int?
        var isMessage: Bool
        var decision: String
        var note: String
    }

    static func log(areas: [Int]?, limit: Int = 100, on sql: any SQLDatabase) async throws -> [LogEntry] {
        if let areas, areas.isEmpty { return [] }
        let scope = areas.map { "WHERE g.area_id IN (\($0.map(String.init).joined(separator: ",")))" } ?? ""
        return try await sql.raw("""
            SELECT g.at, g.listing_id, g.message_id, g.decision, g.note, u.first_name, u.initial
            FROM moderation_log g LEFT JOIN users u ON u.id = g.moderator_id \(unsafeRaw: scope)
            ORDER BY g.at DESC LIMIT \(literal: limit)
            """).all().map { row in
                let first = try row.decode(column: "first_name", as: String?.self)
                return LogEntry(
                    at: try row.decode(column: "at", as: Double.self),
                    moderator: first.map { PublicName.make(firstName: $0, initial: try? row.decode(column: "initial", as: String?.self)) }
                        ?? "gelöschtes Konto",
                    listingID: try row.decode(column: "listing_id", as: Int?.self),
                    isMessage: try row.decode(column: "message_id", as: UUID?.self) != nil,
                    decision: try row.decode(column: "decision", as: String.self),
                    note: try row.decode(column: "note", as: String.self))
            }
    }
}
