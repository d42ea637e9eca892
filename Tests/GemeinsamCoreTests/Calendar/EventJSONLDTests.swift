import Foundation
import Testing
@testable import GemeinsamCore

@Suite struct EventJSONLDTests {
    typealias S = CalendarTestSupport

    private func builder(name: String = "Seniorentreff") -> EventJSONLD {
        EventJSONLD(name: name, description: "Kaffee & Kuchen", url: "https://gemeinsam.dortmund.example/angebote/42",
                    place: .init(name: "Begegnungszentrum Hörde", streetAddress: "Hörder Bahnhofstraße 12", postalCode: "44263",
                                 latitude: 51.487, longitude: 7.5058),
                    organizer: .init(name: "Seniorenbüro Hörde", url: "https://example.org"),
                    isAccessibleForFree: true, languages: ["de", "tr"])
    }

    @Test func eventFields() throws {
        // setup: Tuesdays 24 and 31 March 2026 (before and after the spring change), 31 March cancelled
        let schedule = try Schedule.weekly(on: [.tuesday], from: S.time("14:00"), to: S.time("16:00"), firstDate: S.date("2026-03-24"),
                                           lastDate: S.date("2026-03-31"), cancelledDates: [S.date("2026-03-31")])
        let occurrences = schedule.occurrences(from: try S.date("2026-03-01"), through: try S.date("2026-04-30"), includeCancelled: true)
        // act
        let json = builder().render(occurrences)
        let parsed = try #require(try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [[String: Any]])
        // check
        #expect(parsed.count == 2)
        let first = parsed[0]
        #expect(first["@context"] as? String == "https://schema.org")
        #expect(first["@type"] as? String == "Event")
        #expect(first["name"] as? String == "Seniorentreff")
        #expect(first["description"] as? String == "Kaffee & Kuchen")
        #expect(first["startDate"] as? String == "2026-03-24T14:00:00+01:00")
        #expect(first["endDate"] as? String == "2026-03-24T16:00:00+01:00")
        #expect(parsed[1]["startDate"] as? String == "2026-03-31T14:00:00+02:00")
        #expect(first["eventStatus"] as? String == "https://schema.org/EventScheduled")
        #expect(parsed[1]["eventStatus"] as? String == "https://schema.org/EventCancelled")
        #expect(first["isAccessibleForFree"] as? Bool == true)
        #expect(first["inLanguage"] as? [String] == ["de", "tr"])
        #expect(first["url"] as? String == "https://gemeinsam.dortmund.example/angebote/42")
        let location = try #require(first["location"] as? [String: Any])
        #expect(location["@type"] as? String == "Place")
        let address = try #require(location["address"] as? [String: Any])
        #expect(address["streetAddress"] as? String == "Hörder Bahnhofstraße 12")
        #expect(address["postalCode"] as? String == "44263")
        #expect(address["addressLocality"] as? String == "Dortmund")
        let geo = try #require(location["geo"] as? [String: Any])
        #expect(geo["latitude"] as? Double == 51.487)
        let organizer = try #require(first["organizer"] as? [String: Any])
        #expect(organizer["name"] as? String == "Seniorenbüro Hörde")
    }

    @Test func safeInsideScriptElement() throws {
        // setup
        let schedule = try Schedule.once(on: S.date("2026-12-05"), from: S.time("14:00"), to: S.time("16:00"))
        let hostile = "</script><script>alert(1)</script> & \u{2028}"
        // act
        let json = builder(name: hostile).render(schedule.occurrences(from: try S.date("2026-12-01"), through: try S.date("2026-12-31")))
        // check: no raw markup characters, and the JSON still decodes to the original text
        #expect(!json.contains("<") && !json.contains(">") && !json.contains("&") && !json.contains("\u{2028}"))
        #expect(json.contains(#"\u003c/script\u003e"#))
        let parsed = try #require(try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [[String: Any]])
        #expect(parsed.first?["name"] as? String == hostile)
        #expect(parsed.first?["description"] as? String == "Kaffee & Kuchen")
    }

    @Test func optionalFieldsAreLeftOut() throws {
        let schedule = try Schedule.once(on: S.date("2026-12-05"), from: S.time("14:00"), to: S.time("16:00"))
        let minimal = EventJSONLD(name: "Treff", place: .init(name: "Raum 1"), languages: ["de"])
        let json = minimal.render(schedule.occurrences(from: try S.date("2026-12-05"), through: try S.date("2026-12-05")))
        #expect(json == #"[{"@context":"https://schema.org","@type":"Event","endDate":"2026-12-05T16:00:00+01:00","eventAttendanceMode":"https://schema.org/OfflineEventAttendanceMode","eventStatus":"https://schema.org/EventScheduled","inLanguage":"de","location":{"@type":"Place","address":{"@type":"PostalAddress","addressCountry":"DE","addressLocality":"Dortmund"},"name":"Raum 1"},"name":"Treff","startDate":"2026-12-05T14:00:00+01:00"}]"#)
    }
}
