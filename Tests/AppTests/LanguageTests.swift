@testable import App
import Foundation
import GemeinsamCore
import Testing
import Vapor
import VaporTesting

/// The catalogs and the language of a page: keys, placeholders, addresses, `lang`/`dir`, the switch and the offer.
@Suite struct LanguageTests {
    static let residentPages = [
        "/", "/quartiere", "/quartiere/borsigplatz", "/quartiere/borsigplatz/angebote", "/stadtbezirke",
        "/stadtbezirke/innenstadt-nord", "/boerse", "/boerse/quartier/borsigplatz", "/umfrage", "/akteure",
        "/impressum", "/datenschutz", "/barrierefreiheit", "/sprachen", "/konto/registrieren", "/konto/anmelden",
        "/suche?q=H%C3%B6rde",
    ]

    // MARK: catalogs

    @Test func everyKeyInTheCodeIsInTheGermanCatalog() throws {
        // setup
        let sources = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("../../Sources/App")
        let files = FileManager.default.enumerator(at: sources, includingPropertiesForKeys: nil)!
            .compactMap { $0 as? URL }.filter { $0.pathExtension == "swift" }
        let pattern = try Regex(#"UIText\.(?:text|plural)\("([^"]+)""#)
        var used = Set<String>()
        // act
        for file in files {
            let text = try String(contentsOf: file, encoding: .utf8)
            for match in text.matches(of: pattern) { used.insert(String(match.output[1].substring!)) }
        }
        // check
        #expect(used.count > 1_500)
        // a key built from a prefix and a code (e.g. "offerLanguage." + code) is checked per code
        used.remove("offerLanguage.")
        used.formUnion(OfferLanguage.codes.map { "offerLanguage." + $0 })
        used.remove("languages.name.")
        used.formUnion(Language.all.map { "languages.name." + $0.code })
        let missing = used.filter { !UIText.catalog.contains($0) }.sorted()
        #expect(missing.isEmpty, "keys not in de.po: \(missing.prefix(20))")
    }

    @Test func catalogsHaveNoProblemsButMissingTranslations() {
        let problems = UIText.catalog.problems().filter {
            if case .missingTranslation = $0 { return false }
            return true
        }
        #expect(problems.isEmpty, "\(problems.prefix(20).map(\.description))")
    }

    @Test func everyCatalogIsAtLeast95PercentTranslated() {
        for row in UIText.catalog.statistics() {
            #expect(row.translatedShare >= 0.95, "\(row.language.code): \(row.translated) of \(row.total)")
        }
    }

    @Test func aPlaceholderThatDiffersFromGermanIsReported() throws {
        // setup: a translation that drops {name} and one with a key German lacks
        let german = try POFile(parsing: """
            msgid ""
            msgstr "Plural-Forms: nplurals=2; plural=(n != 1);\\n"

            #, python-brace-format
            msgctxt "hello"
            msgid "Hallo {name}"
            msgstr "Hallo {name}"
            """)
        let turkish = try POFile(parsing: """
            msgid ""
            msgstr "Plural-Forms: nplurals=2; plural=(n != 1);\\n"

            #, python-brace-format
            msgctxt "hello"
            msgid "Hallo {name}"
            msgstr "Merhaba"

            msgctxt "unknown"
            msgid "Unbekannt"
            msgstr "Bilinmiyor"
            """)
        // act
        let catalog = MessageCatalog(source: german, translations: [.turkish: turkish])
        // check
        let found = catalog.problems().map(\.description)
        #expect(found.contains { $0.hasPrefix("tr: hello") && $0.contains("placeholder") })
        #expect(found.contains { $0.hasPrefix("tr: unknown") })
        #expect(catalog.text("missing.key", in: .german).isMissing)
    }

    // MARK: pages

    @Test(arguments: [Language.turkish, .arabic, .english, .leichteSprache])
    func residentPagesAreInTheLanguageWithoutKeys(language: Language) async throws {
        try await withTestApp { app in
            for path in Self.residentPages {
                try await app.testing().test(.GET, "/\(language.pathPrefix!)\(path)") { res in
                    #expect(res.status == .ok, "\(path)")
                    let html = res.body.string
                    #expect(html.contains("<html lang=\"\(language.htmlLang)\""), "\(path)")
                    #expect(html.contains("<html lang=\"\(language.htmlLang)\" dir=\"rtl\"") == (language.direction == .rtl), "\(path)")
                    #expect(!FallbackMarks.contains(html), "\(path)")
                    let shownKeys = UIText.catalog.keys.filter { html.contains(">\($0)<") }
                    #expect(shownKeys.isEmpty, "\(path) shows keys \(shownKeys.prefix(5))")
                }
            }
        }
    }

    @Test func linksFormsAndAlternatesKeepTheLanguage() async throws {
        try await withTestApp { app in
            try await app.testing().test(.GET, "/tr/quartiere/borsigplatz") { res in
                let html = res.body.string
                #expect(html.contains("href=\"/tr/stadtbezirke/innenstadt-nord\""))
                #expect(html.contains("href=\"/tr/quartiere/nordmarkt\""))
                #expect(html.contains("<link rel=\"alternate\" hreflang=\"ar\" href=\"/ar/quartiere/borsigplatz\""))
                #expect(html.contains("<link rel=\"alternate\" hreflang=\"x-default\" href=\"/quartiere/borsigplatz\""))
                #expect(html.contains("href=\"/gemeinsam.css\"") || html.contains("stylesheet"))
                #expect(res.headers.first(name: .contentLanguage) == "tr")
            }
            try await app.testing().test(.GET, "/ar/") { res in
                let html = res.body.string
                #expect(html.contains("<html lang=\"ar\" dir=\"rtl\""))
                #expect(html.contains("action=\"/ar/suche\""))
                // the switch names every language in itself and marks the current one
                #expect(html.contains("lang=\"tr\">Türkçe</a>"))
                #expect(html.contains("aria-current=\"true\"") && html.contains(">العربية</a>"))
            }
        }
    }

    @Test func theSwitchKeepsTheQueryAndGermanHasNoPrefix() async throws {
        try await withTestApp { app in
            try await app.testing().test(.GET, "/boerse?kategorie=walks") { res in
                let html = res.body.string
                #expect(html.contains("<html lang=\"de\">"))
                #expect(html.contains("href=\"/uk/boerse?kategorie=walks\""))
                #expect(!html.contains("draft-note"))
            }
        }
    }

    @Test func draftTranslationsSaySoWithAReportLink() async throws {
        try await withTestApp { app in
            // every translation is a draft until a native speaker has reviewed it
            #expect(UIText.hasDrafts(.russian))
            #expect(!UIText.hasDrafts(.german))
            try await app.testing().test(.GET, "/ru/") { res in
                let html = res.body.string
                #expect(html.contains("class=\"draft-note\""))
                #expect(html.contains("href=\"/ru/sprachen#melden\""))
            }
            try await app.testing().test(.GET, "/") { res in
                #expect(!res.body.string.contains("class=\"draft-note\""))
            }
        }
    }

    @Test func theStartPageOffersTheBrowsersLanguageWithoutRedirecting() async throws {
        try await withTestApp { app in
            try await app.testing().test(.GET, "/", beforeRequest: { req in
                req.headers.replaceOrAdd(name: .acceptLanguage, value: "tr-TR,tr;q=0.9,de;q=0.5")
            }) { res in
                #expect(res.status == .ok)
                let html = res.body.string
                #expect(html.contains("<html lang=\"de\">"))
                #expect(html.contains("class=\"language-offer\" lang=\"tr\""))
                #expect(html.contains("href=\"/tr/\""))
                #expect(res.headers[.vary].joined(separator: ",").contains("Accept-Language"))
            }
            try await app.testing().test(.GET, "/", beforeRequest: { req in
                req.headers.replaceOrAdd(name: .acceptLanguage, value: "de-DE,de;q=0.9,en;q=0.8")
            }) { res in
                #expect(!res.body.string.contains("language-offer"))
            }
            try await app.testing().test(.GET, "/quartiere", beforeRequest: { req in
                req.headers.replaceOrAdd(name: .acceptLanguage, value: "ar")
            }) { res in
                #expect(!res.body.string.contains("language-offer"))
            }
        }
    }

    @Test func aFormPostedInALanguageAnswersInIt() async throws {
        try await withTestApp { app in
            try await app.testing().test(.GET, "/en/suche?q=x") { res in
                #expect(res.status == .ok || res.status == .badRequest)
                #expect(res.body.string.contains("<html lang=\"en\""))
            }
            try await app.testing().test(.GET, "/xx/quartiere") { res in
                #expect(res.status == .notFound)
            }
        }
    }

    @Test func theLanguagesPageListsEveryLanguageWithItsShares() async throws {
        try await withTestApp { app in
            try await app.testing().test(.GET, "/sprachen") { res in
                #expect(res.status == .ok)
                let html = res.body.string
                for language in Language.all {
                    #expect(html.contains(">\(language.nativeName)</a>"), "\(language.code)")
                }
                #expect(html.contains("id=\"melden\""))
            }
        }
    }

    @Test func germanFallbackTextIsMarkedAsGermanOnThePage() async throws {
        try await withTestApp { app in
            // setup: a page whose text has no translation (a route of this test only)
            app.get("test-fallback") { _ in
                Response(status: .ok, headers: ["Content-Type": "text/html; charset=utf-8"],
                         body: .init(string: "<p>\(FallbackMarks.wrap("Nur auf Deutsch"))</p>"))
            }
            // act + check: through the language prefix and the middleware's finishing pass
            try await app.testing().test(.GET, "/ar/test-fallback") { res in
                #expect(res.body.string == "<p><span lang=\"de\">Nur auf Deutsch</span></p>")
                #expect(res.headers.first(name: .contentLanguage) == "ar")
            }
            try await app.testing().test(.GET, "/test-fallback") { res in
                #expect(res.body.string == "<p><span lang=\"de\">Nur auf Deutsch</span></p>")
            }
        }
    }

    @Test func schedulesAreWordedInTheReadersLanguage() async throws {
        try await withTestApp { app in
            // setup: every Friday, 15–17
            let offer = ContentLanguage.id(try await EditFixture.offer(app, place: nil))
            var reader = Browser(app)
            // act
            let english = try await reader.get("/en/angebote/\(offer)")
            let turkish = try await reader.get("/tr/angebote/\(offer)")
            let german = try await reader.get("/angebote/\(offer)")
            // check: weekday names from the locale data, no German wording left
            #expect(english.text.contains("Friday") && !english.text.contains("jeden Freitag"))
            #expect(turkish.text.contains("Cuma") && !turkish.text.contains("jeden Freitag"))
            #expect(german.text.contains("jeden Freitag, 15–17 Uhr"))
        }
    }
}
