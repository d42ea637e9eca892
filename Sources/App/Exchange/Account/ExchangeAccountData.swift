import Foundation
import GemeinsamCore
import SQLKit

/// The Börse's part of a person's data: in the download (Art. 15/20 DSGVO) and deleted with the account (Art. 17).
enum ExchangeAccountData {
    struct Export: Encodable {
        struct Listing: Encodable {
            var id: Int; var kind: String; var category: String; var title: String; var text: String; var quartier: String?
            var timing: String; var timingDate: String?; var validUntil: String; var status: String; var createdAt: Date
            /// The language the text was written in, and its translations.
            var language: String = "de"
            var translations: [Translation] = []
        }
        struct Translation: Encodable { var language: String; var title: String; var text: String }
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
        func date(_ seconds: Double) -> Date { Date(timeIntervalSince1970: seconds) }
        var listings = try await sql.select().column("*").from("listings").where("author_id", .equal, SQLBind(userID))
            .orderBy("created_at").rows(ListingRow.self).map { l in
                Export.Listing(id: l.id, kind: l.kind.rawValue, category: l.category.rawValue, title: l.title, text: l.body,
                               quartier: geography.areas[l.areaID]?.name, timing: l.timing.rawValue,
                               timingDate: l.timingDate?.iso, validUntil: l.validUntil.iso, status: l.status.rawValue,
                               createdAt: date(l.createdAt))
            }
        for (index, listing) in listings.enumerated() {
            for row in try await ContentLanguageQueries.all(.listing, id: ContentLanguage.id(listing.id), on: sql) {
                if row.isOriginal { listings[index].language = row.language } else {
                    listings[index].translations.append(.init(language: row.language, title: row.title, text: row.description))
                }
            }
        }
        let requests = try await sql.select().column("*").from("contact_requests").where("requester_id", .equal, SQLBind(userID))
            .orderBy("created_at").rows(ContactRequestRow.self).map { r in
                Export.Request(listingID: r.listingID, message: r.message, yourContactWay: r.requesterContact,
                               yourPhone: r.requesterPhone, status: r.status.rawValue, createdAt: date(r.createdAt))
            }
        let acceptances = try await sql.raw("""
            SELECT r.* FROM contact_requests r JOIN listings l ON l.id = r.listing_id
            WHERE l.author_id = \(bind: userID) AND r.author_contact IS NOT NULL ORDER BY r.created_at
            """).rows(ContactRequestRow.self).map {
                Export.Acceptance(listingID: $0.listingID, yourContactWay: $0.authorContact, yourPhone: $0.authorPhone)
            }
        let messages = try await sql.select().column("*").from("exchange_messages").where("sender_id", .equal, SQLBind(userID))
            .orderBy("created_at").rows(MessageRow.self).map { Export.Message(text: $0.body, at: date($0.createdAt)) }
        let reports = try await sql.select().column("*").from("exchange_reports").where("reporter_id", .equal, SQLBind(userID))
            .rows(ReportRow.self).map {
                Export.Report(listingID: $0.listingID, messageID: $0.messageID?.uuidString, reason: $0.reason, note: $0.note,
                              at: date($0.createdAt))
            }
        let digest = try await DigestQueries.subscription(of: userID, on: sql).map {
            Export.Digest(quartier: geography.areas[$0.areaID]?.name, categories: $0.categoryList.map(\.rawValue))
        }
        let hours = try await VolunteerQueries.ofHelper(userID, on: sql).map {
            Export.Hours(date: $0.date.iso, minutes: $0.minutes, activity: $0.activity, organisation: $0.organisation,
                         state: $0.state.rawValue)
        }
        let notifications = try await Outbox.forUser(userID, limit: 10_000, on: sql).map {
            Export.Notification(subject: $0.subject, text: $0.body, createdAt: date($0.createdAt), sentAt: $0.sentAt.map(date))
        }
        let kiosks = try await KioskQueries.sites(ofMember: userID, on: sql).map(\.name)
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
        let listingIDs = try await sql.raw("SELECT id FROM listings WHERE author_id = \(u)").all()
            .map { ContentLanguage.id(try $0.decode(column: "id", as: Int.self)) }
        try await ContentLanguageQueries.deleteAll(.listing, ids: listingIDs, on: sql)
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
