import Foundation
import GemeinsamCore
import SQLKit

/// A contact request without any contact data: those are read only by `ContactQueries.revealed`, and only for
/// accepted requests.
struct ContactRequestRecord: Sendable {
    enum Status: String, Sendable { case pending, accepted, declined, withdrawn }

    var id: UUID
    var listingID: Int
    var requesterID: UUID
    var requesterName: String
    var message: String
    var status: Status
    /// "email" or "phone": which way was chosen, not the address or number itself.
    var requesterContactKind: String
    var createdAt: Double
    var decidedAt: Double?
    var callbackAttempts: Int
    var callbackDueOn: String?
    var callbackNote: String?

    var isOpenThread: Bool { status == .pending || status == .accepted }
}

struct ThreadMessage: Sendable {
    var id: UUID
    var senderID: UUID?
    var side: String
    var body: String
    var hidden: Bool
    var createdAt: Double
}

/// The contact ways both sides chose, after acceptance.
struct RevealedContacts: Sendable {
    struct Way: Sendable { var kind: String; var value: String }
    var requester: Way
    var author: Way
}

enum ContactQueries {
    private static let columns = """
        r.id, r.listing_id, r.requester_id, r.message, r.status, r.requester_contact, r.created_at, r.decided_at, \
        r.callback_attempts, r.callback_due_on, r.callback_note, u.first_name, u.initial
        """

    private static func record(_ row: any SQLRow) throws -> ContactRequestRecord? {
        guard let status = ContactRequestRecord.Status(rawValue: try row.decode(column: "status", as: String.self)) else { return nil }
        return ContactRequestRecord(
            id: try row.decode(column: "id", as: UUID.self), listingID: try row.decode(column: "listing_id", as: Int.self),
            requesterID: try row.decode(column: "requester_id", as: UUID.self),
            requesterName: PublicName.make(firstName: try row.decode(column: "first_name", as: String.self),
                                           initial: try row.decode(column: "initial", as: String?.self)),
            message: try row.decode(column: "message", as: String.self), status: status,
            requesterContactKind: try row.decode(column: "requester_contact", as: String.self),
            createdAt: try row.decode(column: "created_at", as: Double.self),
            decidedAt: try row.decode(column: "decided_at", as: Double?.self),
            callbackAttempts: try row.decode(column: "callback_attempts", as: Int.self),
            callbackDueOn: try row.decode(column: "callback_due_on", as: String?.self),
            callbackNote: try row.decode(column: "callback_note", as: String?.self))
    }

    static func find(_ id: UUID, on sql: any SQLDatabase) async throws -> ContactRequestRecord? {
        try await sql.raw("""
            SELECT \(unsafeRaw: columns) FROM contact_requests r JOIN users u ON u.id = r.requester_id
            WHERE r.id = \(bind: id)
            """).first().flatMap(record)
    }

    static func forListing(_ listingID: Int, on sql: any SQLDatabase) async throws -> [ContactRequestRecord] {
        try await sql.raw("""
            SELECT \(unsafeRaw: columns) FROM contact_requests r JOIN users u ON u.id = r.requester_id
            WHERE r.listing_id = \(bind: listingID) ORDER BY r.created_at
            """).all().compactMap(record)
    }

    static func byRequester(_ userID: UUID, on sql: any SQLDatabase) async throws -> [ContactRequestRecord] {
        try await sql.raw("""
            SELECT \(unsafeRaw: columns) FROM contact_requests r JOIN users u ON u.id = r.requester_id
            WHERE r.requester_id = \(bind: userID) ORDER BY r.created_at DESC
            """).all().compactMap(record)
    }

    /// Requests to the listings of an author.
    static func toAuthor(_ userID: UUID, on sql: any SQLDatabase) async throws -> [ContactRequestRecord] {
        try await sql.raw("""
            SELECT \(unsafeRaw: columns) FROM contact_requests r JOIN users u ON u.id = r.requester_id
            JOIN listings l ON l.id = r.listing_id
            WHERE l.author_id = \(bind: userID) ORDER BY r.created_at DESC
            """).all().compactMap(record)
    }

    /// Requests to the listings of some kiosks, open ones (pending, or accepted without a recorded outcome) first.
    static func forKiosks(_ siteIDs: [Int], on sql: any SQLDatabase) async throws -> [ContactRequestRecord] {
        guard !siteIDs.isEmpty else { return [] }
        return try await sql.raw("""
            SELECT \(unsafeRaw: columns) FROM contact_requests r JOIN users u ON u.id = r.requester_id
            JOIN listings l ON l.id = r.listing_id
            WHERE l.kiosk_site_id IN (\(unsafeRaw: siteIDs.map(String.init).joined(separator: ","))) AND r.status = 'pending'
            ORDER BY r.callback_due_on, r.created_at
            """).all().compactMap(record)
    }

    static func exists(listingID: Int, requesterID: UUID, on sql: any SQLDatabase) async throws -> Bool {
        try await sql.select().column("id").from("contact_requests")
            .where("listing_id", .equal, SQLBind(listingID)).where("requester_id", .equal, SQLBind(requesterID)).first() != nil
    }

    struct NewRequest: Sendable {
        var listingID: Int
        var requesterID: UUID
        var message: String
        var contactKind: String
        var phone: String?
        var callbackDueOn: String?
        var status = "pending"
        var createdAt = Date().timeIntervalSince1970
    }

    static func insert(_ r: NewRequest, on sql: any SQLDatabase) async throws -> UUID {
        let id = UUID()
        try await sql.insert(into: "contact_requests")
            .columns("id", "listing_id", "requester_id", "message", "requester_contact", "requester_phone", "status",
                     "created_at", "callback_attempts", "callback_due_on")
            .values(SQLBind(id), SQLBind(r.listingID), SQLBind(r.requesterID), SQLBind(r.message), SQLBind(r.contactKind),
                    SQLBind(r.phone), SQLBind(r.status), SQLBind(r.createdAt), SQLBind(0), SQLBind(r.callbackDueOn))
            .run()
        return id
    }

    /// Accepts a pending request with the author's contact way. Returns false when it was not pending any more.
    static func accept(_ id: UUID, authorContact: String, authorPhone: String?, on sql: any SQLDatabase) async throws -> Bool {
        guard try await find(id, on: sql)?.status == .pending else { return false }
        try await sql.update("contact_requests")
            .set("status", to: SQLBind("accepted")).set("author_contact", to: SQLBind(authorContact))
            .set("author_phone", to: SQLBind(authorPhone)).set("decided_at", to: SQLBind(Date().timeIntervalSince1970))
            .where("id", .equal, SQLBind(id)).where("status", .equal, SQLBind("pending")).run()
        return true
    }

    static func setStatus(_ id: UUID, to status: ContactRequestRecord.Status, on sql: any SQLDatabase) async throws {
        try await sql.update("contact_requests").set("status", to: SQLBind(status.rawValue))
            .set("decided_at", to: SQLBind(Date().timeIntervalSince1970)).where("id", .equal, SQLBind(id)).run()
    }

    /// The contact ways of both sides, only for an accepted request (checked in the query itself).
    static func revealed(_ id: UUID, on sql: any SQLDatabase) async throws -> RevealedContacts? {
        guard let row = try await sql.raw("""
            SELECT r.requester_contact, r.requester_phone, r.author_contact, r.author_phone, ru.email AS requester_email,
                   au.email AS author_email, l.visitor_phone, k.name AS kiosk_name, k.phone AS kiosk_phone, k.address AS kiosk_address
            FROM contact_requests r JOIN listings l ON l.id = r.listing_id JOIN users ru ON ru.id = r.requester_id
            LEFT JOIN users au ON au.id = l.author_id LEFT JOIN kiosk_sites k ON k.id = l.kiosk_site_id
            WHERE r.id = \(bind: id) AND r.status = 'accepted'
            """).first()
        else { return nil }
        func way(kind: String, phone: String?, email: String?) -> RevealedContacts.Way {
            kind == "phone" ? .init(kind: "phone", value: phone ?? "") : .init(kind: "email", value: email ?? "")
        }
        let requester = way(kind: try row.decode(column: "requester_contact", as: String.self),
                            phone: try row.decode(column: "requester_phone", as: String?.self),
                            email: try row.decode(column: "requester_email", as: String?.self))
        let authorKind = try row.decode(column: "author_contact", as: String?.self) ?? "email"
        let author: RevealedContacts.Way
        switch authorKind {
        case "kiosk":
            author = .init(kind: "kiosk", value: German.Exchange.viaKioskContact(
                try row.decode(column: "kiosk_name", as: String?.self) ?? "",
                phone: try row.decode(column: "kiosk_phone", as: String?.self) ?? "",
                address: try row.decode(column: "kiosk_address", as: String?.self) ?? ""))
        case "visitorPhone":
            author = .init(kind: "phone", value: try row.decode(column: "visitor_phone", as: String?.self) ?? "")
        default:
            author = way(kind: authorKind, phone: try row.decode(column: "author_phone", as: String?.self),
                         email: try row.decode(column: "author_email", as: String?.self))
        }
        return RevealedContacts(requester: requester, author: author)
    }

    // MARK: messages

    static func messages(_ requestID: UUID, on sql: any SQLDatabase) async throws -> [ThreadMessage] {
        try await sql.select().columns("id", "sender_id", "sender_side", "body", "hidden", "created_at")
            .from("exchange_messages").where("contact_request_id", .equal, SQLBind(requestID)).orderBy("created_at").all()
            .map { row in
                ThreadMessage(id: try row.decode(column: "id", as: UUID.self),
                              senderID: try row.decode(column: "sender_id", as: UUID?.self),
                              side: try row.decode(column: "sender_side", as: String.self),
                              body: try row.decode(column: "body", as: String.self),
                              hidden: try row.decode(column: "hidden", as: Bool.self),
                              createdAt: try row.decode(column: "created_at", as: Double.self))
            }
    }

    static func addMessage(_ requestID: UUID, sender: UUID?, side: String, body: String, on sql: any SQLDatabase) async throws {
        try await sql.insert(into: "exchange_messages")
            .columns("id", "contact_request_id", "sender_id", "sender_side", "body", "hidden", "created_at")
            .values(SQLBind(UUID()), SQLBind(requestID), SQLBind(sender), SQLBind(side), SQLBind(body), SQLBind(false),
                    SQLBind(Date().timeIntervalSince1970))
            .run()
    }

    /// The request a message belongs to.
    static func requestOfMessage(_ messageID: UUID, on sql: any SQLDatabase) async throws -> (request: UUID, sender: UUID?)? {
        guard let row = try await sql.select().columns("contact_request_id", "sender_id").from("exchange_messages")
            .where("id", .equal, SQLBind(messageID)).first() else { return nil }
        return (try row.decode(column: "contact_request_id", as: UUID.self), try row.decode(column: "sender_id", as: UUID?.self))
    }

    // MARK: blocks

    /// Whether either person has blocked the other.
    static func blocked(_ a: UUID, _ b: UUID, on sql: any SQLDatabase) async throws -> Bool {
        try await sql.raw("""
            SELECT blocker_id FROM user_blocks WHERE (blocker_id = \(bind: a) AND blocked_id = \(bind: b))
               OR (blocker_id = \(bind: b) AND blocked_id = \(bind: a))
            """).first() != nil
    }

    static func block(_ blocker: UUID, _ blocked: UUID, on sql: any SQLDatabase) async throws {
        guard blocker != blocked else { return }
        let exists = try await sql.select().column("blocker_id").from("user_blocks")
            .where("blocker_id", .equal, SQLBind(blocker)).where("blocked_id", .equal, SQLBind(blocked)).first() != nil
        if exists { return }
        try await sql.insert(into: "user_blocks").columns("blocker_id", "blocked_id", "created_at")
            .values(SQLBind(blocker), SQLBind(blocked), SQLBind(Date().timeIntervalSince1970)).run()
    }

    static func unblock(_ blocker: UUID, _ blocked: UUID, on sql: any SQLDatabase) async throws {
        try await sql.delete(from: "user_blocks").where("blocker_id", .equal, SQLBind(blocker))
            .where("blocked_id", .equal, SQLBind(blocked)).run()
    }

    /// The people someone blocked, by public name.
    static func blockedBy(_ blocker: UUID, on sql: any SQLDatabase) async throws -> [(id: UUID, name: String)] {
        try await sql.raw("""
            SELECT u.id, u.first_name, u.initial FROM user_blocks b JOIN users u ON u.id = b.blocked_id
            WHERE b.blocker_id = \(bind: blocker) ORDER BY b.created_at
            """).all().map { row in
                (try row.decode(column: "id", as: UUID.self),
                 PublicName.make(firstName: try row.decode(column: "first_name", as: String.self),
                                 initial: try row.decode(column: "initial", as: String?.self)))
            }
    }
}
