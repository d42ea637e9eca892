import Testing
@testable import GemeinsamCore

/// Every expected value below is computed by hand from the rules in PRODUCT.md („Loneliness instruments“).
@Suite("Einsamkeit: UCLA-3 (SOEP)")
struct SurveyUCLA3Tests {
    typealias F = SurveyStats.Frequency

    func score(_ a: F?, _ b: F?, _ c: F?) -> SurveyStats.UCLA3Score {
        SurveyStats.UCLA3Answers(lackCompanionship: a, leftOut: b, isolated: c).score
    }

    @Test("nothing missing: mean, burden and classic sum")
    func complete() {
        // 4, 3, 5 → mean 4 > 3 → belastet; classic 3 + 2 + 3 = 8
        let s = score(.oft, .manchmal, .sehrOft)
        #expect(s.mean == 4)
        #expect(s.burdened == true)
        #expect(s.classicSum == 8)
        #expect(s.answeredItems == 3)
        // 1, 2, 1 → mean 4/3; classic 1 + 1 + 1 = 3 (minimum)
        let low = score(.nie, .selten, .nie)
        #expect(low.mean == 4.0 / 3.0)
        #expect(low.burdened == false)
        #expect(low.classicSum == 3)
        // 5, 5, 5 → classic 9 (maximum)
        #expect(score(.sehrOft, .sehrOft, .sehrOft).classicSum == 9)
    }

    @Test("mean exactly 3 is not burdened, just above is")
    func threshold() {
        #expect(score(.manchmal, .manchmal, .manchmal).burdened == false)
        #expect(score(.nie, .manchmal, .sehrOft).mean == 3)
        #expect(score(.nie, .manchmal, .sehrOft).burdened == false)
        // 3, 3, 4 → 10/3 > 3
        #expect(score(.manchmal, .manchmal, .oft).burdened == true)
    }

    @Test("one item missing (each position): mean of two, no classic sum")
    func oneMissing() {
        let first = score(nil, .oft, .manchmal)      // (4 + 3) / 2
        #expect(first.mean == 3.5)
        #expect(first.burdened == true)
        #expect(first.classicSum == nil)
        #expect(first.answeredItems == 2)
        let second = score(.manchmal, nil, .manchmal) // (3 + 3) / 2
        #expect(second.mean == 3)
        #expect(second.burdened == false)
        #expect(second.classicSum == nil)
        let third = score(.sehrOft, .nie, nil)       // (5 + 1) / 2
        #expect(third.mean == 3)
        #expect(third.burdened == false)
        #expect(third.classicSum == nil)
    }

    @Test("two or three items missing: nothing")
    func twoOrThreeMissing() {
        for s in [score(nil, nil, .sehrOft), score(nil, .sehrOft, nil), score(.sehrOft, nil, nil), score(nil, nil, nil)] {
            #expect(s.mean == nil)
            #expect(s.burdened == nil)
            #expect(s.classicSum == nil)
        }
        #expect(score(nil, nil, nil).answeredItems == 0)
    }

    @Test("classic points: nie/selten 1, manchmal 2, oft/sehr oft 3")
    func classicPoints() {
        #expect(F.allCases.map(\.classicPoints) == [1, 1, 2, 3, 3])
    }

    @Test("parsing codes, labels and missing; invalid values throw in German")
    func parse() throws {
        #expect(try F.parse("1") == .nie)
        #expect(try F.parse(" 5 ") == .sehrOft)
        #expect(try F.parse("Sehr oft") == .sehrOft)
        #expect(try F.parse("") == nil)
        #expect(try F.parse("  ") == nil)
        let error = #expect(throws: SurveyStatsError.self) { try F.parse("7") }
        #expect(error?.kind == .invalidValue)
        #expect(error?.description.contains("ungültiger Wert „7“") == true)
        #expect(throws: SurveyStatsError.self) { try F.parse("0") }
        #expect(throws: SurveyStatsError.self) { try F.parse("3.5") }
    }
}

@Suite("Einsamkeit: De Jong Gierveld 6")
struct SurveyDJGTests {
    typealias A = SurveyStats.DJGAnswer

    func score(_ e: [A?], _ s: [A?]) -> SurveyStats.DJGScore {
        SurveyStats.DJGAnswers(e1: e[0], e2: e[1], e3: e[2], s1: s[0], s2: s[1], s3: s[2]).score
    }

    @Test("nothing missing: emotional counts ja/mehr oder weniger, social counts nein/mehr oder weniger")
    func complete() {
        // emotional: ja 1, mehr oder weniger 1, nein 0 → 2; social: ja 0, mehr oder weniger 1, nein 1 → 2
        let s = score([.ja, .mehrOderWeniger, .nein], [.ja, .mehrOderWeniger, .nein])
        #expect(s.emotional == 2)
        #expect(s.social == 2)
        #expect(s.total == 4)
        #expect(s.category == .moderatelyLonely)
        #expect(s.missingItems == 0)
        let none = score([.nein, .nein, .nein], [.ja, .ja, .ja])
        #expect(none.total == 0)
        #expect(none.emotional == 0)
        #expect(none.social == 0)
        #expect(none.category == .notLonely)
        let all = score([.ja, .ja, .mehrOderWeniger], [.nein, .mehrOderWeniger, .nein])
        #expect(all.total == 6)
        #expect(all.category == .severelyLonely)
    }

    @Test("one emotional item missing: total of five, emotional missing, social kept")
    func oneEmotionalMissing() {
        // emotional ja + nein = 1 (e2 missing); social nein + nein + ja = 2 → total 3
        let s = score([.ja, nil, .nein], [.nein, .nein, .ja])
        #expect(s.total == 3)
        #expect(s.emotional == nil)
        #expect(s.social == 2)
        #expect(s.category == .moderatelyLonely)
        #expect(s.missingItems == 1)
    }

    @Test("one social item missing: total of five, social missing, emotional kept")
    func oneSocialMissing() {
        // emotional 1 + 1 + 1 = 3; social (s3 missing) mehr oder weniger + nein = 2 → total 5
        let s = score([.ja, .ja, .mehrOderWeniger], [.mehrOderWeniger, .nein, nil])
        #expect(s.total == 5)
        #expect(s.emotional == 3)
        #expect(s.social == nil)
        #expect(s.category == .severelyLonely)
    }

    @Test("two items missing: no total; a subscale survives only if complete")
    func twoMissing() {
        let sameScale = score([nil, nil, .ja], [.nein, .nein, .nein])
        #expect(sameScale.total == nil)
        #expect(sameScale.category == nil)
        #expect(sameScale.emotional == nil)
        #expect(sameScale.social == 3)
        #expect(sameScale.missingItems == 2)
        let otherScale = score([.ja, .ja, .ja], [nil, .ja, nil])
        #expect(otherScale.total == nil)
        #expect(otherScale.emotional == 3)
        #expect(otherScale.social == nil)
        let both = score([nil, .ja, .ja], [.ja, nil, .ja])
        #expect(both.total == nil)
        #expect(both.emotional == nil)
        #expect(both.social == nil)
        #expect(both.category == nil)
    }

    @Test("all missing: nothing")
    func allMissing() {
        let s = score([nil, nil, nil], [nil, nil, nil])
        #expect(s.total == nil)
        #expect(s.emotional == nil)
        #expect(s.social == nil)
        #expect(s.category == nil)
        #expect(s.missingItems == 6)
    }

    @Test("categories: 0–1 nicht, 2–4 mäßig, 5–6 stark einsam")
    func categories() {
        let expected: [SurveyStats.DJGCategory] = [.notLonely, .notLonely, .moderatelyLonely, .moderatelyLonely,
                                                   .moderatelyLonely, .severelyLonely, .severelyLonely]
        #expect((0...6).map(SurveyStats.DJGCategory.init(total:)) == expected)
        #expect(SurveyStats.DJGCategory.allCases.map(\.label) == ["nicht einsam", "mäßig einsam", "stark einsam"])
        #expect(SurveyStats.DJGCategory.allCases.map(\.code) == ["notLonely", "moderatelyLonely", "severelyLonely"])
    }

    @Test("parsing labels case-insensitively; invalid values throw")
    func parse() throws {
        #expect(try A.parse("ja") == .ja)
        #expect(try A.parse(" Mehr  oder weniger ") == .mehrOderWeniger)
        #expect(try A.parse("NEIN") == .nein)
        #expect(try A.parse("") == nil)
        let error = #expect(throws: SurveyStatsError.self) { try A.parse("vielleicht") }
        #expect(error?.description.contains("„vielleicht“") == true)
    }
}

@Suite("Einsamkeit: direkte Frage")
struct SurveyDirectItemTests {
    @Test("codes, labels and the oft/immer cut-off")
    func direct() throws {
        typealias D = SurveyStats.DirectLonelinessAnswer
        #expect(try D.parse("5") == .immer)
        #expect(try D.parse("immer") == .immer)
        #expect(try D.parse("") == nil)
        #expect(D.allCases.map(\.isFrequent) == [false, false, false, true, true])
        #expect(throws: SurveyStatsError.self) { try D.parse("sehr oft") }
    }
}
