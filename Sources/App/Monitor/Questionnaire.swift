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

/// Keys the statistics rely on. Wording is data; these keys are the contract between questionnaire and monitor.
enum QuestionKey {
    static let ucla = ["ucla1", "ucla2", "ucla3"]
    static let djg = ["djg_e1", "djg_e2", "djg_e3", "djg_s1", "djg_s2", "djg_s3"]
    static let direct = "direkt"
    static let age = "alter"
    static let gender = "geschlecht"
    static let livingAlone = "allein"
    static let work = "arbeit"
    static let moneyWorries = "geldsorgen"
    static let migration = "migration"
    static let disability = "behinderung"
    static let singleParent = "alleinerziehend"
    static let neighbourContact = "kontakt"
    static let wishes = "wuensche"
    static let freeText = "freitext"
    static let quartier = "quartier"

    static let ageGroups = ["18-29", "30-44", "45-64", "65-79", "80+"]
    static let genders = ["weiblich", "maennlich", "divers", "keine_angabe"]
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

/// Answers of one response: question key → option keys (one for single choice and scale, several for multiple
/// choice). Free texts and the Quartier are not part of it (they are stored apart).
///
/// Stored as `key=value;key=value1,value2` with keys and values limited to a–z, 0–9, `_`, `-` and `+`, which
/// makes the stored text unambiguous without escaping and fast to read for 50,000 answers.
struct SurveyAnswers: Sendable, Equatable {
    var values: [String: [String]] = [:]

    subscript(key: String) -> String? { values[key]?.first }
    func all(_ key: String) -> [String] { values[key] ?? [] }
}

enum AnswerCodec {
    static func isValidToken(_ s: String) -> Bool {
        !s.isEmpty && s.utf8.allSatisfy { b in
            (b >= 0x61 && b <= 0x7A) || (b >= 0x30 && b <= 0x39) || b == 0x5F || b == 0x2D || b == 0x2B
        }
    }

    static func encode(_ answers: SurveyAnswers) -> String {
        answers.values.keys.sorted().compactMap { key in
            let values = answers.values[key]!.filter(isValidToken)
            guard isValidToken(key), !values.isEmpty else { return nil }
            return key + "=" + values.joined(separator: ",")
        }.joined(separator: ";")
    }

    static func decode(_ text: String) -> SurveyAnswers {
        var answers = SurveyAnswers()
        for pair in text.split(separator: ";") {
            guard let eq = pair.firstIndex(of: "=") else { continue }
            let key = String(pair[..<eq])
            let values = pair[pair.index(after: eq)...].split(separator: ",").map(String.init)
            if !values.isEmpty { answers.values[key] = values }
        }
        return answers
    }
}
