import Foundation
import GemeinsamCore
import SQLKit
import Vapor

/// Every notification is a row in the outbox: listed in the recipient's account and delivered by mail in the
/// background. Mails never contain contact data, only a link to the page.
enum Outbox {
    /// Queues a mail to an account's address.
    /// The subject and text are written in the recipient's language, whoever caused the mail.
    static func notify(userID: UUID, subject: @autoclosure () -> String, text: @autoclosure () -> String, link: SiteURL?,
                       kind: NotificationKind, now: Date, publicURL: String, on sql: any SQLDatabase) async throws {
        guard let row = try await sql.select().column("email").column("language").from("users")
            .where("id", .equal, SQLBind(userID)).first() else { return }
        let email = try row.decode(column: "email", as: String.self)
        let language = try row.decode(column: "language", as: String?.self).flatMap(Language.withCode) ?? .german
        let mail = UIText.with(language) {
            (subject: subject(), body: body(text(), link: link, publicURL: publicURL), link: link?.unprefixedPath)
        }
        try await insert(userID: userID, to: email, mail, kind: kind, now: now, on: sql)
    }

    /// The same mail to several accounts (a kiosk team, an actor's editors).
    static func notify(userIDs: [UUID], subject: @autoclosure () -> String, text: @autoclosure () -> String,
                       link: SiteURL?, kind: NotificationKind, now: Date, publicURL: String,
                       on sql: any SQLDatabase) async throws {
        for userID in userIDs {
            try await notify(userID: userID, subject: subject(), text: text(), link: link, kind: kind, now: now,
                             publicURL: publicURL, on: sql)
        }
    }

    /// A mail to an address, in the language of the request that causes it (the person is the one asking).
    static func enqueue(userID: UUID?, to address: String, subject: String, text: String, link: SiteURL?,
                        kind: NotificationKind, now: Date, publicURL: String, on sql: any SQLDatabase) async throws {
        let mail = (subject: subject, body: body(text, link: link, publicURL: publicURL), link: link?.unprefixedPath)
        try await insert(userID: userID, to: address, mail, kind: kind, now: now, on: sql)
    }

    private static func body(_ text: String, link: SiteURL?, publicURL: String) -> String {
        var body = text
        if let link { body += "\n\n" + Texts.Mail.open(link.absoluteURL(base: publicURL)) }
        return FallbackMarks.strip(body + "\n\n-- \n" + Texts.Mail.footer)
    }

    private static func insert(userID: UUID?, to address: String, _ mail: (subject: String, body: String, link: String?),
                               kind: NotificationKind, now: Date, on sql: any SQLDatabase) async throws {
        try await sql.insert(into: "outbox")
            .columns("id", "user_id", "to_address", "subject", "body", "link", "kind", "created_at", "attempts")
            .values(SQLBind(UUID()), SQLBind(userID), SQLBind(address),
                    SQLBind(String(FallbackMarks.strip(mail.subject).prefix(200))), SQLBind(mail.body),
                    SQLBind(mail.link), SQLBind(kind.rawValue), SQLBind(now.timeIntervalSince1970), SQLBind(0))
            .run()
    }

    /// An account's notifications, newest first.
    static func forUser(_ userID: UUID, limit: Int = 100, on sql: any SQLDatabase) async throws -> [OutboxRow] {
        try await sql.select().column("*").from("outbox")
            .where("user_id", .equal, SQLBind(userID)).orderBy("created_at", .descending).limit(limit).rows(OutboxRow.self)
    }

    struct DeliveryResult: Sendable, Equatable, CustomStringConvertible {
        var sent = 0
        var failed = 0
        var waiting = 0
        var unavailable: String?
        var description: String { Texts.Mail.deliveryResult(sent: sent, failed: failed, waiting: waiting, unavailable: unavailable) }
    }

    /// A mail that failed this often is given up (it stays listed in the account).
    static let maximumAttempts = 10

    /// Sends queued mails (oldest first, at most `limit`). Stops at once when the transport is unavailable; the
    /// mails stay queued.
    static func deliver(transport: any MailTransport, from: String, limit: Int = 200, now: Date,
                        on sql: any SQLDatabase) async throws -> DeliveryResult {
        var result = DeliveryResult()
        let queued = try await sql.select().column("*").from("outbox")
            .where("sent_at", .is, SQLLiteral.null).where("attempts", .lessThan, SQLBind(maximumAttempts))
            .orderBy("created_at").limit(limit).rows(OutboxRow.self)
        for row in queued {
            let mail = OutgoingMail(id: row.id, from: from, to: row.toAddress, subject: row.subject, body: row.body, date: now)
            do {
                try await transport.send(mail)
                try await sql.update("outbox").set("sent_at", to: SQLBind(now.timeIntervalSince1970))
                    .set("last_error", to: SQLLiteral.null).where("id", .equal, SQLBind(row.id)).run()
                result.sent += 1
            } catch MailTransportError.unavailable(let why) {
                result.unavailable = why
                break
            } catch {
                let why: String = if case let MailTransportError.failed(text) = error { text } else { String(describing: type(of: error)) }
                try await sql.raw("UPDATE outbox SET attempts = attempts + 1, last_error = \(bind: why) WHERE id = \(bind: row.id)").run()
                result.failed += 1
            }
        }
        result.waiting = try await sql.select().column(SQLFunction("COUNT", args: SQLLiteral.all), as: "n").from("outbox")
            .where("sent_at", .is, SQLLiteral.null).where("attempts", .lessThan, SQLBind(maximumAttempts)).first()?
            .decode(column: "n", as: Int.self) ?? 0
        return result
    }

    /// How long sent mails stay in the outbox (and in the person's notification list); account mails carry
    /// single-use links and go after a day. Mails that could not be delivered go after the same time.
    static let keptDays = 30.0
    static let accountMailKeptDays = 1.0

    /// Deletes mails past their retention (the `mail.retention` job); returns how many.
    @discardableResult
    static func deleteOld(now: Date, on sql: any SQLDatabase) async throws -> Int {
        let day = 86_400.0
        let accountKinds = NotificationKind.allCases.filter(\.isAccountMail).map(\.rawValue)
        let account = try await sql.delete(from: "outbox").where("kind", .in, accountKinds)
            .where("created_at", .lessThan, now.timeIntervalSince1970 - accountMailKeptDays * day)
            .returning("id").all().count
        let other = try await sql.delete(from: "outbox")
            .where("created_at", .lessThan, now.timeIntervalSince1970 - keptDays * day)
            .returning("id").all().count
        return account + other
    }
}

