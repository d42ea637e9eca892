import Foundation

/// A questionnaire as data: its wording, sections and questions. Stored as JSON with a version number; a wave
/// uses one version, so changing the wording never changes the meaning of old answers.
///
/// The statistics read answers by question key (`QuestionKey`): a new version may reword questions and options
/// but should keep the keys of the instruments and of the variables used for weighting.
struct Questionnaire: Codable, Sendable, Equatable {
    var title: String
    /// Paragraphs of the information text shown above the questions (online and on paper).
    var intro: [String]
    /// The consent sentence the participant confirms (checkbox online, printed on paper).
    var consent: String
    var sections: [Section]
    /// The same version in further languages, by catalog code ("tr", "de-x-ls"): see `Questionnaire.Translation`.
    var translations: [String: Translation]?

    struct Section: Codable, Sendable, Equatable {
        var heading: String
        var intro: String?
        var questions: [Question]
    }

    enum QuestionType: String, Codable, Sendable, CaseIterable {
        case singleChoice
        case multipleChoice
        /// Ordered answer points (e.g. nie … sehr oft), stored by their keys ("1" … "5").
        case scale
        /// Free text: stored apart from the answers and shown only after review.
        case shortText
        /// The Quartier: a list of Quartiere or a street lookup; stored as the response's area.
        case area
    }

    struct Option: Codable, Sendable, Equatable {
        var key: String
        var label: String
    }

    struct Question: Codable, Sendable, Equatable {
        var key: String
        var type: QuestionType
        var text: String
        var hint: String?
        var options: [Option]?
        var maxLength: Int?
        var required: Bool?

        var choices: [Option] { options ?? [] }
        var isRequired: Bool { required ?? false }
        var textLimit: Int { min(maxLength ?? 1000, 2000) }
    }

    var questions: [Question] { sections.flatMap(\.questions) }
    func question(_ key: String) -> Question? { questions.first { $0.key == key } }
}

extension Questionnaire {
    /// Problems with a questionnaire document, in German; empty when it can be used.
    func problems() -> [String] {
        typealias T = Texts.QuestionnaireProblems
        var problems: [String] = []
        func checkText(_ text: String, _ what: String, max: Int) {
            if text.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty { problems.append(T.empty(what)) }
            if text.count > max { problems.append(T.tooLong(what, max: max)) }
            if case .failure(.controlCharacters) = TextInput.clean(text, maxLength: max, multiline: true) {
                problems.append(T.controlCharacters(what))
            }
        }
        checkText(title, T.title, max: 200)
        checkText(consent, T.consent, max: 2000)
        for (i, paragraph) in intro.enumerated() { checkText(paragraph, T.introParagraph(i + 1), max: 3000) }
        if sections.isEmpty { problems.append(T.noSections) }
        var keys = Set<String>()
        var areaQuestions = 0
        for (s, section) in sections.enumerated() {
            checkText(section.heading, T.sectionHeading(s + 1), max: 200)
            if let intro = section.intro { checkText(intro, T.sectionIntro(s + 1), max: 2000) }
            if section.questions.isEmpty { problems.append(T.noQuestions(s + 1)) }
            for question in section.questions {
                let name = T.question(question.key)
                if !AnswerCodec.isValidToken(question.key) || question.key.count > 40 {
                    problems.append(T.invalidKey(name))
                }
                if !keys.insert(question.key).inserted { problems.append(T.duplicateQuestion(name)) }
                checkText(question.text, T.questionText(name), max: 500)
                if let hint = question.hint { checkText(hint, T.questionHint(name), max: 500) }
                switch question.type {
                case .singleChoice, .multipleChoice, .scale:
                    if question.choices.count < 2 { problems.append(T.tooFewOptions(name)) }
                    if question.choices.count > 30 { problems.append(T.tooManyOptions(name)) }
                    var optionKeys = Set<String>()
                    for option in question.choices {
                        if !AnswerCodec.isValidToken(option.key) || option.key.count > 40 {
                            problems.append(T.invalidOptionKey(name, option.key))
                        }
                        if !optionKeys.insert(option.key).inserted {
                            problems.append(T.duplicateOptionKey(name, option.key))
                        }
                        checkText(option.label, T.optionLabel(name), max: 200)
                    }
                case .shortText:
                    if let max = question.maxLength, !(1...2000).contains(max) {
                        problems.append(T.maxLengthInvalid(name))
                    }
                case .area:
                    areaQuestions += 1
                }
            }
        }
        if areaQuestions > 1 { problems.append(T.severalAreaQuestions) }
        return problems + translationProblems()
    }
}
