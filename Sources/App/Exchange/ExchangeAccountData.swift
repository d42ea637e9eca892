import Foundation
import GemeinsamCore
import SQLKit

/// The Börse's part of a person's data: in the download (Art. 15/20 DSGVO) and deleted with the account (Art. 17).
enum ExchangeAccountData {
    struct Export: Encodable {
        struct Listing: Encodable {
            var id: Int; var kind: String; var category: String; var title: String; var text: String; var quartier: String?
            var timing: String; var timingDate: String?; var validUntil: String; var status: String; var createdAt: Date
        }
        struct Request: Encodable {
            var listingID: Int; var message: String; var yourContactWay: String; var yourPhone: String?; var status: String
            var createdAt: Date
        }
        struct Acceptance: Encodable { var listingID: Int; var yourContactWay: String?; var yourPhone: String? }
        struct Message: Encodable { var text: String; var at: Date }
        struct Report: Encodable { var listingID: Int?; var messageID: String?; var reason: String; var note: String?; var at: Date }
        struct Digest: Encodable { var quartier: String?; var categories: [String] }
        struct Hours: Encodable {
            var date: String; var minutes: Int; var activity: String; var organisation: String; var state: String
        }
        struct Notification: Encodable { var subject: String; var text: String; var createdAt: Date; var sentAt: Date? }
        var listings: [Listing]
        var contactRequests: [Request]
        var contactWaysWhenAccepting: [Acceptance]
        var messages: [Message]
        var reports: [Report]
        var blockedPeople: [String]
        var digest: Digest?
        var volunteerHours: [Hours]
        var notifications: [Notification]
        var kiosks: [String]
    }

    static func export(userID: UUID, geography: GeographySnapshot, on sql: any SQLDatabase) async throws -> Export {
        func date(_ row: any SQLRow, _ column: String) throws -> Date { Date(timeIntervalSince1970: try row.decode(column: column, as: Double.self)) }
        let listings = try await sql.raw("""
            SELECT id, kind, category, title, body, area_id, timing, timing_date, valid_until, status, created_at
            FROM listings WHERE author_id = \(bind: userID) ORDER BY created_at
            """).all().map { r in
                Export.Listing(id: try r.decode(column: "id", as: Int.self), kind: try r.decode(column: "kind", as: String.self),
                               category: try r.decode(column: "category", as: String.self),
                               title: try r.decode(column: "title", as: String.self), text: try r.decode(column: "body", as: String.self),
                               quartier: geography.areas[try r.decode(column: "area_id", as: Int.self)]?.name,
                               timing: try r.decode(column: "timing", as: String.self),
                               timingDate: try r.decode(column: "timing_date", as: String?.self),
                               validUntil: try r.decode(column: "valid_until", as: String.self),
                               status: try r.decode(column: "status", as: String.self), createdAt: try date(r, "created_at"))
            }
        let requests = try await sql.raw("""
            SELECT listing_id, message, requester_contact, requester_phone, status, created_at FROM contact_requests
            WHERE requester_id = \(bind: userID) ORDER BY created_at
            """).all().map { r in
                Export.Request(listingID: try r.decode(column: "listing_id", as: Int.self),
                               message: try r.decode(column: "message", as: String.self),
                               yourContactWay: try r.decode(column: "requester_contact", as: String.self),
                               yourPhone: try r.decode(column: "requester_phone", as: String?.self),
                               status: try r.decode(column: "status", as: String.self), createdAt: try date(r, "created_at"))
            }
        let acceptances = try await sql.raw("""
            SELECT r.listing_id, r.author_contact, r.author_phone FROM contact_requests r JOIN listings l ON l.id = r.listing_id
            WHERE l.author_id = \(bind: userID) AND r.author_contact IS NOT NULL ORDER BY r.created_at
            """).all().map { r in
                Export.Acceptance(listingID: try r.decode(column: "listing_id", as: Int.self),
                                  yourContactWay: try r.decode(column: "author_contact", as: String?.self),
                                  yourPhone: try r.decode(column: "author_phone", as: String?.self))
            }
        let messages = try await sql.raw("""
            SELECT body, created_at FROM exchange_messages WHERE sender_id = \(bind: userID) ORDER BY created_at
            """).all().map { Export.Message(text: try $0.decode(column: "body", as: String.self), at: try date($0, "created_at")) }
        let reports = try await sql.raw("""
            SELECT listing_id, message_id, reason, note, created_at FROM exchange_reports WHERE reporter_id = \(bind: userID)
            """).all().map { r in
                Export.Report(listingID: try r.decode(column: "listing_id", as: Int?.self),
                              messageID: try r.decode(column: "message_id", as: UUID?.self)?.uuidString,
                              reason: try r.decode(column: "reason", as: String.self), note: try r.decode(column: "note", as: String?.self),
                              at: try date(r, "created_at"))
            }
        let digest = try await DigestQueries.subscription(of: userID, on: sql).map {
            Export.Digest(quartier: geography.areas[$0.areaID]?.name, categories: $0.categories.map(\.rawValue))
        }
        let hours = try await VolunteerQueries.ofHelper(userID, on: sql).map {
            Export.Hours(date: $0.entry.date.iso, minutes: $0.entry.minutes, activity: $0.entry.activity,
                         organisation: $0.entry.organisation, state: $0.entry.state.rawValue)
        }
        let notifications = try await Outbox.forUser(userID, limit: 10_000, on: sql).map {
            Export.Notification(subject: $0.subject, text: $0.body, createdAt: Date(timeIntervalSince1970: $0.createdAt),
                                sentAt: $0.sentAt.map { Date(timeIntervalSince1970: $0) })
        }
        let kiosks = try await sql.raw("""
            SELECT k.name FROM kiosk_site_staff s JOIN kiosk_sites k ON k.id = s.site_id WHERE s.user_id = \(bind: userID)
            """).all().map { try $0.decode(column: "name", as: String.self) }
        return Export(listings: listings, contactRequests: requests, contactWaysWhenAccepting: acceptances, messages: messages,
                      reports: reports, blockedPeople: try await ContactQueries.blockedBy(userID, on: sql).map(\.name),
                      digest: digest, volunteerHours: hours, notifications: notifications, kiosks: kiosks)
    }

    /// Deletes everything personal of the Börse that hangs on an account, in an order that works with and without
    /// enforced foreign keys. Threads of the person's listings and requests go with them.
    static func delete(userID: UUID, on sql: any SQLDatabase) async throws {
        let u = SQLBind(userID)
        let requests: SQLQueryString = """
            SELECT id FROM contact_requests WHERE requester_id = \(u)
               OR listing_id IN (SELECT id FROM listings WHERE author_id = \(u))
            """
        let messages: SQLQueryString = "SELECT id FROM exchange_messages WHERE sender_id = \(u) OR contact_request_id IN (" + requests + ")"
        try await sql.raw("DELETE FROM exchange_reports WHERE reporter_id = \(u) OR message_id IN (" + messages
                          + ") OR listing_id IN (SELECT id FROM listings WHERE author_id = \(u))").run()
        try await sql.raw("DELETE FROM exchange_messages WHERE id IN (" + messages + ")").run()
        try await sql.raw("DELETE FROM volunteer_hours WHERE helper_id = \(u)").run()
        try await sql.raw("UPDATE volunteer_hours SET contact_request_id = NULL WHERE contact_request_id IN (" + requests + ")").run()
        try await sql.raw("UPDATE volunteer_hours SET confirmer_id = NULL WHERE confirmer_id = \(u)").run()
        try await sql.raw("DELETE FROM contact_requests WHERE id IN (" + requests + ")").run()
        try await sql.raw("DELETE FROM listings WHERE author_id = \(u)").run()
        try await sql.raw("UPDATE listings SET intake_by = NULL WHERE intake_by = \(u)").run()
        try await sql.raw("UPDATE contact_requests SET callback_by = NULL WHERE callback_by = \(u)").run()
        try await sql.raw("DELETE FROM outbox WHERE user_id = \(u)").run()
        try await sql.raw("DELETE FROM digest_subscriptions WHERE user_id = \(u)").run()
        try await sql.raw("DELETE FROM user_blocks WHERE blocker_id = \(u) OR blocked_id = \(u)").run()
        try await sql.raw("DELETE FROM kiosk_site_staff WHERE user_id = \(u)").run()
        try await sql.raw("UPDATE moderation_log SET moderator_id = NULL WHERE moderator_id = \(u)").run()
    }
}
