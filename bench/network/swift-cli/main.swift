// Stand-in for `gemeinsam network analyze`, used by bench/network/run.sh until the app's CLI is wired up.
// It calls the same Core functions and takes the same arguments:
//   network-cli network analyze --ties FILE.csv [--format json|csv] [--seed N] [--timings]
// `--timings` (bench only) prints the time of each stage to standard error.
import Foundation
import GemeinsamCore

func fail(_ message: String) -> Never {
    FileHandle.standardError.write(Data((message + "\n").utf8))
    exit(1)
}

var args = Array(CommandLine.arguments.dropFirst())
if args.starts(with: ["network", "analyze"]) { args.removeFirst(2) }
var tiesPath: String?
var format = NetworkCLI.Format.json
var seed: UInt64 = 42
var timings = false
var i = 0
while i < args.count {
    let value = i + 1 < args.count ? args[i + 1] : nil
    switch args[i] {
    case "--ties": tiesPath = value; i += 2
    case "--format":
        do { format = try NetworkCLI.Format(argument: value ?? "") } catch { fail(error.description) }
        i += 2
    case "--seed":
        guard let v = value.flatMap({ UInt64($0) }) else { fail("--seed erwartet eine ganze Zahl.") }
        seed = v; i += 2
    case "--timings": timings = true; i += 1
    default: fail("Unbekanntes Argument „\(args[i])“. Aufruf: network analyze --ties DATEI.csv [--format json|csv]")
    }
}
guard let tiesPath else { fail("Bitte die Datei mit --ties DATEI.csv angeben.") }

var clock = Date()
@MainActor func lap(_ stage: String) {
    guard timings else { return }
    let now = Date()
    FileHandle.standardError.write(Data(String(format: "%@: %.3f s\n", stage, now.timeIntervalSince(clock)).utf8))
    clock = now
}

guard let data = FileManager.default.contents(atPath: tiesPath) else { fail("Die Datei „\(tiesPath)“ kann nicht gelesen werden.") }
guard let text = String(data: data, encoding: .utf8) else { fail("Die Datei „\(tiesPath)“ ist nicht in UTF-8 kodiert.") }
lap("read")
do {
    let ties = try NetworkCLI.parseTies(csvText: text)
    lap("parse (\(ties.rowCount) rows)")
    let graph = Network.Graph(nodes: ties.extraNodes, edges: ties.edges)
    lap("graph (\(graph.nodeCount) nodes, \(graph.edgeCount) edges)")
    let analysis = Network.analyze(graph, seed: seed)
    lap("analysis (exact: \(analysis.isExact))")
    let warnings = ties.warnings + analysis.warnings
    let output = format == .json ? NetworkCLI.renderJSON(analysis, warnings: warnings) : NetworkCLI.renderCSV(analysis)
    FileHandle.standardOutput.write(Data(output.utf8))
    lap("render + write")
    if format == .csv {
        for warning in warnings { FileHandle.standardError.write(Data(("Hinweis: " + warning + "\n").utf8)) }
    }
} catch {
    fail(error.description)
}
