import Foundation
import Testing
@testable import GemeinsamCore

/// Expected strings are Foundation's (swift-foundation's ICU data) on Linux. Fixtures/localization/generate.py
/// compares them with CLDR 49 as Babel 2.19 formats it: 27 of 35 are equal; the others are German and Arabic
/// abbreviated dates and the comma before the Arabic year (CLDR changed since the ICU data, see the comments), the
/// left-to-right marks around the Arabic percent sign, and the two-digit day of Turkish and Arabic numeric dates
/// (asked for here; Babel does not widen skeleton fields as ICU does).
@Suite("LocalFormat: numbers, dates and times per language")
struct LocalFormatTests {
    static let formats = LocalFormats()
    static let date = try! CalendarDate(year: 2026, month: 12, day: 3)

    static let expected: [(String, [String])] = [
        // code, long date, short date, short date with year, numeric date, integer, decimal, percent
        ("de", ["Donnerstag, 3. Dezember 2026", "Do. 3. Dez.", "Do. 3. Dez. 2026", "03.12.2026", "1.234.567",
                "1.234,57", "95\u{00A0}%"]),  // CLDR 49: "Do., 3. Dez."
        ("en", ["Thursday, 3 December 2026", "Thu 3 Dec", "Thu, 3 Dec 2026", "03/12/2026", "1,234,567", "1,234.57", "95%"]),
        ("tr", ["3 Aralık 2026 Perşembe", "3 Ara Per", "3 Ara 2026 Per", "03.12.2026", "1.234.567", "1.234,57", "%95"]),
        // CLDR 49: "الخميس، 3 ديسمبر 2026", "الخميس، 3 ديسمبر"; U+200F (right-to-left mark) in the numeric date,
        // U+200E (left-to-right mark) around the percent sign
        ("ar", ["الخميس، 3 ديسمبر، 2026", "خميس، 3 ديسمبر", "خميس، 3 ديسمبر، 2026", "03\u{200F}/12\u{200F}/2026", "1,234,567",
                "1,234.57", "95\u{200E}%\u{200E}"]),
        // U+00A0 (no-break space) groups Ukrainian digits, U+202F (narrow no-break space) precedes "р."
        ("uk", ["четвер, 3 грудня 2026\u{202F}р.", "чт, 3 груд.", "чт, 3 груд. 2026\u{202F}р.", "03.12.2026",
                "1\u{00A0}234\u{00A0}567", "1\u{00A0}234,57", "95%"]),
    ]

    @Test("dates and numbers for de, en, tr, ar (Latin digits), uk", arguments: expected)
    func perLanguage(code: String, expected: [String]) throws {
        let format = Self.formats[try #require(Language.withCode(code))]
        let actual = [format.longDate(Self.date), format.shortDate(Self.date), format.shortDate(Self.date, includeYear: true),
                      format.numericDate(Self.date), format.integer(1_234_567), format.decimal(1_234.567),
                      format.percent(0.953)]
        for (got, want) in zip(actual, expected) where got != want {
            let scalars = got.unicodeScalars.map { String($0.value, radix: 16) }
            Issue.record("\(code): \(got.debugDescription) \(scalars) instead of \(want.debugDescription)")
        }
    }

    @Test("Leichte Sprache formats like German; Polish groups from five digits; Arabic never uses Arabic-Indic digits")
    func details() {
        #expect(Self.formats[.leichteSprache].longDate(Self.date) == "Donnerstag, 3. Dezember 2026")
        #expect(Self.formats[.polish].integer(1_234) == "1234")
        #expect(Self.formats[.polish].integer(12_345) == "12\u{00A0}345")
        for language in Language.all {
            let text = Self.formats[language].longDate(Self.date) + Self.formats[language].integer(9_876_543_210)
            #expect(!text.unicodeScalars.contains { (0x0660...0x0669).contains($0.value) || (0x06F0...0x06F9).contains($0.value) })
        }
        #expect(Self.formats[.german].decimal(2.5, fractionDigits: 1...1) == "2,5")
        #expect(Self.formats[.german].decimal(2, fractionDigits: 1...1) == "2,0")
        #expect(Self.formats[.english].decimal(0.125, fractionDigits: 0...2) == "0.12", "half-even rounding")
        #expect(Self.formats[.german].percent(0.0451, fractionDigits: 1) == "4,5\u{00A0}%")
        #expect(Self.formats[.german].integer(-42) == "-42")
    }

    @Test("times: 24-hour clock in every language; instants in Europe/Berlin across daylight saving time")
    func times() throws {
        let afternoon = try CalendarTime(hour: 14, minute: 5)
        for language in Language.all {
            #expect(Self.formats[language].time(afternoon) == "14:05")
        }
        #expect(Self.formats[.arabic].timeRange(try CalendarTime(hour: 9), afternoon) == "09:00–14:05")
        // 2026-03-29 00:59:59 UTC is 01:59 CET; one second later it is 03:00 CEST
        let beforeChange = Date(timeIntervalSince1970: 1_774_745_999)
        #expect(Self.formats[.german].time(at: beforeChange) == "01:59")
        #expect(Self.formats[.german].time(at: beforeChange.addingTimeInterval(1)) == "03:00")
        // 2026-12-03 23:30 UTC is already Friday in Berlin
        let lateEvening = Date(timeIntervalSince1970: 1_796_340_600)
        #expect(Self.formats[.german].longDate(at: lateEvening) == "Freitag, 4. Dezember 2026")
        #expect(Self.formats[.english].shortDate(at: lateEvening) == "Fri 4 Dec")
        #expect(Self.formats[.turkish].numericDate(at: lateEvening) == "04.12.2026")
        #expect(Self.formats[.german].time(at: lateEvening) == "00:30")
        #expect(Self.formats[.german].time(at: Date(timeIntervalSince1970: -30)) == "00:59", "before 1970: floor, not truncation")
    }

    @Test("one LocalFormats serves concurrent requests: 8 tasks × 200 formats give the same strings")
    func concurrent() async {
        let formats = Self.formats
        let results = await withTaskGroup(of: Set<String>.self) { group in
            for task in 0..<8 {
                group.addTask {
                    var seen = Set<String>()
                    for index in 0..<200 {
                        let language = Language.all[(task + index) % Language.all.count]
                        seen.insert(language.code + formats[language].longDate(Self.date) + formats[language].integer(index % 3))
                    }
                    return seen
                }
            }
            var all = Set<String>()
            for await part in group { all.formUnion(part) }
            return all
        }
        #expect(results.count == Language.all.count * 3)
    }
}

@Suite("Sprachen: hand-written integer grouping")
struct IntegerGroupingTests {
    @Test func agreesWithFoundationForEveryLanguage() {
        let samples = [0, 7, 42, 999, 1_000, 1_234, 9_999, 10_000, 12_345, 99_999, 100_000, 612_065, 1_234_567,
                       -1, -42, -1_234, -12_345, -9_876_543_210, 9_876_543_210, Int.max, Int.min + 1]
        for language in Language.all {
            let style = IntegerFormatStyle<Int>(locale: Locale(identifier: language.localeIdentifier))
            let format = LocalFormat(language)
            for value in samples {
                #expect(format.integer(value) == value.formatted(style), "\(language.code) \(value)")
            }
        }
    }

    @Test func everyLanguageUsesTheFastPath() {
        for language in Language.all {
            #expect(IntegerGrouping(style: IntegerFormatStyle<Int>(locale: Locale(identifier: language.localeIdentifier))) != nil,
                    "\(language.code)")
        }
    }
}
