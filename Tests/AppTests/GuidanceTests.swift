@testable import App
import Foundation
import GemeinsamCore
import SQLKit
import Testing
import Vapor
import VaporTesting

@Suite("Wegbegleitung: Empfehlungen (API) und Auswertung (Kommandozeile)")
struct GuidanceTests {
    func json(_ res: TestingHTTPResponse) throws -> [String: Any] {
        try #require(try JSONSerialization.jsonObject(with: Data(res.body.string.utf8)) as? [String: Any])
    }

    func items(_ res: TestingHTTPResponse) throws -> [[String: Any]] {
        try #require(try json(res)["items"] as? [[String: Any]])
    }

    /// Every day at 23:`minute` for ten minutes, from today.
    func lateEveryDay(minute: Int) throws -> Schedule {
        let today = EuropeBerlinTime.localDateTime(at: Date())!.date
        return try .weekly(on: Set(CalendarWeekday.allCases), from: CalendarTime(hour: 23, minute: minute),
                           to: CalendarTime(hour: 23, minute: minute + 10), firstDate: today)
    }

    @Test func recommendationsKeepTheHardConstraintsAndGiveReasons() async throws {
        try await withTestApp { app in
            // setup: a Turkish, step-free, free offer and a German one that costs and is not step-free
            let (turkish, _) = try await makeOffer(app, title: "Çay ve sohbet", schedule: try lateEveryDay(minute: 5))
            let (german, _) = try await makeOffer(app, title: "Kaffeeklatsch", schedule: try lateEveryDay(minute: 20),
                                                  cost: .amount, stepFree: false)
            try await app.sql.update("offers").set("languages", to: KeyList.encode(["tr"])).where("id", .equal, turkish).run()
            try await app.sql.update("offers").set("languages", to: KeyList.encode(["de"])).where("id", .equal, german).run()
            let area = try MonitorFixture.area(app, "borsigplatz").code
            var client = Browser(app)
            // act + check: Turkish only
            let turkishOnly = try await client.get("/api/v1/recommendations?area=\(area)&languages=tr")
            #expect(turkishOnly.status == .ok)
            let found = try items(turkishOnly)
            #expect(found.map { $0["offerId"] as? String } == [turkish.uuidString.lowercased()])
            let reasons = (found.first?["reasons"] as? [[String: Any]])?.compactMap { $0["code"] as? String } ?? []
            #expect(reasons.contains("language"))
            #expect(found.first?["distanceMeters"] is Int)
            #expect((found.first?["nextDate"] as? String)?.contains("T23:05") == true)
            // German (the default) with step-free access: nothing, the German offer is not step-free
            let stepFree = try items(try await client.get("/api/v1/recommendations?area=\(area)&stepFree=true"))
            #expect(stepFree.isEmpty)
            // both languages, free only: the Turkish one
            let free = try items(try await client.get("/api/v1/recommendations?area=\(area)&languages=de,tr&free=true"))
            #expect(free.map { $0["title"] as? String } == ["Çay ve sohbet"])
            // both languages, no constraint: both; limit 1 keeps one
            let both = try items(try await client.get("/api/v1/recommendations?area=\(area)&languages=de,tr"))
            #expect(both.count == 2)
            let one = try await client.get("/api/v1/recommendations?area=\(area)&languages=de,tr&limit=1")
            #expect(try json(one)["count"] as? Int == 1)
        }
    }

    @Test(arguments: [
        ("", "Quartier"),
        ("area=999", "999"),
        ("area=05&weekdays=mo,xx", "xx"),
        ("area=05&stepFree=vielleicht", "vielleicht"),
        ("area=05&limit=99", "limit"),
        ("area=05&interests=schach", "schach"),
        ("area=05&street=Gibtsnichtweg", "Gibtsnichtweg"),
    ])
    func badQueriesGetAProblemJSONIn400(query: String, mention: String) async throws {
        try await withTestApp { app in
            var client = Browser(app)
            let res = try await client.get("/api/v1/recommendations?\(query)")
            #expect(res.status == .badRequest, "\(query)")
            #expect(res.headers.first(name: .contentType)?.hasPrefix("application/problem+json") == true)
            let detail = try json(res)["detail"] as? String ?? ""
            #expect(detail.contains(mention), "\(query): \(detail)")
        }
    }

    @Test func aStreetInTheQuartierIsTheOrigin() async throws {
        try await withTestApp { app in
            // setup
            try await makeOffer(app, title: "Spaziergang", schedule: try lateEveryDay(minute: 0))
            let area = try MonitorFixture.area(app, "borsigplatz")
            let street = try #require(app.geographyStore.snapshot.lookup(street: "Oesterholzstraße").first?.street)
            // act + check
            var client = Browser(app)
            let encoded = try #require(street.addingPercentEncoding(withAllowedCharacters: .alphanumerics))
            let res = try await client.get("/api/v1/recommendations?area=\(area.code)&street=\(encoded)")
            #expect(res.status == .ok, "\(res.text.prefix(300))")
            #expect(try items(res).count == 1)
        }
    }

    @Test func outcomesCommandWritesTheTableAndRejectsBadInput() throws {
        // setup: 12 cases with baseline and follow-up (each improved by 1), 2 without follow-up
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("guidance-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: directory) }
        var lines = ["case_id,door,stadtbezirk,baseline_ucla_sum3,followup_ucla_sum3,first_visit,still_attending"]
        for i in 1...12 { lines.append("c\(i),self,Innenstadt-Nord,\(5 + i % 3),\(4 + i % 3),1,\(i % 2)") }
        lines += ["c13,phone,Hörde,6,,0,", "c14,phone,Hörde,7,,1,"]
        let good = directory.appendingPathComponent("faelle.csv")
        try lines.joined(separator: "\n").write(to: good, atomically: true, encoding: .utf8)
        let bad = directory.appendingPathComponent("kaputt.csv")
        try (lines[0] + "\nc1,self,Innenstadt-Nord,12,4,1,1\n").write(to: bad, atomically: true, encoding: .utf8)
        // act
        let all = GuidanceCommand.outcomes(casesPath: good.path, by: nil)
        let byDoor = GuidanceCommand.outcomes(casesPath: good.path, by: "door")
        let wrong = GuidanceCommand.outcomes(casesPath: bad.path, by: nil)
        let missing = GuidanceCommand.outcomes(casesPath: nil, by: nil)
        // check: 12 pairs, each −1 (sd 0 → interval −1…−1), all improved
        #expect(all.exitCode == 0)
        let rows = all.stdout.split(whereSeparator: \.isNewline).map(String.init)
        #expect(rows.first == GuidanceOutcomes.outputHeader.joined(separator: ","))
        #expect(rows.count == 2)
        #expect(rows[1].hasPrefix("alle,14,12,-1,-1,-1,1,"))
        // by door: "phone" has no pairs, so it is suppressed, and "self" with it (else the total would reveal it)
        let doorRows = byDoor.stdout.split(whereSeparator: \.isNewline).map(String.init)
        #expect(doorRows.contains("phone,2,0,,,,,,,1"))
        #expect(doorRows.contains("self,12,12,,,,,,,1"))
        #expect(doorRows.contains { $0.hasPrefix("alle,14,12,-1,-1,-1,1,") })
        #expect(wrong.exitCode == 2 && wrong.stdout.isEmpty && wrong.stderr.contains("3 bis 9"))
        #expect(missing.exitCode == 2 && missing.stderr.contains("--cases"))
    }
}
