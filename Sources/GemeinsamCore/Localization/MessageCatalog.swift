import Foundation

/// All UI texts in all languages, built once from the German source catalog (`de.po`: msgctxt = key,
/// msgid = msgstr = German text) and one translation catalog per language (msgid = German text, msgstr =
/// translation).
///
/// Lookups are one dictionary access by key plus an array access by language; texts without placeholders are
/// returned without copying, so a translated page costs the same as a German one. Building never fails: whatever
/// is wrong in the files is listed by `problems()` (the App's tests fail on it) and the affected texts fall back
/// to German. Unlike plain gettext, fuzzy translations are used (marked as drafts).
public struct MessageCatalog: Sendable {
    struct Message: Sendable {
        /// One template for singular entries, `nplurals` of its language for plural entries.
        var forms: [MessageTemplate]
        var isDraft: Bool
    }

    /// German key → row in `messages`.
    private let keyIndex: [String: Int]
    /// Keys in the order of the German catalog.
    public let keys: [String]
    /// `messages[language.index][row]`; German (index 0) has every row.
    private let messages: [[Message?]]
    private let foundProblems: [CatalogProblem]
    private let foundStatistics: [CatalogStatistics]

    /// A catalog from parsed files. Languages of `Language.all` without a file fall back to German everywhere.
    public init(source: POFile, translations: [Language: POFile]) {
        var builder = CatalogBuilder(source: source)
        for language in Language.all.dropFirst() {
            builder.addTranslation(translations[language], for: language)
        }
        keyIndex = builder.keyIndex
        keys = builder.keys
        messages = builder.messages
        foundProblems = builder.problems
        foundStatistics = Language.all.map { language in
            let row = builder.messages[language.index]
            return CatalogStatistics(language: language, total: builder.keys.count,
                                     translated: row.lazy.filter { $0 != nil }.count,
                                     reviewed: row.lazy.filter { $0.map { !$0.isDraft } ?? false }.count)
        }
    }

    /// Loads `de.po` and `<code>.po` for every other language from `directory` (a missing translation file
    /// means "nothing translated yet"; a missing `de.po` or a malformed file is an error).
    public static func load(directory: URL) throws(MessageCatalogLoadError) -> MessageCatalog {
        func read(_ language: Language, required: Bool) throws(MessageCatalogLoadError) -> POFile? {
            let name = "\(language.code).po"
            let url = directory.appendingPathComponent(name)
            guard required || FileManager.default.fileExists(atPath: url.path) else { return nil }
            do {
                return try POFile(contentsOf: url)
            } catch let error as POParseError {
                throw MessageCatalogLoadError(file: name, reason: error.description)
            } catch {
                throw MessageCatalogLoadError(file: name, reason: "cannot be read: \(error.localizedDescription)")
            }
        }
        let source = try read(.german, required: true)!
        var translations: [Language: POFile] = [:]
        for language in Language.all.dropFirst() {
            if let file = try read(language, required: false) { translations[language] = file }
        }
        return MessageCatalog(source: source, translations: translations)
    }

    // MARK: Lookup

    /// The text for `key` in `language`, placeholders `{name}` filled from `arguments`.
    public func text(_ key: String, in language: Language, _ arguments: [String: String] = [:]) -> LocalizedText {
        lookup(key, in: language, count: nil, arguments)
    }

    /// The plural form of `key` for `count` by the rule of the language the text is in; `{count}` is the number
    /// in plain digits unless `arguments` gives it (e.g. formatted with `LocalFormat.integer`).
    public func plural(_ key: String, count: Int, in language: Language,
                       _ arguments: [String: String] = [:]) -> LocalizedText {
        lookup(key, in: language, count: count, arguments)
    }

    /// Whether the German catalog has `key`.
    public func contains(_ key: String) -> Bool { keyIndex[key] != nil }

    private func lookup(_ key: String, in language: Language, count: Int?, _ arguments: [String: String]) -> LocalizedText {
        guard let row = keyIndex[key] else { return LocalizedText(text: key, language: language, isMissing: true) }
        if let message = messages[language.index][row] {
            return LocalizedText(text: render(message, language, count, arguments), language: language,
                                 isDraft: message.isDraft)
        }
        let german = messages[0][row]!
        return LocalizedText(text: render(german, .german, count, arguments), language: .german,
                             isFallback: !language.isSource)
    }

    private func render(_ message: Message, _ language: Language, _ count: Int?, _ arguments: [String: String]) -> String {
        let form = message.forms.count > 1 ? language.pluralForms.index(for: count ?? 1) : 0
        return message.forms[min(form, message.forms.count - 1)].render(arguments, count: count)
    }

    // MARK: Quality

    /// Per language (in `Language.all` order, German first): how much is translated and reviewed.
    public func statistics() -> [CatalogStatistics] { foundStatistics }

    /// Everything to fix: missing translations, placeholder sets that differ from German (per plural form), keys
    /// German lacks, outdated translations, wrong plural forms or headers, duplicate keys, entries without key,
    /// placeholders without the `python-brace-format` flag. Ordered by language, then file order.
    public func problems() -> [CatalogProblem] { foundProblems }

    /// The placeholder names in a text (`{name}`; `{{` and `}}` are literal braces), sorted.
    public static func placeholders(in text: String) -> [String] { MessageTemplate(text).placeholders }
}

/// A catalog file that could not be loaded.
public struct MessageCatalogLoadError: Error, Sendable, Hashable, CustomStringConvertible {
    public let file: String
    public let reason: String
    public var description: String { "\(file): \(reason)" }
}
