/// A language Gemeinsam's UI is offered in, as data: codes, the URL prefix, the name in the language itself, the
/// writing direction, locale for formatting and the plural rule.
///
/// German is the source language (no URL prefix). Equality and hashing use `code` only.
public struct Language: Sendable, Hashable, Identifiable, CustomStringConvertible {
    public enum Direction: String, Sendable, Hashable {
        case ltr, rtl
    }

    /// Catalog code and file name (`Locales/<code>.po`): "de", "de-x-ls", "en", …
    public var code: String { storage.code }
    /// First path component of the language's pages ("tr" → `/tr/quartiere/…`); nil for German (no prefix).
    public var pathPrefix: String? { storage.pathPrefix }
    /// The name in the language itself, for the language switch: "Türkçe", "العربية", …
    public var nativeName: String { storage.nativeName }
    /// The English name, for logs, staff pages and documentation.
    public var englishName: String { storage.englishName }
    /// `dir` attribute of `<html>`.
    public var direction: Direction { storage.direction }
    /// `lang` and `hreflang` value (BCP 47). Leichte Sprache uses the private-use tag "de-x-ls": assistive
    /// technology reads it as German, and it stays distinct from German in `hreflang` alternates.
    public var htmlLang: String { storage.htmlLang }
    /// Foundation locale identifier for numbers and dates (Arabic with Latin digits, Leichte Sprache like German).
    public var localeIdentifier: String { storage.localeIdentifier }
    /// The standard gettext `Plural-Forms` rule for the language (see `pluralFormsHeader`).
    public var pluralForms: PluralForms { storage.pluralForms }
    /// The CLDR category each plural form stands for, by form index (e.g. Russian: one, few, many).
    public var pluralCategories: [PluralCategory] { storage.pluralCategories }
    /// Position in `Language.all`; catalogs use it to index their tables.
    public var index: Int { storage.index }

    /// Everything in one immutable object, so that copying a `Language` (every `LocalizedText` holds one) costs a
    /// single reference count.
    private final class Storage: Sendable {
        let index: Int
        let code: String
        let pathPrefix: String?
        let nativeName: String
        let englishName: String
        let direction: Direction
        let htmlLang: String
        let localeIdentifier: String
        let pluralForms: PluralForms
        let pluralCategories: [PluralCategory]

        init(_ index: Int, _ code: String, _ pathPrefix: String?, _ nativeName: String, _ englishName: String,
             _ direction: Direction, _ htmlLang: String, _ localeIdentifier: String, _ pluralForms: PluralForms,
             _ pluralCategories: [PluralCategory]) {
            (self.index, self.code, self.pathPrefix, self.nativeName, self.englishName) =
                (index, code, pathPrefix, nativeName, englishName)
            (self.direction, self.htmlLang, self.localeIdentifier, self.pluralForms, self.pluralCategories) =
                (direction, htmlLang, localeIdentifier, pluralForms, pluralCategories)
        }
    }

    private let storage: Storage

    init(index: Int, code: String, pathPrefix: String?, nativeName: String, englishName: String,
         direction: Direction = .ltr, htmlLang: String, localeIdentifier: String, pluralForms: String,
         pluralCategories: [PluralCategory]) {
        // The headers below are constants checked by LanguageTests.
        storage = Storage(index, code, pathPrefix, nativeName, englishName, direction, htmlLang, localeIdentifier,
                          try! PluralForms(header: pluralForms), pluralCategories)
    }

    public var id: String { code }
    public var description: String { code }

    /// The `Plural-Forms` header value for this language's PO file.
    public var pluralFormsHeader: String { pluralForms.header }

    /// German, the source language.
    public var isSource: Bool { index == 0 }

    /// The CLDR category of `count` in this language (integer counts).
    public func pluralCategory(for count: Int) -> PluralCategory {
        pluralCategories[pluralForms.index(for: count)]
    }

    public static func == (lhs: Language, rhs: Language) -> Bool {
        lhs.storage === rhs.storage || lhs.code == rhs.code
    }

    public func hash(into hasher: inout Hasher) { hasher.combine(code) }

    // MARK: The supported languages

    // Plural-Forms: gettext's table (gettext-tools/src/plural-table.c) for de, en, tr, bg, ro, ru, uk, pl; Arabic
    // from the Translate Toolkit / Localization Guide table, which follows the CLDR rules.
    private static let twoForms = "nplurals=2; plural=(n != 1);"
    private static let eastSlavic = "nplurals=3; plural=(n%10==1 && n%100!=11 ? 0 : n%10>=2 && n%10<=4 && "
        + "(n%100<10 || n%100>=20) ? 1 : 2);"

    public static let german = Language(
        index: 0, code: "de", pathPrefix: nil, nativeName: "Deutsch", englishName: "German", htmlLang: "de",
        localeIdentifier: "de_DE", pluralForms: twoForms, pluralCategories: [.one, .other])
    public static let leichteSprache = Language(
        index: 1, code: "de-x-ls", pathPrefix: "leichte-sprache", nativeName: "Leichte Sprache",
        englishName: "Easy German (Leichte Sprache)", htmlLang: "de-x-ls", localeIdentifier: "de_DE",
        pluralForms: twoForms, pluralCategories: [.one, .other])
    public static let english = Language(
        index: 2, code: "en", pathPrefix: "en", nativeName: "English", englishName: "English", htmlLang: "en",
        localeIdentifier: "en_GB", pluralForms: twoForms, pluralCategories: [.one, .other])
    public static let turkish = Language(
        index: 3, code: "tr", pathPrefix: "tr", nativeName: "Türkçe", englishName: "Turkish", htmlLang: "tr",
        localeIdentifier: "tr_TR", pluralForms: twoForms, pluralCategories: [.one, .other])
    public static let arabic = Language(
        index: 4, code: "ar", pathPrefix: "ar", nativeName: "العربية", englishName: "Arabic", direction: .rtl,
        htmlLang: "ar", localeIdentifier: "ar-u-nu-latn",
        pluralForms: "nplurals=6; plural=(n==0 ? 0 : n==1 ? 1 : n==2 ? 2 : n%100>=3 && n%100<=10 ? 3 : "
            + "n%100>=11 ? 4 : 5);",
        pluralCategories: [.zero, .one, .two, .few, .many, .other])
    public static let ukrainian = Language(
        index: 5, code: "uk", pathPrefix: "uk", nativeName: "Українська", englishName: "Ukrainian", htmlLang: "uk",
        localeIdentifier: "uk_UA", pluralForms: eastSlavic, pluralCategories: [.one, .few, .many])
    public static let russian = Language(
        index: 6, code: "ru", pathPrefix: "ru", nativeName: "Русский", englishName: "Russian", htmlLang: "ru",
        localeIdentifier: "ru_RU", pluralForms: eastSlavic, pluralCategories: [.one, .few, .many])
    public static let polish = Language(
        index: 7, code: "pl", pathPrefix: "pl", nativeName: "Polski", englishName: "Polish", htmlLang: "pl",
        localeIdentifier: "pl_PL",
        pluralForms: "nplurals=3; plural=(n==1 ? 0 : n%10>=2 && n%10<=4 && (n%100<10 || n%100>=20) ? 1 : 2);",
        pluralCategories: [.one, .few, .many])
    public static let romanian = Language(
        index: 8, code: "ro", pathPrefix: "ro", nativeName: "Română", englishName: "Romanian", htmlLang: "ro",
        localeIdentifier: "ro_RO",
        pluralForms: "nplurals=3; plural=n==1 ? 0 : (n==0 || (n%100 > 0 && n%100 < 20)) ? 1 : 2;",
        pluralCategories: [.one, .few, .other])
    public static let bulgarian = Language(
        index: 9, code: "bg", pathPrefix: "bg", nativeName: "Български", englishName: "Bulgarian", htmlLang: "bg",
        localeIdentifier: "bg_BG", pluralForms: twoForms, pluralCategories: [.one, .other])

    /// Every supported language in the order of the language switch; `all[language.index] == language`.
    public static let all: [Language] = [
        german, leichteSprache, english, turkish, arabic, ukrainian, russian, polish, romanian, bulgarian,
    ]

    /// The language with this catalog code (case-insensitive), e.g. "tr" or "de-x-ls".
    public static func withCode(_ code: String) -> Language? {
        all.first { $0.code.caseInsensitiveEquals(code) }
    }

    /// The language whose pages start with this path component ("tr", "leichte-sprache"); nil for anything else,
    /// including German, which has no prefix.
    public static func withPathPrefix(_ component: String) -> Language? {
        all.first { $0.pathPrefix == component }
    }
}

extension String {
    /// ASCII case-insensitive comparison without allocating.
    func caseInsensitiveEquals(_ other: String) -> Bool {
        guard utf8.count == other.utf8.count else { return false }
        return zip(utf8, other.utf8).allSatisfy { Self.asciiLower($0) == Self.asciiLower($1) }
    }

    static func asciiLower(_ byte: UInt8) -> UInt8 {
        (UInt8(ascii: "A")...UInt8(ascii: "Z")).contains(byte) ? byte | 0x20 : byte
    }
}
