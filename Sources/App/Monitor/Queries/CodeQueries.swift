import Foundation
import SQLKit

/// One-time codes (`survey_codes`): only a salted hash of each code is stored, and whether it was used.
enum CodeQueries {
    /// Creates `count` one-time codes for a wave and returns them (the only time they exist in clear text).
    static func create(wave: UUID, count: Int, batch: String, on sql: any SQLDatabase) async throws -> [String] {
        let salt = try await Settings.salt(on: sql)
        var codes: [String] = []
        var insert = sql.insert(into: "survey_codes").columns("id", "wave_id", "code_hash", "batch", "used")
        var seen = Set<String>()
        while codes.count < count {
            let code = SurveyCode.make(length: SurveyCode.oneTimeLength)
            guard seen.insert(code).inserted else { continue }
            codes.append(code)
            let hash = SurveyCode.hash(SurveyCode.normalize(code, length: SurveyCode.oneTimeLength)!, purpose: .oneTime,
                                       salt: salt)
            insert = insert.values(SQLBind(UUID()), SQLBind(wave), SQLBind(hash), SQLBind(batch), SQLBind(false))
        }
        try await insert.run()
        return codes
    }

    /// Marks an unused code of the wave used; false when there is no such code.
    static func use(_ hash: String, wave: UUID, on sql: any SQLDatabase) async throws -> Bool {
        let rows = try await sql.update("survey_codes").set("used", to: SQLBind(true))
            .where("code_hash", .equal, hash).where("wave_id", .equal, wave).where("used", .equal, SQLBind(false))
            .returning("id").all()
        return !rows.isEmpty
    }

    static func batches(wave: UUID, on sql: any SQLDatabase) async throws -> [CodeBatch] {
        try await sql.raw("""
            SELECT batch, COUNT(*) AS total, COUNT(CASE WHEN used THEN 1 END) AS used_count
            FROM survey_codes WHERE wave_id = \(bind: wave) GROUP BY batch ORDER BY batch
            """).rows(CodeBatch.self)
    }
}
