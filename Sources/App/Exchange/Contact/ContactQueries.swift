import Foundation
import GemeinsamCore
import SQLKit

/// The contact ways both sides chose, after acceptance.
struct RevealedContacts: Sendable {
    struct Way: Sendable { var kind: String; var value: String }
    var requester: Way
    var author: Way
}

/// Contact requests, their messages and blocks between people.
enum ContactQueries {
    private static let select = """
        SELECT \(ContactRequestRow.columns), u.first_name, u.initial FROM contact_requests r JOIN users u ON u.id = r.requester_id
        """

    static func find(_ id: UUID, on sql: any SQLDatabase) async throws -> ContactRequest? {
        try await sql.raw("\(unsafeRaw: select) WHERE r.id = \(bind: id)").row(ContactRequest.self)
    }

    static func forListing(_ listingID: Int, on sql: any SQLDatabase) async throws -> [ContactRequest] {
        try await sql.raw("\(unsafeRaw: select) WHERE r.listing_id = \(bind: listingID) ORDER BY r.created_at")
            .rows(ContactRequest.self)
    }

    static func byRequester(_ userID: UUID, on sql: any SQLDatabase) async throws -> [ContactRequest] {
        try await sql.raw("\(unsafeRaw: select) WHERE r.requester_id = \(bind: userID) ORDER BY r.created_at DESC")
            .rows(ContactRequest.self)
    }

    /// Requests to the listings of an author.
    static func toAuthor(_ userID: UUID, on sql: any SQLDatabase) async throws -> [ContactRequest] {
        try await sql.raw("""
            \(unsafeRaw: select) JOIN listings l ON l.id = r.listing_id
            WHERE l.author_id = \(bind: userID) ORDER BY r.created_at DESC
            """).rows(ContactRequest.self)
    }

    /// Pending requests to the listings of some kiosks, the call back due first.
    static func forKiosks(_ siteIDs: [Int], on sql: any SQLDatabase) async throws -> [ContactRequest] {
        guard !siteIDs.isEmpty else { return [] }
        return try await sql.raw("""
            \(unsafeRaw: select) JOIN listings l ON l.id = r.listing_id
            WHERE l.kiosk_site_id IN (\(unsafeRaw: siteIDs.map(String.init).joined(separator: ","))) AND r.status = 'pending'
            ORDER BY r.callback_due_on, r.created_at
            """).rows(ContactRequest.self)
    }

    static func exists(listingID: Int, requesterID: UUID, on sql: any SQLDatabase) async throws -> Bool {
        try await sql.select().column("id").from("contact_requests")
            .where("listing_id", .equal, SQLBind(listingID)).where("requester_id", .equal, SQLBind(requesterID)).first() != nil
    }

    static func insert(_ r: ContactRequestRow, on sql: any SQLDatabase) async throws {
        try await sql.insert(into: "contact_requests")
            .columns("id", "listing_id", "requester_id", "message", "requester_contact", "requester_phone", "status",
                     "created_at", "callback_attempts", "callback_due_on")
            .values(SQLBind(r.id), SQLBind(r.listingID), SQLBind(r.requesterID), SQLBind(r.message),
                    SQLBind(r.requesterContact), SQLBind(r.requesterPhone), SQLBind(r.status.rawValue), SQLBind(r.createdAt),
                    SQLBind(r.callbackAttempts), SQLBind(r.callbackDueOn))
            .run()
    }

    /// Accepts a pending request with the author's contact way. Returns false when it was not pending any more.
    static func accept(_ id: UUID, authorContact: String, authorPhone: String?, now: Date,
                       on sql: any SQLDatabase) async throws -> Bool {
        guard try await find(id, on: sql)?.status == .pending else { return false }
        try await sql.update("contact_requests")
            .set("status", to: SQLBind("accepted")).set("author_contact", to: SQLBind(authorContact))
            .set("author_phone", to: SQLBind(authorPhone)).set("decided_at", to: SQLBind(now.timeIntervalSince1970))
            .where("id", .equal, SQLBind(id)).where("status", .equal, SQLBind("pending")).run()
        return true
    }

    static func setStatus(_ id: UUID, to status: ContactRequestRow.Status, now: Date, on sql: any SQLDatabase) async throws {
        try await sql.update("contact_requests").set("status", to: SQLBind(status.rawValue))
            .set("decided_at", to: SQLBind(now.timeIntervalSince1970)).where("id", .equal, SQLBind(id)).run()
    }

    /// The kiosk team's note on a call back, and who made it.
    static func recordCallback(_ id: UUID, note: String?, by staff: UUID, on sql: any SQLDatabase) async throws {
        try await sql.update("contact_requests").set("callback_note", to: SQLBind(note)).set("callback_by", to: SQLBind(staff))
            .where("id", .equal, SQLBind(id)).run()
    }

    /// The visitor was not reached: one more attempt, due again on `day`.
    static func callbackAgain(_ id: UUID, on day: CalendarDate?, on sql: any SQLDatabase) async throws {
        try await sql.raw("""
            UPDATE contact_requests SET callback_attempts = callback_attempts + 1, callback_due_on = \(bind: day?.iso)
            WHERE id = \(bind: id)
            """).run()
    }

    /// Columns only `revealed` reads besides the request's own contact data.
    private struct RevealedExtras: Decodable {
        var requesterEmail: String?
        var authorEmail: String?
        var visitorPhone: String?
        var kioskName: String?
        var kioskPhone: String?
        var kioskAddress: String?
    }

    /// The contact ways of both sides, only for an accepted request (checked in the query itself).
    static func revealed(_ id: UUID, on sql: any SQLDatabase) async throws -> RevealedContacts? {
        guard let row = try await sql.raw("""
            SELECT r.*, ru.email AS requester_email, au.email AS author_email, l.visitor_phone, k.name AS kiosk_name,
                   k.phone AS kiosk_phone, k.address AS kiosk_address
            FROM contact_requests r JOIN listings l ON l.id = r.listing_id JOIN users ru ON ru.id = r.requester_id
            LEFT JOIN users au ON au.id = l.author_id LEFT JOIN kiosk_sites k ON k.id = l.kiosk_site_id
            WHERE r.id = \(bind: id) AND r.status = 'accepted'
            """).first()
        else { return nil }
        let request = try row.decodeRow(ContactRequestRow.self)
        let extras = try row.decodeRow(RevealedExtras.self)
        func way(kind: String, phone: String?, email: String?) -> RevealedContacts.Way {
            kind == "phone" ? .init(kind: "phone", value: phone ?? "") : .init(kind: "email", value: email ?? "")
        }
        let requester = way(kind: request.requesterContact, phone: request.requesterPhone, email: extras.requesterEmail)
        let author: RevealedContacts.Way = switch request.authorContact ?? "email" {
        case "kiosk":
            .init(kind: "kiosk", value: Texts.Exchange.viaKioskContact(extras.kioskName ?? "", phone: extras.kioskPhone ?? "",
                                                                       address: extras.kioskAddress ?? ""))
        case "visitorPhone": .init(kind: "phone", value: extras.visitorPhone ?? "")
        case let kind: way(kind: kind, phone: request.authorPhone, email: extras.authorEmail)
        }
        return RevealedContacts(requester: requester, author: author)
    }

    // MARK: messages

    static func messages(_ requestID: UUID, on sql: any SQLDatabase) async throws -> [MessageRow] {
        try await sql.select().column("*").from("exchange_messages")
            .where("contact_request_id", .equal, SQLBind(requestID)).orderBy("created_at").rows(MessageRow.self)
    }

    static func message(_ id: UUID, on sql: any SQLDatabase) async throws -> MessageRow? {
        try await sql.select().column("*").from("exchange_messages").where("id", .equal, SQLBind(id)).row(MessageRow.self)
    }

    static func addMessage(_ requestID: UUID, sender: UUID?, side: String, body: String, now: Date,
                           on sql: any SQLDatabase) async throws {
        try await sql.insert(into: "exchange_messages")
            .columns("id", "contact_request_id", "sender_id", "sender_side", "body", "hidden", "created_at")
            .values(SQLBind(UUID()), SQLBind(requestID), SQLBind(sender), SQLBind(side), SQLBind(body), SQLBind(false),
                    SQLBind(now.timeIntervalSince1970))
            .run()
    }

    // MARK: blocks

    /// Whether either person has blocked the other.
    static func blocked(_ a: UUID, _ b: UUID, on sql: any SQLDatabase) async throws -> Bool {
        try await sql.raw("""
            SELECT blocker_id FROM user_blocks WHERE (blocker_id = \(bind: a) AND blocked_id = \(bind: b))
               OR (blocker_id = \(bind: b) AND blocked_id = \(bind: a))
            """).first() != nil
    }

    static func block(_ blocker: UUID, _ blocked: UUID, now: Date, on sql: any SQLDatabase) async throws {
        guard blocker != blocked else { return }
        let exists = try await sql.select().column("blocker_id").from("user_blocks")
            .where("blocker_id", .equal, SQLBind(blocker)).where("blocked_id", .equal, SQLBind(blocked)).first() != nil
        if exists { return }
        try await sql.insert(into: "user_blocks").columns("blocker_id", "blocked_id", "created_at")
            .values(SQLBind(blocker), SQLBind(blocked), SQLBind(now.timeIntervalSince1970)).run()
    }

    static func unblock(_ blocker: UUID, _ blocked: UUID, on sql: any SQLDatabase) async throws {
        try await sql.delete(from: "user_blocks").where("blocker_id", .equal, SQLBind(blocker))
            .where("blocked_id", .equal, SQLBind(blocked)).run()
    }

    /// The people someone blocked, in the order they were blocked.
    static func blockedBy(_ blocker: UUID, on sql: any SQLDatabase) async throws -> [BlockedPerson] {
        try await sql.raw("""
            SELECT b.*, u.first_name, u.initial FROM user_blocks b JOIN users u ON u.id = b.blocked_id
            WHERE b.blocker_id = \(bind: blocker) ORDER BY b.created_at
            """).rows(BlockedPerson.self)
    }
}
