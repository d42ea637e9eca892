import Foundation
import Testing
@testable import GemeinsamCore

@Suite("PO: writing")
struct POWriterTests {
    @Test("sample.po written wrapped and unwrapped equals the golden files that msgfmt checked (generate.py)")
    func golden() throws {
        let file = try LocalizationFixtures.sample()
        try LocalizationFixtures.expectSame(file.written(), golden: "sample.written")
        try LocalizationFixtures.expectSame(file.written(wrapWidth: nil), golden: "sample.unwrapped")
    }

    @Test("round trip: parse(write(x)) == x for the sample, wrapped and unwrapped")
    func roundTripSample() throws {
        let file = try LocalizationFixtures.sample()
        #expect(try POFile(parsing: file.written()) == file)
        #expect(try POFile(parsing: file.written(wrapWidth: nil)) == file)
        #expect(try POFile(parsing: file.written(wrapWidth: 20)) == file)
    }

    @Test("round trip of 300 random entries: control characters, escapes, line breaks, long lines, any script")
    func roundTripRandom() throws {
        // setup
        var random = Network.SeededRandom(seed: 12)
        let pieces = ["a", "Wort ", " ", "  ", "\n", "\t", "\r", "\r\n", "\"", "\\", "\\n", "{name}", "{{", "}}",
                      "\u{07}", "\u{00}", "\u{1B}", "\u{7F}", "ä", "ß", "Ї", "العربية", "🌍", "👩‍👩‍👧", "\u{200F}",
                      "#", "msgid \"", String(repeating: "x", count: 90), "ein längerer Satz mit Wörtern "]
        func text(_ maxPieces: Int) -> String {
            (0..<random.below(maxPieces + 1)).map { _ in pieces[random.below(pieces.count)] }.joined()
        }
        func line(_ maxPieces: Int) -> String {
            String(String.UnicodeScalarView(text(maxPieces).unicodeScalars.map { $0 == "\n" || $0 == "\r" ? " " : $0 }))
        }
        var entries: [POEntry] = []
        for index in 0..<300 {
            let plural = random.below(3) == 0
            entries.append(POEntry(
                context: random.below(4) == 0 ? nil : "key.\(index)\(text(2))",
                id: "id \(index) " + text(12),
                idPlural: plural ? text(8) : nil,
                translations: (0..<(plural ? 1 + random.below(6) : 1)).map { _ in text(12) },
                flags: random.below(2) == 0 ? ["fuzzy", "python-brace-format"] : [],
                translatorComments: (0..<random.below(3)).map { _ in line(6) },
                extractedComments: (0..<random.below(3)).map { _ in line(6) },
                references: (0..<random.below(12)).map { "Sources/App/File\($0).swift:\(random.below(999))" },
                previous: (0..<random.below(2)).map { _ in "msgid \"\(line(3))\"" }))
        }
        let file = POFile(header: POFile.headerEntry(POFile.standardHeaderFields(
            project: "Gemeinsam", language: "uk", pluralForms: "nplurals=3; plural=(n%10==1 && n%100!=11 ? 0 : 2);",
            revisionDate: "2026-12-03 10:00+0100", lastTranslator: "Test <t@example.org>", languageTeam: "uk")),
            entries: entries)
        // act & check
        for width in [nil, 79, 40] as [Int?] {
            let written = file.written(wrapWidth: width)
            let reread = try POFile(parsing: written)
            #expect(reread.header == file.header)
            for (a, b) in zip(reread.entries, file.entries) where a != b { Issue.record("width \(String(describing: width)): \(a) != \(b)") }
            #expect(reread == file)
        }
    }

    @Test("wrapping: at most 79 columns where spaces allow, split after embedded line breaks, short strings on one line")
    func wrapping() throws {
        // setup
        let long = String(repeating: "Nachbarschaft ", count: 12) + "Ende"
        let file = POFile(entries: [
            POEntry(context: "a", id: long, translations: ["kurz"]),
            POEntry(context: "b", id: "Zeile 1\nZeile 2\n", translations: [""]),
            POEntry(context: "c", id: String(repeating: "x", count: 100), translations: ["y"]),
        ])
        // act
        let text = file.written()
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false)
        // check
        #expect(lines.filter { $0.count > 79 }.map(String.init) == ["\"" + String(repeating: "x", count: 100) + "\""])
        #expect(text.contains("msgid \"\"\n\"Zeile 1\\n\"\n\"Zeile 2\\n\"\nmsgstr \"\"\n"))
        #expect(text.contains("msgstr \"kurz\"\n"))
        #expect(lines.filter { $0.hasPrefix("\"Nachbarschaft") }.count == 3)
        let unwrapped = file.written(wrapWidth: nil)
        #expect(unwrapped.contains("msgid \"\(long)\"\n"))
    }

    @Test("escapes: C escapes for quotes, backslash and control characters, octal for the rest")
    func escapes() {
        #expect(POWriter.escape("a\"b\\c\nd\te\r\u{07}\u{08}\u{0B}\u{0C}\u{00}\u{1B}\u{7F}ä") ==
            "a\\\"b\\\\c\\nd\\te\\r\\a\\b\\v\\f\\000\\033\\177ä")
    }

    @Test("comments: empty ones keep their marker, references pack into lines of 79 columns")
    func comments() {
        let entry = POEntry(id: "x", translations: ["y"], flags: ["fuzzy"], translatorComments: ["", "t"],
                            extractedComments: [""], references: (1...12).map { "Sources/App/Some/File\($0).swift:100" },
                            previous: ["msgid \"w\""])
        let text = POFile(entries: [entry]).written()
        #expect(text.hasPrefix("#\n# t\n#.\n#: Sources/App/Some/File1.swift:100 Sources/App/Some/File2.swift:100\n"))
        #expect(text.split(separator: "\n").allSatisfy { $0.count <= 79 })
        #expect(text.hasSuffix("#, fuzzy\n#| msgid \"w\"\nmsgid \"x\"\nmsgstr \"y\"\n"))
    }
}
