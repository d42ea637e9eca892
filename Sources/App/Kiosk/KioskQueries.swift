import Foundation
import SQLKit

/// A kiosk: a public place with staff who act for visitors without an account.
struct KioskSite: Sendable, Equatable {
    var id: Int
    var name: String
    var organisation: String
    var areaID: Int
    var phone: String
    var address: String
    var openingHours: String?
    var isSample: Bool
}

enum KioskQueries {
    private static func site(_ row: any SQLRow) throws -> KioskSite {
        KioskSite(id: try row.decode(column: "id", as: Int.self), name: try row.decode(column: "name", as: String.self),
                  organisation: try row.decode(column: "organisation", as: String.self),
                  areaID: try row.decode(column: "area_id", as: Int.self), phone: try row.decode(column: "phone", as: String.self),
                  address: try row.decode(column: "address", as: String.self),
                  openingHours: try row.decode(column: "opening_hours", as: String?.self),
                  isSample: try row.decode(column: "is_sample", as: Bool.self))
    }

    private static let columns = ["id", "name", "organisation", "area_id", "phone", "address", "opening_hours", "is_sample"]

    static func all(on sql: any SQLDatabase) async throws -> [KioskSite] {
        try await sql.select().columns(columns).from("kiosk_sites").orderBy("name").all().map(site)
    }

    static func find(_ id: Int, on sql: any SQLDatabase) async throws -> KioskSite? {
        try await sql.select().columns(columns).from("kiosk_sites").where("id", .equal, SQLBind(id)).first().map(site)
    }

    /// The kiosks a staff member is bound to. Only accounts with the kioskStaff role count.
    static func sites(ofStaff user: CurrentUser, on sql: any SQLDatabase) async throws -> [KioskSite] {
        guard user.has(.kioskStaff) else { return [] }
        return try await sql.raw("""
            SELECT k.id, k.name, k.organisation, k.area_id, k.phone, k.address, k.opening_hours, k.is_sample
            FROM kiosk_sites k JOIN kiosk_site_staff s ON s.site_id = k.id
            WHERE s.user_id = \(bind: user.id) ORDER BY k.name
            """).all().map(site)
    }

    static func isStaff(_ user: CurrentUser?, of siteID: Int?, on sql: any SQLDatabase) async throws -> Bool {
        guard let user, let siteID, user.has(.kioskStaff) else { return false }
        return try await sql.select().column("site_id").from("kiosk_site_staff")
            .where("site_id", .equal, SQLBind(siteID)).where("user_id", .equal, SQLBind(user.id)).first() != nil
    }

    struct NewSite: Sendable {
        var name: String
        var organisation: String
        var areaID: Int
        var phone: String
        var address: String
        var openingHours: String?
        var isSample = false
    }

    /// Inserts a kiosk; nil when the name is taken.
    static func insert(_ s: NewSite, on sql: any SQLDatabase) async throws -> Int? {
        if try await sql.select().column("id").from("kiosk_sites").where("name", .equal, SQLBind(s.name)).first() != nil {
            return nil
        }
        let row = try await sql.insert(into: "kiosk_sites")
            .columns("name", "organisation", "area_id", "phone", "address", "opening_hours", "created_at", "is_sample")
            .values(SQLBind(s.name), SQLBind(s.organisation), SQLBind(s.areaID), SQLBind(s.phone), SQLBind(s.address),
                    SQLBind(s.openingHours), SQLBind(Date().timeIntervalSince1970), SQLBind(s.isSample))
            .returning("id").first()
        return try row?.decode(column: "id", as: Int.self)
    }

    static func addStaff(siteID: Int, userID: UUID, on sql: any SQLDatabase) async throws {
        let exists = try await sql.select().column("site_id").from("kiosk_site_staff")
            .where("site_id", .equal, SQLBind(siteID)).where("user_id", .equal, SQLBind(userID)).first() != nil
        if exists { return }
        try await sql.insert(into: "kiosk_site_staff").columns("site_id", "user_id", "granted_at")
            .values(SQLBind(siteID), SQLBind(userID), SQLBind(Date().timeIntervalSince1970)).run()
    }

    static func removeStaff(siteID: Int, userID: UUID, on sql: any SQLDatabase) async throws {
        try await sql.delete(from: "kiosk_site_staff").where("site_id", .equal, SQLBind(siteID))
            .where("user_id", .equal, SQLBind(userID)).run()
    }

    /// Staff per kiosk, by e-mail (for the admin page).
    static func staff(on sql: any SQLDatabase) async throws -> [Int: [(id: UUID, email: String)]] {
        let rows = try await sql.raw("""
            SELECT s.site_id, u.id, u.email FROM kiosk_site_staff s JOIN users u ON u.id = s.user_id ORDER BY u.email
            """).all()
        var result: [Int: [(id: UUID, email: String)]] = [:]
        for row in rows {
            result[try row.decode(column: "site_id", as: Int.self), default: []]
                .append((try row.decode(column: "id", as: UUID.self), try row.decode(column: "email", as: String.self)))
        }
        return result
    }

    static func staffIDs(of siteID: Int, on sql: any SQLDatabase) async throws -> [UUID] {
        try await sql.select().column("user_id").from("kiosk_site_staff").where("site_id", .equal, SQLBind(siteID)).all()
            .map { try $0.decode(column: "user_id", as: UUID.self) }
    }

    /// The visitor's contact of a kiosk listing. Call only for the kiosk team of that listing's kiosk.
    static func visitorContact(listingID: Int, on sql: any SQLDatabase) async throws -> (kind: String?, phone: String?) {
        guard let row = try await sql.select().columns("visitor_contact", "visitor_phone").from("listings")
            .where("id", .equal, SQLBind(listingID)).first() else { return (nil, nil) }
        return (try row.decode(column: "visitor_contact", as: String?.self), try row.decode(column: "visitor_phone", as: String?.self))
    }

    /// Open listings taken in at some kiosks.
    static func openListings(siteIDs: [Int], today: String, on sql: any SQLDatabase) async throws -> [ListingCard] {
        guard !siteIDs.isEmpty else { return [] }
        return try await sql.raw("""
            SELECT \(unsafeRaw: ListingQueries.cardColumns) FROM listings l LEFT JOIN kiosk_sites k ON k.id = l.kiosk_site_id
            WHERE l.kiosk_site_id IN (\(unsafeRaw: siteIDs.map(String.init).joined(separator: ",")))
              AND l.status IN ('open', 'matched') AND l.valid_until >= \(bind: today)
            ORDER BY l.created_at DESC LIMIT 200
            """).all().compactMap(ListingQueries.card)
    }
}
