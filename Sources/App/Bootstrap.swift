import Fluent
import Foundation
import SQLKit
import Vapor

/// What happens before the app serves: migrate, import the geography into an empty database, add sample content,
/// and load the geography into memory.
public enum Bootstrap {
    public static func prepare(_ app: Application) async throws {
        try await prepare(app, dataset: nil)
    }

    static func prepare(_ app: Application, dataset: GeographyDataset?) async throws {
        if let schema = app.appConfig.postgresSchema {
            try await app.sql.raw("CREATE SCHEMA IF NOT EXISTS \(ident: schema)").run()
        }
        if case .sqlite = app.appConfig.database {
            // readers do not wait for writers, and writes are much cheaper (the setting stays in the file)
            _ = try? await app.sql.raw("PRAGMA journal_mode=WAL").all()
        }
        try await app.autoMigrate()
        if try await GeographyImporter.isEmpty(app.db) {
            let data = try dataset ?? GeographyDataset.load(directory: geographyDirectory(app.appConfig))
            let summary = try await GeographyImporter.importDataset(data, on: app.db)
            app.logger.notice("Geografie importiert: \(summary)")
            try await app.geographyStore.reload(from: app.sql)
            if app.appConfig.seedSampleContent {
                let seeded = try await SampleContent.seed(app)
                app.logger.notice("Beispielinhalte: \(seeded)")
            }
        }
        try await app.geographyStore.reload(from: app.sql)
        try await DemoAccounts.ensure(app)
    }

    static func geographyDirectory(_ config: AppConfig) throws -> URL {
        if let dir = config.geographyDirectory { return URL(fileURLWithPath: dir, isDirectory: true) }
        return try bundledDortmund()
    }

    static func bundledDortmund() throws -> URL {
        guard let url = Bundle.module.url(forResource: "dortmund", withExtension: nil, subdirectory: "Resources/Geography") else {
            throw GeographyDataset.LoadError(file: "Resources/Geography/dortmund", message: "fehlt im Programmpaket")
        }
        return url
    }
}

/// Entry point for the `gemeinsam` executable.
public enum Gemeinsam {
    public static func main() async {
        let config: AppConfig
        do {
            config = try AppConfig.fromEnvironment(ProcessInfo.processInfo.environment)
        } catch {
            FileHandle.standardError.write(Data((error.description + "\n").utf8))
            exit(1)
        }
        do {
            var env = try Environment.detect()
            try LoggingSystem.bootstrap(from: &env)
            let app = try await Application.make(env)
            do {
                try configure(app, config: config)
                if Self.serves(Array(env.arguments.dropFirst())) {
                    try await Bootstrap.prepare(app)
                    JobRunner.install(app)
                }
                try await app.execute()
            } catch {
                try? await app.asyncShutdown()
                throw error
            }
            try await app.asyncShutdown()
        } catch let error as ExitCode {
            exit(error.code)  // the command has already said why
        } catch {
            FileHandle.standardError.write(Data(("Start fehlgeschlagen: " + StartupError.describe(error) + "\n").utf8))
            exit(1)
        }
    }
}

extension Gemeinsam {
    /// Whether the arguments start the server (`gemeinsam`, `gemeinsam serve …`) rather than ask for help or run a
    /// command: only then is the database opened, migrated and filled before Vapor runs. Commands that need data
    /// prepare it themselves; `--help` and the CSV commands never create a file.
    static func serves(_ args: [String]) -> Bool {
        if args.contains("--help") || args.contains("-h") { return false }
        guard let first = args.first else { return true }
        return first == "serve" || (first.hasPrefix("-") && !first.hasPrefix("--help"))
    }
}

/// One readable line for a failure at start-up, without a stack trace.
enum StartupError {
    static func describe(_ error: any Error) -> String {
        switch error {
        case let error as GeographyDataset.LoadError: return "Geografie: \(error.description)"
        case let error as ConfigurationError: return error.description
        default:
            let text = String(describing: error)
            if text.contains("connect") || text.contains("Connection") || text.contains("PSQLError") {
                return UIText.text("bootstrap.describe.1", ["error": "\(type(of: error))"])
            }
            if text.contains("SQLite") || text.contains("sqlite") {
                return UIText.text("bootstrap.describe.2", ["error": "\(type(of: error))"])
            }
            return String(text.prefix(300))
        }
    }
}
