import Foundation
import SQLKit

/// Kiosks, their teams, and what only a kiosk team reads: the visitor's contact of a kiosk listing.
enum KioskQueries {
    static func all(on sql: any SQLDatabase) async throws -> [KioskSiteRow] {
        try await sql.select().column("*").from("kiosk_sites").orderBy("name").rows(KioskSiteRow.self)
    }

    static func find(_ id: Int, on sql: any SQLDatabase) async throws -> KioskSiteRow? {
        try await sql.select().column("*").from("kiosk_sites").where("id", .equal, SQLBind(id)).row(KioskSiteRow.self)
    }

    /// The kiosks a staff member is bound to. Only accounts with the kioskStaff role count.
    static func sites(ofStaff user: CurrentUser, on sql: any SQLDatabase) async throws -> [KioskSiteRow] {
        guard user.has(.kioskStaff) else { return [] }
        return try await sites(ofMember: user.id, on: sql)
    }

    /// The kiosks whose team an account is on, whatever its roles (the data export).
    static func sites(ofMember userID: UUID, on sql: any SQLDatabase) async throws -> [KioskSiteRow] {
        try await sql.raw("""
            SELECT k.* FROM kiosk_sites k JOIN kiosk_site_staff s ON s.site_id = k.id
            WHERE s.user_id = \(bind: userID) ORDER BY k.name
            """).rows(KioskSiteRow.self)
    }

    static func isStaff(_ user: CurrentUser?, of siteID: Int?, on sql: any SQLDatabase) async throws -> Bool {
        guard let user, let siteID, user.has(.kioskStaff) else { return false }
        return try await membership(siteID: siteID, userID: user.id, on: sql) != nil
    }

    private static func membership(siteID: Int, userID: UUID, on sql: any SQLDatabase) async throws -> KioskStaffRow? {
        try await sql.select().column("*").from("kiosk_site_staff")
            .where("site_id", .equal, SQLBind(siteID)).where("user_id", .equal, SQLBind(userID)).row(KioskStaffRow.self)
    }

    /// The kiosk of this name, if there is one.
    static func named(_ name: String, on sql: any SQLDatabase) async throws -> KioskSiteRow? {
        try await sql.select().column("*").from("kiosk_sites").where("name", .equal, SQLBind(name)).row(KioskSiteRow.self)
    }

    /// Inserts a kiosk and returns its id; nil when the name is taken.
    static func insert(_ s: KioskSiteRow, on sql: any SQLDatabase) async throws -> Int? {
        if try await named(s.name, on: sql) != nil { return nil }
        let row = try await sql.insert(into: "kiosk_sites")
            .columns("name", "organisation", "area_id", "phone", "address", "opening_hours", "created_at", "is_sample")
            .values(SQLBind(s.name), SQLBind(s.organisation), SQLBind(s.areaID), SQLBind(s.phone), SQLBind(s.address),
                    SQLBind(s.openingHours), SQLBind(s.createdAt), SQLBind(s.isSample))
            .returning("id").first()
        return try row?.decode(column: "id", as: Int.self)
    }

    static func addStaff(siteID: Int, userID: UUID, now: Date, on sql: any SQLDatabase) async throws {
        if try await membership(siteID: siteID, userID: userID, on: sql) != nil { return }
        try await sql.insert(into: "kiosk_site_staff").columns("site_id", "user_id", "granted_at")
            .values(SQLBind(siteID), SQLBind(userID), SQLBind(now.timeIntervalSince1970)).run()
    }

    static func removeStaff(siteID: Int, userID: UUID, on sql: any SQLDatabase) async throws {
        try await sql.delete(from: "kiosk_site_staff").where("site_id", .equal, SQLBind(siteID))
            .where("user_id", .equal, SQLBind(userID)).run()
    }

    /// A team membership with the member's address (for the coordinators' page).
    typealias StaffMember = Joined<KioskStaffRow, AccountEmail>

    /// Staff per kiosk, by e-mail.
    static func staff(on sql: any SQLDatabase) async throws -> [Int: [StaffMember]] {
        let members = try await sql.raw("""
            SELECT s.*, u.email FROM kiosk_site_staff s JOIN users u ON u.id = s.user_id ORDER BY u.email
            """).rows(StaffMember.self)
        return Dictionary(grouping: members, by: \.siteID)
    }

    static func staffIDs(of siteID: Int, on sql: any SQLDatabase) async throws -> [UUID] {
        try await sql.select().column("*").from("kiosk_site_staff").where("site_id", .equal, SQLBind(siteID))
            .rows(KioskStaffRow.self).map(\.userID)
    }

    /// How a kiosk visitor wants to be reached: "phone" (with the number) or "visit".
    struct VisitorContact: Sendable {
        var kind: String?
        var phone: String?

        var text: String { kind == "phone" ? (phone ?? "–") : Texts.Kiosk.visitorVisits }
    }

    /// The visitor's contact of a kiosk listing. Call only for the kiosk team of that listing's kiosk.
    static func visitorContact(listingID: Int, on sql: any SQLDatabase) async throws -> VisitorContact {
        let listing = try await sql.select().column("*").from("listings").where("id", .equal, SQLBind(listingID))
            .row(ListingRow.self)
        return VisitorContact(kind: listing?.visitorContact, phone: listing?.visitorPhone)
    }

    /// Open (or matched) listings taken in at some kiosks, newest first.
    static func openListings(siteIDs: [Int], today: String, on sql: any SQLDatabase) async throws -> [Listing] {
        guard !siteIDs.isEmpty else { return [] }
        return try await sql.raw("""
            \(unsafeRaw: Listing.select)
            WHERE l.kiosk_site_id IN (\(unsafeRaw: siteIDs.map(String.init).joined(separator: ",")))
              AND l.status IN ('open', 'matched') AND l.valid_until >= \(bind: today)
            ORDER BY l.created_at DESC LIMIT 200
            """).rows(Listing.self)
    }
}
