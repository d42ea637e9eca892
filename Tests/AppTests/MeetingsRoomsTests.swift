@testable import App
import Foundation
import GemeinsamCore
import SQLKit
import Testing
import Vapor
import VaporTesting

/// Rooms, the week view, requests, decisions, double bookings (also concurrent) and privacy.
@Suite(.serialized) struct MeetingsRoomsTests {
    /// An owner (actorEditor) with a published place and a bookable room, and a resident.
    struct Setup {
        var owner: Browser
        var resident: Browser
        var place: UUID
        var room: UUID
    }

    static func setUp(_ app: Application) async throws -> Setup {
        let owner = try await EditFixture.browser(app, email: "anna@example.org", actorEditor: true)
        let place = try await EditFixture.place(app, owner: try await EditFixture.userID(app, "anna@example.org"))
        let room = try await EditFixture.room(app, place: place)
        let resident = try await EditFixture.browser(app, email: "ben@example.org", firstName: "Ben", initial: "K")
        return Setup(owner: owner, resident: resident, place: place, room: room)
    }

    static func request(_ browser: inout Browser, room: UUID, date: String, from: String, to: String,
                        purpose: String = "Treffen der Initiative") async throws -> TestingHTTPResponse {
        try await browser.post("/raeume/\(room)/anfragen", [("date", date), ("startTime", from), ("endTime", to), ("purpose", purpose)])
    }

    static func bookingIDs(_ app: Application) async throws -> [UUID] {
        try await EditFixture.sql(app).select().column("id").from("room_bookings").orderBy("created_at").all()
            .map { try $0.decode(column: "id", as: UUID.self) }
    }

    static func status(_ app: Application, _ id: UUID) async throws -> String? {
        try await EditFixture.sql(app).select().column("status").from("room_bookings").where("id", .equal, id).first()?
            .decode(column: "status", as: String.self)
    }

    // MARK: rooms

    @Test func ownerCreatesAndEditsARoom() async throws {
        try await withTestApp { app in
            var s = try await Self.setUp(app)
            let form = try await s.owner.get("/orte/\(s.place)/raeume/neu")
            #expect(form.status == .ok)
            let bad = try await s.owner.post("/orte/\(s.place)/raeume/neu", [("name", ""), ("capacity", "viele")])
            #expect(bad.status == .unprocessableEntity)
            #expect(bad.text.contains("id=\"name-error\"") && bad.text.contains("id=\"capacity-error\""))
            #expect(bad.text.contains("ganze Zahl von 1 bis 10.000"))
            let created = try await s.owner.post("/orte/\(s.place)/raeume/neu", [
                ("name", "Saal"), ("capacity", "40"), ("equipment", "Bühne"), ("accessible", "ja"), ("bookable", "ja"),
                ("bookingRules", "Kostenlos für Initiativen.\n\nSchlüssel im Büro."),
            ])
            #expect(created.status == .seeOther)
            let id = try EditFixture.redirectID(created)
            let page = try await s.owner.get("/raeume/\(id)")
            #expect(page.status == .ok)
            #expect(page.text.contains("<h1>Saal"))
            #expect(page.text.contains("40 Personen"))
            #expect(page.text.contains("<p>Kostenlos für Initiativen.</p><p>Schlüssel im Büro.</p>"))
            #expect(page.text.contains("Raum bearbeiten"))
            let edited = try await s.owner.post("/raeume/\(id)/bearbeiten", [("name", "Großer Saal"), ("capacity", "45")])
            #expect(edited.status == .seeOther)
            let changes = try await EditQueriesProbe.roomHistory(app, id)
            #expect(changes.contains { $0.contains("geändert: Name des Raums, Plätze") })
            // not bookable now (checkbox left out): no request form
            let after = try await s.resident.get("/raeume/\(id)")
            #expect(after.text.contains("kann zurzeit nicht angefragt werden"))
            #expect(!after.text.contains("Anfrage senden"))
            // others may not
            #expect(try await s.resident.get("/orte/\(s.place)/raeume/neu").status == .forbidden)
            #expect(try await s.resident.get("/raeume/\(id)/bearbeiten").status == .forbidden)
            var other = try await EditFixture.browser(app, email: "cem@example.org", firstName: "Cem", actorEditor: true)
            #expect(try await other.post("/raeume/\(id)/bearbeiten", [("name", "X"), ("capacity", "1")]).status == .forbidden)
            var manager = try await EditFixture.browser(app, email: "dora@example.org", firstName: "Dora", role: .areaManager, area: "city")
            #expect(try await manager.get("/raeume/\(id)/bearbeiten").status == .forbidden)
        }
    }

    @Test func theRoomPageShowsTheWeekPubliclyWithoutNames() async throws {
        try await withTestApp { app in
            var s = try await Self.setUp(app)
            let day = EditFixture.futureDate(days: 8)
            let requested = try await Self.request(&s.resident, room: s.room, date: day.text, from: "14:00", to: "16:30",
                                                   purpose: "Geheimes Geburtstagsfest")
            #expect(requested.status == .seeOther)
            #expect(requested.headers.first(name: .location) == "/buchungen?hinweis=angefragt")
            let booking = try #require(try await Self.bookingIDs(app).first)
            #expect(try await s.owner.post("/buchungen/\(booking)/entscheidung", [("action", "confirm")]).status == .seeOther)

            let week = BookingWeek(containing: day.date)
            try await app.testing().test(.GET, "/raeume/\(s.room)?woche=\(week.parameter)") { res in
                #expect(res.status == .ok)
                let html = res.body.string
                #expect(html.contains("<table class=\"data week-grid\">"))
                #expect(html.contains("<th scope=\"row\">14–15 Uhr</th>"))
                #expect(html.contains("slot-busy"))
                #expect(html.contains("belegt 16:00–16:30"))
                #expect(!html.contains("Ben K."))
                #expect(!html.contains("Geburtstagsfest"))
                #expect(html.contains("melden Sie sich bitte an"))
                #expect(html.contains("?woche=\(week.next.parameter)"))
            }
            // a date selects its week; a bad week is a German 400
            try await app.testing().test(.GET, "/raeume/\(s.room)?woche=\(day.text)") { res in
                #expect(res.status == .ok)
                #expect(res.body.string.contains("slot-busy"))
            }
            for bad in ["2026-W60", "gestern", "2026-13-01", String(repeating: "9", count: 100)] {
                try await app.testing().test(.GET, "/raeume/\(s.room)?woche=\(bad)") { res in
                    #expect(res.status == .badRequest, "\(bad)")
                    #expect(res.body.string.contains("Diese Woche können wir nicht lesen"))
                }
            }
            try await app.testing().test(.GET, "/raeume/\(UUID())") { res in #expect(res.status == .notFound) }
        }
    }

    @Test func roomsOfUnpublishedPlacesAreHidden() async throws {
        try await withTestApp { app in
            var editor = try await EditFixture.browser(app, email: "anna@example.org", actorEditor: true)
            let place = try await EditFixture.place(app, owner: try await EditFixture.userID(app, "anna@example.org"), status: .draft)
            let room = try await EditFixture.room(app, place: place)
            try await app.testing().test(.GET, "/raeume/\(room)") { res in #expect(res.status == .notFound) }
            let page = try await editor.get("/raeume/\(room)")
            #expect(page.status == .ok)
            #expect(page.text.contains("nicht veröffentlicht"))
            var resident = try await EditFixture.browser(app, email: "ben@example.org", firstName: "Ben")
            let post = try await Self.request(&resident, room: room, date: EditFixture.futureDate().text, from: "10:00", to: "11:00")
            #expect(post.status == .notFound)
        }
    }

    // MARK: requests

    static let badRequests: [(date: String, from: String, to: String, purpose: String, field: String, message: String)] = {
        let day = EditFixture.futureDate().text
        let past = FormInput.dateText(EditFixture.today().adding(days: -1)!)
        let tooFar = FormInput.dateText(EditFixture.today().adding(days: 400)!)
        return [
            (past, "10:00", "11:00", "Treffen", "date", "in der Vergangenheit"),
            (tooFar, "10:00", "11:00", "Treffen", "date", "ein Jahr im Voraus"),
            ("31.02.2027", "10:00", "11:00", "Treffen", "date", "Den 31. Februar 2027 gibt es nicht."),
            (day, "16:00", "14:00", "Treffen", "endTime", "Das Ende liegt vor dem Beginn."),
            (day, "14:00", "14:00", "Treffen", "endTime", "Beginn und Ende sind gleich."),
            (day, "05:00", "08:00", "Treffen", "startTime", "zwischen 6 und 23 Uhr"),
            (day, "20:00", "23:30", "Treffen", "endTime", "zwischen 6 und 23 Uhr"),
            (day, "06:00", "19:00", "Treffen", "endTime", "höchstens 12 Stunden"),
            (day, "14:10", "15:00", "Treffen", "startTime", "Viertelstunden"),
            (day, "vierzehn", "15:00", "Treffen", "startTime", "keine Uhrzeit"),
            (day, "14:00", "15:00", "", "purpose", "wofür Sie den Raum brauchen"),
            (day, "14:00", "15:00", String(repeating: "x", count: 100_000), "purpose", "zu lang"),
            (day, "14:00", "15:00", "Fest\u{001B}[31m", "purpose", "Steuerzeichen"),
        ]
    }()

    @Test func badRequestsGetGermanMessages() async throws {
        try await withTestApp { app in
            var s = try await Self.setUp(app)
            for bad in Self.badRequests {
                let res = try await Self.request(&s.resident, room: s.room, date: bad.date, from: bad.from, to: bad.to,
                                                 purpose: bad.purpose)
                #expect(res.status == .unprocessableEntity, "\(bad.field)")
                #expect(res.text.contains("id=\"\(bad.field)-error\""), "\(bad.field)")
                #expect(res.text.contains(bad.message), "\(bad.message)")
            }
            #expect(try await EditFixture.count(app, "room_bookings") == 0)
        }
    }

    @Test func requestsNeedLoginATokenAndABookableRoom() async throws {
        try await withTestApp { app in
            var s = try await Self.setUp(app)
            var anonymous = Browser(app)
            let day = EditFixture.futureDate().text
            #expect(try await Self.request(&anonymous, room: s.room, date: day, from: "10:00", to: "11:00").status == .unauthorized)
            let noToken = try await s.resident.post("/raeume/\(s.room)/anfragen", [("date", day), ("startTime", "10:00"),
                                                                                    ("endTime", "11:00"), ("purpose", "x")], csrf: .some(nil))
            #expect(noToken.status == .forbidden)
            let closed = try await EditFixture.room(app, place: s.place, bookable: false)
            let res = try await Self.request(&s.resident, room: closed, date: day, from: "10:00", to: "11:00")
            #expect(res.status == .unprocessableEntity)
            #expect(res.text.contains("kann zurzeit nicht angefragt werden"))
            #expect(try await EditFixture.count(app, "room_bookings") == 0)
        }
    }

    @Test func confirmDeclineWithdrawAndTheDoubleBookingRule() async throws {
        try await withTestApp { app in
            var s = try await Self.setUp(app)
            let day = EditFixture.futureDate().text
            #expect(try await Self.request(&s.resident, room: s.room, date: day, from: "14:00", to: "16:00").status == .seeOther)
            var cem = try await EditFixture.browser(app, email: "cem@example.org", firstName: "Cem", initial: "D")
            #expect(try await Self.request(&cem, room: s.room, date: day, from: "15:30", to: "17:00", purpose: "Chorprobe").status == .seeOther)
            let ids = try await Self.bookingIDs(app)
            #expect(ids.count == 2)

            // the owner sees both with public names only
            let list = try await s.owner.get("/buchungen")
            #expect(list.status == .ok)
            #expect(list.text.contains("Anfragen für Ihre Räume"))
            #expect(list.text.contains("Ben K.") && list.text.contains("Cem D."))
            #expect(!list.text.contains("ben@example.org"))
            #expect(list.text.contains("Chorprobe"))
            let manage = try await s.owner.get("/verwalten")
            #expect(manage.text.contains("Raumanfragen (2 offen)"))

            // residents and others may not decide
            #expect(try await s.resident.post("/buchungen/\(ids[0])/entscheidung", [("action", "confirm")]).status == .forbidden)
            var otherEditor = try await EditFixture.browser(app, email: "dora@example.org", firstName: "Dora", actorEditor: true)
            #expect(try await otherEditor.post("/buchungen/\(ids[0])/entscheidung", [("action", "confirm")]).status == .forbidden)
            var otherManager = try await EditFixture.browser(app, email: "emil@example.org", firstName: "Emil", role: .areaManager, area: "city")
            #expect(try await otherManager.post("/buchungen/\(ids[0])/entscheidung", [("action", "decline")]).status == .forbidden)
            #expect(!(try await otherManager.get("/buchungen")).text.contains("Ben K."))
            #expect(try await cem.post("/buchungen/\(ids[0])/entscheidung", [("action", "withdraw")]).status == .forbidden)
            #expect(try await s.owner.post("/buchungen/\(ids[0])/entscheidung", [("action", "gewinnen")]).status == .unprocessableEntity)
            #expect(try await s.owner.post("/buchungen/\(UUID())/entscheidung", [("action", "confirm")]).status == .notFound)

            // confirm the first: 8 slots of 15 minutes
            let confirmed = try await s.owner.post("/buchungen/\(ids[0])/entscheidung", [("action", "confirm")])
            #expect(confirmed.headers.first(name: .location) == "/buchungen?hinweis=bestaetigt")
            #expect(try await EditFixture.count(app, "room_booking_slots") == 8)
            // a new overlapping request is refused at once
            let late = try await Self.request(&cem, room: s.room, date: day, from: "15:45", to: "16:15")
            #expect(late.status == .unprocessableEntity)
            #expect(late.text.contains("schon belegt"))
            // confirming the overlapping one declines it with a reason
            let taken = try await s.owner.post("/buchungen/\(ids[1])/entscheidung", [("action", "confirm")])
            #expect(taken.headers.first(name: .location) == "/buchungen?hinweis=belegt")
            #expect(try await Self.status(app, ids[1]) == "declined")
            #expect(try await EditFixture.count(app, "room_booking_slots") == 8)
            let mine = try await cem.get("/buchungen")
            #expect(mine.text.contains("abgelehnt"))
            #expect(mine.text.contains("Der Raum war zu dieser Zeit schon vergeben."))
            #expect(!mine.text.contains("Anfragen für Ihre Räume"))
            // deciding twice changes nothing
            let again = try await s.owner.post("/buchungen/\(ids[0])/entscheidung", [("action", "confirm")])
            #expect(again.headers.first(name: .location) == "/buchungen?hinweis=nicht-offen")

            // the requester withdraws: the room is free again
            let withdrawn = try await s.resident.post("/buchungen/\(ids[0])/entscheidung", [("action", "withdraw")])
            #expect(withdrawn.headers.first(name: .location) == "/buchungen?hinweis=zurueckgezogen")
            #expect(try await EditFixture.count(app, "room_booking_slots") == 0)
            #expect(try await Self.request(&cem, room: s.room, date: day, from: "15:45", to: "16:15").status == .seeOther)

            // decline with a reason, which the requester reads
            let third = try #require(try await Self.bookingIDs(app).last)
            let reasonTooLong = try await s.owner.post("/buchungen/\(third)/entscheidung",
                                                       [("action", "decline"), ("note", String(repeating: "x", count: 100_000))])
            #expect(reasonTooLong.status == .unprocessableEntity)
            #expect(reasonTooLong.text.contains("zu lang"))
            #expect(reasonTooLong.text.contains("id=\"note-\(third)-error\""))
            let declined = try await s.owner.post("/buchungen/\(third)/entscheidung",
                                                  [("action", "decline"), ("note", "Wir renovieren an dem Tag.")])
            #expect(declined.headers.first(name: .location) == "/buchungen?hinweis=abgelehnt")
            let cemList = try await cem.get("/buchungen")
            #expect(cemList.text.contains("Wir renovieren an dem Tag."))
        }
    }

    @Test func areaManagersAndCoordinatorsDecideToo() async throws {
        try await withTestApp { app in
            var s = try await Self.setUp(app)
            let day = EditFixture.futureDate().text
            _ = try await Self.request(&s.resident, room: s.room, date: day, from: "10:00", to: "11:00")
            _ = try await Self.request(&s.resident, room: s.room, date: day, from: "12:00", to: "13:00")
            let ids = try await Self.bookingIDs(app)
            var manager = try await EditFixture.browser(app, email: "emil@example.org", firstName: "Emil", role: .areaManager, area: "borsigplatz")
            var coordinator = try await EditFixture.browser(app, email: "fatma@example.org", firstName: "Fatma", role: .coordinator)
            #expect((try await manager.get("/buchungen")).text.contains("Ben K."))
            #expect(try await manager.post("/buchungen/\(ids[0])/entscheidung", [("action", "confirm")]).headers
                .first(name: .location) == "/buchungen?hinweis=bestaetigt")
            #expect(try await coordinator.post("/buchungen/\(ids[1])/entscheidung", [("action", "confirm")]).headers
                .first(name: .location) == "/buchungen?hinweis=bestaetigt")
            // the coordinator cancels a confirmed booking with a reason: slots are freed
            #expect(try await coordinator.post("/buchungen/\(ids[1])/entscheidung", [("action", "decline"), ("note", "Wasserschaden")])
                .headers.first(name: .location) == "/buchungen?hinweis=abgelehnt")
            #expect(try await EditFixture.count(app, "room_booking_slots") == 4)
        }
    }

    // MARK: concurrency

    /// Many overlapping requests confirmed at the same moment: exactly one wins, on SQLite and PostgreSQL.
    @Test func concurrentConfirmationsNeverDoubleBook() async throws {
        try await withTestApp { app in
            let place = try await EditFixture.place(app)
            let room = try await EditFixture.room(app, place: place)
            _ = try await EditFixture.browser(app, email: "ben@example.org", firstName: "Ben")
            let user = try await EditFixture.userID(app, "ben@example.org")
            let day = EditFixture.futureDate().date
            let sql = EditFixture.sql(app)
            // 8 requests, each overlapping all others at 15:00–15:15
            var ids: [UUID] = []
            for i in 0..<8 {
                ids.append(try await BookingWriter.insertRequest(
                    roomID: room, userID: user, purpose: "Anfrage \(i)", date: day,
                    start: try CalendarTime(hour: 14, minute: 15 * (i % 4)), end: try CalendarTime(hour: 15, minute: 15 + 15 * (i % 3)),
                    now: app.clock.now, on: sql))
            }
            let outcomes = try await withThrowingTaskGroup(of: BookingWriter.ConfirmOutcome.self) { group in
                for id in ids { group.addTask { try await BookingWriter.confirm(id, by: nil, now: app.clock.now, on: app.db) } }
                var all: [BookingWriter.ConfirmOutcome] = []
                for try await outcome in group { all.append(outcome) }
                return all
            }
            #expect(outcomes.filter { $0 == .confirmed }.count == 1)
            #expect(outcomes.filter { $0 == .taken }.count == 7)
            let statuses = try await sql.select().column("status").from("room_bookings").all()
                .map { try $0.decode(column: "status", as: String.self) }
            #expect(statuses.filter { $0 == "confirmed" }.count == 1)
            #expect(statuses.filter { $0 == "declined" }.count == 7)
            // the slots belong to the one confirmed booking and cover exactly its time
            let winner = try #require(try await sql.select().columns("id", "starts_at", "ends_at").from("room_bookings")
                .where("status", .equal, "confirmed").first())
            let expected = BookingWriter.slots(startsAt: try winner.decode(column: "starts_at", as: Double.self),
                                                endsAt: try winner.decode(column: "ends_at", as: Double.self)).count
            let slots = try await sql.select().column("booking_id").from("room_booking_slots").all()
                .map { try $0.decode(column: "booking_id", as: UUID.self) }
            #expect(slots.count == expected)
            #expect(Set(slots) == [try winner.decode(column: "id", as: UUID.self)])
        }
    }

    /// Two people ask for overlapping times and two deciders confirm at the same moment, through HTTP.
    @Test func concurrentRequestsAndConfirmationsThroughHTTP() async throws {
        try await withTestApp { app in
            let s = try await Self.setUp(app)
            let manager = try await EditFixture.browser(app, email: "emil@example.org", firstName: "Emil", role: .areaManager, area: "borsigplatz")
            let cem = try await EditFixture.browser(app, email: "cem@example.org", firstName: "Cem")
            let day = EditFixture.futureDate(days: 20).text
            let resident = s.resident
            async let first = Self.requestCopy(resident, room: s.room, date: day, from: "18:00", to: "20:00")
            async let second = Self.requestCopy(cem, room: s.room, date: day, from: "19:00", to: "21:00")
            let (a, b) = try await (first, second)
            #expect(a.status == .seeOther && b.status == .seeOther)
            let ids = try await Self.bookingIDs(app)
            #expect(ids.count == 2)
            let ownerCopy = s.owner, managerCopy = manager
            async let c1 = Self.decide(ownerCopy, ids[0])
            async let c2 = Self.decide(managerCopy, ids[1])
            let locations = try await [c1, c2]
            #expect(locations.filter { $0 == "/buchungen?hinweis=bestaetigt" }.count == 1)
            #expect(locations.filter { $0 == "/buchungen?hinweis=belegt" }.count == 1)
            let statuses = try await [Self.status(app, ids[0]), Self.status(app, ids[1])]
            #expect(statuses.filter { $0 == "confirmed" }.count == 1)
        }
    }

    static func requestCopy(_ browser: Browser, room: UUID, date: String, from: String, to: String) async throws -> TestingHTTPResponse {
        var copy = browser
        return try await request(&copy, room: room, date: date, from: from, to: to)
    }

    static func decide(_ browser: Browser, _ id: UUID) async throws -> String? {
        var copy = browser
        return try await copy.post("/buchungen/\(id)/entscheidung", [("action", "confirm")]).headers.first(name: .location)
    }

    // MARK: privacy

    @Test func exportAndDeletionCoverRoomRequests() async throws {
        try await withTestApp { app in
            var s = try await Self.setUp(app)
            let day = EditFixture.futureDate().text
            _ = try await Self.request(&s.resident, room: s.room, date: day, from: "10:00", to: "11:00", purpose: "Lesekreis")
            _ = try await Self.request(&s.resident, room: s.room, date: day, from: "12:00", to: "13:00", purpose: "Nähtreff")
            let ids = try await Self.bookingIDs(app)
            _ = try await s.owner.post("/buchungen/\(ids[1])/entscheidung", [("action", "confirm")])

            let export = try await s.resident.get("/konto/daten.json")
            #expect(export.status == .ok)
            let json = try #require(try JSONSerialization.jsonObject(with: Data(export.text.utf8)) as? [String: Any])
            let requests = try #require(json["roomRequests"] as? [[String: Any]])
            #expect(requests.count == 2)
            #expect(Set(requests.compactMap { $0["purpose"] as? String }) == ["Lesekreis", "Nähtreff"])
            #expect(requests.contains { $0["status"] as? String == "bestätigt" })
            #expect(requests.allSatisfy { $0["room"] as? String == "Gruppenraum" && $0["place"] as? String == "Nachbarschaftstreff" })
            // the owner's export holds the changes they made
            let ownerExport = try await s.owner.get("/konto/daten.json")
            #expect(ownerExport.text.contains("changesYouMadeToPlacesAndOffers"))
            #expect(ownerExport.text.contains("angelegt"))

            let deleted = try await s.resident.post("/konto/loeschen", [("password", Browser.password)])
            #expect(deleted.status == .ok)
            let rows = try await EditFixture.sql(app).select().columns("requester_user_id", "status").from("room_bookings")
                .orderBy("created_at").all()
            #expect(try rows.allSatisfy { try $0.decode(column: "requester_user_id", as: UUID?.self) == nil })
            #expect(try rows.map { try $0.decode(column: "status", as: String.self) } == ["withdrawn", "confirmed"])
            let list = try await s.owner.get("/buchungen")
            #expect(list.text.contains("gelöschtes Konto"))
            #expect(!list.text.contains("Ben K."))
            // the confirmed time stays taken
            #expect(try await EditFixture.count(app, "room_booking_slots") == 4)
        }
    }
}

/// Small reads for assertions.
enum EditQueriesProbe {
    static func roomHistory(_ app: Application, _ id: UUID) async throws -> [String] {
        try await EditFixture.sql(app).select().column("summary").from("item_changes").where("item_id", .equal, id).all()
            .map { try $0.decode(column: "summary", as: String.self) }
    }
}
