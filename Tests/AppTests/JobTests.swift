@testable import App
import Foundation
import SQLKit
import Testing
import Vapor

@Suite struct JobTests {
    @Test func onlyOneOwnerGetsADueJob() async throws {
        try await withTestApp { app in
            // setup
            try await JobLeases.register(["test.job"], on: app.sql)
            let now = Date(timeIntervalSince1970: 1_000_000)
            // act
            let first = try await JobLeases.acquire("test.job", owner: "a", now: now, lease: 60, on: app.sql)
            let second = try await JobLeases.acquire("test.job", owner: "b", now: now, lease: 60, on: app.sql)
            // check
            #expect(first && !second)
        }
    }

    @Test func concurrentOwnersNeverShareARun() async throws {
        try await withTestApp { app in
            // setup
            try await JobLeases.register(["test.race"], on: app.sql)
            let now = Date(timeIntervalSince1970: 1_000_000)
            // act: ten instances ask at the same moment
            let winners = try await withThrowingTaskGroup(of: Bool.self) { group in
                for i in 0..<10 {
                    group.addTask { try await JobLeases.acquire("test.race", owner: "o\(i)", now: now, lease: 60, on: app.sql) }
                }
                return try await group.reduce(0) { $0 + ($1 ? 1 : 0) }
            }
            // check
            #expect(winners == 1)
        }
    }

    @Test func aReleasedJobIsDueAgainAfterItsInterval() async throws {
        try await withTestApp { app in
            // setup
            try await JobLeases.register(["test.job"], on: app.sql)
            let t0 = Date(timeIntervalSince1970: 1_000_000)
            #expect(try await JobLeases.acquire("test.job", owner: "a", now: t0, lease: 60, on: app.sql))
            // act
            try await JobLeases.release("test.job", owner: "a", now: t0, interval: 30, on: app.sql)
            // check
            #expect(!(try await JobLeases.acquire("test.job", owner: "b", now: t0.addingTimeInterval(29), lease: 60, on: app.sql)))
            #expect(try await JobLeases.acquire("test.job", owner: "b", now: t0.addingTimeInterval(30), lease: 60, on: app.sql))
        }
    }

    @Test func theJobOfADeadInstanceIsTakenOverWhenItsLeaseRunsOut() async throws {
        try await withTestApp { app in
            // setup: "a" takes the job and dies without releasing it
            try await JobLeases.register(["test.job"], on: app.sql)
            let t0 = Date(timeIntervalSince1970: 1_000_000)
            #expect(try await JobLeases.acquire("test.job", owner: "a", now: t0, lease: 60, on: app.sql))
            // act, check
            #expect(!(try await JobLeases.acquire("test.job", owner: "b", now: t0.addingTimeInterval(59), lease: 60, on: app.sql)))
            #expect(try await JobLeases.acquire("test.job", owner: "b", now: t0.addingTimeInterval(61), lease: 60, on: app.sql))
            // a late release by the dead owner changes nothing
            try await JobLeases.release("test.job", owner: "a", now: t0.addingTimeInterval(62), interval: 30, on: app.sql)
            let status = try #require(try await JobLeases.status(on: app.sql).first { $0.name == "test.job" })
            #expect(status.owner == "b" && status.leaseUntil > t0.addingTimeInterval(62).timeIntervalSince1970)
        }
    }

    @Test func everyFeatureJobRunsThroughTheRunner() async throws {
        try await withTestApp { app in
            // setup
            app.jobs = features.jobs(app.appConfig)
            try await JobLeases.register(app.jobs.jobs.map(\.name), on: app.sql)
            // act
            let ran = await JobRunner.runDue(app, owner: "test")
            let again = await JobRunner.runDue(app, owner: "other")
            // check
            #expect(Set(ran) == Set(app.jobs.jobs.map(\.name)))
            #expect(again.isEmpty)
        }
    }
}

@Suite struct CommandLineTests {
    @Test func onlyServingPreparesTheDatabase() {
        #expect(Gemeinsam.serves([]))
        #expect(Gemeinsam.serves(["serve"]))
        #expect(Gemeinsam.serves(["serve", "--hostname", "0.0.0.0"]))
        #expect(Gemeinsam.serves(["--port", "8081"]))
        #expect(!Gemeinsam.serves(["--help"]))
        #expect(!Gemeinsam.serves(["serve", "--help"]))
        #expect(!Gemeinsam.serves(["-h"]))
        #expect(!Gemeinsam.serves(["survey", "score", "--answers", "a.csv"]))
        #expect(!Gemeinsam.serves(["network", "analyze", "--ties", "t.csv"]))
    }
}
