import Foundation
import Testing
@testable import GemeinsamCore

@Suite("Wegbegleitung: harte Bedingungen bei zufälligen Angeboten")
struct GuidanceRankingPropertyTests {
    typealias G = GuidanceTestSupport
    typealias Needs = GuidanceRecommendations.Needs

    static let categories = ["treffpunkt", "bewegung", "kultur", "spiele", "essen"]
    static let languages = ["de", "tr", "ar", "en"]

    /// A random subset of `pool`, each element with probability `p`.
    static func subset<T>(_ pool: [T], _ p: Double, _ random: inout Network.SeededRandom) -> [T] {
        pool.filter { _ in random.unit() < p }
    }

    static func randomNeeds(_ random: inout Network.SeededRandom) -> Needs {
        Needs(interests: subset(categories, 0.25, &random), languages: subset(languages, 0.3, &random),
              needsStepFree: random.below(3) == 0, onlyFree: random.below(3) == 0,
              weekdays: Set(subset(CalendarWeekday.allCases, 0.3, &random)),
              timesOfDay: Set(subset(GuidanceRecommendations.TimeOfDay.allCases, 0.4, &random)))
    }

    static func randomOffer(_ i: Int, _ random: inout Network.SeededRandom) -> G.Offer {
        let dates = (0..<random.below(7)).map { _ in
            G.occurrence(days: random.below(40) - 3, hour: 6 + random.below(17), minute: 15 * random.below(4))
        }
        return G.offer("o\(random.below(1000))-\(i)", category: categories[random.below(categories.count)],
                       languages: subset(languages, 0.3, &random), stepFree: random.below(2) == 0,
                       free: random.below(2) == 0, north: random.below(8) == 0 ? nil : Double(random.below(6000)) - 3000,
                       dates: dates)
    }

    /// The soonest suitable date by brute force, written without the code under test.
    static func expectedNext(_ offer: G.Offer, _ needs: Needs, end: Date) -> G.Occurrence? {
        let spoken = needs.languages.isEmpty ? ["de"] : needs.languages
        let held = offer.languages.isEmpty ? ["de"] : offer.languages
        guard !Set(spoken).isDisjoint(with: held), !needs.needsStepFree || offer.stepFree,
              !needs.onlyFree || offer.freeOfCharge else { return nil }
        return offer.occurrences.filter { o in
            let part: GuidanceRecommendations.TimeOfDay = o.minuteOfDay < 720 ? .morning : o.minuteOfDay < 1020 ? .afternoon : .evening
            return o.start >= G.now && o.start < end && (needs.weekdays.isEmpty || needs.weekdays.contains(o.weekday))
                && (needs.timesOfDay.isEmpty || needs.timesOfDay.contains(part))
        }.min { $0.start < $1.start }
    }

    @Test("500 seeded cases: no suggestion breaks a hard constraint; the result is the top of the brute-force order")
    func randomCases() throws {
        var random = Network.SeededRandom(seed: 13)
        let end = G.now.addingTimeInterval(28 * 86_400)
        var returned = 0, empty = 0
        for run in 0..<500 {
            // setup
            let needs = Self.randomNeeds(&random)
            let offers = (0..<random.below(41)).map { Self.randomOffer($0, &random) }
            let limit = 1 + random.below(20)
            // act
            let ranked = GuidanceRecommendations.rank(offers, needs: needs, origin: G.origin, now: G.now, limit: limit)
            // check: every suggestion keeps the hard constraints and carries its soonest suitable date
            let byID = Dictionary(uniqueKeysWithValues: offers.map { ($0.id, $0) })
            for item in ranked {
                let offer = try #require(byID[item.offerID])
                let next = Self.expectedNext(offer, needs, end: end)
                #expect(next != nil, "run \(run): \(item.offerID) breaks a hard constraint")
                #expect(item.nextOccurrence == next, "run \(run)")
                let part = GuidanceRecommendations.TimeOfDay(minuteOfDay: item.nextOccurrence.minuteOfDay)
                #expect(needs.timesOfDay.isEmpty || needs.timesOfDay.contains(part), "run \(run)")
                #expect(needs.weekdays.isEmpty || needs.weekdays.contains(item.nextOccurrence.weekday), "run \(run)")
            }
            // check: the order is the brute-force order of all eligible offers
            let eligible = offers.compactMap { o in Self.expectedNext(o, needs, end: end).map { (o, $0) } }
            let expected = eligible.sorted { a, b in
                let keyA = (needs.interests.isEmpty || needs.interests.contains(a.0.category) ? 0 : 1,
                            a.0.location.map(G.origin.greatCircleDistance(to:)) ?? .infinity, a.1.start.timeIntervalSince1970)
                let keyB = (needs.interests.isEmpty || needs.interests.contains(b.0.category) ? 0 : 1,
                            b.0.location.map(G.origin.greatCircleDistance(to:)) ?? .infinity, b.1.start.timeIntervalSince1970)
                return keyA != keyB ? keyA < keyB : a.0.id < b.0.id
            }.prefix(limit).map(\.0.id)
            #expect(ranked.map(\.offerID) == Array(expected), "run \(run)")
            returned += ranked.count
            if ranked.isEmpty { empty += 1 }
        }
        // the generator must produce both kinds of case, or the property says little
        #expect(returned > 1000)
        #expect(empty > 20)
    }
}
