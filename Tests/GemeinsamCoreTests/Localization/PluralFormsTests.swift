import Testing
@testable import GemeinsamCore

@Suite("Plural-Forms: parsing and evaluating")
struct PluralFormsTests {
    /// Numbers to check (integers only; gettext has no fractions).
    static let samples = [0, 1, 2, 3, 4, 5, 7, 10, 11, 12, 13, 14, 15, 19, 20, 21, 22, 23, 25, 100, 101, 102, 103,
        104, 111, 112, 114, 120, 121, 1_000, 1_001, 1_002, 1_011, 1_000_000]

    /// Expected CLDR categories for `samples`, from the CLDR plural rules (CLDR 49; the rows were printed from Babel
    /// 2.19's copy of CLDR and checked by hand against the rules quoted here;
    /// https://www.unicode.org/cldr/charts/latest/supplemental/language_plural_rules.html,
    /// common/supplemental/plurals.xml):
    /// de, en: one i=1 and v=0; tr, bg: one n=1; ar: zero n=0, one n=1, two n=2, few n%100=3..10, many n%100=11..99;
    /// uk, ru: one i%10=1 and i%100≠11, few i%10=2..4 and i%100∉12..14, many the other integers;
    /// pl: one i=1, few as uk, many the other integers; ro: one i=1, few n=0 or n≠1 and n%100=1..19, other the rest.
    /// Fixtures/localization/generate.py checks this table against Babel's copy of the CLDR data.
    static let cldr: [(String, [PluralCategory])] = [
        ("de", [.other, .one, .other, .other, .other, .other, .other, .other, .other, .other, .other, .other, .other,
                .other, .other, .other, .other, .other, .other, .other, .other, .other, .other, .other, .other,
                .other, .other, .other, .other, .other, .other, .other, .other, .other]),
        ("en", [.other, .one, .other, .other, .other, .other, .other, .other, .other, .other, .other, .other, .other,
                .other, .other, .other, .other, .other, .other, .other, .other, .other, .other, .other, .other,
                .other, .other, .other, .other, .other, .other, .other, .other, .other]),
        ("tr", [.other, .one, .other, .other, .other, .other, .other, .other, .other, .other, .other, .other, .other,
                .other, .other, .other, .other, .other, .other, .other, .other, .other, .other, .other, .other,
                .other, .other, .other, .other, .other, .other, .other, .other, .other]),
        ("ar", [.zero, .one, .two, .few, .few, .few, .few, .few, .many, .many, .many, .many, .many, .many, .many,
                .many, .many, .many, .many, .other, .other, .other, .few, .few, .many, .many, .many, .many, .many,
                .other, .other, .other, .many, .other]),
        ("uk", [.many, .one, .few, .few, .few, .many, .many, .many, .many, .many, .many, .many, .many, .many, .many,
                .one, .few, .few, .many, .many, .one, .few, .few, .few, .many, .many, .many, .many, .one, .many, .one,
                .few, .many, .many]),
        ("ru", [.many, .one, .few, .few, .few, .many, .many, .many, .many, .many, .many, .many, .many, .many, .many,
                .one, .few, .few, .many, .many, .one, .few, .few, .few, .many, .many, .many, .many, .one, .many, .one,
                .few, .many, .many]),
        ("pl", [.many, .one, .few, .few, .few, .many, .many, .many, .many, .many, .many, .many, .many, .many, .many,
                .many, .few, .few, .many, .many, .many, .few, .few, .few, .many, .many, .many, .many, .many, .many,
                .many, .few, .many, .many]),
        ("ro", [.few, .one, .few, .few, .few, .few, .few, .few, .few, .few, .few, .few, .few, .few, .other, .other,
                .other, .other, .other, .other, .few, .few, .few, .few, .few, .few, .few, .other, .other, .other,
                .few, .few, .few, .other]),
        ("bg", [.other, .one, .other, .other, .other, .other, .other, .other, .other, .other, .other, .other, .other,
                .other, .other, .other, .other, .other, .other, .other, .other, .other, .other, .other, .other,
                .other, .other, .other, .other, .other, .other, .other, .other, .other]),
    ]

    @Test("the standard gettext header of each language gives the CLDR category", arguments: cldr)
    func cldrCategories(code: String, expected: [PluralCategory]) throws {
        let language = try #require(Language.withCode(code))
        #expect(expected.count == Self.samples.count)
        for (number, want) in zip(Self.samples, expected) where language.pluralCategory(for: number) != want {
            Issue.record("\(code) \(number): \(language.pluralCategory(for: number)), CLDR says \(want)")
        }
        #expect(language.pluralCategories.count == language.pluralForms.count)
    }

    @Test("C precedence and semantics: ?: right-associative, && before ||, comparisons give 0/1, unsigned wrap-around")
    func semantics() throws {
        func value(_ expression: String, _ n: Int) throws -> Int {
            try PluralForms(count: 16, expression: expression).index(for: n)
        }
        #expect(try value("n == 1 ? 2 : n == 2 ? 3 : 4", 2) == 3)
        #expect(try value("1 + 2 * 3", 0) == 7)
        #expect(try value("(1 + 2) * 3", 0) == 9)
        #expect(try value("10 - 2 - 3", 0) == 5)
        #expect(try value("12 / 2 / 3", 0) == 2)
        #expect(try value("0 || 1 && 0", 0) == 0)
        #expect(try value("1 || 0 && 0", 0) == 1)
        #expect(try value("!n + 2", 0) == 3)
        #expect(try value("!!n", 7) == 1)
        #expect(try value("n < 3 == 1", 2) == 1)
        #expect(try value("n % 10 >= 2 && n % 10 <= 4", 23) == 1)
        #expect(try value("n / 0 + n % 0 + 5", 9) == 5, "division by zero gives 0, no crash")
        #expect(try value("0 - 1 > 5", 0) == 1, "unsigned like gettext: 0 - 1 wraps to the largest value")
        #expect(try value("n", 15) == 15)
        #expect(try value("n", 16) == 0, "an index outside 0..<nplurals gives form 0, as gettext does")
        #expect(try value("n", -3) == 3, "the magnitude of a negative count is used")
    }

    @Test("header forms: whitespace, missing final ';', parentheses; equality ignores both; header is rebuilt")
    func headers() throws {
        let tight = try PluralForms(header: "nplurals=2;plural=n!=1")
        let loose = try PluralForms(header: "  nplurals = 2 ;\n plural = ((n != 1)) ;  ")
        #expect(tight == loose)
        #expect(tight.count == 2 && tight.expression == "n!=1")
        #expect(loose.expression == "((n != 1))")
        #expect(loose.header == "nplurals=2; plural=((n != 1));")
        #expect(try PluralForms(header: loose.header) == loose)
        #expect(Set([tight, loose]).count == 1)
        #expect(tight != (try PluralForms(header: "nplurals=2; plural=n>1;")))
        for language in Language.all {
            #expect(try PluralForms(header: language.pluralFormsHeader) == language.pluralForms)
        }
    }

    @Test("malformed and hostile headers fail with a kind and offset, within bounded work")
    func errors() {
        let cases: [(String, PluralFormsError.Kind)] = [
            ("", .unexpectedEnd),
            ("nplurals=2;", .unexpectedEnd),
            ("plural=n; nplurals=2;", .unexpectedToken),
            ("nplurals=0; plural=0;", .invalidCount),
            ("nplurals=17; plural=0;", .invalidCount),
            ("nplurals=x; plural=0;", .unexpectedToken),
            ("nplurals=2; plural=(n != 1;", .unexpectedToken),
            ("nplurals=2; plural=n != 1);", .unexpectedToken),
            ("nplurals=2; plural=n = 1;", .unexpectedToken),
            ("nplurals=2; plural=n & 1;", .unexpectedCharacter),
            ("nplurals=2; plural=n ? 1", .unexpectedEnd),
            ("nplurals=2; plural=n ? 1;", .unexpectedToken),
            ("nplurals=2; plural=-n;", .unexpectedToken),
            ("nplurals=2; plural=m;", .unexpectedToken),
            ("nplurals=2; plural=n; extra", .unexpectedToken),
            ("nplurals=2; plural=n ≠ 1;", .unexpectedCharacter),
            ("nplurals=2; plural=99999999999999999999;", .numberTooLarge),
            ("nplurals=2; plural=" + String(repeating: "(", count: 100) + "n" + String(repeating: ")", count: 100) + ";",
             .tooDeep),
            ("nplurals=2; plural=" + String(repeating: "!", count: 200) + "n;", .tooDeep),
            ("nplurals=2; plural=" + String(repeating: "n ? 1 : ", count: 80) + "0;", .tooDeep),
            ("nplurals=2; plural=" + Array(repeating: "n", count: 100).joined(separator: "+") + ";", .tooDeep),
            ("nplurals=2; plural=" + String(repeating: "(", count: 5_000) + ";", .tooLong),
        ]
        for (header, kind) in cases {
            let error = #expect(throws: PluralFormsError.self, "\(header.prefix(60))") { try PluralForms(header: header) }
            #expect(error?.kind == kind, "\(header.prefix(60))")
        }
        let deepButAllowed = "nplurals=2; plural=" + String(repeating: "(", count: 40) + "n" + String(repeating: ")", count: 40)
        #expect(throws: Never.self) { try PluralForms(header: deepButAllowed) }
    }
}
