import Foundation
import GemeinsamCore

/// A row of `survey_margin_sets`: an uploaded table of population figures for weighting.
struct MarginSetRow: Decodable, Sendable, Equatable {
    var id: UUID
    var name: String
    /// Where the figures come from.
    var source: String
    /// The day they describe, "YYYY-MM-DD".
    var asOf: String
    var isSample: Bool
    var createdAt: Double
}

/// A row of `survey_margin_rows`: the population of one category of one weighting variable.
struct MarginRow: Decodable, Sendable {
    var id: Int
    var setID: UUID
    /// stadtbezirk, altersgruppe or geschlecht
    var variable: String
    /// As the answers store it.
    var category: String
    var population: Double

    var margin: SurveyStats.Margins.Row { .init(variable: variable, category: category, population: population) }
}
