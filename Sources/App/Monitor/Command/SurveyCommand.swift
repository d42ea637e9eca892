import Foundation
import GemeinsamCore
import SQLKit
import Vapor

/// `gemeinsam survey score|weight|estimate|import-margins`: the survey statistics on the command line. CSV goes to
/// standard output, the German report and errors to standard error; bad input ends with a non-zero exit code and
/// one readable line, never a stack trace. The CSV commands never open the database.
struct SurveyCommand: AsyncCommandGroup {
    typealias T = Texts.SurveyCommand

    var help: String { T.help }
    var commands: [String: any AnyAsyncCommand] {
        [
            "score": FileCommand(help: T.scoreHelp) { (s: ScoreSignature) in SurveyCLI.score(answersPath: s.answers) },
            "weight": FileCommand(help: T.weightHelp) { (s: WeightSignature) in
                SurveyCLI.weight(responsesPath: s.responses, marginsPath: s.margins, maxIterations: s.maxIterations,
                                 tolerance: s.tolerance)
            },
            "estimate": FileCommand(help: T.estimateHelp) { (s: EstimateSignature) in
                SurveyCLI.estimate(responsesPath: s.responses, marginsPath: s.margins, by: s.by, outcome: s.outcome)
            },
            "import-margins": ImportMarginsCommand(),
        ]
    }

    /// A subcommand whose whole work is one `SurveyCLI` function of its options, printed by `SurveyCLI.emit`.
    struct FileCommand<Signature: CommandSignature>: AsyncCommand {
        let help: String
        let output: @Sendable (Signature) -> SurveyCLI.Output

        func run(using context: CommandContext, signature: Signature) async throws {
            try SurveyCLI.emit(output(signature))
        }
    }

    struct ScoreSignature: CommandSignature {
        @Option(name: "answers", help: T.answersOption)
        var answers: String?
    }

    struct WeightSignature: CommandSignature {
        @Option(name: "responses", help: T.weightResponsesOption)
        var responses: String?
        @Option(name: "margins", help: T.marginsOption)
        var margins: String?
        @Option(name: "max-iterations", help: T.maxIterationsOption)
        var maxIterations: String?
        @Option(name: "tolerance", help: T.toleranceOption)
        var tolerance: String?
    }

    struct EstimateSignature: CommandSignature {
        @Option(name: "responses", help: T.estimateResponsesOption)
        var responses: String?
        @Option(name: "margins", help: T.marginsOption)
        var margins: String?
        @Option(name: "by", help: T.byOption)
        var by: String?
        @Option(name: "outcome", help: T.outcomeOption)
        var outcome: String?
    }

    struct ImportMarginsCommand: AsyncCommand {
        struct Signature: CommandSignature {
            @Option(name: "file", help: T.fileOption)
            var file: String?
            @Option(name: "name", help: T.nameOption)
            var name: String?
            @Option(name: "source", help: T.sourceOption)
            var source: String?
            @Option(name: "date", help: T.dateOption)
            var date: String?
            @Flag(name: "add-districts", help: T.addDistrictsOption)
            var addDistricts: Bool
        }
        var help: String { T.importHelp }

        func run(using context: CommandContext, signature: Signature) async throws {
            let app = context.application
            let checked = SurveyCLI.checkMarginArguments(file: signature.file, name: signature.name, source: signature.source,
                                                         date: signature.date)
            guard case let .success((text, name, source, date)) = checked else {
                if case let .failure(output) = checked { try SurveyCLI.emit(output) }
                return
            }
            _ = try await CommandIO.migrated(context)
            let sql = app.sql
            if try await GeographyImporter.isEmpty(app.db) {
                try SurveyCLI.emit(.init(stderr: T.noGeography, exitCode: 1))
            }
            try await app.geographyStore.reload(from: sql)
            switch MarginImport.parse(csv: text, geography: app.geographyStore.snapshot, addDistricts: signature.addDistricts) {
            case let .failure(problems):
                try SurveyCLI.emit(.init(stderr: T.importFailed(problems.messages), exitCode: 1))
            case let .success(rows):
                _ = try await MarginQueries.insert(name: name, source: source, asOf: date, rows: rows, isSample: false,
                                                   now: app.clock.now, on: app.db)
                try SurveyCLI.emit(.init(stderr: Texts.MonitorManage.marginsSaved(name, rows: rows.count), exitCode: 0))
            }
        }
    }
}

/// Vapor reports errors from commands in its log; an exit code is not an error worth a warning (the command has
/// already printed its German message), so it is logged at debug level only.
extension ExitCode: DebuggableError {
    var identifier: String { "exit-\(code)" }
    var reason: String { description }
    var logLevel: Logger.Level { .debug }
}
