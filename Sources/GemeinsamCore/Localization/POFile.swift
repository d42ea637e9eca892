import Foundation

/// One message of a gettext PO file, with its comments and flags.
///
/// Gemeinsam keys every UI message by `msgctxt` (e.g. "meetings.filter.scope"); `id` is the German source text
/// and `translations` holds `msgstr` (one element) or `msgstr[0]`, `msgstr[1]`, … for plural entries.
/// Comment texts are stored without their marker and the one space after it (`# text` → "text").
public struct POEntry: Sendable, Hashable {
    /// `# …` lines, written by translators.
    public var translatorComments: [String]
    /// `#. …` lines, written by the extractor (notes for translators).
    public var extractedComments: [String]
    /// `#: …` references (file:line), one element per reference.
    public var references: [String]
    /// `#, …` flags in file order, e.g. "fuzzy", "python-brace-format".
    public var flags: [String]
    /// `#| …` lines (previous msgid written by msgmerge), kept verbatim so a rewrite loses nothing.
    public var previous: [String]
    public var context: String?
    public var id: String
    public var idPlural: String?
    public var translations: [String]

    public init(context: String? = nil, id: String, idPlural: String? = nil, translations: [String],
                flags: [String] = [], translatorComments: [String] = [], extractedComments: [String] = [],
                references: [String] = [], previous: [String] = []) {
        self.context = context
        self.id = id
        self.idPlural = idPlural
        self.translations = translations
        self.flags = flags
        self.translatorComments = translatorComments
        self.extractedComments = extractedComments
        self.references = references
        self.previous = previous
    }

    /// A draft translation that a reviewer has not checked yet (`#, fuzzy`). Gemeinsam shows such drafts, marked.
    public var isFuzzy: Bool { flags.contains("fuzzy") }

    public var isPlural: Bool { idPlural != nil }

    /// The header entry: `msgid ""` without context.
    public var isHeader: Bool { context == nil && id.isEmpty }
}

/// A parsed gettext PO file: the header entry and the messages in file order. Obsolete (`#~`) entries are dropped.
public struct POFile: Sendable, Hashable {
    /// One `Name: value` line of the header entry's `msgstr`.
    public struct HeaderField: Sendable, Hashable {
        public var name: String
        public var value: String
        public init(_ name: String, _ value: String) {
            self.name = name
            self.value = value
        }
    }

    public var header: POEntry?
    public var entries: [POEntry]

    public init(header: POEntry? = nil, entries: [POEntry] = []) {
        self.header = header
        self.entries = entries
    }

    /// Parses PO text; errors name the line (see `POParseError`).
    public init(parsing text: String) throws(POParseError) {
        self = try POParser.parse(Array(text.utf8))
    }

    /// Reads and parses a UTF-8 PO file; invalid UTF-8 is reported with its line.
    public init(contentsOf url: URL) throws {
        let bytes = [UInt8](try Data(contentsOf: url))
        self = try POParser.parse(bytes)
    }

    /// The PO text (see `POWriter`): header first, then the entries in their order, wrapped like msgcat at
    /// `wrapWidth` columns, or only at embedded line breaks when `wrapWidth` is nil.
    public func written(wrapWidth: Int? = POWriter.defaultWidth) -> String {
        POWriter(wrapWidth: wrapWidth).write(self)
    }

    // MARK: Header

    /// The header's fields in order ("Content-Type", "Plural-Forms", …); lines without a colon are skipped.
    public var headerFields: [HeaderField] {
        guard let text = header?.translations.first else { return [] }
        return text.split(separator: "\n").compactMap { (line: Substring) -> HeaderField? in
            guard let colon = line.firstIndex(of: ":") else { return nil }
            let name = line[..<colon].trimmingCharacters(in: .whitespaces)
            let value = line[colon...].dropFirst().trimmingCharacters(in: .whitespaces)
            return HeaderField(name, value)
        }
    }

    /// The value of a header field (name compared case-insensitively), e.g. `headerValue("Plural-Forms")`.
    public func headerValue(_ name: String) -> String? {
        headerFields.first { $0.name.caseInsensitiveCompare(name) == .orderedSame }?.value
    }

    /// A header entry with these fields, one `Name: value\n` line each, as msgfmt expects.
    public static func headerEntry(_ fields: [HeaderField], translatorComments: [String] = [],
                                   flags: [String] = []) -> POEntry {
        let text = fields.map { "\($0.name): \($0.value)\n" }.joined()
        return POEntry(id: "", translations: [text], flags: flags, translatorComments: translatorComments)
    }

    /// The fields `msgfmt --check-header` asks for, for a new catalog: `language` is the `Language:` value
    /// (e.g. "tr"), `pluralForms` the language's rule (`Language.pluralFormsHeader`).
    public static func standardHeaderFields(project: String, language: String, pluralForms: String,
                                            revisionDate: String, lastTranslator: String,
                                            languageTeam: String) -> [HeaderField] {
        [HeaderField("Project-Id-Version", project),
         HeaderField("PO-Revision-Date", revisionDate),
         HeaderField("Last-Translator", lastTranslator),
         HeaderField("Language-Team", languageTeam),
         HeaderField("Language", language),
         HeaderField("MIME-Version", "1.0"),
         HeaderField("Content-Type", "text/plain; charset=UTF-8"),
         HeaderField("Content-Transfer-Encoding", "8bit"),
         HeaderField("Plural-Forms", pluralForms)]
    }
}

/// A malformed PO file: what is wrong and on which line (1-based).
public struct POParseError: Error, Sendable, Hashable, CustomStringConvertible {
    public var line: Int
    public var kind: Kind

    public enum Kind: Sendable, Hashable {
        /// A string that does not end on its line.
        case unterminatedString
        /// A backslash sequence other than the C escapes (`\n \t \r \" \\ \a \b \f \v`, octal, `\x` hex).
        case invalidEscape
        /// Bytes that are not UTF-8.
        case invalidUTF8
        /// Text that is neither a keyword, a string nor a comment.
        case unexpectedText
        /// A keyword where it cannot stand, e.g. `msgstr` before `msgid` (the keyword is given).
        case unexpectedKeyword(String)
        /// A string without a keyword before it.
        case unexpectedString
        /// A keyword without a string after it.
        case missingString(String)
        /// An entry that ends before its `msgstr`.
        case missingMsgstr
        /// `msgstr[n]` out of order (n is the expected index), or `msgstr` / `msgstr[n]` not fitting `msgid_plural`.
        case pluralIndex(expected: Int)
        /// A second entry with the same `msgctxt` and `msgid`; `firstLine` is where the first one starts.
        case duplicate(firstLine: Int)
    }

    public init(line: Int, kind: Kind) {
        self.line = line
        self.kind = kind
    }

    public var description: String {
        let message: String
        switch kind {
        case .unterminatedString: message = "string does not end on this line"
        case .invalidEscape: message = "invalid escape sequence"
        case .invalidUTF8: message = "invalid UTF-8"
        case .unexpectedText: message = "unexpected text (expected a keyword, a string or a comment)"
        case .unexpectedKeyword(let keyword): message = "'\(keyword)' cannot stand here"
        case .unexpectedString: message = "string without a keyword before it"
        case .missingString(let keyword): message = "'\(keyword)' needs a string"
        case .missingMsgstr: message = "entry ends without msgstr"
        case .pluralIndex(let expected): message = "expected msgstr[\(expected)]"
        case .duplicate(let firstLine): message = "duplicate message (first defined on line \(firstLine))"
        }
        return "line \(line): \(message)"
    }
}
