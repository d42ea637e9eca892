import Fluent
import Vapor

/// A part of the app — a pillar such as `MeetingsFeature`, or a shared area such as accounts — with everything it
/// adds to the application in one place. `configure(_:config:)` lists the features and nothing else.
protocol Feature {
    /// Its migrations with their number (the folder they were added in). A new database runs them by number, then
    /// in the order listed; a database that ran them already skips them by name.
    static var migrations: [NumberedMigration] { get }
    /// Services the feature owns (caches, stores), set up before any route runs.
    static func configure(_ app: Application) throws
    static func routes(_ app: Application) throws
    static func commands(_ app: Application)
    static func jobs(_ config: AppConfig) -> [Job]
    /// Sample content ("Beispiel") for an empty installation, run in feature order.
    static var sampleContent: [any SampleContent.Seeder] { get }
}

extension Feature {
    static var migrations: [NumberedMigration] { [] }
    static func configure(_ app: Application) throws {}
    static func routes(_ app: Application) throws {}
    static func commands(_ app: Application) {}
    static func jobs(_ config: AppConfig) -> [Job] { [] }
    static var sampleContent: [any SampleContent.Seeder] { [] }
}

struct NumberedMigration: Sendable {
    var number: Int
    var migration: any Migration

    init(_ number: Int, _ migration: any Migration) {
        self.number = number
        self.migration = migration
    }
}

extension Array where Element == any Feature.Type {
    /// Every feature's migrations, by number (stable: equal numbers keep feature order, then list order).
    var migrations: [any Migration] {
        flatMap { $0.migrations }.enumerated()
            .sorted { ($0.element.number, $0.offset) < ($1.element.number, $1.offset) }
            .map(\.element.migration)
    }

    var sampleContent: [any SampleContent.Seeder] { flatMap { $0.sampleContent } }

    func jobs(_ config: AppConfig) -> JobRegistry {
        var registry = JobRegistry()
        for feature in self { feature.jobs(config).forEach { registry.add($0) } }
        return registry
    }
}
