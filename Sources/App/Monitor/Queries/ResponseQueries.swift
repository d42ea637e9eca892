import Fluent
import Foundation
import SQLKit

/// Storing anonymous answers (`survey_responses` with their free texts, one-time code and panel entry) and reading
/// them back for the statistics.
enum ResponseQueries {
    struct NewResponse: Sendable {
        var waveID: UUID
        var answeredOn: String
        var channel: SurveyChannel
        var areaID: Int?
        var answers: SurveyAnswers
        var freeTexts: [(key: String, text: String)] = []
        /// Salted hash of the one-time code, if one was given; it is marked used, not stored with the response.
        var codeHash: String? = nil
        /// Salted hash of the personal panel code and the scores stored with it.
        var panel: PanelEntry? = nil
        var isSample: Bool = false
    }

    struct PanelEntry: Sendable {
        var hash: String
        var scores: ResponseScores
    }

    enum SubmitOutcome: Sendable { case saved, codeInvalid, panelCodeUsed }

    /// Stores one response with its free texts in one transaction: marks the one-time code used (fails when it is
    /// unknown or used), adds the panel entry, and counts up the wave's revision.
    static func submit(_ response: NewResponse, on db: any Database) async throws -> SubmitOutcome {
        try await db.transaction { db in
            let sql = db.sql
            if let hash = response.codeHash {
                guard try await CodeQueries.use(hash, wave: response.waveID, on: sql) else { return .codeInvalid }
            }
            if let panel = response.panel {
                if try await panelEntryExists(panel.hash, wave: response.waveID, on: sql) { return .panelCodeUsed }
                try await insertPanelEntry(panel, wave: response.waveID, isSample: response.isSample, on: sql)
            }
            try await insert([response], on: sql)
            let texts = response.freeTexts.map {
                FreeTextQueries.NewText(areaID: response.areaID, questionKey: $0.key, text: $0.text, status: .pending)
            }
            try await FreeTextQueries.insert(texts, wave: response.waveID, isSample: response.isSample, on: sql)
            try await WaveQueries.bumpRevision(response.waveID, on: sql)
            return .saved
        }
    }

    /// Adds responses as they are (no codes, no free texts, no revision), 250 to a statement.
    static func insert(_ responses: [NewResponse], on sql: any SQLDatabase) async throws {
        for start in stride(from: 0, to: responses.count, by: 250) {
            var insert = sql.insert(into: "survey_responses")
                .columns("id", "wave_id", "answered_on", "channel", "area_id", "answers", "is_sample")
            for r in responses[start..<min(start + 250, responses.count)] {
                insert = insert.values(SQLBind(UUID()), SQLBind(r.waveID), SQLBind(r.answeredOn), SQLBind(r.channel.rawValue),
                                       SQLBind(r.areaID), SQLBind(AnswerCodec.encode(r.answers)), SQLBind(r.isSample))
            }
            try await insert.run()
        }
    }

    /// Every response of a wave, for the statistics.
    static func all(wave: UUID, on sql: any SQLDatabase) async throws -> [ResponseRow] {
        try await sql.select().column("*").from("survey_responses").where("wave_id", .equal, wave).rows(ResponseRow.self)
    }

    // MARK: panel

    /// Whether a panel code was ever used (in any wave): a later answer with it must match an earlier one.
    static func panelHashKnown(_ hash: String, on sql: any SQLDatabase) async throws -> Bool {
        try await sql.select().column("id").from("survey_panel_entries").where("panel_hash", .equal, hash)
            .limit(1).first() != nil
    }

    /// The panel entries of a wave by hash.
    static func panelEntries(wave: UUID, on sql: any SQLDatabase) async throws -> [String: PanelEntryRow] {
        let rows = try await sql.select().column("*").from("survey_panel_entries").where("wave_id", .equal, wave)
            .rows(PanelEntryRow.self)
        return Dictionary(rows.map { ($0.panelHash, $0) }, uniquingKeysWith: { a, _ in a })
    }

    private static func panelEntryExists(_ hash: String, wave: UUID, on sql: any SQLDatabase) async throws -> Bool {
        try await sql.select().column("id").from("survey_panel_entries")
            .where("panel_hash", .equal, hash).where("wave_id", .equal, wave).first() != nil
    }

    private static func insertPanelEntry(_ panel: PanelEntry, wave: UUID, isSample: Bool,
                                         on sql: any SQLDatabase) async throws {
        let scores = panel.scores
        try await sql.insert(into: "survey_panel_entries")
            .columns("id", "panel_hash", "wave_id", "ucla_mean", "ucla_burdened", "djg_total", "direct", "is_sample")
            .values(SQLBind(UUID()), SQLBind(panel.hash), SQLBind(wave), SQLBind(scores.ucla.mean),
                    SQLBind(scores.ucla.burdened), SQLBind(scores.djg.total), SQLBind(scores.direct?.rawValue),
                    SQLBind(isSample))
            .run()
    }
}
