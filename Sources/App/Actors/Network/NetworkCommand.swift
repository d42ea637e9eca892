import Foundation
import SQLKit
import GemeinsamCore
import Vapor

/// `gemeinsam network analyze [--ties FILE.csv] [--format json|csv] [--seed N]`: the network analysis for analysts;
/// without `--ties` it analyses the approved actors and their ties in the database.
/// Output on stdout; warnings and errors (German) on stderr; exit code 2 on bad input, never a stack trace.
struct NetworkCommand: AsyncCommand {
    struct Signature: CommandSignature {
        @Argument(name: "action", help: "analyze")
        var action: String
        @Option(name: "ties", help: "CSV-Datei mit den Spalten source,target und optional weight; ohne: die Datenbank")
        var ties: String?
        @Option(name: "format", help: "json (Standard) oder csv")
        var format: String?
        @Option(name: "seed", help: "Startwert für die Community-Erkennung (Standard 42)")
        var seed: Int?
    }

    /// The analysis of the live database: approved actors, confirmed and derived ties. `messages` are for
    /// standard error (a summary line and the analysis' warnings).
    static func liveReport(_ app: Application, format: NetworkCLI.Format, seed: UInt64) async throws
        -> (output: String, messages: [String]) {
        let model = try await NetworkModel.load(on: app.sql, geography: app.geographyStore.snapshot, seed: seed)
        let output = switch format {
        case .json: NetworkCLI.renderJSON(model.analysis, warnings: model.analysis.warnings)
        case .csv: NetworkCLI.renderCSV(model.analysis)
        }
        let summary = "Datenbank: \(model.analysis.graph.nodeCount) freigegebene Akteure, \(model.tieCount) Kooperationen. "
            + UIText.text("networkCommand.liveReport.1")
        return (output, [summary] + model.analysis.warnings)
    }

    var help: String { UIText.text("networkCommand.liveReport.2") }

    func run(using context: CommandContext, signature: Signature) async throws {
        guard signature.action == "analyze" else {
            context.console.error("Unbekannte Aktion „\(signature.action)“. Erlaubt: analyze")
            throw ExitCode(2)
        }
        let format: NetworkCLI.Format
        do {
            format = try NetworkCLI.Format(argument: signature.format ?? "json")
        } catch {
            context.console.error(error.description)
            throw ExitCode(2)
        }
        let seed = UInt64(max(0, signature.seed ?? 42))
        guard let path = signature.ties else {
            let app = context.application
            _ = try await CommandIO.migrated(context)
            try await app.geographyStore.reload(from: app.sql)
            let report = try await Self.liveReport(app, format: format, seed: seed)
            for line in report.messages { FileHandle.standardError.write(Data((line + "\n").utf8)) }
            FileHandle.standardOutput.write(Data(report.output.utf8))
            return
        }
        guard let data = FileManager.default.contents(atPath: path) else {
            context.console.error(UIText.text("networkCommand.run.1", ["path": "\(path)"]))
            throw ExitCode(2)
        }
        guard let text = String(data: data, encoding: .utf8) else {
            context.console.error(UIText.text("networkCommand.run.2", ["path": "\(path)"]))
            throw ExitCode(2)
        }
        do {
            let report = try NetworkCLI.run(csvText: text, format: format, seed: seed)
            for warning in report.warnings { FileHandle.standardError.write(Data((warning + "\n").utf8)) }
            FileHandle.standardOutput.write(Data(report.output.utf8))
        } catch {
            context.console.error("\(error)")
            throw ExitCode(2)
        }
    }
}
