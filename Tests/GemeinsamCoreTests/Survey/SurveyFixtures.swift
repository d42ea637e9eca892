import Foundation
import Testing
@testable import GemeinsamCore

/// Files written by Fixtures/survey/generate.py (samplics 0.6.1 as reference).
enum SurveyFixtures {
    static func text(_ name: String) throws -> String {
        let url = try #require(Bundle.module.url(forResource: name, withExtension: "csv", subdirectory: "Fixtures/survey"))
        return try String(contentsOf: url, encoding: .utf8)
    }

    static func table(_ name: String) throws -> CSV.Table { try CSV.Table(text: try text(name)) }

    static func doubles(_ table: CSV.Table, _ column: String) throws -> [Double] {
        try table.rows.map { try #require(Double(table.value($0, column) ?? "")) }
    }

    static func summary(_ name: String) throws -> Double {
        let table = try table("expected_summary")
        let row = try #require(table.rows.first { table.value($0, "name") == name })
        return try #require(Double(table.value(row, "value") ?? ""))
    }

    /// |a − b| ≤ 1e-9 · max(1, |b|)
    static func close(_ a: Double, _ b: Double, _ tolerance: Double = 1e-9) -> Bool {
        abs(a - b) <= tolerance * max(1, abs(b))
    }
}
