import Foundation
import Testing
@testable import GemeinsamCore

private func d(_ iso: String) -> CalendarDate { try! CalendarDate(iso: iso) }

@Suite struct VolunteerHoursTests {
    typealias H = Exchange.Hours

    @Test func validation() {
        let today = d("2026-03-10")
        #expect(H.validate(date: today, minutes: 90, today: today).isEmpty)
        #expect(H.validate(date: today, minutes: 0, today: today) == [.notPositive])
        #expect(H.validate(date: today, minutes: 721, today: today) == [.tooLong(maximum: 720)])
        #expect(H.validate(date: d("2026-03-11"), minutes: 30, today: today) == [.inFuture])
        #expect(H.validate(date: d("2025-02-01"), minutes: 30, today: today) == [.tooOld(earliest: d("2025-02-03"))])
    }

    @Test func durationParsing() {
        #expect(H.parseDuration("90") == 90)
        #expect(H.parseDuration("1:30") == 90)
        #expect(H.parseDuration(" 2:05 ") == 125)
        #expect(H.parseDuration("1:5") == nil)
        #expect(H.parseDuration("1:75") == nil)
        #expect(H.parseDuration("1,5") == nil)
        #expect(H.parseDuration("-30") == nil)
        #expect(H.parseDuration("") == nil)
        #expect(H.parseDuration("１２") == nil)
        #expect(H.parseDuration("99999999999") == nil)
    }

    @Test func formatting() {
        #expect(H.clock(150) == "2:30")
        #expect(H.clock(5) == "0:05")
        #expect(H.decimalHours(150) == "2,5")
        #expect(H.decimalHours(120) == "2")
        #expect(H.decimalHours(20) == "0,33")
        #expect(H.decimalHours(45) == "0,75")
    }

    func entries() -> [Exchange.HoursEntry] {
        [
            .init(id: "a", date: d("2026-01-05"), minutes: 60, activity: "Einkauf", organisation: "NachbarBude", state: .confirmed, confirmedBy: "Kiosk-Team"),
            .init(id: "b", date: d("2026-02-05"), minutes: 90, activity: "Spaziergang", organisation: "NachbarBude", state: .pending),
            .init(id: "c", date: d("2026-02-07"), minutes: 30, activity: "Formular", organisation: "AWO Hörde", state: .confirmed),
            .init(id: "d", date: d("2026-03-01"), minutes: 45, activity: "Vorlesen", organisation: "AWO Hörde", state: .rejected),
            .init(id: "e", date: d("2025-12-30"), minutes: 120, activity: "Alt", organisation: "NachbarBude", state: .confirmed),
            .init(id: "f", date: d("2026-01-02"), minutes: 15, activity: "=HYPERLINK(\"x\")", organisation: "NachbarBude", state: .confirmed),
        ]
    }

    @Test func yearlyOverview() {
        let o = H.overview(entries(), year: 2026)
        #expect(o.confirmedMinutes == 105)
        #expect(o.pendingMinutes == 90)
        #expect(o.organisations.map(\.organisation) == ["AWO Hörde", "NachbarBude"])
        #expect(o.organisations[1] == .init(organisation: "NachbarBude", confirmedMinutes: 75, pendingMinutes: 90, confirmedEntries: 2))
        #expect(o.entries.map(\.id) == ["d", "c", "b", "a", "f"])
    }

    @Test func certificateHasOnlyConfirmedHoursOfOneOrganisationAndYear() throws {
        let c = try #require(H.certificate(entries(), year: 2026, organisation: "NachbarBude"))
        #expect(c.entries.map(\.id) == ["f", "a"])
        #expect(c.totalMinutes == 75)
        #expect(H.certificate(entries(), year: 2024, organisation: "NachbarBude") == nil)
        #expect(H.certificate(entries(), year: 2026, organisation: "Unbekannt") == nil)
    }

    @Test func csvIsSpreadsheetSafe() {
        let text = H.csv(entries(), header: ["Datum", "Minuten", "Stunden", "Tätigkeit", "Organisation", "Status", "Bestätigt von"],
                         stateName: { $0.rawValue })
        #expect(text.hasPrefix("\u{FEFF}Datum;Minuten;"))
        #expect(text.contains("2026-01-02;15;0,25;\"'=HYPERLINK(\"\"x\"\")\";NachbarBude;confirmed;\r\n"))
        #expect(text.contains("2026-02-05;90;\"1,5\";Spaziergang;NachbarBude;pending;\r\n") || text.contains("2026-02-05;90;1,5;Spaziergang;NachbarBude;pending;\r\n"))
        #expect(H.spreadsheetSafe("-12") == "-12")
        #expect(H.spreadsheetSafe("-x") == "'-x")
        #expect(H.spreadsheetSafe("@SUM") == "'@SUM")
    }
}
