import Foundation
import Vapor

/// What the `gemeinsam` commands share: results on standard output, messages (German) on standard error, input
/// files read as UTF-8, and a failure as one readable line with an exit code — never a stack trace. Commands that
/// work on data start from `prepared(_:)`; the pure CSV commands never open the database.
enum CommandIO {
    /// The app of a command that only needs the tables (no geography), migrated.
    static func migrated(_ context: CommandContext) async throws -> Application {
        let app = context.application
        try await app.autoMigrate()
        return app
    }

    /// The app of a command, migrated and with the geography (and, in an empty database, the sample content) loaded.
    static func prepared(_ context: CommandContext) async throws -> Application {
        let app = context.application
        try await Bootstrap.prepare(app)
        return app
    }

    /// Writes `text` to standard output as it is.
    static func output(_ text: String) {
        FileHandle.standardOutput.write(Data(text.utf8))
    }

    /// Writes one line to standard error.
    static func message(_ line: String) {
        FileHandle.standardError.write(Data((line.hasSuffix("\n") ? line : line + "\n").utf8))
    }

    /// Says why on standard error; throw the result to end the command with `code`.
    static func failure(_ line: String, code: Int32 = 2) -> ExitCode {
        message(line)
        return ExitCode(code)
    }

    /// The text of a UTF-8 file, or a failure that says which file and why.
    static func readText(_ path: String) throws(ExitCode) -> String {
        guard let data = FileManager.default.contents(atPath: path) else {
            throw failure(Texts.Commands.unreadableFile(path))
        }
        guard let text = String(data: data, encoding: .utf8) else { throw failure(Texts.Commands.notUTF8(path)) }
        return text
    }
}
