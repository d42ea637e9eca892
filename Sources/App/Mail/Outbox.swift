import Foundation
import SQLKit
import Vapor

/// Every notification is a row in the outbox: listed in the recipient's account and delivered by mail in the
/// background. Mails never contain contact data, only a link to the page.
enum Outbox {
    struct Entry: Sendable {
        var id: UUID
        var subject: String
        var body: String
        var link: String?
        var createdAt: Double
        var sentAt: Double?
    }

    /// Queues a mail to an account's address.
    static func notify(userID: UUID, subject: String, text: String, link: SiteURL?, kind: String,
                       publicURL: String, on sql: any SQLDatabase) async throws {
        guard let email = try await sql.select().column("email").from("users").where("id", .equal, SQLBind(userID))
            .first()?.decode(column: "email", as: String.self) else { return }
        try await enqueue(userID: userID, to: email, subject: subject, text: text, link: link, kind: kind,
                          publicURL: publicURL, on: sql)
    }

    static func enqueue(userID: UUID?, to address: String, subject: String, text: String, link: SiteURL?, kind: String,
                        publicURL: String, on sql: any SQLDatabase) async throws {
        var body = text
        if let link { body += "\n\n" + German.Exchange.mailOpen(link.absoluteURL(base: publicURL)) }
        body += "\n\n-- \n" + German.Exchange.mailFooter
        try await sql.insert(into: "outbox")
            .columns("id", "user_id", "to_address", "subject", "body", "link", "kind", "created_at", "attempts")
            .values(SQLBind(UUID()), SQLBind(userID), SQLBind(address), SQLBind(String(subject.prefix(200))), SQLBind(body),
                    SQLBind(link?.path), SQLBind(kind), SQLBind(Date().timeIntervalSince1970), SQLBind(0))
            .run()
    }

    static func forUser(_ userID: UUID, limit: Int = 100, on sql: any SQLDatabase) async throws -> [Entry] {
        try await sql.select().columns("id", "subject", "body", "link", "created_at", "sent_at").from("outbox")
            .where("user_id", .equal, SQLBind(userID)).orderBy("created_at", .descending).limit(limit).all()
            .map { row in
                Entry(id: try row.decode(column: "id", as: UUID.self), subject: try row.decode(column: "subject", as: String.self),
                      body: try row.decode(column: "body", as: String.self), link: try row.decode(column: "link", as: String?.self),
                      createdAt: try row.decode(column: "created_at", as: Double.self),
                      sentAt: try row.decode(column: "sent_at", as: Double?.self))
            }
    }

    struct DeliveryResult: Sendable, Equatable, CustomStringConvertible {
        var sent = 0
        var failed = 0
        var waiting = 0
        var unavailable: String?
        var description: String {
            var text = "\(sent) verschickt, \(failed) fehlgeschlagen, \(waiting) warten"
            if let unavailable { text += " (Versand nicht möglich: \(unavailable))" }
            return text
        }
    }

    /// Sends queued mails (oldest first, at most `limit`). Stops at once when the transport is unavailable; the
    /// mails stay queued. A mail that failed 10 times is given up (it stays listed in the account).
    static func deliver(transport: any MailTransport, from: String, limit: Int = 200,
                        on sql: any SQLDatabase) async throws -> DeliveryResult {
        var result = DeliveryResult()
        let rows = try await sql.select().columns("id", "to_address", "subject", "body", "created_at").from("outbox")
            .where("sent_at", .is, SQLLiteral.null).where("attempts", .lessThan, SQLBind(10))
            .orderBy("created_at").limit(limit).all()
        for row in rows {
            let id = try row.decode(column: "id", as: UUID.self)
            let mail = OutgoingMail(id: id, from: from, to: try row.decode(column: "to_address", as: String.self),
                                    subject: try row.decode(column: "subject", as: String.self),
                                    body: try row.decode(column: "body", as: String.self), date: Date())
            do {
                try await transport.send(mail)
                try await sql.update("outbox").set("sent_at", to: SQLBind(Date().timeIntervalSince1970))
                    .set("last_error", to: SQLLiteral.null).where("id", .equal, SQLBind(id)).run()
                result.sent += 1
            } catch MailTransportError.unavailable(let why) {
                result.unavailable = why
                break
            } catch {
                let why: String = if case let MailTransportError.failed(text) = error { text } else { String(describing: type(of: error)) }
                try await sql.raw("UPDATE outbox SET attempts = attempts + 1, last_error = \(bind: why) WHERE id = \(bind: id)").run()
                result.failed += 1
            }
        }
        result.waiting = try await sql.select().column(SQLFunction("COUNT", args: SQLLiteral.all), as: "n").from("outbox")
            .where("sent_at", .is, SQLLiteral.null).where("attempts", .lessThan, SQLBind(10)).first()?
            .decode(column: "n", as: Int.self) ?? 0
        return result
    }
}
