import Fluent
import Foundation
import SQLKit

/// Storing anonymous answers (`survey_responses` with their free texts, one-time code and panel entry) and reading
/// them back for the statistics.
enum ResponseQueries {
    /// A submitted response with what is stored apart from it.
    struct NewResponse: Sendable {
        var row: ResponseRow
        var freeTexts: [(key: String, text: String)] = []
        /// Salted hash of the one-time code, if one was given; it is marked used, not stored with the response.
        var codeHash: String? = nil
        /// Salted hash of the personal panel code and the scores stored with it.
        var panel: PanelEntry? = nil
    }

    struct PanelEntry: Sendable {
        var hash: String
        var scores: ResponseScores
    }

    enum SubmitOutcome: Sendable { case saved, codeInvalid, panelCodeUsed }

    /// Stores one response with its free texts in one transaction: marks the one-time code used (fails when it is
    /// unknown or used), adds the panel entry, and counts up the wave's revision.
    static func submit(_ response: NewResponse, on db: any Database) async throws -> SubmitOutcome {
        let row = response.row
        return try await db.transaction { db in
            let sql = db.sql
            if let hash = response.codeHash {
                guard try await CodeQueries.use(hash, wave: row.waveID, on: sql) else { return .codeInvalid }
            }
            if let panel = response.panel {
                if try await panelEntryExists(panel.hash, wave: row.waveID, on: sql) { return .panelCodeUsed }
                try await insertPanelEntry(panel, wave: row.waveID, isSample: row.isSample, on: sql)
            }
            try await insert([row], on: sql)
            try await FreeTextQueries.insert(response.freeTexts.map {
                FreeTextRow(waveID: row.waveID, areaID: row.areaID, questionKey: $0.key, text: $0.text, status: .pending,
                            isSample: row.isSample)
            }, on: sql)
            try await WaveQueries.bumpRevision(row.waveID, on: sql)
            return .saved
        }
    }

    /// Adds responses as they are (no codes, no free texts, no revision), 250 to a statement.
    static func insert(_ rows: [ResponseRow], on sql: any SQLDatabase) async throws {
        for start in stride(from: 0, to: rows.count, by: 250) {
            var insert = sql.insert(into: "survey_responses")
                .columns("id", "wave_id", "answered_on", "channel", "area_id", "answers", "is_sample", "language")
            for r in rows[start..<min(start + 250, rows.count)] {
                insert = insert.values(SQLBind(r.id), SQLBind(r.waveID), SQLBind(r.answeredOn), SQLBind(r.channel),
                                       SQLBind(r.areaID), SQLBind(r.answers), SQLBind(r.isSample), SQLBind(r.language))
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
