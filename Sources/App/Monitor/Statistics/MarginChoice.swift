import Foundation
import GemeinsamCore
import SQLKit

/// The population margins a wave is weighted to.
struct MarginChoice: Sendable {
    var id: UUID?
    var name: String
    var source: String
    var asOf: String?
    var rows: [SurveyStats.Margins.Row]

    /// The Stadtbezirke's population from the geography (always available).
    static func builtIn(_ geography: GeographySnapshot) -> MarginChoice {
        let districts = geography.all(.district).filter { ($0.population ?? 0) > 0 }
        let dates = Set(districts.compactMap(\.populationDate))
        let sources = Set(districts.compactMap(\.populationSource))
        return MarginChoice(
            id: nil, name: Texts.Monitor.builtinMargins,
            source: sources.sorted().joined(separator: "; "),
            asOf: dates.count == 1 ? dates.first : dates.sorted().last,
            rows: districts.map { .init(variable: "stadtbezirk", category: $0.name, population: Double($0.population!)) })
    }

    /// The wave's uploaded margin set, or the built-in one.
    static func load(for wave: WaveRow, geography: GeographySnapshot, on sql: any SQLDatabase) async throws -> MarginChoice {
        if let id = wave.marginSetID, let set = try await MarginQueries.set(id, on: sql) {
            return MarginChoice(id: id, name: set.name, source: set.source, asOf: set.asOf,
                                rows: try await MarginQueries.rows(set: id, on: sql))
        }
        return builtIn(geography)
    }
}
