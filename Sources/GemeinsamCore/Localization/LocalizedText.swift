/// A UI text as the catalog found it: the string and what the page needs to know about it.
public struct LocalizedText: Sendable, Hashable, CustomStringConvertible {
    /// The text with placeholders filled in (or the key itself when `isMissing`).
    public let text: String
    /// The language `text` is in: the requested one, or German when the translation is missing or empty.
    public let language: Language
    /// German text on a page in another language.
    public let isFallback: Bool
    /// A translation nobody has reviewed yet (`#, fuzzy`, or made for an older German text).
    public let isDraft: Bool
    /// The key is not in the German catalog; `text` is the key (the App's tests fail on this).
    public let isMissing: Bool

    public init(text: String, language: Language, isFallback: Bool = false, isDraft: Bool = false,
                isMissing: Bool = false) {
        self.text = text
        self.language = language
        self.isFallback = isFallback
        self.isDraft = isDraft
        self.isMissing = isMissing
    }

    public var description: String { text }

    /// `text` for an HTML page: a fallback is wrapped in `FallbackMarks`, which `FallbackMarks.apply(toHTML:)`
    /// later turns into `<span lang="de">`.
    public var marked: String { isFallback ? FallbackMarks.wrap(text) : text }
}

/// Share of a language's catalog that is translated, and reviewed (not a draft).
public struct CatalogStatistics: Sendable, Hashable {
    public let language: Language
    /// Keys in the German source catalog.
    public let total: Int
    /// Keys with a usable translation (drafts included).
    public let translated: Int
    /// Keys with a reviewed translation.
    public let reviewed: Int

    /// translated / total (1 for an empty catalog).
    public var translatedShare: Double { total == 0 ? 1 : Double(translated) / Double(total) }
    /// reviewed / total (1 for an empty catalog).
    public var reviewedShare: Double { total == 0 ? 1 : Double(reviewed) / Double(total) }
}

/// Something a translator or developer has to fix in the catalogs.
public enum CatalogProblem: Sendable, Hashable, CustomStringConvertible {
    /// A German key without a usable translation (absent, empty, or unusable for a reason reported separately).
    case missingTranslation(key: String, language: Language)
    /// Placeholders of one form (`msgstr[form]`, 0 for singular entries) differ from the German text.
    case placeholderMismatch(key: String, language: Language, form: Int, missing: [String], unexpected: [String])
    /// A key in a translation that the German catalog lacks.
    case unknownKey(key: String, language: Language)
    /// A translation made for a different German text (its msgid is not the current German msgid); it is shown
    /// as a draft until a translator updates it.
    case outdatedTranslation(key: String, language: Language)
    /// Singular where German has plural or the other way round, or not `nplurals` forms; such a translation is
    /// not used.
    case pluralMismatch(key: String, language: Language, expectedForms: Int, foundForms: Int)
    /// The same `msgctxt` twice in one file; the first one is used.
    case duplicateKey(key: String, language: Language)
    /// An entry without `msgctxt` (every message needs a key); it is not used.
    case entryWithoutKey(id: String, language: Language)
    /// A file whose `Plural-Forms` header is missing or not the language's rule (`Language.pluralFormsHeader`).
    case pluralFormsHeader(language: Language, found: String?)
    /// An entry with placeholders but without `#, python-brace-format`, so `msgfmt --check` cannot verify it.
    case formatFlagMissing(key: String, language: Language)

    public var description: String {
        switch self {
        case .missingTranslation(let key, let language): "\(language.code): \(key): not translated"
        case .placeholderMismatch(let key, let language, let form, let missing, let unexpected):
            "\(language.code): \(key): form \(form): placeholders missing \(missing), unexpected \(unexpected)"
        case .unknownKey(let key, let language): "\(language.code): \(key): key not in the German catalog"
        case .outdatedTranslation(let key, let language): "\(language.code): \(key): translation of an older German text"
        case .pluralMismatch(let key, let language, let expected, let found):
            "\(language.code): \(key): \(found) forms instead of \(expected)"
        case .duplicateKey(let key, let language): "\(language.code): \(key): key defined twice"
        case .entryWithoutKey(let id, let language): "\(language.code): entry \"\(id)\" has no msgctxt"
        case .pluralFormsHeader(let language, let found):
            "\(language.code): Plural-Forms is \(found ?? "missing"), expected \(language.pluralFormsHeader)"
        case .formatFlagMissing(let key, let language): "\(language.code): \(key): python-brace-format flag missing"
        }
    }
}
