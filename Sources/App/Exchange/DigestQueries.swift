import Foundation
import GemeinsamCore
import SQLKit

/// Daily digests: "new listings in my Quartier in these categories", one mail per subscriber and day.
enum DigestQueries {
    struct Subscription: Sendable {
        var areaID: Int
        var categories: [CoreExchange.Category]
        var lastSentAt: Double
    }

    static func subscription(of user: UUID, on sql: any SQLDatabase) async throws -> Subscription? {
        guard let row = try await sql.select().columns("area_id", "categories", "last_sent_at").from("digest_subscriptions")
            .where("user_id", .equal, SQLBind(user)).first() else { return nil }
        return Subscription(areaID: try row.decode(column: "area_id", as: Int.self),
                            categories: try row.decode(column: "categories", as: String.self).split(separator: ",")
                                .compactMap { CoreExchange.Category(rawValue: String($0)) },
                            lastSentAt: try row.decode(column: "last_sent_at", as: Double.self))
    }

    static func subscribe(_ user: UUID, areaID: Int, categories: Set<CoreExchange.Category>, on sql: any SQLDatabase) async throws {
        let list = CoreExchange.Category.allCases.filter(categories.contains).map(\.rawValue).joined(separator: ",")
        if try await subscription(of: user, on: sql) != nil {
            try await sql.update("digest_subscriptions").set("area_id", to: SQLBind(areaID)).set("categories", to: SQLBind(list))
                .where("user_id", .equal, SQLBind(user)).run()
        } else {
            let now = Date().timeIntervalSince1970
            try await sql.insert(into: "digest_subscriptions").columns("user_id", "area_id", "categories", "created_at", "last_sent_at")
                .values(SQLBind(user), SQLBind(areaID), SQLBind(list), SQLBind(now), SQLBind(now)).run()
        }
    }

    static func unsubscribe(_ user: UUID, on sql: any SQLDatabase) async throws {
        try await sql.delete(from: "digest_subscriptions").where("user_id", .equal, SQLBind(user)).run()
    }

    /// Claims the digest of `day` for this instance; false when another run (or instance) already had it.
    static func claim(day: CalendarDate, on sql: any SQLDatabase) async throws -> Bool {
        if try await sql.select().column("day").from("digest_runs").where("day", .equal, SQLBind(day.iso)).first() != nil {
            return false
        }
        do {
            try await sql.insert(into: "digest_runs").columns("day", "at")
                .values(SQLBind(day.iso), SQLBind(Date().timeIntervalSince1970)).run()
            return true
        } catch {
            return false
        }
    }

    /// Writes one digest mail per subscriber with new fitting listings into the outbox. Returns the number of mails.
    /// Without `force`, each day is sent only once (across all instances).
    static func send(today: CalendarDate, now: Date = Date(), force: Bool = false, publicURL: String, geography: GeographySnapshot,
                     on sql: any SQLDatabase) async throws -> Int {
        if !force, try await !claim(day: today, on: sql) { return 0 }
        let subscribers = try await sql.raw("""
            SELECT s.user_id, s.area_id, s.categories, s.last_sent_at, u.email FROM digest_subscriptions s
            JOIN users u ON u.id = s.user_id
            """).all()
        var mails = 0
        for row in subscribers {
            let user = try row.decode(column: "user_id", as: UUID.self)
            let areaID = try row.decode(column: "area_id", as: Int.self)
            let since = try row.decode(column: "last_sent_at", as: Double.self)
            let categories = Set(try row.decode(column: "categories", as: String.self).split(separator: ",")
                .compactMap { CoreExchange.Category(rawValue: String($0)) })
            let rows = try await sql.raw("""
                SELECT \(unsafeRaw: ListingQueries.cardColumns), l.author_id FROM listings l
                LEFT JOIN kiosk_sites k ON k.id = l.kiosk_site_id
                WHERE l.area_id = \(bind: areaID) AND l.created_at > \(bind: since) AND l.status = 'open'
                  AND l.hidden = \(false) AND l.valid_until >= \(bind: today.iso)
                ORDER BY l.created_at DESC LIMIT 200
                """).all()
            var cards: [Int: ListingCard] = [:]
            var items: [CoreExchange.Digest.Item] = []
            for r in rows {
                guard let c = try ListingQueries.card(r) else { continue }
                cards[c.id] = c
                items.append(.init(id: c.id, areaID: c.areaID, category: c.category, createdAt: c.createdAt, status: c.storedStatus,
                                   validUntil: c.validUntil,
                                   ownerKey: try r.decode(column: "author_id", as: UUID?.self).map { "user:\($0)" }))
            }
            let selection = CoreExchange.Digest.select(
                for: .init(subscriberKey: "user:\(user)", areaID: areaID, categories: categories, since: since),
                from: items, today: today)
            if !selection.isEmpty {
                let quartier = geography.areas[areaID]?.name ?? ""
                var lines = [German.Exchange.mailDigestIntro(quartier), ""]
                for id in selection.itemIDs {
                    guard let c = cards[id] else { continue }
                    lines.append("• \(German.Exchange.kind(c.kind)): \(c.title) (\(German.Exchange.category(c.category)), \(c.publicName))")
                    lines.append("  " + SiteURL.listing(c.id).absoluteURL(base: publicURL))
                }
                if selection.moreCount > 0 { lines.append(German.Exchange.mailDigestMore(selection.moreCount)) }
                lines.append("")
                lines.append(German.Exchange.mailDigestUnsubscribe)
                try await Outbox.enqueue(userID: user, to: try row.decode(column: "email", as: String.self),
                                         subject: "\(German.Exchange.mailDigestSubject): \(quartier)",
                                         text: lines.joined(separator: "\n"), link: .boerse(.quartier(geography.areas[areaID]?.slug ?? "")),
                                         kind: "digest", publicURL: publicURL, on: sql)
                mails += 1
            }
            try await sql.update("digest_subscriptions").set("last_sent_at", to: SQLBind(now.timeIntervalSince1970))
                .where("user_id", .equal, SQLBind(user)).run()
        }
        return mails
    }
}
