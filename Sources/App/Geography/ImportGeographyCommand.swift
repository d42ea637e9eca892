import Fluent
import Foundation
import SQLKit
import Vapor

/// `gemeinsam import-geography DIR`: imports (or updates) a city's geography from files in the Dortmund format.
struct ImportGeographyCommand: AsyncCommand {
    struct Signature: CommandSignature {
        @Argument(name: "directory", help: "Ordner mit stadtbezirke.csv, statistische_bezirke.csv, unterbezirke.csv, den GeoJSON-Dateien und strassen.csv")
        var directory: String
    }

    var help: String { "Importiert die Geografie einer Stadt (Format wie Resources/Geography/dortmund)." }

    func run(using context: CommandContext, signature: Signature) async throws {
        let app = context.application
        let directory = URL(fileURLWithPath: signature.directory, isDirectory: true)
        let dataset: GeographyDataset
        do {
            dataset = try GeographyDataset.load(directory: directory)
        } catch {
            context.console.error("Import abgebrochen: \(StartupError.describe(error))")
            throw ExitCode(1)
        }
        _ = try await CommandIO.migrated(context)
        let summary = try await GeographyImporter.importDataset(dataset, on: app.db)
        context.console.info("Importiert: \(summary)")
    }
}

struct ExitCode: Error, CustomStringConvertible {
    var code: Int32
    init(_ code: Int32) { self.code = code }
    var description: String { "Beendet mit Code \(code)" }
}
