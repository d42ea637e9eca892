import Foundation
import GemeinsamCore
import SQLKit

/// Daily digests: "new listings in my Quartier in these categories", one mail per subscriber and day.
enum DigestQueries {
    static func subscription(of user: UUID, on sql: any SQLDatabase) async throws -> DigestSubscriptionRow? {
        try await sql.select().column("*").from("digest_subscriptions").where("user_id", .equal, SQLBind(user))
            .row(DigestSubscriptionRow.self)
    }

    static func subscribe(_ user: UUID, areaID: Int, categories: Set<CoreExchange.Category>, now: Date,
                          on sql: any SQLDatabase) async throws {
        let list = DigestSubscriptionRow.text(categories)
        if try await subscription(of: user, on: sql) != nil {
            try await sql.update("digest_subscriptions").set("area_id", to: SQLBind(areaID)).set("categories", to: SQLBind(list))
                .where("user_id", .equal, SQLBind(user)).run()
        } else {
            let at = now.timeIntervalSince1970
            try await sql.insert(into: "digest_subscriptions").columns("user_id", "area_id", "categories", "created_at", "last_sent_at")
                .values(SQLBind(user), SQLBind(areaID), SQLBind(list), SQLBind(at), SQLBind(at)).run()
        }
    }

    static func unsubscribe(_ user: UUID, on sql: any SQLDatabase) async throws {
        try await sql.delete(from: "digest_subscriptions").where("user_id", .equal, SQLBind(user)).run()
    }

    /// Claims the digest of `day` for this instance; false when another run (or instance) already had it.
    static func claim(day: CalendarDate, now: Date, on sql: any SQLDatabase) async throws -> Bool {
        if try await sql.select().column("*").from("digest_runs").where("day", .equal, SQLBind(day.iso))
            .row(DigestRunRow.self) != nil {
            return false
        }
        do {
            try await sql.insert(into: "digest_runs").columns("day", "at")
                .values(SQLBind(day.iso), SQLBind(now.timeIntervalSince1970)).run()
            return true
        } catch {
            return false
        }
    }

    /// Writes one digest mail per subscriber with new fitting listings into the outbox. Returns the number of mails.
    /// Without `force`, each day is sent only once (across all instances).
    static func send(today: CalendarDate, now: Date, force: Bool = false, publicURL: String, geography: GeographySnapshot,
                     on sql: any SQLDatabase) async throws -> Int {
        if !force, try await !claim(day: today, now: now, on: sql) { return 0 }
        let subscribers = try await sql.raw("""
            SELECT s.*, u.email FROM digest_subscriptions s JOIN users u ON u.id = s.user_id
            """).rows(Joined<DigestSubscriptionRow, AccountEmail>.self)
        var mails = 0
        for subscriber in subscribers {
            let s = subscriber.row
            let listings = try await sql.raw("""
                \(unsafeRaw: Listing.select)
                WHERE l.area_id = \(bind: s.areaID) AND l.created_at > \(bind: s.lastSentAt) AND l.status = 'open'
                  AND l.hidden = \(false) AND l.valid_until >= \(bind: today.iso)
                ORDER BY l.created_at DESC LIMIT 200
                """).rows(Listing.self)
            let byID = Dictionary(listings.map { ($0.id, $0) }, uniquingKeysWith: { a, _ in a })
            let items = listings.map { l in
                CoreExchange.Digest.Item(id: l.id, areaID: l.areaID, category: l.category, createdAt: l.createdAt,
                                         status: l.status, validUntil: l.validUntil, ownerKey: l.authorID.map { "user:\($0)" })
            }
            let selection = CoreExchange.Digest.select(
                for: .init(subscriberKey: "user:\(s.userID)", areaID: s.areaID, categories: Set(s.categoryList),
                           since: s.lastSentAt),
                from: items, today: today)
            if !selection.isEmpty {
                let quartier = geography.areas[s.areaID]
                let text = Texts.ExchangeMail.digestText(
                    quartier: quartier?.name ?? "", listings: selection.itemIDs.compactMap { byID[$0] }.map {
                        (line: Texts.ExchangeMail.digestLine($0.kind, title: $0.title, category: $0.category, name: $0.publicName),
                         url: SiteURL.listing($0.id).absoluteURL(base: publicURL))
                    }, more: selection.moreCount)
                try await Outbox.enqueue(userID: s.userID, to: subscriber.email,
                                         subject: Texts.ExchangeMail.digestSubject(quartier?.name ?? ""), text: text,
                                         link: .boerse(.quartier(quartier?.slug ?? "")), kind: .digest, now: now,
                                         publicURL: publicURL, on: sql)
                mails += 1
            }
            try await sql.update("digest_subscriptions").set("last_sent_at", to: SQLBind(now.timeIntervalSince1970))
                .where("user_id", .equal, SQLBind(s.userID)).run()
        }
        return mails
    }
}
