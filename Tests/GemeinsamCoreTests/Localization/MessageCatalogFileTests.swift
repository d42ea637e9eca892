import Foundation
import Testing
@testable import GemeinsamCore

@Suite("MessageCatalog: files, malformed catalogs, speed")
struct MessageCatalogFileTests {
    func temporaryDirectory() throws -> URL {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("catalog-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url
    }

    @Test("load: de.po and <code>.po from a directory; missing translation files mean nothing translated")
    func load() throws {
        // setup
        let directory = try temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        try CatalogSamples.german.write(to: directory.appendingPathComponent("de.po"), atomically: true, encoding: .utf8)
        try CatalogSamples.turkish.write(to: directory.appendingPathComponent("tr.po"), atomically: true, encoding: .utf8)
        try "msgctxt \"nav.home\"\nmsgid \"Startseite\"\nmsgstr \"Startseite (einfach)\"\n"
            .write(to: directory.appendingPathComponent("de-x-ls.po"), atomically: true, encoding: .utf8)
        // act
        let catalog = try MessageCatalog.load(directory: directory)
        // check
        #expect(catalog.text("nav.home", in: .turkish).text == "Ana sayfa")
        #expect(catalog.text("nav.home", in: .leichteSprache).text == "Startseite (einfach)")
        #expect(catalog.text("nav.home", in: .english).isFallback)
        #expect(catalog.problems().contains(.pluralFormsHeader(language: .leichteSprache, found: nil)))
    }

    @Test("load errors name the file: missing de.po, malformed translation")
    func loadErrors() throws {
        let directory = try temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let missing = #expect(throws: MessageCatalogLoadError.self) { try MessageCatalog.load(directory: directory) }
        #expect(missing?.file == "de.po")
        try CatalogSamples.german.write(to: directory.appendingPathComponent("de.po"), atomically: true, encoding: .utf8)
        try "msgid \"a\"\nmsgstr \"b".write(to: directory.appendingPathComponent("ar.po"), atomically: true, encoding: .utf8)
        let malformed = #expect(throws: MessageCatalogLoadError.self) { try MessageCatalog.load(directory: directory) }
        #expect(malformed?.description == "ar.po: line 2: string does not end on this line")
    }

    @Test("malformed catalogs: duplicate keys, entries without key, wrong form counts, empty forms, missing flags, headers")
    func malformed() throws {
        // setup
        let german = CatalogSamples.header(.german) + """
            msgctxt "a"
            msgid "A {x}"
            msgstr "A {x}"

            msgctxt "a"
            msgid "A again"
            msgstr "A again"

            msgid "no key"
            msgstr "no key"

            #, python-brace-format
            msgctxt "p"
            msgid "ein Ding"
            msgid_plural "{count} Dinge"
            msgstr[0] "ein Ding"
            msgstr[1] "{count} Dinge"

            """
        let polish = "msgid \"\"\nmsgstr \"Plural-Forms: nplurals=2; plural=(n != 1);\\n\"\n\n" + """
            msgctxt "a"
            msgid "A {x}"
            msgstr "A {x} {y}"

            msgctxt "a"
            msgid "A {x} (older)"
            msgstr "A twice"

            msgid "no key"
            msgstr "bez klucza"

            #, python-brace-format
            msgctxt "p"
            msgid "ein Ding"
            msgid_plural "{count} Dinge"
            msgstr[0] "{count} rzecz"
            msgstr[1] "{count} rzeczy"

            """
        let english = CatalogSamples.header(.english) + """
            #, fuzzy
            msgctxt "p"
            msgid "ein Ding"
            msgid_plural "{count} Dinge"
            msgstr[0] "one thing"
            msgstr[1] ""

            """
        // act
        let catalog = MessageCatalog(source: try POFile(parsing: german), translations: [
            .polish: try POFile(parsing: polish), .english: try POFile(parsing: english),
        ])
        let problems = catalog.problems()
        let missing = { (language: Language) in
            problems.compactMap { problem -> String? in
                guard case .missingTranslation(let key, language) = problem else { return nil }
                return key
            }
        }
        // check
        #expect(problems.filter { if case .missingTranslation = $0 { false } else { true } } == [
            .formatFlagMissing(key: "a", language: .german),
            .duplicateKey(key: "a", language: .german),
            .entryWithoutKey(id: "no key", language: .german),
            .pluralFormsHeader(language: .polish, found: "nplurals=2; plural=(n != 1);"),
            .placeholderMismatch(key: "a", language: .polish, form: 0, missing: [], unexpected: ["y"]),
            .formatFlagMissing(key: "a", language: .polish),
            .duplicateKey(key: "a", language: .polish),
            .entryWithoutKey(id: "no key", language: .polish),
            .pluralMismatch(key: "p", language: .polish, expectedForms: 3, foundForms: 2),
        ])
        #expect(missing(.english) == ["a", "p"], "an empty plural form makes the whole entry missing")
        #expect(missing(.polish) == ["p"])
        #expect(catalog.keys == ["a", "p"])
        #expect(catalog.plural("p", count: 1, in: .english)
            == LocalizedText(text: "ein Ding", language: .german, isFallback: true))
        #expect(catalog.text("a", in: .polish, ["x": "1"]).text == "A 1 {y}", "a mismatch is reported, not hidden")
        #expect(catalog.text("a", in: .german).text == "A {x}", "the first of two equal keys wins")
    }

    @Test("marked: only fallbacks are wrapped in FallbackMarks")
    func marked() throws {
        let catalog = try CatalogSamples.catalog()
        #expect(catalog.text("nav.home", in: .turkish).marked == "Ana sayfa")
        #expect(catalog.text("only.german", in: .turkish).marked == "\u{10FFFC}Nur auf Deutsch\u{10FFFD}")
        #expect(catalog.text("only.german", in: .german).marked == "Nur auf Deutsch")
    }

    @Test("speed: a translated lookup costs about what a German one costs (200 keys × 500 rounds, best of 5)")
    func speed() throws {
        // setup: 200 keys, half with a placeholder; Turkish translated with every tenth key missing
        var german = CatalogSamples.header(.german)
        var turkish = CatalogSamples.header(.turkish)
        for index in 0..<200 {
            let placeholder = index.isMultiple(of: 2) ? " {name}" : ""
            let flag = placeholder.isEmpty ? "" : "#, python-brace-format\n"
            german += "\(flag)msgctxt \"key.\(index)\"\nmsgid \"Text \(index)\(placeholder)\"\nmsgstr \"Text \(index)\(placeholder)\"\n\n"
            if !index.isMultiple(of: 10) {
                turkish += "\(flag)msgctxt \"key.\(index)\"\nmsgid \"Text \(index)\(placeholder)\"\nmsgstr \"Metin \(index)\(placeholder)\"\n\n"
            }
        }
        let catalog = MessageCatalog(source: try POFile(parsing: german), translations: [.turkish: try POFile(parsing: turkish)])
        let keys = (0..<200).map { "key.\($0)" }
        let arguments = ["name": "Ayşe"]
        func run(_ language: Language) -> (Duration, Int) {
            var total = 0
            let elapsed = ContinuousClock().measure {
                for _ in 0..<500 {
                    for key in keys { total &+= catalog.text(key, in: language, arguments).marked.utf8.count }
                }
            }
            return (elapsed, total)
        }
        // act: alternate the languages so that both see the same machine load
        var germanBest = Duration.seconds(1_000)
        var turkishBest = Duration.seconds(1_000)
        for _ in 0..<5 {
            germanBest = min(germanBest, run(.german).0)
            turkishBest = min(turkishBest, run(.turkish).0)
        }
        // check: a generous bound against machine noise; by design both take the same path
        #expect(turkishBest < germanBest * 2, "German \(germanBest), Turkish \(turkishBest)")
    }
}
