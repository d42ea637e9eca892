import Foundation
import GemeinsamCore
import SQLKit

/// Reports, hiding after three reports from different accounts, and moderation decisions.
enum ModerationQueries {
    /// Records a report; returns false when this account had already reported the item. Hides the item when
    /// `Exchange.Safety.hiddenByReports` says so.
    static func report(listingID: Int?, messageID: UUID?, reporter: UUID, reason: String, note: String?, now: Date,
                       on sql: any SQLDatabase) async throws -> Bool {
        func ofItem(_ query: SQLSelectBuilder) -> SQLSelectBuilder {
            var query = query
            if let listingID { query = query.where("listing_id", .equal, SQLBind(listingID)) }
            if let messageID { query = query.where("message_id", .equal, SQLBind(messageID)) }
            return query
        }
        let existing = ofItem(sql.select().column("id").from("exchange_reports").where("reporter_id", .equal, SQLBind(reporter)))
        if try await existing.first() != nil { return false }
        do {
            try await sql.insert(into: "exchange_reports")
                .columns("id", "listing_id", "message_id", "reporter_id", "reason", "note", "resolved", "created_at")
                .values(SQLBind(UUID()), SQLBind(listingID), SQLBind(messageID), SQLBind(reporter), SQLBind(reason),
                        SQLBind(note), SQLBind(false), SQLBind(now.timeIntervalSince1970))
                .run()
        } catch {
            return false   // a second report in a race hits the unique index
        }
        let open = try await ofItem(sql.select().column("*").from("exchange_reports").where("resolved", .equal, SQLBind(false)))
            .rows(ReportRow.self)
        if CoreExchange.Safety.hiddenByReports(open.map(\.reporterID)) {
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

    /// A reported listing or message with all its unresolved reports.
    struct QueueItem: Sendable {
        var about: ReportedColumns
        var messageID: UUID?
        var reports = 0
        var reasons: [String] = []

        var isMessage: Bool { messageID != nil }
    }

    /// What a report is about: the listing (of the message), its text and whether it is hidden.
    struct ReportedColumns: Decodable, Sendable {
        var itemListingID: Int
        var areaID: Int
        var title: String
        var itemText: String
        var itemHidden: Bool
    }

    /// Reported items with unresolved reports, hidden ones first, limited to some areas (nil: all).
    static func queue(areas: [Int]?, on sql: any SQLDatabase) async throws -> [QueueItem] {
        if let areas, areas.isEmpty { return [] }
        let scope = areas.map { " AND l.area_id IN (\($0.map(String.init).joined(separator: ",")))" } ?? ""
        let listingReports = try await sql.raw("""
            SELECT r.*, l.id AS item_listing_id, l.area_id, l.title, l.body AS item_text, l.hidden AS item_hidden
            FROM exchange_reports r JOIN listings l ON l.id = r.listing_id
            WHERE r.resolved = \(false) AND l.moderation <> 'removed'\(unsafeRaw: scope)
            ORDER BY r.created_at
            """).rows(Joined<ReportRow, ReportedColumns>.self)
        let messageReports = try await sql.raw("""
            SELECT r.*, l.id AS item_listing_id, l.area_id, l.title, m.body AS item_text, m.hidden AS item_hidden
            FROM exchange_reports r JOIN exchange_messages m ON m.id = r.message_id
            JOIN contact_requests c ON c.id = m.contact_request_id JOIN listings l ON l.id = c.listing_id
            WHERE r.resolved = \(false)\(unsafeRaw: scope)
            ORDER BY r.created_at
            """).rows(Joined<ReportRow, ReportedColumns>.self)
        var items: [String: QueueItem] = [:]
        var order: [String] = []
        for reported in listingReports + messageReports {
            let key = reported.messageID.map { "message:\($0)" } ?? "listing:\(reported.itemListingID)"
            if items[key] == nil {
                order.append(key)
                items[key] = QueueItem(about: reported.extra, messageID: reported.messageID)
            }
            items[key]!.reports += 1
            if !items[key]!.reasons.contains(reported.reason) { items[key]!.reasons.append(reported.reason) }
        }
        return order.compactMap { items[$0] }.sorted { $0.about.itemHidden && !$1.about.itemHidden }
    }

    /// Restores or removes an item, resolves its reports and logs the decision.
    static func decide(listingID: Int?, messageID: UUID?, areaID: Int, decision: String, note: String,
                       moderator: UUID, now: Date, on sql: any SQLDatabase) async throws {
        let at = now.timeIntervalSince1970
        if let messageID {
            try await sql.update("exchange_messages").set("hidden", to: SQLBind(decision == "remove"))
                .where("id", .equal, SQLBind(messageID)).run()
            try await sql.update("exchange_reports").set("resolved", to: SQLBind(true))
                .where("message_id", .equal, SQLBind(messageID)).run()
        } else if let listingID {
            if decision == "remove" {
                try await sql.update("listings").set("hidden", to: SQLBind(true)).set("moderation", to: SQLBind("removed"))
                    .set("status", to: SQLBind("withdrawn")).set("updated_at", to: SQLBind(at))
                    .where("id", .equal, SQLBind(listingID)).run()
            } else {
                try await sql.update("listings").set("hidden", to: SQLBind(false)).set("moderation", to: SQLBind("restored"))
                    .set("updated_at", to: SQLBind(at)).where("id", .equal, SQLBind(listingID)).run()
            }
            try await sql.update("exchange_reports").set("resolved", to: SQLBind(true))
                .where("listing_id", .equal, SQLBind(listingID)).run()
        }
        try await sql.insert(into: "moderation_log")
            .columns("id", "at", "moderator_id", "listing_id", "message_id", "area_id", "decision", "note")
            .values(SQLBind(UUID()), SQLBind(at), SQLBind(moderator), SQLBind(listingID), SQLBind(messageID),
                    SQLBind(areaID), SQLBind(decision), SQLBind(note))
            .run()
    }

    static func log(areas: [Int]?, limit: Int = 100, on sql: any SQLDatabase) async throws -> [LoggedDecision] {
        if let areas, areas.isEmpty { return [] }
        let scope = areas.map { "WHERE g.area_id IN (\($0.map(String.init).joined(separator: ",")))" } ?? ""
        return try await sql.raw("""
            SELECT g.*, u.first_name, u.initial
            FROM moderation_log g LEFT JOIN users u ON u.id = g.moderator_id \(unsafeRaw: scope)
            ORDER BY g.at DESC LIMIT \(literal: limit)
            """).rows(LoggedDecision.self)
    }
}
