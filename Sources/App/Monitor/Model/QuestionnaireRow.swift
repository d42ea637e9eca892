import Foundation

/// A row of `survey_questionnaires`: one version of a questionnaire family ("einsamkeit"), stored as JSON.
struct QuestionnaireRow: Decodable, Sendable {
    var id: UUID
    var family: String
    var version: Int
    var title: String
    /// The `Questionnaire` as JSON.
    var definition: String
    var isSample: Bool
    var createdAt: Double

    /// The stored definition; nil when it is not a questionnaire (the app stores only checked ones).
    var questionnaire: Questionnaire? {
        try? JSONDecoder().decode(Questionnaire.self, from: Data(definition.utf8))
    }
}

extension Questionnaire {
    /// The JSON a questionnaire is stored and downloaded as: readable, with stable key order.
    func storedJSON() throws -> Data {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        return try encoder.encode(self)
    }
}
