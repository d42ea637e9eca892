@testable import App
import Foundation
import GemeinsamCore
import Testing

/// The command-line contract of `gemeinsam survey score|weight|estimate|import-margins`, run as functions on
/// temporary files.
@Suite("Befehle: gemeinsam survey …")
struct MonitorCommandTests {
    final class TempFiles {
        let directory: URL
        init() throws {
            directory = FileManager.default.temporaryDirectory.appendingPathComponent("survey-cli-\(UUID().uuidString)")
            try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        }
        deinit { try? FileManager.default.removeItem(at: directory) }
        func write(_ name: String, _ text: String) throws -> String {
            let url = directory.appendingPathComponent(name)
            try Data(text.utf8).write(to: url)
            return url.path
        }
        func writeBytes(_ name: String, _ bytes: [UInt8]) throws -> String {
            let url = directory.appendingPathComponent(name)
            try Data(bytes).write(to: url)
            return url.path
        }
    }

    static let margins = """
        variable,category,population
        alter,jung,600
        alter,alt,400
        """

    static func responses(_ n: Int = 30) -> String {
        "id,alter,bezirk,einsam\n" + (1...n).map { i in "R\(i),\(i % 3 == 0 ? "alt" : "jung"),\(i <= 25 ? "A" : "B"),\(i % 4 == 0 ? 1 : 0)" }
            .joined(separator: "\n") + "\n"
    }

    @Test func scorePrintsCSVToStdout() throws {
        let files = try TempFiles()
        let path = try files.write("answers.csv", "id,ucla1,ucla2,ucla3\nA,5,4,\nB,nie,selten,manchmal\n")
        let out = SurveyCLI.score(answersPath: path)
        #expect(out.exitCode == 0)
        #expect(out.stderr.isEmpty)
        #expect(out.stdout.hasPrefix("id,ucla_mean,ucla_burdened,ucla_sum3,djg_total,djg_emotional,djg_social,djg_category\r\n"))
        #expect(out.stdout.contains("A,4.5,1,,,,,\r\n"))
        #expect(out.stdout.contains("B,2,0,4,,,,\r\n"))
    }

    @Test func badInputEndsWithAGermanLineAndNonZeroExit() throws {
        let files = try TempFiles()
        #expect(SurveyCLI.score(answersPath: nil) == .init(stderr: "Bitte --answers DATEI angeben.", exitCode: 2))
        let missing = SurveyCLI.score(answersPath: files.directory.appendingPathComponent("fehlt.csv").path)
        #expect(missing.exitCode == 2 && missing.stderr.contains("kann nicht gelesen werden"))
        let bad = SurveyCLI.score(answersPath: try files.write("bad.csv", "id,ucla1,ucla2,ucla3\nA,7,1,1\n"))
        #expect(bad.exitCode == 1)
        #expect(bad.stderr.contains("Zeile 2") && bad.stderr.contains("ucla1"))
        #expect(bad.stdout.isEmpty)
        let binary = SurveyCLI.score(answersPath: try files.writeBytes("bin.csv", [0x69, 0x64, 0x0A, 0xFF, 0xFE]))
        #expect(binary.exitCode == 1 && binary.stderr.contains("UTF-8"))
        let empty = SurveyCLI.score(answersPath: try files.write("empty.csv", ""))
        #expect(empty.exitCode == 1 && !empty.stderr.isEmpty)
    }

    @Test func weightPrintsIDAndWeightAndAReport() throws {
        let files = try TempFiles()
        let r = try files.write("r.csv", Self.responses())
        let m = try files.write("m.csv", Self.margins)
        let out = SurveyCLI.weight(responsesPath: r, marginsPath: m, maxIterations: nil, tolerance: nil)
        #expect(out.exitCode == 0, "\(out.stderr)")
        let lines = out.stdout.split(separator: "\r\n")
        #expect(lines.first == "id,weight")
        #expect(lines.count == 31)
        // 10 "alt" answers share 400, 20 "jung" share 600
        #expect(lines.contains("R3,40") && lines.contains("R1,30"))
        #expect(out.stderr.contains("konvergiert") && out.stderr.contains("Kish"))
        let badOption = SurveyCLI.weight(responsesPath: r, marginsPath: m, maxIterations: "null", tolerance: nil)
        #expect(badOption.exitCode == 2 && badOption.stderr.contains("--max-iterations"))
        let badTolerance = SurveyCLI.weight(responsesPath: r, marginsPath: m, maxIterations: nil, tolerance: "-1")
        #expect(badTolerance.exitCode == 2)
        let unknown = SurveyCLI.weight(responsesPath: try files.write("u.csv", "id,alter\nA,mittel\n"), marginsPath: m,
                                       maxIterations: nil, tolerance: nil)
        #expect(unknown.exitCode == 1 && unknown.stderr.contains("mittel"))
    }

    @Test func weightThatDoesNotConvergeSaysSoWithExitCode3() throws {
        let files = try TempFiles()
        let r = try files.write("r.csv", "id,a,b\n1,x,u\n2,x,v\n3,y,u\n4,y,v\n5,x,u\n")
        let m = try files.write("m.csv", "variable,category,population\na,x,10\na,y,90\nb,u,80\nb,v,20\n")
        let out = SurveyCLI.weight(responsesPath: r, marginsPath: m, maxIterations: "1", tolerance: nil)
        #expect(out.exitCode == 3)
        #expect(out.stdout.hasPrefix("id,weight"))
        #expect(out.stderr.contains("NICHT konvergiert"))
    }

    @Test func estimateSuppressesSmallGroups() throws {
        let files = try TempFiles()
        let out = SurveyCLI.estimate(responsesPath: try files.write("r.csv", Self.responses()),
                                     marginsPath: try files.write("m.csv", Self.margins), by: "bezirk", outcome: "einsam")
        #expect(out.exitCode == 0, "\(out.stderr)")
        let lines = out.stdout.split(separator: "\r\n").map(String.init)
        #expect(lines[0] == "group,n,share,ci_low,ci_high,suppressed")
        // B has 5 answers: suppressed, and A with it (the total would reveal B)
        #expect(lines.contains("B,,,,,1") && lines.contains("A,,,,,1"))
        #expect(lines.last?.hasPrefix("Insgesamt,30,") == true)
        #expect(SurveyCLI.estimate(responsesPath: nil, marginsPath: nil, by: "x", outcome: "y").exitCode == 2)
        let noBy = SurveyCLI.estimate(responsesPath: try files.write("r2.csv", Self.responses()),
                                      marginsPath: try files.write("m2.csv", Self.margins), by: nil, outcome: "einsam")
        #expect(noBy == .init(stderr: "Bitte --by SPALTE angeben.", exitCode: 2))
        let wrongColumn = SurveyCLI.estimate(responsesPath: try files.write("r3.csv", Self.responses()),
                                             marginsPath: try files.write("m3.csv", Self.margins), by: "gibtsnicht", outcome: "einsam")
        #expect(wrongColumn.exitCode == 1 && wrongColumn.stderr.contains("gibtsnicht"))
    }

    @Test func importMarginsChecksItsArguments() throws {
        let files = try TempFiles()
        let path = try files.write("m.csv", "variable,category,population\naltersgruppe,18-29,10\n")
        if case let .failure(out) = SurveyCLI.checkMarginArguments(file: nil, name: "x", source: "y", date: "2024-01-01") {
            #expect(out == .init(stderr: "Bitte --file DATEI angeben.", exitCode: 2))
        } else { Issue.record("fehlende Datei wurde angenommen") }
        if case let .failure(out) = SurveyCLI.checkMarginArguments(file: path, name: "", source: "y", date: "2024-01-01") {
            #expect(out.exitCode == 2 && out.stderr.contains("--name"))
        } else { Issue.record("leerer Name wurde angenommen") }
        if case let .failure(out) = SurveyCLI.checkMarginArguments(file: path, name: "x", source: "y", date: "31.02.2024") {
            #expect(out.stderr.contains("--date"))
        } else { Issue.record("31.02. wurde angenommen") }
        if case let .success(args) = SurveyCLI.checkMarginArguments(file: path, name: " Tabelle ", source: "Amt", date: "31.12.2023") {
            #expect(args.name == "Tabelle" && args.date == "2023-12-31")
        } else { Issue.record("gültige Angaben wurden abgelehnt") }
    }
}

