import Foundation
import GemeinsamCore

/// A questionnaire version in further languages. Every language is a translation of the same version: questions
/// and options keep their keys, so answers in any language are the same variables for the statistics.
extension Questionnaire {
    struct Translation: Codable, Sendable, Equatable {
        /// Text key (`Questionnaire.textEntries`) → the translated text. A text not given is shown in German,
        /// marked as German.
        var texts: [String: String]
        /// Instrument (`Instrument.rawValue`) → the published, validated translation whose wording this language
        /// uses. An instrument not named here is "nicht validiert" in this language.
        var validated: [String: String]?
        /// True once a native speaker has checked the wording; until then the translation is a draft.
        var reviewed: Bool?

        func validation(of instrument: Instrument) -> String? { validated?[instrument.rawValue] }
    }

    /// The standard scales in the questionnaire whose translations can be validated ones.
    enum Instrument: String, CaseIterable, Sendable {
        case ucla3, djg6

        var name: String {
            switch self {
            case .ucla3: "UCLA-3"
            case .djg6: "De Jong Gierveld (6)"
            }
        }

        func contains(questionKey key: String) -> Bool {
            switch self {
            case .ucla3: key.hasPrefix("ucla")
            case .djg6: key.hasPrefix("djg_")
            }
        }
    }

    /// Every text of the version by its translation key, in the order a reader meets them: `title`, `intro.N`,
    /// `consent`, `section.N.heading`, `section.N.intro`, `question.KEY.text`, `question.KEY.hint`,
    /// `question.KEY.option.KEY`.
    var textEntries: [(key: String, text: String)] {
        var out: [(String, String)] = [("title", title)]
        out += intro.enumerated().map { ("intro.\($0.offset)", $0.element) }
        out.append(("consent", consent))
        for (s, section) in sections.enumerated() {
            out.append(("section.\(s).heading", section.heading))
            if let intro = section.intro { out.append(("section.\(s).intro", intro)) }
            for q in section.questions {
                out.append(("question.\(q.key).text", q.text))
                if let hint = q.hint { out.append(("question.\(q.key).hint", hint)) }
                out += q.choices.map { ("question.\(q.key).option.\($0.key)", $0.label) }
            }
        }
        return out
    }

    /// The languages this version can be answered in: German first, then its translations in the order of
    /// `Language.all`.
    var languages: [Language] {
        Language.all.filter { $0.isSource || translations?[$0.code] != nil }
    }

    /// The version in `language`: translated texts where there are some, German (marked as German, see
    /// `FallbackMarks`) where not. German, or a language without a translation, gives the version unchanged.
    func localized(to language: Language) -> Questionnaire {
        guard !language.isSource, let translation = translations?[language.code] else { return self }
        func text(_ key: String, _ german: String) -> String {
            if let t = translation.texts[key], !t.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty { return t }
            return FallbackMarks.wrap(german)
        }
        var copy = self
        copy.title = text("title", title)
        copy.intro = intro.enumerated().map { text("intro.\($0.offset)", $0.element) }
        copy.consent = text("consent", consent)
        for s in copy.sections.indices {
            copy.sections[s].heading = text("section.\(s).heading", sections[s].heading)
            copy.sections[s].intro = sections[s].intro.map { text("section.\(s).intro", $0) }
            for q in copy.sections[s].questions.indices {
                let question = sections[s].questions[q]
                copy.sections[s].questions[q].text = text("question.\(question.key).text", question.text)
                copy.sections[s].questions[q].hint = question.hint.map { text("question.\(question.key).hint", $0) }
                copy.sections[s].questions[q].options = question.options?.map {
                    Option(key: $0.key, label: text("question.\(question.key).option.\($0.key)", $0.label))
                }
            }
        }
        return copy
    }

    /// Problems with the translations, in the UI language; part of `problems()`.
    func translationProblems() -> [String] {
        typealias T = Texts.QuestionnaireProblems
        guard let translations else { return [] }
        var problems: [String] = []
        let known = Set(textEntries.map(\.key))
        for code in translations.keys.sorted() {
            guard let language = Language.withCode(code), !language.isSource else {
                problems.append(T.unknownLanguage(code))
                continue
            }
            let translation = translations[code]!
            for key in translation.texts.keys.sorted() where !known.contains(key) {
                problems.append(T.unknownTextKey(language.nativeName, key))
            }
            for (key, text) in translation.texts.sorted(by: { $0.key < $1.key }) where known.contains(key) {
                if text.count > 3000 { problems.append(T.tooLong(T.translatedText(language.nativeName, key), max: 3000)) }
                if case .failure(.controlCharacters) = TextInput.clean(text, maxLength: 3000, multiline: true) {
                    problems.append(T.controlCharacters(T.translatedText(language.nativeName, key)))
                }
            }
            for (instrument, source) in (translation.validated ?? [:]).sorted(by: { $0.key < $1.key }) {
                if Instrument(rawValue: instrument) == nil { problems.append(T.unknownInstrument(language.nativeName, instrument)) }
                if source.trimmingCharacters(in: .whitespaces).isEmpty || source.count > 500 {
                    problems.append(T.validationSourceInvalid(language.nativeName, instrument))
                }
            }
        }
        return problems
    }
}
