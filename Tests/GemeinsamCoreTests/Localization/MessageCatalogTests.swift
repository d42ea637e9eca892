import Foundation
import Testing
@testable import GemeinsamCore

/// Small catalogs written for these tests: German source, Turkish, Russian, Arabic.
enum CatalogSamples {
    static func header(_ language: Language) -> String {
        "msgid \"\"\nmsgstr \"\"\n\"Content-Type: text/plain; charset=UTF-8\\n\"\n"
            + "\"Plural-Forms: \(language.pluralFormsHeader)\\n\"\n\n"
    }

    static let german = header(.german) + """
        msgctxt "nav.home"
        msgid "Startseite"
        msgstr "Startseite"

        #, python-brace-format
        msgctxt "greeting"
        msgid "Hallo {name}, du bist in {place}."
        msgstr "Hallo {name}, du bist in {place}."

        #, python-brace-format
        msgctxt "meetings.count"
        msgid "Ein Treffen"
        msgid_plural "{count} Treffen"
        msgstr[0] "Ein Treffen"
        msgstr[1] "{count} Treffen"

        msgctxt "only.german"
        msgid "Nur auf Deutsch"
        msgstr ""

        msgctxt "braces"
        msgid "Mengen {{a, b}} und {kein Platzhalter} {x"
        msgstr "Mengen {{a, b}} und {kein Platzhalter} {x"

        """

    static let turkish = header(.turkish) + """
        msgctxt "nav.home"
        msgid "Startseite"
        msgstr "Ana sayfa"

        #, fuzzy, python-brace-format
        msgctxt "greeting"
        msgid "Hallo {name}, du bist in {place}."
        msgstr "Merhaba {name}, {place} konumundasın."

        #, python-brace-format
        msgctxt "meetings.count"
        msgid "Ein Treffen"
        msgid_plural "{count} Treffen"
        msgstr[0] "Bir buluşma"
        msgstr[1] "{count} buluşma"

        msgctxt "only.german"
        msgid "Nur auf Deutsch"
        msgstr ""

        msgctxt "braces"
        msgid "Mengen {{a}} und {kein Platzhalter} {x"
        msgstr "Kümeler {{a, b}} ve {yer tutucu değil} {x"

        msgctxt "extra.key"
        msgid "Gibt es nicht"
        msgstr "Yok"

        """

    static let russian = header(.russian) + """
        msgctxt "nav.home"
        msgid "Startseite"
        msgstr "Главная"

        #, python-brace-format
        msgctxt "greeting"
        msgid "Hallo {name}, du bist in {place}."
        msgstr "Привет, {name}!"

        #, python-brace-format
        msgctxt "meetings.count"
        msgid "Ein Treffen"
        msgid_plural "{count} Treffen"
        msgstr[0] "Одна встреча"
        msgstr[1] "{count} встречи"
        msgstr[2] "{count} встреч"

        """

    static let arabic = header(.arabic) + """
        #, python-brace-format
        msgctxt "meetings.count"
        msgid "Ein Treffen"
        msgid_plural "{count} Treffen"
        msgstr[0] "لا لقاءات"
        msgstr[1] "لقاء واحد"
        msgstr[2] "لقاءان"
        msgstr[3] "{count} لقاءات"
        msgstr[4] "{count} لقاءً"
        msgstr[5] "{count} لقاء"

        #, python-brace-format
        msgctxt "greeting"
        msgid "Hallo {name}, du bist in {place}."
        msgid_plural "Hallo {name}, ihr seid in {place}."
        msgstr[0] "مرحبا {name}"
        msgstr[1] "مرحبا {name}"

        """

    static func catalog() throws -> MessageCatalog {
        MessageCatalog(source: try POFile(parsing: german), translations: [
            .turkish: try POFile(parsing: turkish), .russian: try POFile(parsing: russian),
            .arabic: try POFile(parsing: arabic),
        ])
    }
}

@Suite("MessageCatalog: lookup, plurals, statistics, problems")
struct MessageCatalogTests {
    @Test("text: translation, German fallback, fuzzy draft, German page, unknown key")
    func text() throws {
        let catalog = try CatalogSamples.catalog()
        #expect(catalog.text("nav.home", in: .turkish) == LocalizedText(text: "Ana sayfa", language: .turkish))
        #expect(catalog.text("only.german", in: .turkish)
            == LocalizedText(text: "Nur auf Deutsch", language: .german, isFallback: true))
        #expect(catalog.text("nav.home", in: .polish)
            == LocalizedText(text: "Startseite", language: .german, isFallback: true), "no pl.po at all")
        #expect(catalog.text("greeting", in: .turkish, ["name": "Ayşe", "place": "Borsigplatz"])
            == LocalizedText(text: "Merhaba Ayşe, Borsigplatz konumundasın.", language: .turkish, isDraft: true))
        #expect(catalog.text("nav.home", in: .german) == LocalizedText(text: "Startseite", language: .german))
        #expect(catalog.text("only.german", in: .german).text == "Nur auf Deutsch", "empty msgstr in de.po = msgid")
        #expect(catalog.text("no.such.key", in: .arabic)
            == LocalizedText(text: "no.such.key", language: .arabic, isMissing: true))
        #expect(catalog.contains("nav.home") && !catalog.contains("extra.key"))
        #expect(catalog.keys == ["nav.home", "greeting", "meetings.count", "only.german", "braces"])
    }

    @Test("placeholders: a missing argument stays visible, extra arguments are ignored, {{ }} are braces")
    func placeholders() throws {
        let catalog = try CatalogSamples.catalog()
        #expect(catalog.text("greeting", in: .german, ["name": "Jo", "unused": "x"]).text == "Hallo Jo, du bist in {place}.")
        #expect(catalog.text("greeting", in: .german, ["name": "{place}", "place": "A"]).text
            == "Hallo {place}, du bist in A.", "values are not expanded again")
        #expect(catalog.text("braces", in: .german).text == "Mengen {a, b} und {kein Platzhalter} {x")
        #expect(MessageCatalog.placeholders(in: "{b} {a} {b} {{c}} {d e} {_f1} {1}") == ["_f1", "a", "b"])
    }

    @Test("plural: the form by the rule of the language the text is in, {count} filled unless given")
    func plural() throws {
        let catalog = try CatalogSamples.catalog()
        func text(_ count: Int, _ language: Language) -> String { catalog.plural("meetings.count", count: count, in: language).text }
        #expect([1, 2, 0].map { text($0, .german) } == ["Ein Treffen", "2 Treffen", "0 Treffen"])
        #expect([1, 5].map { text($0, .turkish) } == ["Bir buluşma", "5 buluşma"])
        #expect([1, 3, 5, 11, 22, 25].map { text($0, .russian) }
            == ["Одна встреча", "3 встречи", "5 встреч", "11 встреч", "22 встречи", "25 встреч"])
        #expect([0, 1, 2, 3, 11, 100].map { text($0, .arabic) }
            == ["لا لقاءات", "لقاء واحد", "لقاءان", "3 لقاءات", "11 لقاءً", "100 لقاء"])
        let fallback = catalog.plural("meetings.count", count: 1, in: .ukrainian)
        #expect(fallback == LocalizedText(text: "Ein Treffen", language: .german, isFallback: true))
        #expect(catalog.plural("meetings.count", count: 1000, in: .german, ["count": "1.000"]).text == "1.000 Treffen")
        #expect(catalog.plural("nav.home", count: 7, in: .turkish).text == "Ana sayfa", "singular entry: its only form")
        #expect(catalog.text("meetings.count", in: .german).text == "Ein Treffen", "text() of a plural entry: form for 1")
    }

    @Test("statistics: share translated (drafts included) and reviewed, per language, German first")
    func statistics() throws {
        let statistics = try CatalogSamples.catalog().statistics()
        #expect(statistics.map(\.language) == Language.all)
        let byCode = Dictionary(uniqueKeysWithValues: statistics.map { ($0.language.code, $0) })
        #expect(byCode["de"] == CatalogStatistics(language: .german, total: 5, translated: 5, reviewed: 5))
        // tr: nav.home, greeting (fuzzy), meetings.count, braces (outdated msgid → draft); only.german empty
        #expect(byCode["tr"] == CatalogStatistics(language: .turkish, total: 5, translated: 4, reviewed: 2))
        #expect(byCode["tr"]?.translatedShare == 0.8)
        #expect(byCode["tr"]?.reviewedShare == 0.4)
        #expect(byCode["ru"] == CatalogStatistics(language: .russian, total: 5, translated: 3, reviewed: 3))
        #expect(byCode["ar"] == CatalogStatistics(language: .arabic, total: 5, translated: 1, reviewed: 1))
        #expect(byCode["pl"]?.translatedShare == 0)
        #expect(CatalogStatistics(language: .polish, total: 0, translated: 0, reviewed: 0).translatedShare == 1)
    }

    @Test("problems: missing keys, placeholder sets per plural form, unknown keys, outdated and malformed entries")
    func problems() throws {
        let problems = try CatalogSamples.catalog().problems()
        let byLanguage = Dictionary(grouping: problems) { problem -> String in
            switch problem {
            case .missingTranslation(_, let l), .placeholderMismatch(_, let l, _, _, _), .unknownKey(_, let l),
                 .outdatedTranslation(_, let l), .pluralMismatch(_, let l, _, _), .duplicateKey(_, let l),
                 .entryWithoutKey(_, let l), .pluralFormsHeader(let l, _), .formatFlagMissing(_, let l): l.code
            }
        }
        #expect(byLanguage["de"] == nil)
        #expect(byLanguage["tr"] == [
            .outdatedTranslation(key: "braces", language: .turkish),
            .unknownKey(key: "extra.key", language: .turkish),
            .missingTranslation(key: "only.german", language: .turkish),
        ])
        // Russian "one" covers 1, 21, 31, … so it must show {count}; the greeting lost {place}
        #expect(byLanguage["ru"] == [
            .placeholderMismatch(key: "greeting", language: .russian, form: 0, missing: ["place"], unexpected: []),
            .placeholderMismatch(key: "meetings.count", language: .russian, form: 0, missing: ["count"], unexpected: []),
            .missingTranslation(key: "only.german", language: .russian),
            .missingTranslation(key: "braces", language: .russian),
        ])
        // Arabic zero/one/two stand for one number each and may leave {count} out; a plural greeting is unusable
        #expect(byLanguage["ar"] == [
            .pluralMismatch(key: "greeting", language: .arabic, expectedForms: 1, foundForms: 2),
            .missingTranslation(key: "nav.home", language: .arabic),
            .missingTranslation(key: "greeting", language: .arabic),
            .missingTranslation(key: "only.german", language: .arabic),
            .missingTranslation(key: "braces", language: .arabic),
        ])
        #expect(byLanguage["pl"]?.count == 5, "no file: every key missing")
        #expect(problems.allSatisfy { !$0.description.isEmpty })
    }
}
