import Foundation
import GemeinsamCore
import SQLKit
import Vapor

/// `gemeinsam survey score|weight|estimate|import-margins`: the survey statistics on the command line. CSV goes to
/// standard output, the German report and errors to standard error; bad input ends with a non-zero exit code and
/// one readable line, never a stack trace.
struct SurveyCommand: AsyncCommandGroup {
    var help: String { "Umfrage-Statistik: score (Einsamkeitswerte), weight (Gewichte), estimate (Anteile), import-margins" }
    var commands: [String: any AnyAsyncCommand] {
        ["score": ScoreCommand(), "weight": WeightCommand(), "estimate": EstimateCommand(),
         "import-margins": ImportMarginsCommand()]
    }

    struct ScoreCommand: AsyncCommand {
        struct Signature: CommandSignature {
            @Option(name: "answers", help: "CSV mit id, ucla1–ucla3 und/oder djg_e1–djg_s3")
            var answers: String?
        }
        var help: String { "Berechnet UCLA-3 und De Jong Gierveld je Antwort." }
        func run(using context: CommandContext, signature: Signature) async throws {
            try SurveyCLI.emit(SurveyCLI.score(answersPath: signature.answers))
        }
    }

    struct WeightCommand: AsyncCommand {
        struct Signature: CommandSignature {
            @Option(name: "responses", help: "CSV mit id und einer Spalte je Variable der Randverteilungen")
            var responses: String?
            @Option(name: "margins", help: "CSV variable,category,population")
            var margins: String?
            @Option(name: "max-iterations", help: "Höchstzahl der Durchgänge (Standard 1000)")
            var maxIterations: String?
            @Option(name: "tolerance", help: "Toleranz (Standard 1e-10)")
            var tolerance: String?
        }
        var help: String { "Gewichtet Antworten auf Randverteilungen (Raking); gibt id,weight aus." }
        func run(using context: CommandContext, signature: Signature) async throws {
            try SurveyCLI.emit(SurveyCLI.weight(responsesPath: signature.responses, marginsPath: signature.margins,
                                                maxIterations: signature.maxIterations, tolerance: signature.tolerance))
        }
    }

    struct EstimateCommand: AsyncCommand {
        struct Signature: CommandSignature {
            @Option(name: "responses", help: "CSV mit den Antworten")
            var responses: String?
            @Option(name: "margins", help: "CSV variable,category,population")
            var margins: String?
            @Option(name: "by", help: "Spalte, nach der gruppiert wird")
            var by: String?
            @Option(name: "outcome", help: "Spalte mit 0/1 (leer = keine Angabe)")
            var outcome: String?
        }
        var help: String { "Schätzt gewichtete Anteile je Gruppe mit 95-%-Intervall und Geheimhaltung." }
        func run(using context: CommandContext, signature: Signature) async throws {
            try SurveyCLI.emit(SurveyCLI.estimate(responsesPath: signature.responses, marginsPath: signature.margins,
                                                  by: signature.by, outcome: signature.outcome))
        }
    }

    struct ImportMarginsCommand: AsyncCommand {
        struct Signature: CommandSignature {
            @Option(name: "file", help: "CSV variable,category,population (stadtbezirk, altersgruppe, geschlecht)")
            var file: String?
            @Option(name: "name", help: "Name der Tabelle")
            var name: String?
            @Option(name: "source", help: "Quelle der Zahlen")
            var source: String?
            @Option(name: "date", help: "Stand der Zahlen (JJJJ-MM-TT oder TT.MM.JJJJ)")
            var date: String?
            @Flag(name: "add-districts", help: "Einwohnerzahlen der Stadtbezirke aus der Geografie ergänzen")
            var addDistricts: Bool
        }
        var help: String { "Speichert Bevölkerungszahlen für die Gewichtung in der Datenbank." }
        func run(using context: CommandContext, signature: Signature) async throws {
            let app = context.application
            let checked = SurveyCLI.checkMarginArguments(file: signature.file, name: signature.name, source: signature.source,
                                                         date: signature.date)
            guard case let .success((text, name, source, date)) = checked else {
                if case let .failure(output) = checked { try SurveyCLI.emit(output) }
                return
            }
            try await app.autoMigrate()
            let sql = app.sql
            if try await GeographyImporter.isEmpty(app.db) {
                try SurveyCLI.emit(.init(stderr: "Die Datenbank enthält noch keine Geografie. Bitte zuerst die App starten oder "
                    + "gemeinsam import-geography ausführen.", exitCode: 1))
            }
            try await app.geographyStore.reload(from: sql)
            switch MarginImport.parse(csv: text, geography: app.geographyStore.snapshot, addDistricts: signature.addDistricts) {
            case let .failure(problems):
                try SurveyCLI.emit(.init(stderr: "Import abgebrochen:\n" + problems.messages.joined(separator: "\n"), exitCode: 1))
            case let .success(rows):
                _ = try await MarginQueries.insert(name: name, source: source, asOf: date, rows: rows, isSample: false,
                                                   now: app.clock.now, on: app.db)
                try SurveyCLI.emit(.init(stderr: "Bevölkerungszahlen „\(name)“ gespeichert (\(rows.count) Zeilen).", exitCode: 0))
            }
        }
    }
}

/// The command-line contract as functions (tests call these with temporary files).
enum SurveyCLI {
    struct Output: Error, Equatable, Sendable {
        var stdout: String = ""
        var stderr: String = ""
        var exitCode: Int32 = 0
    }

    /// Exit codes: 0 ok, 1 bad input data, 2 bad usage (missing option, unreadable file), 3 weights printed but
    /// raking did not converge.
    static func emit(_ output: Output) throws {
        if !output.stdout.isEmpty { FileHandle.standardOutput.write(Data(output.stdout.utf8)) }
        if !output.stderr.isEmpty {
            FileHandle.standardError.write(Data((output.stderr.hasSuffix("\n") ? output.stderr : output.stderr + "\n").utf8))
        }
        if output.exitCode != 0 { throw ExitCode(output.exitCode) }
    }

    static func describe(_ error: any Error) -> String {
        (error as? SurveyStatsError)?.description ?? "Unerwarteter Fehler: \(type(of: error))"
    }

    static func read(_ path: String?, option: String) -> Result<String, Output> {
        guard let path, !path.isEmpty else {
            return .failure(Output(stderr: "Bitte --\(option) DATEI angeben.", exitCode: 2))
        }
        guard let data = FileManager.default.contents(atPath: path) else {
            return .failure(Output(stderr: "Die Datei „\(path)“ (--\(option)) kann nicht gelesen werden.", exitCode: 2))
        }
        guard let text = String(data: data, encoding: .utf8) else {
            return .failure(Output(stderr: "Die Datei „\(path)“ ist keine UTF-8-Textdatei. Bitte als CSV (UTF-8) speichern.",
                                   exitCode: 1))
        }
        return .success(text)
    }

    static func score(answersPath: String?) -> Output {
        switch read(answersPath, option: "answers") {
        case let .failure(output): return output
        case let .success(text):
            do { return Output(stdout: try SurveyStats.score(answersCSV: text)) } catch {
                return Output(stderr: describe(error), exitCode: 1)
            }
        }
    }

    static func weight(responsesPath: String?, marginsPath: String?, maxIterations: String?, tolerance: String?) -> Output {
        let responses = read(responsesPath, option: "responses"), margins = read(marginsPath, option: "margins")
        guard case let .success(r) = responses else { if case let .failure(o) = responses { return o }; return Output() }
        guard case let .success(m) = margins else { if case let .failure(o) = margins { return o }; return Output() }
        var iterations = 1000
        if let raw = maxIterations {
            guard let n = Int(raw), n >= 1 else {
                return Output(stderr: "--max-iterations erwartet eine ganze Zahl ab 1 (gefunden: „\(raw)“).", exitCode: 2)
            }
            iterations = n
        }
        var tol = 1e-10
        if let raw = tolerance {
            guard let t = Double(raw), t > 0, t.isFinite else {
                return Output(stderr: "--tolerance erwartet eine positive Zahl wie 1e-10 (gefunden: „\(raw)“).", exitCode: 2)
            }
            tol = t
        }
        do {
            let (csv, report) = try SurveyStats.weight(responsesCSV: r, marginsCSV: m, maxIterations: iterations, tolerance: tol)
            return Output(stdout: csv, stderr: report, exitCode: report.contains("NICHT konvergiert") ? 3 : 0)
        } catch {
            return Output(stderr: describe(error), exitCode: 1)
        }
    }

    static func estimate(responsesPath: String?, marginsPath: String?, by: String?, outcome: String?) -> Output {
        let responses = read(responsesPath, option: "responses"), margins = read(marginsPath, option: "margins")
        guard case let .success(r) = responses else { if case let .failure(o) = responses { return o }; return Output() }
        guard case let .success(m) = margins else { if case let .failure(o) = margins { return o }; return Output() }
        guard let by, !by.isEmpty else { return Output(stderr: "Bitte --by SPALTE angeben.", exitCode: 2) }
        guard let outcome, !outcome.isEmpty else { return Output(stderr: "Bitte --outcome SPALTE angeben.", exitCode: 2) }
        do {
            return Output(stdout: try SurveyStats.estimate(responsesCSV: r, marginsCSV: m, by: by, outcome: outcome))
        } catch {
            return Output(stderr: describe(error), exitCode: 1)
        }
    }

    static func checkMarginArguments(file: String?, name: String?, source: String?, date: String?)
        -> Result<(text: String, name: String, source: String, date: String), Output>
    {
        let text: String
        switch read(file, option: "file") {
        case let .failure(output): return .failure(output)
        case let .success(t): text = t
        }
        guard case let .success(cleanName) = TextInput.clean(name, maxLength: 100) else {
            return .failure(Output(stderr: "Bitte --name angeben (höchstens 100 Zeichen, keine Steuerzeichen).", exitCode: 2))
        }
        guard case let .success(cleanSource) = TextInput.clean(source, maxLength: 300) else {
            return .failure(Output(stderr: "Bitte --source angeben (höchstens 300 Zeichen, keine Steuerzeichen).", exitCode: 2))
        }
        guard case let .success(day) = FormInput.date(date ?? "") else {
            return .failure(Output(stderr: "Bitte --date als JJJJ-MM-TT oder TT.MM.JJJJ angeben.", exitCode: 2))
        }
        return .success((text, cleanName, cleanSource, day.iso))
    }
}

/// Vapor reports errors from commands in its log; an exit code is not an error worth a warning (the command has
/// already printed its German message), so it is logged at debug level only.
extension ExitCode: DebuggableError {
    var identifier: String { "exit-\(code)" }
    var reason: String { description }
    var logLevel: Logger.Level { .debug }
}
