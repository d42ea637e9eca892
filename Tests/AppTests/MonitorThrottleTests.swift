@testable import App
import Foundation
import SQLKit
import Testing
import Vapor
import VaporTesting

/// Survey stuffing (issue 11, finding 6): answers from one network are limited, refusals are flagged on the
/// dashboard, and nothing stored links a network to an answer.
@Suite struct MonitorThrottleTests {
    @Test func manyAnswersFromOneNetworkAreRefusedAndFlagged() async throws {
        try await withTestApp { app in
            // setup
            _ = try await MonitorFixture.wave(app)
            var browser = Browser(app)
            // act
            for _ in 0..<20 { #expect(try await browser.post("/umfrage", MonitorFixture.fields()).status == .seeOther) }
            let refused = try await browser.post("/umfrage", MonitorFixture.fields())
            // check
            #expect(refused.status == .tooManyRequests)
            #expect(refused.text.contains("Zugangscodes"))
            #expect(try await MonitorFixture.count(app, "survey_responses") == 20)
            // the limiter keeps salted hashes only, the refusals only a day and a number
            let keys = try await app.sql.select().column("key").from("rate_limit_events").all().map { try $0.decode(column: "key", as: String.self) }
            #expect(keys.count == 20 && keys.allSatisfy { $0.count == 64 && !$0.contains(".") })
            #expect(try await MonitorFixture.columns(app, table: "survey_refusals").sorted() == ["day", "refused"])
            var coordinator = Browser(app)
            try await MonitorFixture.login(&coordinator, as: .coordinator, email: "k@example.org")
            #expect(try await coordinator.get("/monitor").text.contains("1 Online-Antworten wurden abgewiesen"))
        }
    }

    @Test func wavesWithOneTimeCodesAreNotLimited() async throws {
        try await withTestApp { app in
            // setup: the code is the protection; without one every attempt is told so, none is throttled
            _ = try await MonitorFixture.wave(app, codesRequired: true)
            var browser = Browser(app)
            // act, check
            for _ in 0..<25 { #expect(try await browser.post("/umfrage", MonitorFixture.fields()).status == .unprocessableEntity) }
            #expect(try await MonitorFixture.count(app, "rate_limit_events") == 0)
        }
    }
}
