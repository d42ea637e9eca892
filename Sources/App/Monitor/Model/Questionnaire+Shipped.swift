import Foundation

extension Questionnaire {
    /// The questionnaire Gemeinsam ships, version 1 of the family „einsamkeit“ with its translations:
    /// `Resources/Questionnaires/einsamkeit.json` (UCLA-3, De Jong Gierveld 6, the direct item, neighbourhood,
    /// wishes, weighting variables, one open question). `QuestionnaireTests` checks that it loads and has no problems.
    static let shipped: Questionnaire = {
        guard let url = Bundle.module.url(forResource: "einsamkeit", withExtension: "json",
                                          subdirectory: "Resources/Questionnaires"),
              let data = try? Data(contentsOf: url),
              let questionnaire = try? JSONDecoder().decode(Questionnaire.self, from: data)
        else { fatalError("Resources/Questionnaires/einsamkeit.json is missing or is not a questionnaire") }
        return questionnaire
    }()

    /// Whether two versions say the same in German (translations aside).
    func hasSameGermanText(as other: Questionnaire) -> Bool {
        var a = self, b = other
        a.translations = nil
        b.translations = nil
        return a == b
    }
}
