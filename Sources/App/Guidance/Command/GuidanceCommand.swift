import Foundation
import GemeinsamCore
import Vapor

/// `gemeinsam guidance outcomes --cases F.csv [--by COLUMN]`: the Wegbegleitung's outcome figures for analysts
/// (Core's `GuidanceOutcomes`, no database). CSV on standard output; bad input is one German line on standard
/// error and exit code 2.
struct GuidanceCommand: AsyncCommandGroup {
    typealias T = Texts.GuidanceCommand

    var help: String { T.help }
    var commands: [String: any AnyAsyncCommand] { ["outcomes": OutcomesCommand()] }

    struct OutcomesCommand: AsyncCommand {
        struct Signature: CommandSignature {
            @Option(name: "cases", help: T.casesOption)
            var cases: String?
            @Option(name: "by", help: T.byOption)
            var by: String?
        }

        var help: String { T.outcomesHelp }

        func run(using context: CommandContext, signature: Signature) async throws {
            try SurveyCLI.emit(GuidanceCommand.outcomes(casesPath: signature.cases, by: signature.by))
        }
    }

    /// The whole command as a function of its options (tests call it with temporary files).
    static func outcomes(casesPath: String?, by: String?) -> SurveyCLI.Output {
        do {
            let csv = try SurveyCLI.read(casesPath, option: "cases")
            switch GuidanceOutcomes.command(csv: csv, by: by.flatMap { $0.isEmpty ? nil : $0 }) {
            case let .success(table): return SurveyCLI.Output(stdout: table)
            case let .failure(error): return SurveyCLI.Output(stderr: error.description, exitCode: 2)
            }
        } catch var output as SurveyCLI.Output {
            output.exitCode = 2
            return output
        } catch {
            return SurveyCLI.Output(stderr: SurveyCLI.describe(error), exitCode: 2)
        }
    }
}
