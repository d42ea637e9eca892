@testable import App
import Foundation
import SQLKit
import Testing
import Vapor
import VaporTesting

/// Issue 11: accounts (verification, reset, sessions, throttling) and the request-level protections.
@Suite struct AccountSecurityTests {
    @Test func theConfirmationLinkWorksOnceAndLogsIn() async throws {
        try await withTestApp { app in
            // setup
            var browser = Browser(app)
            try await browser.register(confirm: false)
            let link = try #require(try await browser.mailedLink(to: "anna@example.org", kind: "account.verify"))
            #expect(try await browser.get("/konto").status == .seeOther)   // not logged in before confirming
            // act
            let first = try await browser.get(link)
            var other = Browser(app)
            let second = try await other.get(link)
            // check
            #expect(first.status == .seeOther && first.headers.first(name: .location) == "/konto?hinweis=bestaetigt")
            #expect(try await browser.get("/konto?hinweis=bestaetigt").text.contains("Ihre E-Mail-Adresse ist bestätigt"))
            #expect(second.status == .gone)
            #expect(try await AccountQueries.user(email: "anna@example.org", on: app.sql)?.emailVerifiedAt != nil)
        }
    }

    @Test func anUnconfirmedAccountSeesWhyAndCanAskAgainButNotEndlessly() async throws {
        try await withTestApp { app in
            // setup: confirmed by password log-in only
            var browser = Browser(app)
            try await browser.register(confirm: false)
            try await browser.post("/konto/anmelden", [("email", "anna@example.org"), ("password", Browser.password)])
            // act, check
            #expect(try await browser.get("/konto").text.contains("E-Mail-Adresse noch nicht bestätigt"))
            for _ in 0..<3 { #expect(try await browser.post("/konto/bestaetigen", []).status == .seeOther) }
            #expect(try await browser.post("/konto/bestaetigen", []).status == .tooManyRequests)
        }
    }

    @Test func anUnconfirmedAccountCannotWriteToAnyone() async throws {
        try await withTestApp { app in
            // setup: logged in with the password, address not confirmed
            var browser = Browser(app)
            try await browser.register(confirm: false)
            try await browser.post("/konto/anmelden", [("email", "anna@example.org"), ("password", Browser.password)])
            // act
            let listing = try await browser.post("/boerse/neu", ExchangeTest.listingFields())
            let actor = try await browser.post("/akteure/neu", ActorFixture.fields())
            // check
            for response in [listing, actor] {
                #expect(response.status == .forbidden)
                #expect(response.text.contains("bestätigen"))
            }
            #expect(try await EditFixture.count(app, "listings") == 0)
            #expect(try await EditFixture.count(app, "actors") == 0)
            #expect(try await browser.get("/boerse/neu").status == .ok)       // reading the form is fine
        }
    }

    @Test func passwordResetIsTheSameAnswerForEveryAddressAndWorksOnce() async throws {
        try await withTestApp { app in
            // setup
            var anna = Browser(app)
            try await anna.register()
            var visitor = Browser(app)
            // act
            let known = try await visitor.post("/konto/passwort-vergessen", [("email", "anna@example.org")])
            let unknown = try await visitor.post("/konto/passwort-vergessen", [("email", "niemand@example.org")])
            // check
            #expect(known.status == .ok && unknown.status == .ok)
            #expect(known.text.contains("Wenn es zu dieser Adresse ein Konto gibt") && unknown.text.contains("Wenn es zu dieser Adresse ein Konto gibt"))
            #expect(try await visitor.mailedLink(to: "niemand@example.org", kind: "account.reset") == nil)
            let link = try #require(try await visitor.mailedLink(to: "anna@example.org", kind: "account.reset"))
            #expect(try await visitor.get(link).status == .ok)
            // a weak password keeps the link usable
            #expect(try await visitor.post(link, [("newPassword", "kurz")]).status == .unprocessableEntity)
            let done = try await visitor.post(link, [("newPassword", "Neue-Sonnenblume-2027")])
            #expect(done.status == .seeOther && done.headers.first(name: .location) == "/konto/anmelden?hinweis=passwort-neu")
            #expect(try await visitor.get(link).status == .gone)
            // every session of the account ended, the old password is gone, the new one works
            #expect(try await anna.get("/konto").status == .seeOther)
            #expect(try await visitor.post("/konto/anmelden", [("email", "anna@example.org"), ("password", Browser.password)]).status == .unprocessableEntity)
            #expect(try await visitor.post("/konto/anmelden", [("email", "anna@example.org"), ("password", "Neue-Sonnenblume-2027")]).status == .seeOther)
        }
    }

    @Test func aResetLinkExpiresAfterAnHour() async throws {
        try await withTestApp { app in
            var anna = Browser(app)
            try await anna.register()
            let start = Date()
            app.clock.set(start)
            try await anna.post("/konto/passwort-vergessen", [("email", "anna@example.org")])
            let link = try #require(try await anna.mailedLink(to: "anna@example.org", kind: "account.reset"))
            app.clock.set(start.addingTimeInterval(3_601))
            #expect(try await anna.get(link).status == .gone)
            #expect(try await anna.post(link, [("newPassword", "Neue-Sonnenblume-2027")]).status == .gone)
        }
    }

    @Test func changingThePasswordEndsEveryOtherSession() async throws {
        try await withTestApp { app in
            // setup: the same person on two devices
            var laptop = Browser(app)
            try await laptop.register()
            var phone = Browser(app)
            try await phone.post("/konto/anmelden", [("email", "anna@example.org"), ("password", Browser.password)])
            #expect(try await phone.get("/konto").status == .ok)
            // act
            let changed = try await laptop.post("/konto/passwort", [("currentPassword", Browser.password),
                                                                    ("newPassword", "Neue-Sonnenblume-2027")])
            // check
            #expect(changed.status == .ok)
            #expect(try await laptop.get("/konto").status == .ok)
            #expect(try await phone.get("/konto").status == .seeOther)
            #expect(try await laptop.mailedLink(to: "anna@example.org", kind: "account.password-changed") != nil)
        }
    }

    @Test func logoutEverywhereEndsAllSessions() async throws {
        try await withTestApp { app in
            var laptop = Browser(app)
            try await laptop.register()
            var phone = Browser(app)
            try await phone.post("/konto/anmelden", [("email", "anna@example.org"), ("password", Browser.password)])
            #expect(try await laptop.get("/konto").text.contains("auf 2 Geräten"))
            let response = try await laptop.post("/konto/ueberall-abmelden", [])
            #expect(response.status == .seeOther)
            #expect(try await laptop.get("/konto").status == .seeOther)
            #expect(try await phone.get("/konto").status == .seeOther)
            #expect(try await ExchangeTest.count(app, "auth_sessions") == 0)
        }
    }

    @Test func staffSessionsEndAfterTwoIdleHoursResidentsAfterThirtyDays() async throws {
        try await withTestApp { app in
            // setup
            let start = Date()
            app.clock.set(start)
            var resident = Browser(app)
            try await resident.register(email: "r@example.org")
            var staff = Browser(app)
            try await staff.register(email: "s@example.org")
            try await grant(.kioskStaff, to: "s@example.org", in: app)
            // act: after 2 h 1 min without a request
            app.clock.set(start.addingTimeInterval(2 * 3_600 + 60))
            // check
            #expect(try await staff.get("/konto").status == .seeOther)
            #expect(try await resident.get("/konto").status == .ok)
            app.clock.set(start.addingTimeInterval(31 * 86_400))
            #expect(try await resident.get("/konto").status == .seeOther)
            // the expiry job deletes what has ended
            try await JobRunner.runNow("accounts.expire", app)
            #expect(try await ExchangeTest.count(app, "auth_sessions") == 0)
        }
    }

    @Test func aResidentsSessionEndsAfterNinetyDaysEvenWhenUsed() async throws {
        try await withTestApp { app in
            let start = Date()
            app.clock.set(start)
            var browser = Browser(app)
            try await browser.register()
            for day in stride(from: 10, through: 80, by: 10) {
                app.clock.set(start.addingTimeInterval(Double(day) * 86_400))
                #expect(try await browser.get("/konto").status == .ok)
            }
            app.clock.set(start.addingTimeInterval(91 * 86_400))
            #expect(try await browser.get("/konto").status == .seeOther)
        }
    }

    @Test func tenFailuresSendTheOwnerAnUnlockLinkThatLetsThemIn() async throws {
        try await withTestApp { app in
            // setup
            var anna = Browser(app)
            try await anna.register()
            try await anna.post("/konto/abmelden", [])
            var attacker = Browser(app)
            for _ in 0..<10 {
                try await attacker.post("/konto/anmelden", [("email", "anna@example.org"), ("password", "falsch-falsch")])
            }
            #expect(try await anna.post("/konto/anmelden", [("email", "anna@example.org"), ("password", Browser.password)]).status == .tooManyRequests)
            // act
            let link = try #require(try await anna.mailedLink(to: "anna@example.org", kind: "account.unlock"))
            let unlocked = try await anna.get(link)
            // check
            #expect(unlocked.headers.first(name: .location) == "/konto/anmelden?hinweis=entsperrt")
            #expect(try await anna.post("/konto/anmelden", [("email", "anna@example.org"), ("password", Browser.password)]).status == .seeOther)
            #expect(try await anna.get(link).status == .gone)
        }
    }

    @Test func failuresFromOneAddressDoNotDelayTheOwnerElsewhere() async throws {
        try await withTestApp { app in
            let throttle = LoginThrottle(salt: "s")
            let now = Date()
            let attacker = throttle.keys(email: "anna@example.org", ip: "203.0.113.9")
            for i in 0..<14 {
                _ = try await throttle.recordFailure(keys: attacker, now: now.addingTimeInterval(Double(i)), on: app.sql)
            }
            let later = now.addingTimeInterval(20)
            #expect(try await throttle.blockedUntil(keys: attacker, now: later, on: app.sql) != nil)
            let owner = throttle.keys(email: "anna@example.org", ip: "198.51.100.7")
            #expect(try await throttle.blockedUntil(keys: owner, now: later, on: app.sql) == nil)
            // the delay grows: 30 s after the 10th failure, then doubling (here after the 14th: 8 minutes), at most 15
            let delay = try #require(try await throttle.blockedUntil(keys: attacker, now: later, on: app.sql))
            #expect(abs(delay.timeIntervalSince(now.addingTimeInterval(13)) - 30 * 16) < 0.001)   // times are stored as seconds (Double)
        }
    }

    @Test func registrationsAreLimitedPerNetwork() async throws {
        try await withTestApp { app in
            var browser = Browser(app)
            for i in 0..<RegistrationController.limiter.limit {
                let r = try await browser.post("/konto/registrieren", [
                    ("email", "p\(i)@example.org"), ("password", Browser.password), ("firstName", "P"), ("homeArea", "city"),
                ])
                #expect(r.status == .seeOther)
            }
            let refused = try await browser.post("/konto/registrieren", [
                ("email", "zu-viel@example.org"), ("password", Browser.password), ("firstName", "P"), ("homeArea", "city"),
            ])
            #expect(refused.status == .tooManyRequests)
            #expect(refused.headers.first(name: "Retry-After") != nil)
        }
    }

    @Test func kioskStaffResetAVisitorsAccessOnlyWhenThePersonIsThere() async throws {
        try await withTestApp { app in
            // setup
            var visitor = Browser(app)
            try await visitor.register(email: "v@example.org")
            var resident = Browser(app)
            try await resident.register(email: "r@example.org")
            var staff = Browser(app)
            try await staff.register(email: "k@example.org")
            try await grant(.kioskStaff, to: "k@example.org", in: app)
            // act, check
            #expect(try await resident.get("/kiosk/zugang").status == .forbidden)
            var anonymous = Browser(app)
            #expect(try await anonymous.get("/kiosk/zugang").status == .seeOther)
            let notPresent = try await staff.post("/kiosk/zugang", [("email", "v@example.org")])
            #expect(notPresent.status == .unprocessableEntity && notPresent.text.contains("id=\"present-error\""))
            let unknown = try await staff.post("/kiosk/zugang", [("email", "x@example.org"), ("present", "ja")])
            #expect(unknown.status == .unprocessableEntity)
            let made = try await staff.post("/kiosk/zugang", [("email", "v@example.org"), ("present", "ja")])
            #expect(made.status == .ok)
            let link = try #require(made.text.firstMatch(of: /href="(\/konto\/passwort-neu\/[A-Za-z0-9_-]{43})"/)?.1)
            var atCounter = Browser(app)
            #expect(try await atCounter.post(String(link), [("newPassword", "Kiosk-Neustart-2027")]).status == .seeOther)
            #expect(try await visitor.mailedLink(to: "v@example.org", kind: "account.kiosk-reset") == nil)   // no link in that mail
            #expect(try await ExchangeTest.count(app, "outbox", where: "kind", "account.kiosk-reset") == 1)
            #expect(try await ExchangeTest.count(app, "audit_entries", where: "action", "password.kiosk-reset") == 1)
        }
    }
}
