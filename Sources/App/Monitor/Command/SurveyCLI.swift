import Foundation
import GemeinsamCore

/// The command-line contract of `gemeinsam survey …` as functions (tests call these with temporary files): each
/// reads its files, checks its options, runs the statistics and returns what to print. Exit codes: 0 ok, 1 bad
/// input data, 2 bad usage (missing option, unreadable file), 3 weights printed but raking did not converge.
enum SurveyCLI {
    typealias T = Texts.SurveyCommand

    struct Output: Error, Equatable, Sendable {
        var stdout: String = ""
        var stderr: String = ""
        var exitCode: Int32 = 0
    }

    static func emit(_ output: Output) throws {
        if !output.stdout.isEmpty { FileHandle.standardOutput.write(Data(output.stdout.utf8)) }
        if !output.stderr.isEmpty {
            FileHandle.standardError.write(Data((output.stderr.hasSuffix("\n") ? output.stderr : output.stderr + "\n").utf8))
        }
        if output.exitCode != 0 { throw ExitCode(output.exitCode) }
    }

    static func score(answersPath: String?) -> Output {
        outcome { Output(stdout: try SurveyStats.score(answersCSV: try read(answersPath, option: "answers"))) }
    }

    static func weight(responsesPath: String?, marginsPath: String?, maxIterations: String?, tolerance: String?) -> Output {
        outcome {
            let (responses, margins) = try read(responsesPath: responsesPath, marginsPath: marginsPath)
            let iterations = try maxIterations.map { raw in
                guard let n = Int(raw), n >= 1 else { throw Output(stderr: T.maxIterationsInvalid(raw), exitCode: 2) }
                return n
            } ?? 1000
            let tol = try tolerance.map { raw in
                guard let t = Double(raw), t > 0, t.isFinite else { throw Output(stderr: T.toleranceInvalid(raw), exitCode: 2) }
                return t
            } ?? 1e-10
            let (csv, report) = try SurveyStats.weight(responsesCSV: responses, marginsCSV: margins, maxIterations: iterations,
                                                       tolerance: tol)
            return Output(stdout: csv, stderr: report, exitCode: report.contains("NICHT konvergiert") ? 3 : 0)
        }
    }

    static func estimate(responsesPath: String?, marginsPath: String?, by: String?, outcome column: String?) -> Output {
        outcome {
            let (responses, margins) = try read(responsesPath: responsesPath, marginsPath: marginsPath)
            guard let by, !by.isEmpty else { throw Output(stderr: T.byMissing, exitCode: 2) }
            guard let column, !column.isEmpty else { throw Output(stderr: T.outcomeMissing, exitCode: 2) }
            return Output(stdout: try SurveyStats.estimate(responsesCSV: responses, marginsCSV: margins, by: by,
                                                           outcome: column))
        }
    }

    static func checkMarginArguments(file: String?, name: String?, source: String?, date: String?)
        -> Result<(text: String, name: String, source: String, date: String), Output>
    {
        do {
            let text = try read(file, option: "file")
            guard case let .success(cleanName) = TextInput.clean(name, maxLength: 100) else {
                throw Output(stderr: T.nameInvalid, exitCode: 2)
            }
            guard case let .success(cleanSource) = TextInput.clean(source, maxLength: 300) else {
                throw Output(stderr: T.sourceInvalid, exitCode: 2)
            }
            guard case let .success(day) = FormInput.date(date ?? "") else { throw Output(stderr: T.dateInvalid, exitCode: 2) }
            return .success((text, cleanName, cleanSource, day.iso))
        } catch let output as Output {
            return .failure(output)
        } catch {
            return .failure(Output(stderr: describe(error), exitCode: 1))
        }
    }

    // MARK: the one path of every subcommand

    /// What `body` returns, or what it throws: an `Output` as it is, the statistics' errors as bad input (1).
    static func outcome(_ body: () throws -> Output) -> Output {
        do { return try body() } catch let output as Output { return output } catch { return Output(stderr: describe(error), exitCode: 1) }
    }

    static func describe(_ error: any Error) -> String {
        (error as? SurveyStatsError)?.description ?? T.unexpected(String(describing: type(of: error)))
    }

    /// The text of the file named by `--option`.
    static func read(_ path: String?, option: String) throws -> String {
        guard let path, !path.isEmpty else { throw Output(stderr: T.fileMissing(option), exitCode: 2) }
        guard let data = FileManager.default.contents(atPath: path) else {
            throw Output(stderr: T.fileUnreadable(path, option: option), exitCode: 2)
        }
        guard let text = String(data: data, encoding: .utf8) else { throw Output(stderr: T.fileNotUTF8(path), exitCode: 1) }
        return text
    }

    static func read(responsesPath: String?, marginsPath: String?) throws -> (responses: String, margins: String) {
        (try read(responsesPath, option: "responses"), try read(marginsPath, option: "margins"))
    }
}
