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
    var areaQuestion: Question? { questions.first { $0.type == .area } }
}

extension Questionnaire {
    /// Problems with a questionnaire document, in German; empty when it can be used.
    func problems() -> [String] {
        var problems: [String] = []
        func checkText(_ text: String, _ what: String, max: Int) {
            if text.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty { problems.append("\(what) ist leer.") }
            if text.count > max { problems.append("\(what) ist zu lang (höchstens \(max) Zeichen).") }
            if case .failure(.controlCharacters) = TextInput.clean(text, maxLength: max, multiline: true) {
                problems.append("\(what) enthält unzulässige Steuerzeichen.")
            }
        }
        checkText(title, "Der Titel", max: 200)
        checkText(consent, "Der Einwilligungstext", max: 2000)
        for (i, paragraph) in intro.enumerated() { checkText(paragraph, "Absatz \(i + 1) der Einleitung", max: 3000) }
        if sections.isEmpty { problems.append("Der Fragebogen hat keine Abschnitte.") }
        var keys = Set<String>()
        var areaQuestions = 0
        for (s, section) in sections.enumerated() {
            checkText(section.heading, "Die Überschrift von Abschnitt \(s + 1)", max: 200)
            if let intro = section.intro { checkText(intro, "Die Einleitung von Abschnitt \(s + 1)", max: 2000) }
            if section.questions.isEmpty { problems.append("Abschnitt \(s + 1) hat keine Fragen.") }
            for question in section.questions {
                let name = "Frage „\(question.key)“"
                if !AnswerCodec.isValidToken(question.key) || question.key.count > 40 {
                    problems.append("\(name): Der Schlüssel darf nur a–z, 0–9, _ und - enthalten (höchstens 40 Zeichen).")
                }
                if !keys.insert(question.key).inserted { problems.append("\(name) kommt doppelt vor.") }
                checkText(question.text, "Der Text der \(name)", max: 500)
                if let hint = question.hint { checkText(hint, "Der Hinweis der \(name)", max: 500) }
                switch question.type {
                case .singleChoice, .multipleChoice, .scale:
                    if question.choices.count < 2 { problems.append("\(name) braucht mindestens zwei Antworten.") }
                    if question.choices.count > 30 { problems.append("\(name) hat zu viele Antworten (höchstens 30).") }
                    var optionKeys = Set<String>()
                    for option in question.choices {
                        if !AnswerCodec.isValidToken(option.key) || option.key.count > 40 {
                            problems.append("\(name): Der Antwortschlüssel „\(option.key)“ ist ungültig.")
                        }
                        if !optionKeys.insert(option.key).inserted {
                            problems.append("\(name): Der Antwortschlüssel „\(option.key)“ kommt doppelt vor.")
                        }
                        checkText(option.label, "Eine Antwort der \(name)", max: 200)
                    }
                case .shortText:
                    if let max = question.maxLength, !(1...2000).contains(max) {
                        problems.append("\(name): Die Höchstlänge muss zwischen 1 und 2000 liegen.")
                    }
                case .area:
                    areaQuestions += 1
                }
            }
        }
        if areaQuestions > 1 { problems.append("Es darf höchstens eine Frage nach dem Quartier geben.") }
        return problems
    }
}
