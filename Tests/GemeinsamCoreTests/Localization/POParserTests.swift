import Foundation
import Testing
@testable import GemeinsamCore

@Suite("PO: parsing")
struct POParserTests {
    @Test("sample.po reads as polib reads it: header, contexts, plurals, escapes, comments, flags, obsolete dropped")
    func sampleEqualsPolib() throws {
        // setup
        let expected = try LocalizationFixtures.expected()
        // act
        let file = try LocalizationFixtures.sample()
        // check
        let header = try #require(file.header)
        #expect(header.translatorComments == expected.header.translatorComments)
        #expect(header.flags == expected.header.flags)
        #expect(file.headerFields.map { [$0.name, $0.value] } == expected.header.fields)
        #expect(file.entries.count == expected.entries.count)
        for (entry, reference) in zip(file.entries, expected.entries) {
            #expect(entry.context == reference.context)
            #expect(entry.id == reference.id)
            #expect(entry.idPlural == reference.idPlural)
            #expect(entry.translations == reference.translations, "\(entry.id)")
            #expect(entry.flags == reference.flags, "\(entry.id)")
            #expect(entry.translatorComments == reference.translatorComments, "\(entry.id)")
            #expect(entry.extractedComments == reference.extractedComments, "\(entry.id)")
            #expect(entry.references == reference.references, "\(entry.id)")
        }
        #expect(!file.entries.contains { $0.context?.hasPrefix("old.") == true })
    }

    @Test("sample.po: details polib does not report the same way")
    func sampleDetails() throws {
        let file = try LocalizationFixtures.sample()
        let greeting = try #require(file.entries.first { $0.context == "meetings.greeting" })
        #expect(greeting.previous == ["msgctxt \"meetings.greeting\"", "msgid \"Hallo {name}!\""])
        #expect(greeting.isFuzzy)
        let count = try #require(file.entries.first { $0.context == "meetings.count" })
        #expect(count.isPlural && count.translations.count == 3)
        #expect(file.headerValue("plural-forms")?.hasPrefix("nplurals=3;") == true)
        #expect(file.headerValue("X-Unknown") == nil)
        // an empty msgctxt is a context, not none
        #expect(file.entries.contains { $0.context == "" && $0.id == "Leerer Kontext" })
        #expect(file.entries.contains { $0.context == nil && $0.id == "Ohne Kontext" })
        // the comment before the obsolete entry went with it
        #expect(!file.entries.contains { $0.translatorComments.contains { $0.contains("obsolete") } })
    }

    @Test("tokens, not lines: keywords and strings may share or split lines; CRLF, BOM, octal and hex escapes")
    func tokens() throws {
        // setup
        let text = "\u{FEFF}msgctxt \"k\" msgid \"a\" \"b\"\r\nmsgstr\r\n\"\\101\\x42\\303\\244\\a\\b\\f\\v\\'\\?\"\r\n"
            + "#, fuzzy\nmsgctxt \"p\"\nmsgid \"x\"\nmsgid_plural\n\"xs\"\nmsgstr[0] \"1\" msgstr[1] \"2\"\n"
        // act
        let file = try POFile(parsing: text)
        // check
        #expect(file.entries == [
            POEntry(context: "k", id: "ab", translations: ["ABä\u{07}\u{08}\u{0C}\u{0B}'?"]),
            POEntry(context: "p", id: "x", idPlural: "xs", translations: ["1", "2"], flags: ["fuzzy"]),
        ])
        #expect(file.header == nil)
    }

    @Test("comment forms: '#' alone, '#text' without space, '#.', '#:' with several references, flags with spaces")
    func commentForms() throws {
        let file = try POFile(parsing: "#\n#text\n#.\n#: a:1  b:2\tc\n#,fuzzy ,  c-format,\n#|msgid \"old\"\nmsgid \"x\"\nmsgstr \"y\"\n")
        let entry = try #require(file.entries.first)
        #expect(entry.translatorComments == ["", "text"])
        #expect(entry.extractedComments == [""])
        #expect(entry.references == ["a:1", "b:2", "c"])
        #expect(entry.flags == ["fuzzy", "c-format"])
        #expect(entry.previous == ["msgid \"old\""])
    }

    @Test("empty input and comments only give an empty file; a header later in the file is still the header")
    func emptyAndHeader() throws {
        #expect(try POFile(parsing: "") == POFile())
        #expect(try POFile(parsing: "# only a comment\n\n") == POFile())
        let file = try POFile(parsing: "msgctxt \"a\"\nmsgid \"x\"\nmsgstr \"y\"\n\nmsgid \"\"\nmsgstr \"Language: tr\\n\"\n")
        #expect(file.headerValue("Language") == "tr")
        #expect(file.entries.count == 1)
    }

    /// Our line; msgfmt 0.21's line in the comment where it differs (it counts where it noticed the problem).
    static let malformed: [(file: String, kind: POParseError.Kind, line: Int)] = [
        ("comment-inside", .unexpectedText, 7),  // msgfmt: 8, the msgid after the comment
        ("duplicate", .duplicate(firstLine: 2), 6),
        ("escape", .invalidEscape, 3),
        ("garbage", .unexpectedText, 5),
        ("missing-string", .missingString("msgid"), 2),  // msgfmt: 3, at the next keyword
        ("msgstr-first", .unexpectedKeyword("msgstr"), 2),
        ("no-msgstr", .missingMsgstr, 2),
        ("plural-gap", .pluralIndex(expected: 1), 5),
        ("plural-msgstr", .pluralIndex(expected: 0), 4),
        ("plural-repeat", .pluralIndex(expected: 2), 10),
        ("stray", .unexpectedString, 1),
        ("unterminated", .unterminatedString, 2),  // msgfmt: 3, after the line break
        ("utf8", .invalidUTF8, 5),
    ]

    @Test("malformed files (all rejected by msgfmt too) give the kind and line", arguments: malformed)
    func malformedFile(file: String, kind: POParseError.Kind, line: Int) throws {
        let url = try LocalizationFixtures.url(file, "po", in: "Fixtures/localization/malformed")
        let error = #expect(throws: POParseError.self) { try POFile(contentsOf: url) }
        #expect(error == POParseError(line: line, kind: kind))
        #expect(error?.description.hasPrefix("line \(line): ") == true)
    }

    @Test("more malformed input: unknown escapes, bad plural index, keyword at the end, text after a keyword")
    func malformedInline() {
        let cases: [(String, POParseError)] = [
            ("msgid \"a\\", POParseError(line: 1, kind: .unterminatedString)),
            ("msgid \"\\x\"\nmsgstr \"\"", POParseError(line: 1, kind: .invalidEscape)),
            ("msgid \"\\777\"\nmsgstr \"\"", POParseError(line: 1, kind: .invalidEscape)),
            ("msgid \"a\"\nmsgstr[x] \"b\"", POParseError(line: 2, kind: .unexpectedText)),
            ("msgid \"a\"\nmsgstr[12345] \"b\"", POParseError(line: 2, kind: .unexpectedText)),
            ("msgid \"a\"\nmsgstr", POParseError(line: 2, kind: .missingString("msgstr"))),
            ("msgid \"a\"\nmsgstrx \"b\"", POParseError(line: 2, kind: .unexpectedText)),
            ("msgid \"a\"\nmsgstr\"b\"x", POParseError(line: 2, kind: .unexpectedText)),
            ("msgctxt \"a\"", POParseError(line: 1, kind: .missingMsgstr)),
            ("msgctxt \"a\"\nmsgctxt \"b\"", POParseError(line: 2, kind: .unexpectedKeyword("msgctxt"))),
            ("msgid \"a\"\nmsgid_plural \"b\"\nmsgid_plural \"c\"", POParseError(line: 3, kind: .unexpectedKeyword("msgid_plural"))),
            ("msgid \"a\"\nmsgstr[0] \"b\"", POParseError(line: 2, kind: .unexpectedKeyword("msgstr[0]"))),
            ("msgid \"\"\nmsgstr \"\"\n\nmsgid \"\"\nmsgstr \"\"", POParseError(line: 4, kind: .duplicate(firstLine: 1))),
            ("MSGID \"a\"", POParseError(line: 1, kind: .unexpectedText)),
        ]
        for (text, expected) in cases {
            #expect(throws: expected, "\(text)") { try POFile(parsing: text) }
        }
    }

    @Test("hostile input: 100,000 nested quotes, huge plural index, deep comment runs stay linear and fail cleanly")
    func hostile() {
        #expect(throws: POParseError.self) { try POFile(parsing: String(repeating: "\"", count: 100_001)) }
        #expect(throws: POParseError.self) { try POFile(parsing: "msgid \"a\"\nmsgstr[" + String(repeating: "9", count: 100_000) + "] \"\"") }
        let many = String(repeating: "#, fuzzy\n", count: 50_000) + "msgid \"a\"\nmsgstr \"b\"\n"
        #expect((try? POFile(parsing: many))?.entries.first?.flags.count == 50_000)
    }
}
