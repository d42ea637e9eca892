import Fluent
import Foundation
import GemeinsamCore
import SQLKit

/// Population margins for weighting (`survey_margin_sets` and their `survey_margin_rows`).
enum MarginQueries {
    /// All sets, newest figures first.
    static func sets(on sql: any SQLDatabase) async throws -> [MarginSetRow] {
        try await sql.select().column("*").from("survey_margin_sets")
            .orderBy("as_of", .descending).orderBy("name").rows(MarginSetRow.self)
    }

    static func set(_ id: UUID, on sql: any SQLDatabase) async throws -> MarginSetRow? {
        try await sql.select().column("*").from("survey_margin_sets").where("id", .equal, id).row(MarginSetRow.self)
    }

    static func rows(set id: UUID, on sql: any SQLDatabase) async throws -> [SurveyStats.Margins.Row] {
        try await sql.select().column("*").from("survey_margin_rows").where("set_id", .equal, id).orderBy("id")
            .rows(MarginRow.self).map(\.margin)
    }

    static func insert(name: String, source: String, asOf: String, rows: [SurveyStats.Margins.Row], isSample: Bool,
                       now: Date, on db: any Database) async throws -> UUID {
        let id = UUID()
        try await db.transaction { db in
            let sql = db.sql
            try await sql.insert(into: "survey_margin_sets")
                .columns("id", "name", "source", "as_of", "is_sample", "created_at")
                .values(SQLBind(id), SQLBind(name), SQLBind(source), SQLBind(asOf), SQLBind(isSample),
                        SQLBind(now.timeIntervalSince1970))
                .run()
            var insert = sql.insert(into: "survey_margin_rows").columns("set_id", "variable", "category", "population")
            for row in rows {
                insert = insert.values(SQLBind(id), SQLBind(row.variable), SQLBind(row.category), SQLBind(row.population))
            }
            try await insert.run()
        }
        return id
    }
}
