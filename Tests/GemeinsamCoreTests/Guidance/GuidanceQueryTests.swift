import Foundation
import Testing
@testable import GemeinsamCore

@Suite("Wegbegleitung: Abfragewerte der Vorschlags-API")
struct GuidanceQueryTests {
    typealias R = GuidanceRecommendations
    let interests: Set<String> = ["treffpunkt", "bewegung", "spiele"]
    let languages: Set<String> = ["de", "tr", "ar"]

    func parse(_ query: [String: String]) -> Result<R.Query, R.QueryError> {
        R.parseQuery(query, knownInterests: interests, knownLanguages: languages)
    }

    func error(_ query: [String: String]) -> R.QueryError? {
        if case .failure(let error) = parse(query) { return error }
        return nil
    }

    @Test("the example query of the issue")
    func example() throws {
        let query = try parse(["interests": "spiele,bewegung", "languages": "tr", "stepFree": "true", "free": "true",
                               "weekdays": "mo,di", "timesOfDay": "vormittag,nachmittag", "limit": "5",
                               "area": "ignored", "street": "Kampstraße"]).get()
        #expect(query == R.Query(needs: R.Needs(interests: ["spiele", "bewegung"], languages: ["tr"], needsStepFree: true,
                                                onlyFree: true, weekdays: [.monday, .tuesday],
                                                timesOfDay: [.morning, .afternoon]), limit: 5))
    }

    @Test("defaults: nothing given, empty values, false and 0")
    func defaults() throws {
        #expect(try parse([:]).get() == R.Query(needs: R.Needs(), limit: 5))
        #expect(try parse(["interests": "", "weekdays": "", "limit": "", "free": ""]).get() == R.Query(needs: R.Needs()))
        let flags = try parse(["stepFree": "false", "free": "0"]).get()
        #expect(!flags.needs.needsStepFree && !flags.needs.onlyFree)
        #expect(try parse(["stepFree": "1"]).get().needs.needsStepFree)
    }

    @Test("all weekday and time-of-day codes; repeated codes count once")
    func codes() throws {
        let query = try parse(["weekdays": "mo,di,mi,do,fr,sa,so,mo", "timesOfDay": "abend,vormittag,abend",
                               "interests": "spiele,spiele"]).get()
        #expect(query.needs.weekdays == Set(CalendarWeekday.allCases))
        #expect(query.needs.timesOfDay == [.evening, .morning])
        #expect(query.needs.interests == ["spiele"])
        #expect(CalendarWeekday.allCases.map(R.apiCode) == ["mo", "di", "mi", "do", "fr", "sa", "so"])
        #expect(R.TimeOfDay.allCases.map(\.apiCode) == ["vormittag", "nachmittag", "abend"])
    }

    @Test("unknown codes name the parameter and the code")
    func unknownCodes() {
        #expect(error(["weekdays": "mo,tu"]) == R.QueryError(kind: .unknownCode, parameter: "weekdays", value: "tu"))
        #expect(error(["weekdays": "Mo"])?.value == "Mo")
        #expect(error(["timesOfDay": "morning"]) == R.QueryError(kind: .unknownCode, parameter: "timesOfDay", value: "morning"))
        #expect(error(["interests": "spiele,kochen"]) == R.QueryError(kind: .unknownCode, parameter: "interests", value: "kochen"))
        #expect(error(["languages": "xx"])?.parameter == "languages")
        #expect(error(["weekdays": "mo,,di"]) == R.QueryError(kind: .unknownCode, parameter: "weekdays", value: ""))
        #expect(error(["interests": String(repeating: "x", count: 100)])?.value.count == 40)
        // the first bad parameter in the documented order
        #expect(error(["weekdays": "xx", "interests": "yy"])?.parameter == "interests")
    }

    @Test("booleans, limits and over-long values")
    func badValues() {
        #expect(error(["free": "yes"]) == R.QueryError(kind: .notABoolean, parameter: "free", value: "yes"))
        #expect(error(["stepFree": "TRUE"])?.kind == .notABoolean)
        for bad in ["0", "21", "-1", "abc", "5.0", "٣", "+5", "100000000000000000000"] {
            #expect(error(["limit": bad])?.kind == .invalidLimit, "limit \(bad)")
        }
        #expect((try? parse(["limit": "1"]).get().limit) == 1)
        #expect((try? parse(["limit": "20"]).get().limit) == 20)
        let long = Array(repeating: "mo", count: 200).joined(separator: ",")
        #expect(error(["weekdays": long]) == R.QueryError(kind: .tooLong, parameter: "weekdays", value: ""))
    }
}
