import Foundation
import GemeinsamCore
import SQLKit

/// Volunteer hours: logged by the helper after a match, confirmed by the other side, the kiosk team or an actor.
enum VolunteerQueries {
    static func find(_ id: UUID, on sql: any SQLDatabase) async throws -> VolunteerHoursRow? {
        try await sql.select().column("*").from("volunteer_hours").where("id", .equal, SQLBind(id)).row(VolunteerHoursRow.self)
    }

    static func ofHelper(_ helper: UUID, on sql: any SQLDatabase) async throws -> [VolunteerHoursRow] {
        try await sql.select().column("*").from("volunteer_hours").where("helper_id", .equal, SQLBind(helper))
            .orderBy("date", .descending).rows(VolunteerHoursRow.self)
    }

    private static func pending(where condition: SQLQueryString, on sql: any SQLDatabase) async throws -> [PendingHours] {
        try await sql.raw("""
            SELECT h.*, u.first_name, u.initial FROM volunteer_hours h
            JOIN users u ON u.id = h.helper_id WHERE h.state = 'pending' AND \(condition) ORDER BY h.date
            """).rows(PendingHours.self)
    }

    static func pendingForKiosk(_ siteID: Int, on sql: any SQLDatabase) async throws -> [PendingHours] {
        try await pending(where: "h.confirm_by = 'kiosk' AND h.kiosk_site_id = \(bind: siteID)", on: sql)
    }

    static func pendingFor(confirmer: UUID, on sql: any SQLDatabase) async throws -> [PendingHours] {
        try await pending(where: """
            h.helper_id <> \(bind: confirmer) AND (
              (h.confirm_by IN ('partner', 'actor') AND h.confirmer_id = \(bind: confirmer))
              OR (h.confirm_by = 'actor' AND h.actor_id IN (SELECT actor_id FROM actor_editors WHERE user_id = \(bind: confirmer))))
            """, on: sql)
    }

    /// What an accepted request adds to its listing: the request, the requester, the kiosk's operator.
    struct MatchColumns: Decodable, Sendable {
        var requestID: UUID
        var requesterID: UUID
        var kioskOrganisation: String?
        var requester: PersonName

        private enum Keys: String, CodingKey { case requestID, requesterID, kioskOrganisation }

        init(from decoder: any Decoder) throws {
            let columns = try decoder.container(keyedBy: Keys.self)
            requestID = try columns.decode(UUID.self, forKey: .requestID)
            requesterID = try columns.decode(UUID.self, forKey: .requesterID)
            kioskOrganisation = try columns.decodeIfPresent(String.self, forKey: .kioskOrganisation)
            requester = try PersonName(from: decoder)
        }
    }

    /// An accepted contact request someone took part in, with its listing.
    typealias Match = Joined<ListingRow, MatchColumns>

    /// Accepted contact requests the person took part in, as requester or as author.
    static func matches(of user: UUID, on sql: any SQLDatabase) async throws -> [Match] {
        try await sql.raw("""
            SELECT \(unsafeRaw: ListingRow.columns), r.id AS request_id, r.requester_id, k.organisation AS kiosk_organisation,
                   ru.first_name, ru.initial
            FROM contact_requests r JOIN listings l ON l.id = r.listing_id JOIN users ru ON ru.id = r.requester_id
            LEFT JOIN kiosk_sites k ON k.id = l.kiosk_site_id
            WHERE r.status = 'accepted' AND (r.requester_id = \(bind: user) OR l.author_id = \(bind: user))
            ORDER BY r.decided_at DESC
            """).rows(Match.self)
    }

    static func insert(_ e: VolunteerHoursRow, on sql: any SQLDatabase) async throws {
        try await sql.insert(into: "volunteer_hours")
            .columns("id", "contact_request_id", "helper_id", "date", "minutes", "activity", "organisation", "confirm_by",
                     "confirmer_id", "actor_id", "kiosk_site_id", "state", "confirmed_by_name", "confirmed_at", "created_at")
            .values(SQLBind(e.id), SQLBind(e.contactRequestID), SQLBind(e.helperID), SQLBind(e.date.iso), SQLBind(e.minutes),
                    SQLBind(e.activity), SQLBind(e.organisation), SQLBind(e.confirmBy), SQLBind(e.confirmerID), SQLBind(e.actorID),
                    SQLBind(e.kioskSiteID), SQLBind(e.state.rawValue), SQLBind(e.confirmedByName), SQLBind(e.confirmedAt),
                    SQLBind(e.createdAt))
            .run()
    }

    static func decide(_ id: UUID, confirm: Bool, byName: String, now: Date, on sql: any SQLDatabase) async throws {
        try await sql.update("volunteer_hours").set("state", to: SQLBind(confirm ? "confirmed" : "rejected"))
            .set("confirmed_by_name", to: SQLBind(byName)).set("confirmed_at", to: SQLBind(now.timeIntervalSince1970))
            .where("id", .equal, SQLBind(id)).where("state", .equal, SQLBind("pending")).run()
    }
}

extension Joined where Row == ListingRow, Extra == VolunteerQueries.MatchColumns {
    /// The other side, seen from `user`: name and account (none for a kiosk visitor).
    func partner(of user: UUID) -> (name: String, id: UUID?) {
        extra.requesterID == user ? (row.publicName, row.authorID)
            : (extra.requester.publicName ?? "", extra.requesterID)
    }
}
