import Foundation
import Testing
@testable import GemeinsamCore

@Suite("Sprachen: the supported languages as data")
struct LanguageTests {
    @Test("codes, URL prefixes, names, direction, html lang and locale of all ten languages")
    func table() {
        let rows = Language.all.map {
            [$0.code, $0.pathPrefix ?? "-", $0.nativeName, $0.direction.rawValue, $0.htmlLang, $0.localeIdentifier]
        }
        #expect(rows == [
            ["de", "-", "Deutsch", "ltr", "de", "de_DE"],
            ["de-x-ls", "leichte-sprache", "Leichte Sprache", "ltr", "de-x-ls", "de_DE"],
            ["en", "en", "English", "ltr", "en", "en_GB"],
            ["tr", "tr", "Türkçe", "ltr", "tr", "tr_TR"],
            ["ar", "ar", "العربية", "rtl", "ar", "ar-u-nu-latn"],
            ["uk", "uk", "Українська", "ltr", "uk", "uk_UA"],
            ["ru", "ru", "Русский", "ltr", "ru", "ru_RU"],
            ["pl", "pl", "Polski", "ltr", "pl", "pl_PL"],
            ["ro", "ro", "Română", "ltr", "ro", "ro_RO"],
            ["bg", "bg", "Български", "ltr", "bg", "bg_BG"],
        ])
        #expect(Language.all.enumerated().allSatisfy { $0.offset == $0.element.index })
        #expect(Language.german.isSource && !Language.english.isSource)
        #expect(Set(Language.all.map(\.code)).count == 10)
    }

    @Test("Plural-Forms headers: gettext's standard ones, in the form msgfmt writes them")
    func pluralHeaders() {
        #expect(Language.german.pluralFormsHeader == "nplurals=2; plural=(n != 1);")
        #expect(Language.turkish.pluralFormsHeader == "nplurals=2; plural=(n != 1);")
        #expect(Language.russian.pluralFormsHeader == "nplurals=3; plural=(n%10==1 && n%100!=11 ? 0 : n%10>=2 && "
            + "n%10<=4 && (n%100<10 || n%100>=20) ? 1 : 2);")
        #expect(Language.arabic.pluralForms.count == 6)
        #expect(Language.romanian.pluralCategories == [.one, .few, .other])
    }

    @Test("lookup by code (case-insensitive) and by path prefix; German has no prefix")
    func lookup() {
        #expect(Language.withCode("TR") == .turkish)
        #expect(Language.withCode("de-X-LS") == .leichteSprache)
        #expect(Language.withCode("fr") == nil)
        #expect(Language.withPathPrefix("leichte-sprache") == .leichteSprache)
        #expect(Language.withPathPrefix("ar") == .arabic)
        #expect(Language.withPathPrefix("de") == nil)
        #expect(Language.withPathPrefix("quartiere") == nil)
        #expect(Language.withPathPrefix("") == nil)
    }

    @Test("Foundation knows every locale identifier (on Linux too): its language is the language's")
    func locales() {
        for language in Language.all {
            let locale = Locale(identifier: language.localeIdentifier)
            #expect(locale.language.languageCode?.identifier == String(language.code.prefix(2)), "\(language)")
        }
        #expect(Locale(identifier: Language.arabic.localeIdentifier).numberingSystem.identifier == "latn")
    }
}

@Suite("Sprachen: Accept-Language negotiation")
struct AcceptLanguageTests {
    func best(_ header: String) -> String? { AcceptLanguage.preferredLanguage(header)?.code }

    @Test("browsers' headers: regions and scripts match the language, q-values order, header order breaks ties")
    func typical() {
        #expect(best("tr-TR,tr;q=0.9,en-US;q=0.8,en;q=0.7") == "tr")
        #expect(best("ar-EG,ar;q=0.9") == "ar")
        #expect(best("de-DE,de;q=0.9,en;q=0.8") == "de")
        #expect(best("en;q=0.5, uk;q=0.8") == "uk")
        #expect(best("en, uk") == "en")
        #expect(best("fr-FR,fr;q=0.9,ru;q=0.3") == "ru")
        #expect(best("zh-Hant-TW") == nil)
        #expect(best("sr-Latn-RS,pl;q=0.1") == "pl")
        #expect(best("DE-at") == "de")
        #expect(best("de-x-ls, de;q=0.9") == "de-x-ls")
        #expect(best("dem, english") == nil, "a prefix must end at a subtag boundary")
    }

    @Test("q=0 excludes, '*' stands for the rest and never picks Leichte Sprache")
    func wildcardAndExclusion() {
        #expect(best("*") == "de")
        #expect(best("fr, *;q=0.5") == "de")
        #expect(best("de;q=0, *") == "en")
        #expect(best("tr;q=0") == nil)
        #expect(best("tr;q=0.5, *;q=0.9") == "de")
        #expect(best("tr;q=0.9, *;q=0.5") == "tr")
        #expect(best("*;q=0") == nil)
        #expect(best("ar;q=0, ar-SY") == nil, "an exclusion of a language wins over its regional form")
        #expect(AcceptLanguage.preferredLanguage("*", among: [.turkish, .arabic]) == .turkish)
    }

    @Test("RFC 9110 syntax: OWS, parameters, qvalue grammar; invalid elements are skipped")
    func syntax() {
        #expect(AcceptLanguage.ranges(" tr ; q=0.5 ,\ten;Q=1.000, ru;q=1.5, pl;q=0.1234, bg;q=.5, ro;q=0., uk;x=1") == [
            AcceptLanguage.Range(tag: "tr", quality: 500),
            AcceptLanguage.Range(tag: "en", quality: 1000),
            AcceptLanguage.Range(tag: "ro", quality: 0),
            AcceptLanguage.Range(tag: "uk", quality: 1000),
        ])
        #expect(AcceptLanguage.ranges("a-b-c-d, toolongtag, de--DE, de-, -de, d3, *, de-123456789, , ;q=1") == [
            AcceptLanguage.Range(tag: "a-b-c-d", quality: 1000),
            AcceptLanguage.Range(tag: "*", quality: 1000),
        ])
    }

    @Test("bad input never crashes and large headers take bounded time")
    func hostile() {
        for header in ["", ",,,,", ";;;", "q=1", "\u{0}", "ä, ü;q=1", "tr;q=", "tr;q=abc", "tr;q=1;q=0.5",
                       String(repeating: "\u{FFFD}", count: 1000), "en" + String(repeating: "-a", count: 5000)] {
            _ = best(header)
        }
        #expect(best("tr;q=1;q=0.5") == "tr", "the last q wins; the range is acceptable")
        let bigHeaders = [
            String(repeating: "xx-YY;q=0.5, ", count: 800) + "uk;q=0.1",
            String(repeating: "a", count: 10_000) + ", ro",
            String(repeating: ",", count: 10_000) + "bg",
            "pl-" + Array(repeating: "abcdefgh", count: 1_200).joined(separator: "-"),
        ]
        let clock = ContinuousClock()
        let elapsed = clock.measure {
            #expect(bigHeaders.map(best) == ["uk", "ro", "bg", "pl"])
        }
        #expect(elapsed < .seconds(1), "4 headers of 10 KB took \(elapsed)")
    }
}
