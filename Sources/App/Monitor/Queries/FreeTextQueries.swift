import Foundation
import SQLKit

/// Free-text answers (`survey_free_texts`) and their review.
enum FreeTextQueries {
    static func insert(_ texts: [FreeTextRow], on sql: any SQLDatabase) async throws {
        guard !texts.isEmpty else { return }
        var insert = sql.insert(into: "survey_free_texts")
            .columns("id", "wave_id", "area_id", "question_key", "text", "status", "is_sample")
        for text in texts {
            insert = insert.values(SQLBind(text.id), SQLBind(text.waveID), SQLBind(text.areaID), SQLBind(text.questionKey),
                                   SQLBind(text.text), SQLBind(text.status), SQLBind(text.isSample))
        }
        try await insert.run()
    }

    static func list(wave: UUID, status: FreeTextStatus, limit: Int = 500,
                     on sql: any SQLDatabase) async throws -> [FreeTextRow] {
        try await sql.select().column("*").from("survey_free_texts")
            .where("wave_id", .equal, wave).where("status", .equal, status.rawValue).orderBy("id").limit(limit)
            .rows(FreeTextRow.self)
    }

    static func count(wave: UUID, status: FreeTextStatus, on sql: any SQLDatabase) async throws -> Int {
        try await sql.select().column(SQLFunction("COUNT", args: SQLLiteral.all), as: "n").from("survey_free_texts")
            .where("wave_id", .equal, wave).where("status", .equal, status.rawValue).first()?
            .decode(column: "n", as: Int.self) ?? 0
    }

    /// Sets the review status of a pending text; false when there is no such pending text.
    static func review(_ id: UUID, approve: Bool, on sql: any SQLDatabase) async throws -> Bool {
        let status: FreeTextStatus = approve ? .approved : .rejected
        let rows = try await sql.update("survey_free_texts").set("status", to: SQLBind(status.rawValue))
            .where("id", .equal, id).where("status", .equal, FreeTextStatus.pending.rawValue).returning("id").all()
        return !rows.isEmpty
    }
}
