@testable import App
import Foundation
import GemeinsamCore
import SQLKit
import Testing
import Vapor
import VaporTesting

/// Shared set-up for the editing and room tests: places and offers written directly, accounts with roles.
enum EditFixture {
    static func sql(_ app: Application) -> any SQLDatabase { app.sql }

    static func quartier(_ app: Application, _ slug: String) throws -> AreaRecord {
        try #require(app.geographyStore.snapshot.area(kind: .statisticalDistrict, slug: slug))
    }

    /// A point inside the Quartier (for form fields: German decimal text).
    static func point(_ app: Application, _ slug: String) throws -> (lat: String, lon: String) {
        let p = try quartier(app, slug).shape.representativePoint
        return (FormInput.decimalText(p.lat), FormInput.decimalText(p.lon))
    }

    static func typeID(_ app: Application, key: String = "begegnungszentrum") async throws -> Int {
        try #require(try await sql(app).select().column("id").from("place_types").where("key", .equal, key).first()?
            .decode(column: "id", as: Int.self))
    }

    static func userID(_ app: Application, _ email: String) async throws -> UUID {
        try #require(try await RoleQueries.userID(email: email, on: sql(app)))
    }

    @discardableResult
    static func place(_ app: Application, name: String = "Nachbarschaftstreff", in slug: String = "borsigplatz",
                      owner: UUID? = nil, status: PublicationStatus = .published, isSample: Bool = false) async throws -> UUID {
        let area = try quartier(app, slug)
        let p = area.shape.representativePoint
        return try await MeetingsWriter.insertPlace(PlaceRow(
            name: name, typeID: try await typeID(app), street: "Oesterholzstraße 1", postalCode: "44145", city: "Dortmund",
            lat: p.lat, lon: p.lon, areaID: area.id, phone: "0231 12345", ownerUserID: owner, status: status,
            isSample: isSample), by: owner, now: app.clock.now, on: sql(app))
    }

    @discardableResult
    static func room(_ app: Application, place: UUID, bookable: Bool = true) async throws -> UUID {
        try await MeetingsWriter.insertRoom(RoomRow(placeID: place, name: "Gruppenraum", capacity: 20, equipment: "Tische",
                                                    accessible: true, bookable: bookable, bookingRules: "Bitte sauber hinterlassen."),
                                            by: nil, now: app.clock.now, on: sql(app))
    }

    @discardableResult
    static func offer(_ app: Application, title: String = "Spielenachmittag", place: UUID?, in slug: String = "borsigplatz",
                      owner: UUID? = nil, isSample: Bool = false) async throws -> UUID {
        let area = try quartier(app, slug)
        let first = today().adding(days: -7)!
        let row = OfferRow(
            title: title, description: "Rommé und Skat.", category: .games, audiences: KeyList.encode([Audience.everyone]),
            languages: KeyList.encode(["de"]), costKind: .free, costCents: nil, registrationRequired: false,
            registrationHow: "", placeID: place, meetingPoint: place == nil ? "Am Brunnen" : "", areaID: area.id,
            organiser: "Treff", contact: "Telefon 0231 12345", status: .published, ownerUserID: owner, isSample: isSample)
        let schedule = try Schedule.weekly(on: [.friday], from: CalendarTime(hour: 15), to: CalendarTime(hour: 17), firstDate: first)
        return try await MeetingsWriter.insertOffer(try Offer(row, schedule: schedule), by: owner, now: app.clock.now, on: sql(app))
    }

    static func today() -> CalendarDate { EuropeBerlinTime.localDateTime(at: Date())!.date }

    /// A day in the future, as the form writes it.
    static func futureDate(days: Int = 14) -> (date: CalendarDate, text: String) {
        let date = today().adding(days: days)!
        return (date, FormInput.dateText(date))
    }

    /// A logged-in browser with an account and the given role (areaManager for `area`).
    static func browser(_ app: Application, email: String, firstName: String = "Anna", initial: String = "B",
                        role: Role? = nil, area: String? = nil, actorEditor: Bool = false) async throws -> Browser {
        var browser = Browser(app)
        try await browser.register(email: email, firstName: firstName, initial: initial)
        if actorEditor { try await makeActorEditor(email, in: app) }
        if let role {
            let areaID = try area.map { try quartier(app, $0).id }
            try await grant(role, to: email, area: areaID, in: app)
        }
        return browser
    }

    static func count(_ app: Application, _ table: String) async throws -> Int {
        try await sql(app).select().column(SQLFunction("COUNT", args: SQLLiteral.all), as: "n").from(table).first()?
            .decode(column: "n", as: Int.self) ?? 0
    }

    /// Fields of a valid place form at Borsigplatz.
    static func placeFields(_ app: Application, name: String = "Quartierstreff Borsigplatz") throws -> [(String, String)] {
        let p = try point(app, "borsigplatz")
        return [("name", name), ("type", "begegnungszentrum"), ("street", "Oesterholzstraße 12"), ("postalCode", "44145"),
                ("city", "Dortmund"), ("lat", p.lat), ("lon", p.lon), ("stepFree", "ja"), ("accessibleWC", "ja"),
                ("openingHours", "Mo–Fr 9–13 Uhr"), ("phone", "0231 50-12345"), ("email", "treff@example.org"),
                ("website", "https://example.org"), ("description", "Ein offener Treff.\n\nMit Café."), ("status", "published")]
    }

    /// Fields of a valid weekly offer, outdoors at Borsigplatz unless a place is given.
    static func offerFields(title: String = "Spaziergang", place: UUID? = nil) -> [(String, String)] {
        var fields: [(String, String)] = [
            ("title", title), ("description", "Gemeinsam gehen.\n\nTreffpunkt am Brunnen."), ("category", "ausfluege"),
            ("audiences", "alle"), ("audiences", "senioren"), ("languages", "de"), ("languages", "tr"),
            ("costKind", "free"), ("registration", "nein"), ("organiser", "Nachbarschaftsinitiative"),
            ("contact", "Telefon 0231 12345"), ("scheduleKind", "weekly"), ("weekdays", "TU"), ("weekdays", "TH"),
            ("interval", "1"), ("firstDate", FormInput.dateText(today())), ("startTime", "10:00"), ("endTime", "11:30"),
            ("status", "published"),
        ]
        if let place { fields.append(("place", place.uuidString)) } else {
            fields += [("place", ""), ("meetingPoint", "Am Brunnen auf dem Borsigplatz"), ("meetingArea", "borsigplatz")]
        }
        return fields
    }

    static func replacing(_ fields: [(String, String)], _ name: String, with value: String) -> [(String, String)] {
        fields.filter { $0.0 != name } + [(name, value)]
    }

    static func removing(_ fields: [(String, String)], _ name: String) -> [(String, String)] {
        fields.filter { $0.0 != name }
    }

    /// The id at the end of a redirect such as /orte/<id>/bearbeiten?hinweis=angelegt.
    static func redirectID(_ response: TestingHTTPResponse) throws -> UUID {
        let location = try #require(response.headers.first(name: .location))
        let parts = location.split(separator: "?")[0].split(separator: "/")
        return try #require(UUID(uuidString: String(parts[1])))
    }
}
