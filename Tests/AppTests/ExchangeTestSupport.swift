@testable import App
import Foundation
import GemeinsamCore
import SQLKit
import Testing
import Vapor
import VaporTesting

/// Helpers for the Börse tests.
enum ExchangeTest {
    static func sql(_ app: Application) -> any SQLDatabase { app.sql }

    /// A logged-in browser for a new account in `quartier`.
    static func person(_ app: Application, _ email: String, first: String, initial: String = "X",
                       quartier: String = "borsigplatz") async throws -> Browser {
        var browser = Browser(app)
        try await browser.register(email: email, firstName: first, initial: initial, quartier: quartier)
        return browser
    }

    static func listingFields(kind: String = "request", category: String = "errands", title: String = "Hilfe beim Einkauf",
                              body: String = "Ich brauche Hilfe beim Tragen der Einkäufe.", quartier: String = "borsigplatz",
                              timing: String = "flexible", date: String = "", validUntil: String = "") -> [(String, String)] {
        [("kind", kind), ("category", category), ("title", title), ("body", body), ("quartier", quartier), ("timing", timing),
         ("date", date), ("timingNote", ""), ("validUntil", validUntil)]
    }

    /// Creates a listing through the form and returns its id.
    static func createListing(_ browser: inout Browser, _ fields: [(String, String)] = listingFields()) async throws -> Int {
        let res = try await browser.post("/boerse/neu", fields)
        #expect(res.status == .seeOther, "Eintrag nicht angelegt: \(res.text.prefix(600))")
        let location = try #require(res.headers.first(name: .location))
        let id = location.split(separator: "/").last.flatMap { Int($0.split(separator: "?")[0]) }
        return try #require(id)
    }

    /// Sends a contact request and returns the request id.
    static func requestContact(_ browser: inout Browser, listing: Int, message: String = "Ich kann am Samstag helfen.",
                               way: String = "email", phone: String = "") async throws -> UUID {
        let res = try await browser.post("/boerse/\(listing)/anfrage", [("message", message), ("contactWay", way), ("phone", phone)])
        #expect(res.status == .seeOther, "Anfrage nicht gesendet: \(res.text.prefix(600))")
        let location = try #require(res.headers.first(name: .location))
        return try #require(UUID(uuidString: String(location.split(separator: "/").last!.split(separator: "?")[0])))
    }

    static func count(_ app: Application, _ table: String, where column: String? = nil, _ value: (any Encodable & Sendable)? = nil) async throws -> Int {
        var q = sql(app).select().column(SQLFunction("COUNT", args: SQLLiteral.all), as: "n").from(table)
        if let column, let value { q = q.where(SQLIdentifier(column), .equal, SQLBind(value)) }
        return try await q.first()?.decode(column: "n", as: Int.self) ?? 0
    }

    /// A kiosk with the given staff account bound to it; returns the kiosk id.
    static func kiosk(_ app: Application, staff email: String, name: String = "NachbarBude Test", quartier: String = "05") async throws -> Int {
        let sql = sql(app)
        let area = try #require(app.geographyStore.snapshot.area(kind: .statisticalDistrict, code: quartier))
        let id = try #require(try await KioskQueries.insert(KioskSiteRow(name: name, organisation: "Träger Test e. V.", areaID: area.id,
                                                                         phone: "0231 1234567", address: "Am Markt 1",
                                                                         createdAt: app.clock.now.timeIntervalSince1970), on: sql))
        try await grant(.kioskStaff, to: email, in: app)
        let user = try #require(try await RoleQueries.userID(email: email, on: sql))
        try await KioskQueries.addStaff(siteID: id, userID: user, now: app.clock.now, on: sql)
        return id
    }

    static func intakeFields(site: Int, firstName: String = "Gerda", street: String = "Oesterholzstraße", quartier: String = "",
                             reach: String = "phone", phone: String = "0231 5550177", consent: Bool = true,
                             title: String = "Begleitung zum Arzt") -> [(String, String)] {
        var fields: [(String, String)] = [
            ("site", String(site)), ("firstName", firstName), ("initial", "P"), ("street", street), ("quartier", quartier),
            ("kind", "request"), ("category", "walks"), ("title", title), ("body", "Bitte begleiten Sie mich zur Praxis."),
            ("timing", "flexible"), ("date", ""), ("timingNote", ""), ("validUntil", ""), ("reach", reach), ("phone", phone),
        ]
        if consent { fields.append(("consent", "ja")) }
        return fields
    }

    static func intake(_ browser: inout Browser, _ fields: [(String, String)]) async throws -> Int {
        let res = try await browser.post("/kiosk/aufnahme", fields)
        #expect(res.status == .seeOther, "Aufnahme fehlgeschlagen: \(res.text.prefix(800))")
        let location = try #require(res.headers.first(name: .location))
        let nr = location.components(separatedBy: "nr=").last.flatMap { Int($0) }
        return try #require(nr)
    }
}
