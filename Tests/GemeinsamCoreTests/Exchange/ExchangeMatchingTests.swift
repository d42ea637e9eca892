import Foundation
import Testing
@testable import GemeinsamCore

private func d(_ iso: String) -> CalendarDate { try! CalendarDate(iso: iso) }

@Suite struct ExchangeMatchingTests {
    let today = d("2026-03-10")

    func listing(_ id: Int, _ kind: Exchange.Kind = .offer, category: Exchange.Category = .errands,
                 timing: Exchange.Timing = .flexible, area: Int = 1, created: Double = 0,
                 status: Exchange.Status = .open, validUntil: String = "2026-04-01", owner: String? = nil) -> Exchange.MatchCandidate {
        .init(id: id, kind: kind, category: category, timing: timing, areaID: area, createdAt: created, status: status,
              validUntil: d(validUntil), ownerKey: owner ?? "user:\(id)")
    }

    /// Area 1 is the target's Quartier, 2 a neighbour, 3 in the same Stadtbezirk, 4 far away.
    func proximity(_ area: Int) -> Exchange.Proximity? {
        [1: .sameQuartier, 2: .neighbour, 3: .sameDistrict][area]
    }

    @Test func timingFit() {
        typealias M = Exchange.Matching
        #expect(M.timingFit(.once(d("2026-03-12")), .once(d("2026-03-12"))) == .exact)
        #expect(M.timingFit(.once(d("2026-03-12")), .once(d("2026-03-15"))) == .compatible)
        #expect(M.timingFit(.once(d("2026-03-12")), .once(d("2026-03-16"))) == nil)
        #expect(M.timingFit(.once(d("2026-03-12")), .once(d("2026-03-09"))) == .compatible)
        #expect(M.timingFit(.once(d("2026-03-12")), .regular) == .compatible)
        #expect(M.timingFit(.regular, .flexible) == .compatible)
        #expect(M.timingFit(.regular, .regular) == .exact)
        #expect(M.timingFit(.flexible, .flexible) == .exact)
    }

    @Test func ranksNearerThenBetterTimingThenNewer() {
        let target = listing(100, .request, timing: .regular, owner: "user:target")
        let candidates = [
            listing(1, area: 3, created: 50),                       // same district, compatible
            listing(2, area: 1, created: 10),                       // same Quartier, compatible (flexible)
            listing(3, timing: .regular, area: 1, created: 5),      // same Quartier, exact
            listing(4, timing: .regular, area: 2, created: 99),     // neighbour, exact
            listing(5, area: 1, created: 20),                       // same Quartier, compatible, newer than 2
        ]
        let ids = Exchange.Matching.suggestions(for: target, among: candidates, proximity: proximity, today: today).map(\.id)
        #expect(ids == [3, 5, 2, 4, 1])
        let limited = Exchange.Matching.suggestions(for: target, among: candidates, proximity: proximity, today: today, limit: 2)
        #expect(limited.map(\.id) == [3, 5])
        #expect(limited.first?.proximity == .sameQuartier && limited.first?.timingFit == .exact)
        #expect(Exchange.Matching.suggestions(for: target, among: candidates, proximity: proximity, today: today, limit: 0).isEmpty)
    }

    @Test func leavesOutWhatDoesNotFit() {
        let target = listing(100, .request, timing: .once(d("2026-03-12")), owner: "user:target")
        let candidates = [
            listing(1, .request),                                              // same kind
            listing(2, category: .repairs),                                     // other category
            listing(3, area: 4),                                                // far away
            listing(4, status: .matched),                                       // not open
            listing(5, validUntil: "2026-03-09"),                               // expired on read
            listing(6, timing: .once(d("2026-03-20"))),                         // dates too far apart
            listing(7, owner: "user:target"),                                   // own listing
            listing(100),                                                       // the target itself
            listing(8, timing: .once(d("2026-03-09")), validUntil: "2026-03-30"), // its date is past
            listing(9, validUntil: "2026-03-10"),                               // last day: still fits
        ]
        let ids = Exchange.Matching.suggestions(for: target, among: candidates, proximity: proximity, today: today).map(\.id)
        #expect(ids == [9])
    }

    @Test func manyCandidatesAreRankedQuickly() {
        let target = listing(0, .request, owner: "user:target")
        let candidates = (1...5_000).map { i in
            listing(i, i % 2 == 0 ? .offer : .request, category: i % 3 == 0 ? .errands : .company,
                    timing: i % 5 == 0 ? .once(d("2026-03-11")) : .flexible, area: 1 + i % 5, created: Double(i))
        }
        let start = Date()
        let result = Exchange.Matching.suggestions(for: target, among: candidates, proximity: proximity, today: today)
        #expect(result.count == 5)
        #expect(Date().timeIntervalSince(start) < 0.5)
    }
}

@Suite struct ExchangeDigestTests {
    @Test func selectsNewOpenListingsOfTheQuartierInTheChosenCategories() {
        let today = d("2026-03-10")
        let sub = Exchange.Digest.Subscription(subscriberKey: "user:me", areaID: 1, categories: [.errands, .company], since: 100)
        func item(_ id: Int, area: Int = 1, _ cat: Exchange.Category = .errands, created: Double = 200,
                  status: Exchange.Status = .open, until: String = "2026-03-20", owner: String? = nil) -> Exchange.Digest.Item {
            .init(id: id, areaID: area, category: cat, createdAt: created, status: status, validUntil: d(until), ownerKey: owner)
        }
        let items = [
            item(1), item(2, .company, created: 300), item(3, area: 2), item(4, .repairs), item(5, created: 100),
            item(6, status: .withdrawn), item(7, until: "2026-03-09"), item(8, owner: "user:me"), item(9, owner: "user:other"),
        ]
        let selection = Exchange.Digest.select(for: sub, from: items, today: today)
        #expect(selection.itemIDs == [2, 9, 1])
        #expect(selection.moreCount == 0)
        let many = (1...25).map { item($0, created: 200 + Double($0)) }
        let big = Exchange.Digest.select(for: sub, from: many, today: today)
        #expect(big.itemIDs.count == 20 && big.itemIDs.first == 25 && big.moreCount == 5)
        #expect(Exchange.Digest.select(for: sub, from: [], today: today).isEmpty)
    }
}
