import Foundation
import Testing
@testable import GemeinsamCore

private func d(_ iso: String) -> CalendarDate { try! CalendarDate(iso: iso) }

@Suite struct ExchangeRulesTests {
    @Test func defaultValidityIsThirtyDaysButNotBeyondAOneOffDate() {
        #expect(Exchange.Rules.defaultValidUntil(today: d("2026-03-01"), timing: .flexible) == d("2026-03-31"))
        #expect(Exchange.Rules.defaultValidUntil(today: d("2026-03-01"), timing: .regular) == d("2026-03-31"))
        #expect(Exchange.Rules.defaultValidUntil(today: d("2026-03-01"), timing: .once(d("2026-03-10"))) == d("2026-03-10"))
        #expect(Exchange.Rules.defaultValidUntil(today: d("2026-03-01"), timing: .once(d("2026-05-10"))) == d("2026-03-31"))
        // across a year end and a leap day
        #expect(Exchange.Rules.defaultValidUntil(today: d("2027-12-15"), timing: .flexible) == d("2028-01-14"))
        #expect(Exchange.Rules.defaultValidUntil(today: d("2028-02-10"), timing: .flexible) == d("2028-03-11"))
    }

    @Test func expiredIsComputedOnRead() {
        let today = d("2026-03-10")
        #expect(Exchange.Rules.effectiveStatus(stored: .open, validUntil: d("2026-03-10"), today: today) == .open)  // last day
        #expect(Exchange.Rules.effectiveStatus(stored: .open, validUntil: d("2026-03-09"), today: today) == .expired)
        #expect(Exchange.Rules.effectiveStatus(stored: .matched, validUntil: d("2026-01-01"), today: today) == .matched)
        #expect(Exchange.Rules.effectiveStatus(stored: .done, validUntil: d("2026-01-01"), today: today) == .done)
        #expect(Exchange.Rules.effectiveStatus(stored: .expired, validUntil: d("2027-01-01"), today: today) == .expired)
    }

    @Test func validationOfDates() {
        let today = d("2026-03-10")
        #expect(Exchange.Rules.validate(timing: .flexible, validUntil: d("2026-04-09"), today: today).isEmpty)
        #expect(Exchange.Rules.validate(timing: .flexible, validUntil: d("2026-03-09"), today: today) == [.validUntilInPast])
        #expect(Exchange.Rules.validate(timing: .flexible, validUntil: d("2026-06-09"), today: today)
                == [.validUntilTooFar(maximum: d("2026-06-08"))])
        #expect(Exchange.Rules.validate(timing: .once(d("2026-03-09")), validUntil: d("2026-03-20"), today: today) == [.dateInPast])
        #expect(Exchange.Rules.validate(timing: .once(d("2027-03-11")), validUntil: d("2026-03-20"), today: today)
                == [.dateTooFar(maximum: d("2027-03-10"))])
        #expect(Exchange.Rules.validate(timing: .once(d("2026-03-10")), validUntil: d("2026-03-10"), today: today).isEmpty)
    }

    @Test func oneOffListingsEndOnTheirDate() {
        #expect(Exchange.Rules.clampedValidUntil(d("2026-04-01"), timing: .once(d("2026-03-15"))) == d("2026-03-15"))
        #expect(Exchange.Rules.clampedValidUntil(d("2026-04-01"), timing: .once(d("2026-05-15"))) == d("2026-04-01"))
        #expect(Exchange.Rules.clampedValidUntil(d("2026-04-01"), timing: .regular) == d("2026-04-01"))
    }

    @Test func statusChangesByTheAuthor() {
        #expect(Exchange.Rules.authorMayChange(from: .open, to: .matched))
        #expect(Exchange.Rules.authorMayChange(from: .open, to: .withdrawn))
        #expect(Exchange.Rules.authorMayChange(from: .matched, to: .done))
        #expect(Exchange.Rules.authorMayChange(from: .matched, to: .open))
        #expect(!Exchange.Rules.authorMayChange(from: .done, to: .open))
        #expect(!Exchange.Rules.authorMayChange(from: .withdrawn, to: .open))
        #expect(!Exchange.Rules.authorMayChange(from: .expired, to: .open))
        #expect(!Exchange.Rules.authorMayChange(from: .open, to: .expired))
        #expect(!Exchange.Rules.authorMayChange(from: .open, to: .open))
    }

    @Test func timingRoundTripsThroughItsStoredForm() {
        #expect(Exchange.Timing(code: "once", date: "2026-03-10") == .once(d("2026-03-10")))
        #expect(Exchange.Timing(code: "once", date: nil) == nil)
        #expect(Exchange.Timing(code: "once", date: "10.03.2026") == nil)
        #expect(Exchange.Timing(code: "regular", date: nil) == .regular)
        #expect(Exchange.Timing(code: "flexible", date: "2026-03-10") == .flexible)
        #expect(Exchange.Timing(code: "sometimes", date: nil) == nil)
        #expect(Exchange.Kind.request.counterpart == .offer && Exchange.Kind.offer.counterpart == .request)
        #expect(Exchange.Category.allCases.count == 10)
    }
}

@Suite struct ExchangeSafetyTests {
    @Test func threeDifferentReportersHide() {
        #expect(!Exchange.Safety.hiddenByReports([String]()))
        #expect(!Exchange.Safety.hiddenByReports(["a", "b"]))
        #expect(!Exchange.Safety.hiddenByReports(["a", "a", "a", "b"]))   // one account counts once
        #expect(Exchange.Safety.hiddenByReports(["a", "b", "c"]))
        #expect(Exchange.Safety.hiddenByReports(["a", "b", "c", "d", "a"]))
    }

    @Test func dailyLimits() {
        #expect(Exchange.Safety.allows(.listing, alreadyDone: 4))
        #expect(!Exchange.Safety.allows(.listing, alreadyDone: 5))
        #expect(Exchange.Safety.allows(.contactRequest, alreadyDone: 9))
        #expect(!Exchange.Safety.allows(.contactRequest, alreadyDone: 10))
        #expect(Exchange.Safety.windowStart(now: 100_000) == 13_600)
        for action in Exchange.Safety.Action.allCases { #expect(Exchange.Safety.dailyLimit(action) > 0) }
    }
}
