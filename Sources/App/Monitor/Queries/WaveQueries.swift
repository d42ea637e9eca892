import Foundation
import SQLKit

/// Survey waves (`survey_waves`).
enum WaveQueries {
    /// All waves, newest first.
    static func all(on sql: any SQLDatabase) async throws -> [WaveRow] {
        try await sql.select().column("*").from("survey_waves")
            .orderBy("starts_on", .descending).orderBy("name").rows(WaveRow.self)
    }

    static func find(_ id: UUID, on sql: any SQLDatabase) async throws -> WaveRow? {
        try await sql.select().column("*").from("survey_waves").where("id", .equal, id).row(WaveRow.self)
    }

    /// The wave open on `day` (the one that started last when several are open).
    static func current(day: String, on sql: any SQLDatabase) async throws -> WaveRow? {
        try await sql.select().column("*").from("survey_waves")
            .where("starts_on", .lessThanOrEqual, day).where("ends_on", .greaterThanOrEqual, day)
            .orderBy("starts_on", .descending).limit(1).row(WaveRow.self)
    }

    static func insert(_ wave: WaveRow, on sql: any SQLDatabase) async throws {
        try await sql.insert(into: "survey_waves")
            .columns("id", "questionnaire_id", "name", "starts_on", "ends_on", "codes_required", "margin_set_id",
                     "revision", "is_sample", "created_at")
            .values(SQLBind(wave.id), SQLBind(wave.questionnaireID), SQLBind(wave.name), SQLBind(wave.startsOn),
                    SQLBind(wave.endsOn), SQLBind(wave.codesRequired), SQLBind(wave.marginSetID), SQLBind(wave.revision),
                    SQLBind(wave.isSample), SQLBind(wave.createdAt))
            .run()
    }

    /// Weights the wave to another margin set (nil: the built-in one); its estimates are computed afresh.
    static func setMarginSet(_ setID: UUID?, wave: UUID, on sql: any SQLDatabase) async throws {
        try await sql.update("survey_waves").set("margin_set_id", to: SQLBind(setID))
            .set("revision", to: SQLRaw("revision + 1")).where("id", .equal, wave).run()
    }

    static func bumpRevision(_ wave: UUID, on sql: any SQLDatabase) async throws {
        try await sql.update("survey_waves").set("revision", to: SQLRaw("revision + 1"))
            .where("id", .equal, wave).run()
    }

    /// The number of answers per wave.
    static func responseCounts(on sql: any SQLDatabase) async throws -> [UUID: Int] {
        struct Count: Decodable { var waveID: UUID; var n: Int }
        let counts = try await sql.raw("SELECT wave_id, COUNT(*) AS n FROM survey_responses GROUP BY wave_id")
            .rows(Count.self)
        return Dictionary(counts.map { ($0.waveID, $0.n) }, uniquingKeysWith: +)
    }
}
