import Foundation
import Testing
@testable import GemeinsamCore

@Suite("Wegbegleitung: Wirkung (Veränderung UCLA-3, Anteile, Sperrung)")
struct GuidanceOutcomesTests {
    typealias O = GuidanceOutcomes

    static func group(_ name: String, pairs: Int, suppressed: Bool) -> O.Group {
        let cases = (0..<pairs).map { _ in O.Case(baseline: 7, followUp: 6, firstVisit: true, stillAttending: nil) }
        let summary = O.summarize(cases, name: name)
        #expect(summary.suppressed == suppressed)
        return summary
    }

    @Test("figures of one group, computed by hand")
    func summarize() throws {
        // setup: changes −1 five times, 0 five times; two cases without a pair
        var cases = (0..<5).map { _ in O.Case(baseline: 6, followUp: 5, firstVisit: true, stillAttending: true) }
        cases += (0..<5).map { _ in O.Case(baseline: 4, followUp: 4, firstVisit: false, stillAttending: nil) }
        cases.append(O.Case(baseline: nil, followUp: 9, firstVisit: nil, stillAttending: false))
        cases.append(O.Case(baseline: 8, followUp: nil, firstVisit: true, stillAttending: nil))
        // act
        let group = O.summarize(cases, name: "x")
        // check: mean −0.5, s² = 10·0.25/9, se = 1/6, t(0.975, 9) = 2.2621571627982053 (scipy.stats.t.ppf)
        #expect(group.cases == 12 && group.pairs == 10 && !group.suppressed)
        let f = try #require(group.figures)
        #expect(f.meanChange == -0.5)
        #expect(abs(f.ciLow - (-0.5 - 2.2621571627982053 / 6)) < 1e-14)
        #expect(abs(f.ciHigh - (-0.5 + 2.2621571627982053 / 6)) < 1e-14)
        #expect(f.shareImproved == 0.5)
        #expect(f.shareFirstVisit == 6.0 / 11)
        #expect(f.shareStillAttending == 5.0 / 6)
        // no flag recorded at all: no share
        let noFlags = O.summarize((0..<10).map { _ in O.Case(baseline: 5, followUp: 5, firstVisit: nil, stillAttending: nil) }, name: "y")
        #expect(noFlags.figures?.shareFirstVisit == nil && noFlags.figures?.ciLow == 0)
        // 9 pairs: counts only
        let small = O.summarize(Array(cases.dropFirst(3)), name: "z")
        #expect(small.suppression == .tooFewPairs && small.figures == nil && small.pairs == 7 && small.cases == 9)
    }

    @Test("complementary suppression within a split")
    func protectSplit() {
        func run(_ pairs: [Int]) -> [O.Suppression?] {
            O.protectSplit(pairs.enumerated().map { Self.group("g\($0.offset)", pairs: $0.element, suppressed: $0.element < 10) })
                .map(\.suppression)
        }
        #expect(run([30, 12, 50]) == [nil, nil, nil])
        // one small group: the next smallest goes too
        #expect(run([30, 4, 12, 50]) == [nil, .tooFewPairs, .complementary, nil])
        // two small groups with fewer than 10 pairs together: a third
        #expect(run([3, 4, 20, 11]) == [.tooFewPairs, .tooFewPairs, nil, .complementary])
        // two small groups with at least 10 pairs together: enough
        #expect(run([4, 8, 20, 11]) == [.tooFewPairs, .tooFewPairs, nil, nil])
        // ties: the first of the equal ones
        #expect(run([4, 12, 12]) == [.tooFewPairs, .complementary, nil])
        // everything small, or a single group: nothing left to hide
        #expect(run([2, 3]) == [.tooFewPairs, .tooFewPairs])
        #expect(run([5]) == [.tooFewPairs])
        #expect(run([]) == [])
    }

    @Test("exact t quantiles: equal to scipy.stats.t.ppf within 1e-12 (MonitorStats.tQuantile975 is not)")
    func tQuantiles() throws {
        let table = try CSV.Table(text: try GuidanceTestSupport.fixtureText("t_quantiles"))
        var worstMonitor = 0.0
        for row in table.rows {
            let df = try #require(Int(row[0])), p = try #require(Double(row[1])), t = try #require(Double(row[2]))
            let ours = StudentT.quantile(p, degreesOfFreedom: Double(df))
            #expect(abs(ours - t) <= 1e-12 * max(1, abs(t)), "df \(df), p \(p): \(ours) vs \(t)")
            if p == 0.975 {
                #expect(StudentT.quantile975(degreesOfFreedom: df) == ours)
                worstMonitor = max(worstMonitor, abs(MonitorStats.tQuantile975(degreesOfFreedom: df) - t))
            }
        }
        #expect(table.rows.count == 250)
        print("MonitorStats.tQuantile975, largest deviation from SciPy for df 1…200: \(worstMonitor)")
        #expect(abs(StudentT.cdf(2.2621571627982053, degreesOfFreedom: 9) - 0.975) < 1e-15)
        #expect(StudentT.cdf(0, degreesOfFreedom: 5) == 0.5)
    }

    @Test("command equals the SciPy reference on the fixture (every figure within 1e-9)", arguments: [
        (nil, "expected_all"), ("door", "expected_door"), ("stadtbezirk", "expected_stadtbezirk"),
    ] as [(String?, String)])
    func fixture(by: String?, expectedName: String) throws {
        // act
        let output = try O.command(csv: try GuidanceTestSupport.fixtureText("cases"), by: by).get()
        // check
        let actual = try CSV.Table(text: output)
        let expected = try CSV.Table(text: try GuidanceTestSupport.fixtureText(expectedName))
        #expect(actual.header == O.outputHeader && expected.header == O.outputHeader)
        try #require(actual.rows.count == expected.rows.count)
        for (a, e) in zip(actual.rows, expected.rows) {
            for (column, (x, y)) in zip(O.outputHeader, zip(a, e)) {
                if let u = Double(x), let v = Double(y), x.contains(".") || y.contains(".") {
                    #expect(abs(u - v) <= 1e-9, "\(e[0]), \(column): \(x) vs \(y)")
                } else {
                    #expect(x == y, "\(e[0]), \(column)")
                }
            }
        }
        #expect(output.hasSuffix("\r\n") && actual.rows.last?.first == "alle")
    }

    @Test("suppressed rows keep group, cases and pairs; semicolons; any extra column can group")
    func format() throws {
        var csv = "case_id;door;stadtbezirk;baseline_ucla_sum3;followup_ucla_sum3;first_visit;still_attending;quartal\n"
        for i in 0..<12 { csv += "c\(i);self;Eving;\(3 + i % 7);\(3 + (i + 1) % 7);1;;2026-Q1\n" }
        csv += "x1;phone;;;;0;0;2026-Q2\n"
        let output = try O.command(csv: csv, by: "quartal").get()
        let lines = output.components(separatedBy: "\r\n")
        #expect(lines[1] == "2026-Q1,12,12,,,,,,,1")
        #expect(lines[2] == "2026-Q2,1,0,,,,,,,1")
        #expect(lines[3].hasPrefix("alle,13,12,0.4166666666666667,") && lines[3].hasSuffix(",0.9230769230769231,0,0"))
        #expect(try O.command(csv: csv, by: "stadtbezirk").get().contains("\r\nohne Angabe,1,0,,,,,,,1\r\nalle,"))
    }

    @Test("bad input: one German line naming line and column", arguments: [
        ("a,self,Eving,3,4,1\n", "Falldatei, Zeile 1: Die Spalte „still_attending“ fehlt.", "short header"),
        ("a,self,Eving,10,4,1,0\n", "Falldatei, Zeile 2, Spalte „baseline_ucla_sum3“: ungültiger Wert „10“ (erlaubt: 3 bis 9 "
            + "oder leer für nicht erfasst)", nil),
        ("a,self,Eving,3,4,1,0\nb,self,Eving,3,2,1,0\n", "Falldatei, Zeile 3, Spalte „followup_ucla_sum3“: ungültiger Wert "
            + "„2“ (erlaubt: 3 bis 9 oder leer für nicht erfasst)", nil),
        ("a,self,Eving,4.5,4,1,0\n", "Falldatei, Zeile 2, Spalte „baseline_ucla_sum3“: ungültiger Wert „4.5“ (erlaubt: 3 bis 9 "
            + "oder leer für nicht erfasst)", nil),
        ("a,self,Eving,3,4,ja,0\n", "Falldatei, Zeile 2, Spalte „first_visit“: ungültiger Wert „ja“ (erlaubt: 0, 1 oder leer "
            + "für nicht erfasst)", nil),
        ("a,self,Eving,3,4,1,2\n", "Falldatei, Zeile 2, Spalte „still_attending“: ungültiger Wert „2“ (erlaubt: 0, 1 oder "
            + "leer für nicht erfasst)", nil),
        ("a,self,Eving,3,4,1,0\nb,self,Eving,3,4,1\n", "Falldatei, Zeile 3: 6 Felder, erwartet 7", nil),
        ("a,self,Eving,3,4,1,0\na,self,Eving,3,4,1,0\n", "Falldatei, Zeile 3, Spalte „case_id“: Die Fall-ID „a“ kommt doppelt "
            + "vor (zuerst in Zeile 2).", nil),
        (",self,Eving,3,4,1,0\n", "Falldatei, Zeile 2, Spalte „case_id“: Die Fall-ID ist leer.", nil),
        ("a,self,Eving,\"7\nx\",4,1,0\n", "Falldatei, Zeile 2, Spalte „baseline_ucla_sum3“: ungültiger Wert „7 x“ (erlaubt: 3 "
            + "bis 9 oder leer für nicht erfasst)", nil),
        ("", "Falldatei, Zeile 1: Die Datei ist leer", "empty"),
        ("", "Falldatei: Die Datei enthält keine Datenzeilen.", nil),
    ] as [(String, String, String?)])
    func errors(rows: String, message: String, header: String?) {
        let head = header == "empty" ? "" : header == nil ? O.inputColumns.joined(separator: ",") + "\n"
            : "case_id,door,stadtbezirk,baseline_ucla_sum3,followup_ucla_sum3,first_visit\n"
        guard case .failure(let error) = O.command(csv: head + rows, by: nil) else {
            Issue.record("accepted: \(rows)")
            return
        }
        #expect(error.description == message)
        #expect(!error.description.contains("\n"))
    }

    @Test("--by: unknown or value columns, and the reserved group „alle“")
    func byErrors() {
        let csv = O.inputColumns.joined(separator: ",") + "\na,self,Eving,3,4,1,0\nb,alle,Eving,3,4,1,0\n"
        for column in ["quartier", "baseline_ucla_sum3", "case_id", ""] {
            guard case .failure(let error) = O.command(csv: csv, by: column) else { Issue.record("accepted --by \(column)"); continue }
            #expect(error.description == "Falldatei: Nach der Spalte „\(column)“ kann nicht gruppiert werden (--by: eine "
                + "dieser Spalten der Datei: door, stadtbezirk).")
        }
        guard case .failure(let reserved) = O.command(csv: csv, by: "door") else { Issue.record("accepted alle"); return }
        #expect(reserved.description == "Falldatei, Zeile 3, Spalte „door“: Der Wert „alle“ ist für die Gesamtzeile "
            + "reserviert; bitte umbenennen.")
        #expect((try? O.command(csv: csv, by: "stadtbezirk").get()) != nil)
    }
}
