@testable import App
import Foundation
import SQLKit
import Testing
import Vapor
import VaporTesting

/// Differencing across published tables (issue 11, finding 4): the Stadtbezirk table minus the Quartier table must
/// not leave a group under 10, and wishes follow the same decision.
@Suite struct MonitorDisclosureTests {
    @Test func theStadtbezirkMinusItsQuartiereNeverLeavesASmallGroup() async throws {
        try await withTestApp { app in
            // setup: Hafen 4 and Nordmarkt 5 (together 9) next to Borsigplatz 30 in Innenstadt-Nord; 40 in the City
            let wave = try await MonitorFixture.wave(app)
            for (quartier, count) in [("hafen", 4), ("nordmarkt", 5), ("borsigplatz", 30), ("city", 40)] {
                try await MonitorFixture.answers(app, wave: wave, quartier: quartier, count: count, lonely: count / 3)
            }
            var coordinator = Browser(app)
            try await MonitorFixture.login(&coordinator, as: .coordinator, email: "k@example.org")
            // act
            let districts = Self.counts(try await coordinator.get("/monitor/csv/stadtbezirke").text, nameFields: 1)
            let quartiere = Self.counts(try await coordinator.get("/monitor/csv/quartiere").text, nameFields: 2)
            let borsigplatzWishes = try await coordinator.get("/monitor/csv/wuensche?gebiet=borsigplatz").text
            // check: published districts, and per district its published Quartiere
            #expect(districts["Innenstadt-Nord"] == 39 && districts["Innenstadt-West"] == 40)
            for (district, n) in districts where district != "Dortmund gesamt" {
                let published = quartiere.filter { $0.key.hasPrefix(district + ";") }.values.reduce(0, +)
                let remainder = n - published
                #expect(remainder == 0 || remainder >= 10, "\(district): \(n) − \(published) = \(remainder)")
            }
            #expect(quartiere["Innenstadt-Nord;Borsigplatz"] == nil)          // withheld with Hafen and Nordmarkt
            #expect(quartiere["Innenstadt-West;City"] == 40)
            #expect(!borsigplatzWishes.contains("Treffpunkt"))                // its wishes are withheld, too
            #expect(try await coordinator.get("/monitor/csv/wuensche?gebiet=city").text.contains(";"))
        }
    }

    /// Published counts by row name (the first `nameFields` fields joined with ";"), from the "Antworten" column.
    static func counts(_ csv: String, nameFields: Int) -> [String: Int] {
        var result: [String: Int] = [:]
        for line in csv.split(separator: "\r\n").dropFirst() {
            let fields = line.split(separator: ";", omittingEmptySubsequences: false).map(String.init)
            guard fields.count >= nameFields + 2, let n = Int(fields[fields.count - 2]) else { continue }
            result[fields.prefix(nameFields).joined(separator: ";")] = n
        }
        return result
    }
}
