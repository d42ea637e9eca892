@testable import App
import Foundation
import GemeinsamCore
import Testing
import SQLKit
import Vapor

/// The analyst CLI contract of `gemeinsam network analyze` (the command is a thin wrapper around NetworkCLI).
@Suite struct NetworkCommandTests {
    @Test func jsonHasTheAgreedShape() throws {
        // setup: a path A–B–C plus a separate pair D–E
        let csv = "source,target,weight\nA,B,1\nB,C,2\nD,E,1\n"
        // act
        let output = try NetworkCLI.analyze(csvText: csv, format: .json)
        // check
        let json = try #require(try JSONSerialization.jsonObject(with: Data(output.utf8)) as? [String: Any])
        #expect(json["components"] as? Int == 2)
        let nodes = try #require(json["nodes"] as? [[String: Any]])
        #expect(nodes.count == 5)
        let b = try #require(nodes.first { $0["id"] as? String == "B" })
        #expect(b["degree"] as? Int == 2)
        #expect(abs((b["betweenness"] as? Double ?? 0) - 1.0 / 6.0) < 1e-12)   // networkx: 1 of 6 pairs, normalised
        #expect(json["modularity"] is Double)
    }

    @Test(arguments: ["", "von,nach\nA,B\n", "source,target\n,B\n"])
    func badFilesGetAClearMessage(csv: String) {
        #expect(throws: NetworkCLI.InputError.self) { try NetworkCLI.analyze(csvText: csv, format: .json) }
    }

    @Test func formatArgument() throws {
        #expect(try NetworkCLI.Format(argument: "CSV") == .csv)
        #expect(throws: NetworkCLI.InputError.self) { try NetworkCLI.Format(argument: "xml") }
    }
}

/// `gemeinsam network analyze` without `--ties`: the live database.
@Suite(.serialized) struct NetworkLiveCommandTests {
    @Test func analysesTheApprovedActorsAndTheirTies() async throws {
        try await withTestApp { app in
            // setup: A–B confirmed, C approved without ties, D only submitted
            let a = try await ActorFixture.actor(app, name: "A")
            let b = try await ActorFixture.actor(app, name: "B")
            try await ActorFixture.actor(app, name: "C")
            try await ActorFixture.actor(app, name: "D", status: .submitted)
            try await ActorFixture.confirmedTie(app, a, b)
            // act
            let report = try await NetworkCommand.liveReport(app, format: .json, seed: 42)
            // check
            let json = try #require(try JSONSerialization.jsonObject(with: Data(report.output.utf8)) as? [String: Any])
            let nodes = try #require(json["nodes"] as? [[String: Any]])
            #expect(nodes.count == 3)
            #expect(json["components"] as? Int == 2)
            let nodeA = try #require(nodes.first { $0["id"] as? String == a.uuidString.lowercased() })
            #expect(nodeA["degree"] as? Int == 1)
            #expect(report.messages.first?.contains("3 freigegebene Akteure, 1 Kooperationen") == true)
            let csv = try await NetworkCommand.liveReport(app, format: .csv, seed: 42).output
            #expect(csv.split(whereSeparator: \.isNewline).count == 4)   // header and three actors
        }
    }
}
