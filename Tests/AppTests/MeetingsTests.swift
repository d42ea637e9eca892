@testable import App
import Foundation
import GemeinsamCore
import SQLKit
import Testing
import Vapor
import VaporTesting

/// Adds the Begegnung sample content (40 places, 92 offers) to a test app.
func seedMeetings(_ app: Application) async throws {
    _ = try await SampleMeetings().seed(app)
}

/// One offer with a known schedule at a new place in the given Quartier.
@discardableResult
func makeOffer(_ app: Application, quartier slug: String = "borsigplatz", title: String = "Testtreff",
               schedule: Schedule, category: OfferCategory = .meeting, cost: CostKind = .free, stepFree: Bool = true,
               status: PublicationStatus = .published, owner: UUID? = nil) async throws -> (offer: UUID, place: UUID) {
    let sql = app.sql
    let quartier = try #require(app.geographyStore.snapshot.area(kind: .statisticalDistrict, slug: slug))
    let typeID = try #require(try await sql.select().column("id").from("place_types").where("key", .equal, "cafe").first()?
        .decode(column: "id", as: Int.self))
    let point = quartier.shape.representativePoint
    let place = try await MeetingsWriter.insertPlace(PlaceRow(
        name: "Treff \(title)", typeID: typeID, street: "Teststraße 1", postalCode: "44145", city: "Dortmund",
        lat: point.lat, lon: point.lon, areaID: quartier.id, stepFree: stepFree, phone: "0231 1234",
        ownerUserID: owner), by: nil, now: app.clock.now, on: sql)
    let row = OfferRow(
        title: title, description: "Erster Absatz.\n\nZweiter Absatz mit <b>Markup</b>.", category: category,
        audiences: KeyList.encode([Audience.seniors]), languages: KeyList.encode(["de", "tr"]), costKind: cost,
        costCents: cost == .amount ? 350 : nil, registrationRequired: false, registrationHow: "", placeID: place,
        meetingPoint: "", areaID: quartier.id, organiser: "Testverein", contact: "Telefon 0231 1234", status: status,
        ownerUserID: owner)
    let offer = try await MeetingsWriter.insertOffer(try Offer(row, schedule: schedule), by: nil, now: app.clock.now, on: sql)
    return (offer, place)
}

private func today() -> CalendarDate { EuropeBerlinTime.localDateTime(at: Date())!.date }

private func everyDay(from: CalendarDate = today()) throws -> Schedule {
    try .weekly(on: Set(CalendarWeekday.allCases), from: CalendarTime(hour: 23), to: CalendarTime(hour: 23, minute: 45),
                firstDate: from)
}

@Suite struct MeetingsFindingTests {
    @Test func quartierOffersListSampleContentWithMapAndFeeds() async throws {
        try await withTestApp { app in
            try await seedMeetings(app)
            try await app.testing().test(.GET, "/quartiere/borsigplatz/angebote") { res in
                #expect(res.status == .ok)
                let html = res.body.string
                #expect(html.contains("Angebote in und um Borsigplatz"))
                #expect(html.contains("class=\"offer-item\""))
                #expect(html.contains("Beispiel"))
                #expect(html.contains("nächster Termin"))
                #expect(html.contains("class=\"map-marker\""))                  // markers on the map …
                #expect(html.contains("<ol class=\"offer-list\""))              // … next to a numbered list
                #expect(html.contains("/quartiere/borsigplatz/kalender.ics"))
            }
        }
    }

    @Test func listIsSortedByNextDateAndFiltersWork() async throws {
        try await withTestApp { app in
            // setup: three offers in Borsigplatz on known days
            let start = today()
            let tomorrow = start.adding(days: 1)!
            let inTenDays = start.adding(days: 10)!
            try await makeOffer(app, title: "Später Treff", schedule: .once(on: inTenDays, from: CalendarTime(hour: 10), to: CalendarTime(hour: 11)))
            try await makeOffer(app, title: "Morgen Bewegung", schedule: .once(on: tomorrow, from: CalendarTime(hour: 18), to: CalendarTime(hour: 19)),
                                category: .movement, cost: .amount)
            try await makeOffer(app, title: "Ohne Stufen frei", schedule: .once(on: tomorrow, from: CalendarTime(hour: 9), to: CalendarTime(hour: 10)),
                                stepFree: false)

            // act + check: sorted by next date
            var html = ""
            try await app.testing().test(.GET, "/quartiere/borsigplatz/angebote?umkreis=quartier") { html = $0.body.string }
            let order = ["Ohne Stufen frei", "Morgen Bewegung", "Später Treff"].map { html.range(of: $0)?.lowerBound }
            #expect(order.allSatisfy { $0 != nil })
            #expect(order[0]! < order[1]! && order[1]! < order[2]!)
            #expect(html.contains("3,50 €"))

            try await app.testing().test(.GET, "/quartiere/borsigplatz/angebote?umkreis=quartier&kategorie=bewegung") { res in
                #expect(res.body.string.contains("Morgen Bewegung"))
                #expect(!res.body.string.contains("Später Treff"))
            }
            try await app.testing().test(.GET, "/quartiere/borsigplatz/angebote?umkreis=quartier&kostenlos=1") { res in
                #expect(!res.body.string.contains("Morgen Bewegung"))
                #expect(res.body.string.contains("Später Treff"))
            }
            try await app.testing().test(.GET, "/quartiere/borsigplatz/angebote?umkreis=quartier&stufenlos=1") { res in
                #expect(!res.body.string.contains("Ohne Stufen frei"))
            }
            try await app.testing().test(.GET, "/quartiere/borsigplatz/angebote?umkreis=quartier&tageszeit=abend") { res in
                #expect(res.body.string.contains("Morgen Bewegung"))
                #expect(!res.body.string.contains("Ohne Stufen frei"))
            }
            try await app.testing().test(.GET, "/quartiere/borsigplatz/angebote?umkreis=quartier&wochentag=\(tomorrow.weekday.rawValue)") { res in
                #expect(res.body.string.contains("Morgen Bewegung"))
                #expect(!res.body.string.contains("Später Treff") || inTenDays.weekday == tomorrow.weekday)
            }
            try await app.testing().test(.GET, "/quartiere/borsigplatz/angebote?umkreis=quartier&zeitraum=heute") { res in
                #expect(!res.body.string.contains("Später Treff"))
            }
            // a neighbour sees it with the default scope, not with "nur in diesem Quartier"
            try await app.testing().test(.GET, "/quartiere/nordmarkt/angebote") { res in
                #expect(res.body.string.contains("Später Treff"))
            }
            try await app.testing().test(.GET, "/quartiere/nordmarkt/angebote?umkreis=quartier") { res in
                #expect(!res.body.string.contains("Später Treff"))
            }
        }
    }

    @Test(arguments: ["kategorie=unbekannt", "zielgruppe=robots", "wochentag=9", "umkreis=welt", "sprache=klingonisch",
                      "tageszeit=\(String(repeating: "x", count: 100_000))"])
    func unknownFilterValuesGet400WithGermanMessage(query: String) async throws {
        try await withTestApp { app in
            try await app.testing().test(.GET, "/quartiere/borsigplatz/angebote?\(query)") { res in
                #expect(res.status == .badRequest)
                #expect(res.body.string.contains("hat einen unbekannten Wert"))
            }
        }
    }

    @Test func cancelledDatesAndUnpublishedOffersAreNotListed() async throws {
        try await withTestApp { app in
            let tomorrow = today().adding(days: 1)!
            try await makeOffer(app, title: "Fällt aus", schedule: .once(on: tomorrow, from: CalendarTime(hour: 10),
                                                                         to: CalendarTime(hour: 11), cancelled: true))
            try await makeOffer(app, title: "Nur Entwurf", schedule: .once(on: tomorrow, from: CalendarTime(hour: 10), to: CalendarTime(hour: 11)),
                                status: .draft)
            try await makeOffer(app, title: "Macht Pause", schedule: try everyDay(), status: .paused)
            try await app.testing().test(.GET, "/quartiere/borsigplatz/angebote") { res in
                #expect(!res.body.string.contains("Fällt aus"))
                #expect(!res.body.string.contains("Nur Entwurf"))
                #expect(!res.body.string.contains("Macht Pause"))
            }
        }
    }

    @Test func quartierPageShowsTheNextOffers() async throws {
        try await withTestApp { app in
            try await makeOffer(app, title: "Abendtreff", schedule: try everyDay())
            try await app.testing().test(.GET, "/quartiere/borsigplatz") { res in
                #expect(res.body.string.contains("Abendtreff"))
                #expect(res.body.string.contains("/quartiere/borsigplatz/angebote"))
                #expect(!res.body.string.contains("Hier erscheinen bald"))
            }
        }
    }
}

@Suite struct MeetingsPagesTests {
    @Test func offerPageShowsDatesPlaceAndJSONLD() async throws {
        try await withTestApp { app in
            let (offer, place) = try await makeOffer(app, title: "Kaffeeklatsch", schedule: try everyDay())
            try await app.testing().test(.GET, "/angebote/\(offer.uuidString.lowercased())") { res in
                #expect(res.status == .ok)
                let html = res.body.string
                #expect(html.contains("<h1>Kaffeeklatsch"))
                #expect(html.contains("täglich, 23–23:45 Uhr"))
                #expect(html.components(separatedBy: "<li").count > 8)           // the next 8 dates
                #expect(html.contains("href=\"/orte/\(place.uuidString.lowercased())\""))
                #expect(html.contains("stufenloser Zugang"))
                #expect(html.contains("Türkisch"))
                #expect(html.contains("&lt;b&gt;Markup&lt;/b&gt;"))              // plain text, escaped
                #expect(html.contains("application/ld+json"))
                #expect(html.contains("\"@type\":\"Event\"") || html.contains("\"@type\" : \"Event\""))
                #expect(html.contains("/kalender.ics"))
                #expect(!html.contains("/bearbeiten"))                             // anonymous may not edit
            }
        }
    }

    @Test func draftOffersAreHiddenFromThePublicButNotFromCoordinators() async throws {
        try await withTestApp { app in
            let (offer, _) = try await makeOffer(app, title: "Geheimer Entwurf", schedule: try everyDay(), status: .draft)
            let path = "/angebote/\(offer.uuidString.lowercased())"
            try await app.testing().test(.GET, path) { #expect($0.status == .notFound) }
            var resident = Browser(app)
            try await resident.register()
            #expect(try await resident.get(path).status == .notFound)
            try await grant(.coordinator, to: "anna@example.org", in: app)
            let res = try await resident.get(path)
            #expect(res.status == .ok)
            #expect(res.text.contains("Entwurf"))
            #expect(res.text.contains("/bearbeiten"))
        }
    }

    @Test func unknownIdsGet404() async throws {
        try await withTestApp { app in
            for path in ["/angebote/\(UUID())", "/angebote/kein-uuid", "/orte/\(UUID())", "/orte/x/kalender.ics", "/api/v1/offers/\(UUID())"] {
                try await app.testing().test(.GET, path) { #expect($0.status == .notFound, "\(path)") }
            }
        }
    }

    @Test func placePageListsOffersAndRooms() async throws {
        try await withTestApp { app in
            try await seedMeetings(app)
            let sql = app.sql
            let row = try #require(try await sql.select().column("place_id").from("rooms").first())
            let place = try row.decode(column: "place_id", as: UUID.self).uuidString.lowercased()
            try await app.testing().test(.GET, "/orte/\(place)") { res in
                #expect(res.status == .ok)
                #expect(res.body.string.contains("Seniorenbüro"))
                #expect(res.body.string.contains("Gruppenraum"))
                #expect(res.body.string.contains("Angebote an diesem Ort"))
                #expect(res.body.string.contains("Beispiel"))
            }
        }
    }

    @Test func weeklyNoticeIsPrintableWithContactPhone() async throws {
        try await withTestApp { app in
            try await seedMeetings(app)
            try await makeOffer(app, title: "Wochentreff", schedule: try everyDay(from: today().adding(days: -7)!))
            try await app.testing().test(.GET, "/quartiere/borsigplatz/aushang") { res in
                #expect(res.status == .ok)
                let html = res.body.string
                #expect(html.contains("Diese Woche in Borsigplatz"))
                #expect(html.contains("Wochentreff"))
                #expect(html.contains("localhost:8080/quartiere/borsigplatz/angebote"))
                #expect(html.contains("Seniorenbüro Innenstadt-Nord"))              // the local phone number
                #expect(html.contains("0231 50-"))
            }
        }
    }
}

@Suite struct MeetingsCalendarTests {
    @Test func offerFeedIsRFC5545WithRRuleAndTimezone() async throws {
        try await withTestApp { app in
            let (offer, _) = try await makeOffer(app, title: "Kalender; mit, Sonderzeichen", schedule: try everyDay())
            try await app.testing().test(.GET, "/angebote/\(offer.uuidString.lowercased())/kalender.ics") { res in
                #expect(res.status == .ok)
                #expect(res.headers.first(name: .contentType)?.hasPrefix("text/calendar") == true)
                let text = res.body.string
                #expect(text.hasPrefix("BEGIN:VCALENDAR\r\n"))
                #expect(text.contains("BEGIN:VTIMEZONE\r\nTZID:Europe/Berlin"))
                #expect(text.contains("RRULE:FREQ=WEEKLY"))
                #expect(text.contains("UID:offer-\(offer.uuidString.lowercased())@localhost"))
                #expect(text.contains("SUMMARY:Kalender\\; mit\\, Sonderzeichen"))
                #expect(text.split(separator: "\r\n").allSatisfy { $0.utf8.count <= 75 })
            }
        }
    }

    /// Writes the app's own feeds and the dates it lists for CI's Python check (icalendar + recurring-ical-events),
    /// when `ICS_EXPORT_DIR` is set.
    @Test func exportFeedsForThePythonCheck() async throws {
        guard let dir = ProcessInfo.processInfo.environment["ICS_EXPORT_DIR"], !dir.isEmpty else { return }
        try await withTestApp { app in
            try await seedMeetings(app)
            let sql = app.sql
            for slug in ["borsigplatz", "hoerde", "city"] {
                var ics = ""
                try await app.testing().test(.GET, "/quartiere/\(slug)/kalender.ics") { ics = $0.body.string }
                // the dates the app lists: the stored occurrences of the offers in that feed
                let uids = ics.split(separator: "\r\n").filter { $0.hasPrefix("UID:offer-") }
                    .map { String($0.dropFirst("UID:offer-".count).prefix(36)) }
                let from = today(), through = today().adding(days: 90)!
                var listed: [(uid: String, occurrences: [ScheduleOccurrence])] = []
                for uid in uids {
                    let rows = try await sql.select().columns("starts_at", "ends_at", "cancelled").from("occurrences")
                        .where("offer_id", .equal, UUID(uuidString: uid)!).orderBy("starts_at").all()
                    let occurrences = try rows.compactMap { row -> ScheduleOccurrence? in
                        let start = Date(timeIntervalSince1970: try row.decode(column: "starts_at", as: Double.self))
                        let end = Date(timeIntervalSince1970: try row.decode(column: "ends_at", as: Double.self))
                        guard let ls = EuropeBerlinTime.localDateTime(at: start), let le = EuropeBerlinTime.localDateTime(at: end),
                              ls.date >= from, ls.date <= through else { return nil }
                        return ScheduleOccurrence(date: ls.date, startTime: ls.time, endTime: le.time, start: start, end: end,
                                                  isCancelled: try row.decode(column: "cancelled", as: Bool.self))
                    }
                    listed.append(("offer-\(uid)@localhost", occurrences))
                }
                try FileManager.default.createDirectory(atPath: dir, withIntermediateDirectories: true)
                try ics.write(toFile: "\(dir)/\(slug).ics", atomically: true, encoding: .utf8)
                try ICalendarCheckFile.expectedJSON(from: from, through: through, listed: listed)
                    .write(toFile: "\(dir)/\(slug).expected.json", atomically: true, encoding: .utf8)
                #expect(!listed.isEmpty)
            }
        }
    }
}

@Suite struct MeetingsAPITests {
    private func json(_ res: TestingHTTPResponse) throws -> [String: Any] {
        try #require(try JSONSerialization.jsonObject(with: Data(res.body.string.utf8)) as? [String: Any])
    }

    @Test func placesOffersAndGeoJSON() async throws {
        try await withTestApp { app in
            try await seedMeetings(app)
            try await app.testing().test(.GET, "/api/v1/places") { res in
                let body = try json(res)
                #expect(body["count"] as? Int == 40)
            }
            try await app.testing().test(.GET, "/api/v1/places?area=district:2") { res in
                let body = try json(res)
                let items = try #require(body["items"] as? [[String: Any]])
                #expect(!items.isEmpty && items.allSatisfy { ($0["area"] as? [String: Any])?["kind"] as? String == "statisticalDistrict" })
            }
            try await app.testing().test(.GET, "/api/v1/places.geojson") { res in
                #expect(res.headers.first(name: .contentType) == "application/geo+json")
                let body = try json(res)
                #expect(body["type"] as? String == "FeatureCollection")
                let first = try #require((body["features"] as? [[String: Any]])?.first)
                let coordinates = try #require((first["geometry"] as? [String: Any])?["coordinates"] as? [Double])
                #expect(coordinates[0] > 7 && coordinates[0] < 8 && coordinates[1] > 51 && coordinates[1] < 52)  // lon, lat
            }
            try await app.testing().test(.GET, "/api/v1/offers?category=bewegung") { res in
                let body = try json(res)
                let items = try #require(body["items"] as? [[String: Any]])
                #expect(!items.isEmpty && items.allSatisfy { $0["category"] as? String == "bewegung" })
                let first = try #require(items.first)
                #expect((first["url"] as? String)?.hasPrefix("http://localhost:8080/angebote/") == true)
                #expect((first["calendarUrl"] as? String)?.hasSuffix("/kalender.ics") == true)
                #expect(first["costCents"] is NSNull)
                #expect((first["nextDates"] as? [String])?.isEmpty == false)
            }
        }
    }

    @Test func occurrencesInAWindow() async throws {
        try await withTestApp { app in
            try await makeOffer(app, title: "Täglich", schedule: try everyDay())
            let from = today().iso, to = today().adding(days: 3)!.iso
            try await app.testing().test(.GET, "/api/v1/occurrences?from=\(from)&to=\(to)&area=06") { res in
                #expect(res.status == .ok)
                let body = try json(res)
                #expect(body["count"] as? Int == 3)
            }
        }
    }

    @Test(arguments: [
        "/api/v1/offers?category=x", "/api/v1/offers?audience=x", "/api/v1/places?area=atlantis",
        "/api/v1/occurrences?from=gestern", "/api/v1/occurrences?from=2026-01-10&to=2026-01-01",
        "/api/v1/occurrences?from=2026-01-01&to=2026-12-31",
    ])
    func badParametersGetProblemJSON(path: String) async throws {
        try await withTestApp { app in
            try await app.testing().test(.GET, path) { res in
                #expect(res.status == .badRequest)
                #expect(res.headers.first(name: .contentType)?.hasPrefix("application/problem+json") == true)
            }
        }
    }
}

@Suite(.serialized) struct OfferListPagingTests {
    @Test func longListsArePagedBy50() async throws {
        try await withTestApp { app in
            // setup: 60 weekly offers at one place
            let place = try await EditFixture.place(app)
            for i in 1...60 { try await EditFixture.offer(app, title: "Treff \(i)", place: place) }
            var browser = Browser(app)
            // act
            let first = try await browser.get("/quartiere/borsigplatz/angebote")
            let second = try await browser.get("/quartiere/borsigplatz/angebote?seite=2")
            // check
            #expect(first.status == .ok)
            #expect(first.text.components(separatedBy: "class=\"offer-item\"").count - 1 == 50)
            #expect(first.text.contains("Seite 1 von 2") && first.text.contains("60 Angebote, hier 1 bis 50"))
            #expect(first.text.contains("href=\"/quartiere/borsigplatz/angebote?seite=2\""))
            #expect(second.text.components(separatedBy: "class=\"offer-item\"").count - 1 == 10)
            #expect(second.text.contains("<ol class=\"offer-list\" start=\"51\">"))
            let beyond = try await browser.get("/quartiere/borsigplatz/angebote?seite=99")
            #expect(beyond.status == .ok && beyond.text.contains("Seite 2 von 2"))
            for bad in ["0", "abc", "-1", "99999"] {
                let res = try await browser.get("/quartiere/borsigplatz/angebote?seite=\(bad)")
                #expect(res.status == .badRequest, "\(bad)")
                #expect(res.text.contains("Diese Seite gibt es nicht"))
            }
        }
    }
}

@Suite(.serialized) struct OccurrenceRefreshTests {
    @Test func storedDatesAreMovedOnOncePerDay() async throws {
        try await withTestApp { app in
            // setup: an offer whose stored future dates are gone (as if nobody had touched it for a year)
            let place = try await EditFixture.place(app)
            let offer = try await EditFixture.offer(app, place: place)
            let sql = EditFixture.sql(app)
            let now = Date().timeIntervalSince1970
            try await sql.delete(from: "occurrences").where("offer_id", .equal, offer).where("starts_at", .greaterThan, now).run()
            try await sql.delete(from: "settings").where("key", .equal, OccurrenceWriter.refreshKey).run()
            func futureDates() async throws -> Int {
                try await sql.raw("SELECT COUNT(*) AS n FROM occurrences WHERE starts_at > \(bind: now)").first()?
                    .decode(column: "n", as: Int.self) ?? 0
            }
            #expect(try await futureDates() == 0)
            // act
            let refreshed = try await OccurrenceWriter.refreshIfNeeded(now: app.clock.now, on: app.db)
            // check: weekly on Fridays for the next 400 days, and only once a day
            #expect(refreshed == 1)
            #expect((56...58).contains(try await futureDates()))
            #expect(try await OccurrenceWriter.refreshIfNeeded(now: app.clock.now, on: app.db) == nil)
        }
    }
}
