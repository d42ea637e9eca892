import Vapor

/// Sample content ("Beispiel") of each pillar. Every seeder checks whether its content exists, so seeding twice
/// adds nothing. Sample rows carry `is_sample = true` in the database and a "Beispiel" badge in the UI.
enum SampleContent {
    protocol Seeder: Sendable {
        var name: String { get }
        /// Adds the content if none exists; returns how many items were added.
        func seed(_ app: Application) async throws -> Int
    }

    static func seed(_ app: Application) async throws -> String {
        var parts: [String] = []
        for seeder in features.sampleContent {
            let added = try await seeder.seed(app)
            parts.append("\(seeder.name): \(added) neu")
        }
        return parts.isEmpty ? "keine Bereiche mit Beispielinhalten" : parts.joined(separator: ", ")
    }
}
