import Crypto
import Fluent
import Foundation
import GemeinsamCore
import SQLKit

/// A survey wave as pages see it.
struct WaveRecord: Sendable, Equatable {
    var id: UUID
    var questionnaireID: UUID
    var name: String
    var startsOn: String
    var endsOn: String
    var codesRequired: Bool
    var marginSetID: UUID?
    var revision: Int
    var isSample: Bool

    func isOpen(on day: String) -> Bool { startsOn <= day && day <= endsOn }
}

struct QuestionnaireRecord: Sendable {
    var id: UUID
    var family: String
    var version: Int
    var title: String
    var definition: Questionnaire
    var isSample: Bool
}

struct MarginSetRecord: Sendable, Equatable {
    var id: UUID
    var name: String
    var source: String
    var asOf: String
    var isSample: Bool
}

/// Reading and writing the survey tables (SQLKit, as on every hot path).
enum SurveyQueries {
    static let family = "einsamkeit"

    // MARK: questionnaires

    static func questionnaires(on sql: any SQLDatabase) async throws -> [QuestionnaireRecord] {
        let rows = try await sql.select().columns("id", "family", "version", "title", "definition", "is_sample")
            .from("survey_questionnaires").orderBy("family").orderBy("version", .descending).all()
        return try rows.compactMap(questionnaire(from:))
    }

    static func questionnaire(id: UUID, on sql: any SQLDatabase) async throws -> QuestionnaireRecord? {
        let row = try await sql.select().columns("id", "family", "version", "title", "definition", "is_sample")
            .from("survey_questionnaires").where("id", .equal, id).first()
        return try row.flatMap(questionnaire(from:))
    }

    private static func questionnaire(from row: any SQLRow) throws -> QuestionnaireRecord? {
        let json = try row.decode(column: "definition", as: String.self)
        guard let definition = try? JSONDecoder().decode(Questionnaire.self, from: Data(json.utf8)) else { return nil }
        return QuestionnaireRecord(
            id: try row.decode(column: "id", as: UUID.self), family: try row.decode(column: "family", as: String.self),
            version: try row.decode(column: "version", as: Int.self), title: try row.decode(column: "title", as: String.self),
            definition: definition, isSample: try row.decode(column: "is_sample", as: Bool.self))
    }

    /// Adds the next version of a family; returns its id and version.
    static func insertQuestionnaire(_ definition: Questionnaire, family: String = family, isSample: Bool,
                                    on sql: any SQLDatabase) async throws -> (id: UUID, version: Int) {
        let latest = try await sql.select().column(SQLFunction("MAX", args: SQLColumn("version")), as: "v")
            .from("survey_questionnaires").where("family", .equal, family).first()?
            .decode(column: "v", as: Int?.self) ?? 0
        let id = UUID()
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        let json = String(decoding: try encoder.encode(definition), as: UTF8.self)
        try await sql.insert(into: "survey_questionnaires")
            .columns("id", "family", "version", "title", "definition", "is_sample", "created_at")
            .values(SQLBind(id), SQLBind(family), SQLBind(latest + 1), SQLBind(definition.title), SQLBind(json),
                    SQLBind(isSample), SQLBind(Date().timeIntervalSince1970))
            .run()
        return (id, latest + 1)
    }

    // MARK: waves

    private static let waveColumns = ["id", "questionnaire_id", "name", "starts_on", "ends_on", "codes_required",
                                      "margin_set_id", "revision", "is_sample"]

    private static func wave(from row: any SQLRow) throws -> WaveRecord {
        WaveRecord(id: try row.decode(column: "id", as: UUID.self),
                   questionnaireID: try row.decode(column: "questionnaire_id", as: UUID.self),
                   name: try row.decode(column: "name", as: String.self),
                   startsOn: try row.decode(column: "starts_on", as: String.self),
                   endsOn: try row.decode(column: "ends_on", as: String.self),
                   codesRequired: try row.decode(column: "codes_required", as: Bool.self),
                   marginSetID: try row.decode(column: "margin_set_id", as: UUID?.self),
                   revision: try row.decode(column: "revision", as: Int.self),
                   isSample: try row.decode(column: "is_sample", as: Bool.self))
    }

    /// All waves, newest first.
    static func waves(on sql: any SQLDatabase) async throws -> [WaveRecord] {
        try await sql.select().columns(waveColumns).from("survey_waves")
            .orderBy("starts_on", .descending).orderBy("name").all().map(wave(from:))
    }

    static func wave(id: UUID, on sql: any SQLDatabase) async throws -> WaveRecord? {
        try await sql.select().columns(waveColumns).from("survey_waves")
            .where("id", .equal, id).first().map(wave(from:))
    }

    /// The wave open on `day` (the one that started last when several are open).
    static func currentWave(day: String, on sql: any SQLDatabase) async throws -> WaveRecord? {
        try await sql.select().columns(waveColumns).from("survey_waves")
            .where("starts_on", .lessThanOrEqual, day).where("ends_on", .greaterThanOrEqual, day)
            .orderBy("starts_on", .descending).limit(1).first().map(wave(from:))
    }

    static func insertWave(questionnaireID: UUID, name: String, startsOn: String, endsOn: String, codesRequired: Bool,
                           marginSetID: UUID?, isSample: Bool, on sql: any SQLDatabase) async throws -> UUID {
        let id = UUID()
        try await sql.insert(into: "survey_waves")
            .columns("id", "questionnaire_id", "name", "starts_on", "ends_on", "codes_required", "margin_set_id",
                     "revision", "is_sample", "created_at")
            .values(SQLBind(id), SQLBind(questionnaireID), SQLBind(name), SQLBind(startsOn), SQLBind(endsOn),
                    SQLBind(codesRequired), SQLBind(marginSetID), SQLBind(0), SQLBind(isSample),
                    SQLBind(Date().timeIntervalSince1970))
            .run()
        return id
    }

    static func setMarginSet(_ setID: UUID?, wave: UUID, on sql: any SQLDatabase) async throws {
        try await sql.update("survey_waves").set("margin_set_id", to: SQLBind(setID))
            .set("revision", to: SQLRaw("revision + 1")).where("id", .equal, wave).run()
    }

    // MARK: responses

    enum Channel: String, CaseIterable, Sendable {
        case online, kiosk, paper

        var index: Int { Self.allCases.firstIndex(of: self)! }
        var germanName: String {
            switch self {
            case .online: German.Monitor.channelOnline
            case .kiosk: "Kiosk"
            case .paper: German.Monitor.channelPaper
            }
        }
    }

    struct NewResponse: Sendable {
        var waveID: UUID
        var answeredOn: String
        var channel: Channel
        var areaID: Int?
        var answers: SurveyAnswers
        var freeTexts: [(key: String, text: String)]
        /// Salted hash of the one-time code, if one was given; it is marked used, not stored with the response.
        var codeHash: String?
        /// Salted hash of the personal panel code and the scores stored with it.
        var panel: PanelEntry?
        var isSample: Bool = false
    }

    struct PanelEntry: Sendable {
        var hash: String
        var uclaMean: Double?
        var uclaBurdened: Bool?
        var djgTotal: Int?
        var direct: Int?
    }

    enum SubmitOutcome: Sendable { case saved, codeInvalid, panelCodeUsed }

    /// Stores one response with its free texts in one transaction: marks the one-time code used (fails when it is
    /// unknown or used), adds the panel entry, and counts up the wave's revision.
    static func submit(_ response: NewResponse, on db: any Database) async throws -> SubmitOutcome {
        try await db.transaction { db in
            let sql = db.sql
            if let hash = response.codeHash {
                let rows = try await sql.update("survey_codes").set("used", to: SQLBind(true))
                    .where("code_hash", .equal, hash).where("wave_id", .equal, response.waveID)
                    .where("used", .equal, SQLBind(false))
                    .returning("id").all()
                if rows.isEmpty { return .codeInvalid }
            }
            if let panel = response.panel {
                let exists = try await sql.select().column("id").from("survey_panel_entries")
                    .where("panel_hash", .equal, panel.hash).where("wave_id", .equal, response.waveID).first()
                if exists != nil { return .panelCodeUsed }
                try await sql.insert(into: "survey_panel_entries")
                    .columns("id", "panel_hash", "wave_id", "ucla_mean", "ucla_burdened", "djg_total", "direct", "is_sample")
                    .values(SQLBind(UUID()), SQLBind(panel.hash), SQLBind(response.waveID), SQLBind(panel.uclaMean),
                            SQLBind(panel.uclaBurdened), SQLBind(panel.djgTotal), SQLBind(panel.direct),
                            SQLBind(response.isSample))
                    .run()
            }
            try await sql.insert(into: "survey_responses")
                .columns("id", "wave_id", "answered_on", "channel", "area_id", "answers", "is_sample")
                .values(SQLBind(UUID()), SQLBind(response.waveID), SQLBind(response.answeredOn),
                        SQLBind(response.channel.rawValue), SQLBind(response.areaID),
                        SQLBind(AnswerCodec.encode(response.answers)), SQLBind(response.isSample))
                .run()
            for text in response.freeTexts {
                try await sql.insert(into: "survey_free_texts")
                    .columns("id", "wave_id", "area_id", "question_key", "text", "status", "is_sample")
                    .values(SQLBind(UUID()), SQLBind(response.waveID), SQLBind(response.areaID), SQLBind(text.key),
                            SQLBind(text.text), SQLBind("pending"), SQLBind(response.isSample))
                    .run()
            }
            try await bumpRevision(response.waveID, on: sql)
            return .saved
        }
    }

    static func bumpRevision(_ wave: UUID, on sql: any SQLDatabase) async throws {
        try await sql.update("survey_waves").set("revision", to: SQLRaw("revision + 1"))
            .where("id", .equal, wave).run()
    }

    static func countResponses(wave: UUID, on sql: any SQLDatabase) async throws -> Int {
        try await sql.select().column(SQLFunction("COUNT", args: SQLLiteral.all), as: "n").from("survey_responses")
            .where("wave_id", .equal, wave).first()?.decode(column: "n", as: Int.self) ?? 0
    }

    /// Whether the wave has sample answers (the dashboard says so).
    static func hasSampleResponses(wave: UUID, on sql: any SQLDatabase) async throws -> Bool {
        try await sql.select().column("id").from("survey_responses").where("wave_id", .equal, wave)
            .where("is_sample", .equal, SQLBind(true)).limit(1).first() != nil
    }

    struct ResponseRow: Sendable {
        var channel: Channel
        var areaID: Int?
        var answers: String
    }

    /// Every response of a wave, for the statistics (no ids, no dates).
    static func responses(wave: UUID, on sql: any SQLDatabase) async throws -> [ResponseRow] {
        let rows = try await sql.select().columns("channel", "area_id", "answers").from("survey_responses")
            .where("wave_id", .equal, wave).all()
        var out: [ResponseRow] = []
        out.reserveCapacity(rows.count)
        for row in rows {
            guard let channel = Channel(rawValue: try row.decode(column: "channel", as: String.self)) else { continue }
            out.append(ResponseRow(channel: channel, areaID: try row.decode(column: "area_id", as: Int?.self),
                                   answers: try row.decode(column: "answers", as: String.self)))
        }
        return out
    }

    // MARK: one-time and panel codes

    /// Codes people type: 8 characters from an alphabet without look-alikes (no 0/O, 1/I/L, 2/Z, 5/S, 8/B).
    static let codeAlphabet = Array("ACDEFGHJKMNPQRTUVWXY34679")

    static func newCode(length: Int) -> String {
        var generator = SystemRandomNumberGenerator()
        let chars = (0..<length).map { _ in codeAlphabet[Int.random(in: 0..<codeAlphabet.count, using: &generator)] }
        return stride(from: 0, to: length, by: 4).map { String(chars[$0..<min($0 + 4, length)]) }.joined(separator: "-")
    }

    /// Upper case, without spaces and hyphens; nil when it cannot be a code.
    static func normalizeCode(_ raw: String?, length: Int) -> String? {
        guard let raw else { return nil }
        let cleaned = raw.uppercased().filter { $0 != " " && $0 != "-" }
        guard cleaned.count == length, cleaned.allSatisfy({ codeAlphabet.contains($0) }) else { return nil }
        return cleaned
    }

    /// HMAC-SHA256 of the normalized code with the installation's salt, hex.
    static func hash(code: String, purpose: String, salt: String) -> String {
        let key = SymmetricKey(data: Data((salt + "|" + purpose).utf8))
        let mac = HMAC<SHA256>.authenticationCode(for: Data(code.utf8), using: key)
        return mac.map { String(format: "%02x", $0) }.joined()
    }

    /// Creates `count` one-time codes for a wave and returns them (the only time they exist in clear text).
    static func createCodes(wave: UUID, count: Int, batch: String, on sql: any SQLDatabase) async throws -> [String] {
        let salt = try await Settings.salt(on: sql)
        var codes: [String] = []
        var insert = sql.insert(into: "survey_codes").columns("id", "wave_id", "code_hash", "batch", "used")
        var seen = Set<String>()
        while codes.count < count {
            let code = newCode(length: 8)
            guard seen.insert(code).inserted else { continue }
            codes.append(code)
            let hash = hash(code: normalizeCode(code, length: 8)!, purpose: "code", salt: salt)
            insert = insert.values(SQLBind(UUID()), SQLBind(wave), SQLBind(hash), SQLBind(batch), SQLBind(false))
        }
        try await insert.run()
        return codes
    }

    struct CodeBatch: Sendable { var batch: String; var total: Int; var used: Int }

    static func codeBatches(wave: UUID, on sql: any SQLDatabase) async throws -> [CodeBatch] {
        let rows = try await sql.raw("""
            SELECT batch, COUNT(*) AS total, COUNT(CASE WHEN used THEN 1 END) AS used_count
            FROM survey_codes WHERE wave_id = \(bind: wave) GROUP BY batch ORDER BY batch
            """).all()
        return try rows.map { row in
            CodeBatch(batch: try row.decode(column: "batch", as: String.self),
                      total: try row.decode(column: "total", as: Int.self),
                      used: try row.decode(column: "used_count", as: Int.self))
        }
    }

    /// Whether a panel code was ever used (in any wave): a later answer with it must match an earlier one.
    static func panelHashKnown(_ hash: String, on sql: any SQLDatabase) async throws -> Bool {
        try await sql.select().column("id").from("survey_panel_entries").where("panel_hash", .equal, hash).limit(1).first() != nil
    }

    struct PanelScores: Sendable { var hash: String; var uclaMean: Double?; var uclaBurdened: Bool?; var djgTotal: Int?; var direct: Int? }

    static func panelEntries(wave: UUID, on sql: any SQLDatabase) async throws -> [String: PanelScores] {
        let rows = try await sql.select().columns("panel_hash", "ucla_mean", "ucla_burdened", "djg_total", "direct")
            .from("survey_panel_entries").where("wave_id", .equal, wave).all()
        var out: [String: PanelScores] = [:]
        for row in rows {
            let hash = try row.decode(column: "panel_hash", as: String.self)
            out[hash] = PanelScores(hash: hash, uclaMean: try row.decode(column: "ucla_mean", as: Double?.self),
                                    uclaBurdened: try row.decode(column: "ucla_burdened", as: Bool?.self),
                                    djgTotal: try row.decode(column: "djg_total", as: Int?.self),
                                    direct: try row.decode(column: "direct", as: Int?.self))
        }
        return out
    }

    // MARK: free texts

    struct FreeText: Sendable { var id: UUID; var areaID: Int?; var questionKey: String; var text: String; var isSample: Bool }

    static func freeTexts(wave: UUID, status: String, limit: Int = 500, on sql: any SQLDatabase) async throws -> [FreeText] {
        try await sql.select().columns("id", "area_id", "question_key", "text", "is_sample").from("survey_free_texts")
            .where("wave_id", .equal, wave).where("status", .equal, status).orderBy("id").limit(limit).all().map { row in
                FreeText(id: try row.decode(column: "id", as: UUID.self), areaID: try row.decode(column: "area_id", as: Int?.self),
                         questionKey: try row.decode(column: "question_key", as: String.self),
                         text: try row.decode(column: "text", as: String.self),
                         isSample: try row.decode(column: "is_sample", as: Bool.self))
            }
    }

    static func countFreeTexts(wave: UUID, status: String, on sql: any SQLDatabase) async throws -> Int {
        try await sql.select().column(SQLFunction("COUNT", args: SQLLiteral.all), as: "n").from("survey_free_texts")
            .where("wave_id", .equal, wave).where("status", .equal, status).first()?.decode(column: "n", as: Int.self) ?? 0
    }

    /// Sets the review status of a pending text; false when there is no such pending text.
    static func review(freeText id: UUID, approve: Bool, on sql: any SQLDatabase) async throws -> Bool {
        let rows = try await sql.update("survey_free_texts").set("status", to: SQLBind(approve ? "approved" : "rejected"))
            .where("id", .equal, id).where("status", .equal, "pending").returning("id").all()
        return !rows.isEmpty
    }

    // MARK: margins

    static func marginSets(on sql: any SQLDatabase) async throws -> [MarginSetRecord] {
        try await sql.select().columns("id", "name", "source", "as_of", "is_sample").from("survey_margin_sets")
            .orderBy("as_of", .descending).orderBy("name").all().map { row in
                MarginSetRecord(id: try row.decode(column: "id", as: UUID.self), name: try row.decode(column: "name", as: String.self),
                                source: try row.decode(column: "source", as: String.self),
                                asOf: try row.decode(column: "as_of", as: String.self),
                                isSample: try row.decode(column: "is_sample", as: Bool.self))
            }
    }

    static func marginRows(set id: UUID, on sql: any SQLDatabase) async throws -> [SurveyStats.Margins.Row] {
        try await sql.select().columns("variable", "category", "population").from("survey_margin_rows")
            .where("set_id", .equal, id).orderBy("id").all().map { row in
                SurveyStats.Margins.Row(variable: try row.decode(column: "variable", as: String.self),
                                        category: try row.decode(column: "category", as: String.self),
                                        population: try row.decode(column: "population", as: Double.self))
            }
    }

    static func insertMarginSet(name: String, source: String, asOf: String, rows: [SurveyStats.Margins.Row],
                                isSample: Bool, on db: any Database) async throws -> UUID {
        let id = UUID()
        try await db.transaction { db in
            let sql = db.sql
            try await sql.insert(into: "survey_margin_sets").columns("id", "name", "source", "as_of", "is_sample", "created_at")
                .values(SQLBind(id), SQLBind(name), SQLBind(source), SQLBind(asOf), SQLBind(isSample),
                        SQLBind(Date().timeIntervalSince1970))
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
