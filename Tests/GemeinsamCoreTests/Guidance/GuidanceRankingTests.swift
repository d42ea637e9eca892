import Foundation
import Testing
@testable import GemeinsamCore

@Suite("Wegbegleitung: Rangfolge der Vorschläge")
struct GuidanceRankingTests {
    typealias G = GuidanceTestSupport
    typealias Needs = GuidanceRecommendations.Needs

    func rank(_ offers: [G.Offer], _ needs: Needs = Needs(), limit: Int = 20) -> [GuidanceRecommendations.Recommendation] {
        GuidanceRecommendations.rank(offers, needs: needs, origin: G.origin, now: G.now, limit: limit)
    }

    @Test("order: interests, then distance, then the sooner date, then the id")
    func order() {
        // setup
        let offers = [
            G.offer("b", category: "kultur", north: 100, dates: [G.occurrence(days: 1, hour: 15)]),
            G.offer("a", category: "spiele", north: 2000, dates: [G.occurrence(days: 3, hour: 15)]),
            G.offer("c", category: "spiele", north: 500, dates: [G.occurrence(days: 10, hour: 15)]),
            G.offer("e", category: "spiele", north: 500, dates: [G.occurrence(days: 5, hour: 15)]),
            G.offer("d", category: "spiele", north: 500, dates: [G.occurrence(days: 5, hour: 15)]),
            G.offer("f", category: "spiele", north: nil, dates: [G.occurrence(days: 1, hour: 15)]),
        ]
        // act
        let ranked = rank(offers, Needs(interests: ["spiele", "bewegung"]))
        // check: same place and date → id; no place after every place; other interests last
        #expect(ranked.map(\.offerID) == ["d", "e", "c", "a", "f", "b"])
        #expect(ranked.map(\.distanceMeters) == [500, 500, 500, 2000, nil, 100])
        #expect(ranked[0].nextOccurrence == G.occurrence(days: 5, hour: 15))
        #expect(ranked[0].title == "Angebot d")
    }

    @Test("without interests only distance and date count")
    func noInterests() {
        let offers = [G.offer("x", category: "kultur", north: 300), G.offer("y", category: "spiele", north: 200)]
        #expect(rank(offers).map(\.offerID) == ["y", "x"])
        #expect(rank(offers, Needs(interests: ["kultur"])).map(\.offerID) == ["x", "y"])
    }

    @Test("reasons name only what the person asked for")
    func reasons() {
        let offers = [G.offer("n", category: "spiele", languages: ["de", "tr"], stepFree: true, free: true, north: 900),
                      G.offer("far", category: "kultur", languages: ["tr"], stepFree: true, free: true, north: 1500)]
        let needs = Needs(interests: ["spiele"], languages: ["tr", "de", "tr"], needsStepFree: true, onlyFree: true,
                          weekdays: [.tuesday])
        let ranked = rank(offers, needs)
        #expect(ranked.map(\.offerID) == ["n", "far"])
        #expect(ranked[0].reasons == [.interest("spiele"), .language("tr"), .language("de"), .stepFree, .free, .near, .dateFits])
        #expect(ranked[1].reasons == [.language("tr"), .stepFree, .free, .dateFits])
        // nothing asked: only "near" (a step-free, free offer does not say so unasked)
        #expect(rank([offers[0]]).first?.reasons == [.near])
        #expect(ranked[1].distanceMeters == 1500)
    }

    @Test("languages: no codes means German, on both sides")
    func languages() {
        let offers = [G.offer("plain"), G.offer("tr", languages: ["tr"]), G.offer("both", languages: ["tr", "de"])]
        #expect(Set(rank(offers).map(\.offerID)) == ["plain", "both"])
        #expect(Set(rank(offers, Needs(languages: ["tr"])).map(\.offerID)) == ["tr", "both"])
        #expect(rank(offers, Needs(languages: ["ar"])).isEmpty)
    }

    @Test("step-free and free of charge are hard constraints")
    func access() {
        let offers = [G.offer("stairs", free: true), G.offer("paid", stepFree: true), G.offer("ok", stepFree: true, free: true)]
        #expect(rank(offers, Needs(needsStepFree: true)).map(\.offerID) == ["ok", "paid"])
        #expect(rank(offers, Needs(onlyFree: true)).map(\.offerID) == ["ok", "stairs"])
        #expect(rank(offers, Needs(needsStepFree: true, onlyFree: true)).map(\.offerID) == ["ok"])
    }

    @Test("window: from now, less than 28 days; the soonest suitable date counts")
    func window() {
        let start = G.now
        let edge = GuidanceRecommendations.Occurrence(start: start.addingTimeInterval(28 * 86_400), weekday: .monday, minuteOfDay: 540)
        let atNow = GuidanceRecommendations.Occurrence(start: start, weekday: .monday, minuteOfDay: 540)
        let past = GuidanceRecommendations.Occurrence(start: start.addingTimeInterval(-60), weekday: .monday, minuteOfDay: 539)
        let offers = [G.offer("edge", dates: [edge]), G.offer("now", dates: [atNow]), G.offer("past", dates: [past]),
                      G.offer("none", dates: [])]
        #expect(rank(offers).map(\.offerID) == ["now"])
        #expect(GuidanceRecommendations.rank(offers, needs: Needs(), origin: G.origin, now: G.now, windowDays: 29)
            .map(\.offerID) == ["now", "edge"])
        // unsorted dates; the sooner one is on an unsuitable day
        let mixed = G.offer("m", dates: [G.occurrence(days: 9, hour: 10), G.occurrence(days: 1, hour: 10),
                                         G.occurrence(days: 3, hour: 10), G.occurrence(days: 16, hour: 10)])
        let wednesday = rank([mixed], Needs(weekdays: [.wednesday]))
        #expect(wednesday.first?.nextOccurrence == G.occurrence(days: 9, hour: 10))
        #expect(rank([mixed]).first?.nextOccurrence == G.occurrence(days: 1, hour: 10))
    }

    @Test("times of day: before 12:00, 12:00–17:00, from 17:00")
    func timesOfDay() {
        let offers = [G.offer("1159", dates: [G.occurrence(days: 1, hour: 11, minute: 59)]),
                      G.offer("1200", dates: [G.occurrence(days: 1, hour: 12)]),
                      G.offer("1659", dates: [G.occurrence(days: 1, hour: 16, minute: 59)]),
                      G.offer("1700", dates: [G.occurrence(days: 1, hour: 17)])]
        #expect(rank(offers, Needs(timesOfDay: [.morning])).map(\.offerID) == ["1159"])
        #expect(rank(offers, Needs(timesOfDay: [.afternoon])).map(\.offerID) == ["1200", "1659"])
        #expect(rank(offers, Needs(timesOfDay: [.evening])).map(\.offerID) == ["1700"])
        #expect(rank(offers, Needs(weekdays: [.tuesday], timesOfDay: [.morning, .evening])).map(\.offerID) == ["1159", "1700"])
        #expect(rank(offers, Needs(weekdays: [.monday])).isEmpty)
    }

    @Test("edge cases: no offers, everything filtered, limits")
    func edges() {
        #expect(rank([]).isEmpty)
        #expect(rank([G.offer("a", languages: ["tr"])]).isEmpty)
        let many = (0..<30).map { G.offer(String(format: "o%02d", $0), north: 100) }
        #expect(rank(many, limit: 5).map(\.offerID) == ["o00", "o01", "o02", "o03", "o04"])
        #expect(rank(many, limit: 0).isEmpty)
        #expect(rank(many, limit: 100).count == 30)
    }

    @Test("great-circle distance: 0.01° of latitude is 1,112 m on the mean sphere")
    func distance() {
        let a = GeoPoint(lat: 51.5, lon: 7.46), b = GeoPoint(lat: 51.51, lon: 7.46)
        #expect(abs(a.greatCircleDistance(to: b) - 1111.950802) < 1e-5)
        #expect(a.greatCircleDistance(to: a) == 0)
        // Dortmund Hbf → Reinoldikirche, about 500 m (checked on a map)
        let station = GeoPoint(lat: 51.5178, lon: 7.4593)
        #expect((450...600).contains(station.greatCircleDistance(to: G.origin)))
    }

    @Test("timing: 2,000 offers with 10 dates each (prints, does not assert)")
    func timing() {
        var random = Network.SeededRandom(seed: 2026)
        let categories = ["treffpunkt", "bewegung", "kultur", "spiele", "essen"]
        let offers = (0..<2000).map { i in
            G.offer("o\(i)", category: categories[random.below(5)], languages: random.below(4) == 0 ? ["de", "tr"] : [],
                    stepFree: random.below(2) == 0, free: random.below(3) > 0, north: random.unit() * 8000 - 4000,
                    dates: (0..<10).map { _ in G.occurrence(days: random.below(40), hour: 8 + random.below(13)) })
        }
        let needs = Needs(interests: ["spiele", "kultur"], needsStepFree: true, weekdays: [.monday, .wednesday, .friday],
                          timesOfDay: [.afternoon])
        let clock = ContinuousClock()
        var times: [Duration] = []
        var count = 0
        for _ in 0..<21 {
            let elapsed = clock.measure { count = rank(offers, needs, limit: 5).count }
            times.append(elapsed)
        }
        times.sort()
        print("GuidanceRecommendations.rank: 2,000 offers × 10 dates, median \(times[10]), max \(times[20]), \(count) results")
        #expect(count == 5)
    }
}
