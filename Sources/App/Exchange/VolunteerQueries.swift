import Foundation
import GemeinsamCore
import SQLKit

/// Volunteer hours: logged by the helper after a match, confirmed by the other side, the kiosk team or an actor.
enum VolunteerQueries {
    struct Stored: Sendable {
        var id: UUID
        var helperID: UUID
        var confirmBy: String
        var confirmerID: UUID?
        var actorID: UUID?
        var kioskSiteID: Int?
        var entry: CoreExchange.HoursEntry
    }

    private static func stored(_ row: any SQLRow) throws -> Stored? {
        guard let date = try? CalendarDate(iso: try row.decode(column: "date", as: String.self)),
              let state = CoreExchange.HoursEntry.State(rawValue: try row.decode(column: "state", as: String.self))
        else { return nil }
        let id = try row.decode(column: "id", as: UUID.self)
        return Stored(
            id: id, helperID: try row.decode(column: "helper_id", as: UUID.self),
            confirmBy: try row.decode(column: "confirm_by", as: String.self),
            confirmerID: try row.decode(column: "confirmer_id", as: UUID?.self),
            actorID: try row.decode(column: "actor_id", as: UUID?.self),
            kioskSiteID: try row.decode(column: "kiosk_site_id", as: Int?.self),
            entry: .init(id: id.uuidString, date: date, minutes: try row.decode(column: "minutes", as: Int.self),
                         activity: try row.decode(column: "activity", as: String.self),
                         organisation: try row.decode(column: "organisation", as: String.self), state: state,
                         confirmedBy: try row.decode(column: "confirmed_by_name", as: String?.self)))
    }

    private static let columns = ["id", "helper_id", "confirm_by", "confirmer_id", "actor_id", "kiosk_site_id", "date", "minutes",
                                  "activity", "organisation", "state", "confirmed_by_name"]

    static func find(_ id: UUID, on sql: any SQLDatabase) async throws -> Stored? {
        try await sql.select().columns(columns).from("volunteer_hours").where("id", .equal, SQLBind(id)).first().flatMap(stored)
    }

    static func ofHelper(_ helper: UUID, on sql: any SQLDatabase) async throws -> [Stored] {
        try await sql.select().columns(columns).from("volunteer_hours").where("helper_id", .equal, SQLBind(helper))
            .orderBy("date", .descending).all().compactMap(stored)
    }

    struct PendingEntry: Sendable {
        var id: UUID
        var helperName: String
        var date: CalendarDate
        var minutes: Int
        var activity: String
    }

    private static func pending(where condition: SQLQueryString, on sql: any SQLDatabase) async throws -> [PendingEntry] {
        try await sql.raw("""
            SELECT h.id, h.date, h.minutes, h.activity, u.first_name, u.initial FROM volunteer_hours h
            JOIN users u ON u.id = h.helper_id WHERE h.state = 'pending' AND \(condition) ORDER BY h.date
            """).all().compactMap { row in
                guard let date = try? CalendarDate(iso: try row.decode(column: "date", as: String.self)) else { return nil }
                return PendingEntry(id: try row.decode(column: "id", as: UUID.self),
                                    helperName: PublicName.make(firstName: try row.decode(column: "first_name", as: String.self),
                                                                initial: try row.decode(column: "initial", as: String?.self)),
                                    date: date, minutes: try row.decode(column: "minutes", as: Int.self),
                                    activity: try row.decode(column: "activity", as: String.self))
            }
    }

    static func pendingForKiosk(_ siteID: Int, on sql: any SQLDatabase) async throws -> [PendingEntry] {
        try await pending(where: "h.confirm_by = 'kiosk' AND h.kiosk_site_id = \(bind: siteID)", on: sql)
    }

    static func pendingFor(confirmer: UUID, on sql: any SQLDatabase) async throws -> [PendingEntry] {
        try await pending(where: """
            h.helper_id <> \(bind: confirmer) AND (
              (h.confirm_by IN ('partner', 'actor') AND h.confirmer_id = \(bind: confirmer))
              OR (h.confirm_by = 'actor' AND h.actor_id IN (SELECT actor_id FROM actor_editors WHERE user_id = \(bind: confirmer))))
            """, on: sql)
    }

    struct Match: Sendable {
        var requestID: UUID
        var title: String
        var partnerName: String
        var partnerID: UUID?
        var kioskSiteID: Int?
        var kioskOrganisation: String?
    }

    /// Accepted contact requests the person took part in, as requester or as author.
    static func matches(of user: UUID, on sql: any SQLDatabase) async throws -> [Match] {
        try await sql.raw("""
            SELECT r.id, r.requester_id, l.title, l.author_id, l.public_name, l.kiosk_site_id, k.organisation,
                   ru.first_name, ru.initial
            FROM contact_requests r JOIN listings l ON l.id = r.listing_id JOIN users ru ON ru.id = r.requester_id
            LEFT JOIN kiosk_sites k ON k.id = l.kiosk_site_id
            WHERE r.status = 'accepted' AND (r.requester_id = \(bind: user) OR l.author_id = \(bind: user))
            ORDER BY r.decided_at DESC
            """).all().map { row in
                let requester = try row.decode(column: "requester_id", as: UUID.self)
                let isRequester = requester == user
                return Match(
                    requestID: try row.decode(column: "id", as: UUID.self), title: try row.decode(column: "title", as: String.self),
                    partnerName: isRequester ? try row.decode(column: "public_name", as: String.self)
                        : PublicName.make(firstName: try row.decode(column: "first_name", as: String.self),
                                          initial: try row.decode(column: "initial", as: String?.self)),
                    partnerID: isRequester ? try row.decode(column: "author_id", as: UUID?.self) : requester,
                    kioskSiteID: try row.decode(column: "kiosk_site_id", as: Int?.self),
                    kioskOrganisation: try row.decode(column: "organisation", as: String?.self))
            }
    }

    struct NewEntry: Sendable {
        var requestID: UUID?
        var helperID: UUID
        var date: CalendarDate
        var minutes: Int
        var activity: String
        var organisation: String
        var confirmBy: String
        var confirmerID: UUID?
        var actorID: UUID? = nil
        var kioskSiteID: Int?
        var state = "pending"
        var confirmedByName: String?
    }

    static func insert(_ e: NewEntry, on sql: any SQLDatabase) async throws -> UUID {
        let id = UUID()
        try await sql.insert(into: "volunteer_hours")
            .columns("id", "contact_request_id", "helper_id", "date", "minutes", "activity", "organisation", "confirm_by",
                     "confirmer_id", "actor_id", "kiosk_site_id", "state", "confirmed_by_name", "confirmed_at", "created_at")
            .values(SQLBind(id), SQLBind(e.requestID), SQLBind(e.helperID), SQLBind(e.date.iso), SQLBind(e.minutes),
                    SQLBind(e.activity), SQLBind(e.organisation), SQLBind(e.confirmBy), SQLBind(e.confirmerID), SQLBind(e.actorID),
                    SQLBind(e.kioskSiteID), SQLBind(e.state), SQLBind(e.confirmedByName),
                    SQLBind(e.state == "confirmed" ? Date().timeIntervalSince1970 : nil), SQLBind(Date().timeIntervalSince1970))
            .run()
        return id
    }

    static func decide(_ id: UUID, confirm: Bool, byName: String, on sql: any SQLDatabase) async throws {
        try await sql.update("volunteer_hours").set("state", to: SQLBind(confirm ? "confirmed" : "rejected"))
            .set("confirmed_by_name", to: SQLBind(byName)).set("confirmed_at", to: SQLBind(Date().timeIntervalSince1970))
            .where("id", .equal, SQLBind(id)).where("state", .equal, SQLBind("pending")).run()
    }
}
