import Fluent
import SQLKit

/// Anonymous answers. A response holds its wave, the date (no time of day), the channel, the Quartier and the
/// answers – nothing else: no account, no IP address, no code. Free texts and panel entries are stored apart, so
/// they cannot be joined to a response either.
struct CreateSurveyResponse: AsyncMigration {
    func prepare(on database: any Database) async throws {
        let sql = database.sql
        try await database.schema("survey_responses")
            .id()
            .field("wave_id", .uuid, .required, .references("survey_waves", "id", onDelete: .cascade))
            // YYYY-MM-DD only
            .field("answered_on", .string, .required)
            // online, kiosk, paper
            .field("channel", .string, .required)
            // the Quartier (statistischer Bezirk); nil when not given
            .field("area_id", .int, .references("areas", "id", onDelete: .setNull))
            // "key=value;key=value1,value2" (see AnswerCodec)
            .field("answers", .sql(unsafeRaw: "TEXT"), .required)
            .field("is_sample", .bool, .required)
            .create()
        try await sql.create(index: "survey_responses_wave_idx").on("survey_responses").column("wave_id").run()

        // Free-text answers, not linked to a response; shown only after review.
        try await database.schema("survey_free_texts")
            .id()
            .field("wave_id", .uuid, .required, .references("survey_waves", "id", onDelete: .cascade))
            .field("area_id", .int, .references("areas", "id", onDelete: .setNull))
            .field("question_key", .string, .required)
            .field("text", .sql(unsafeRaw: "TEXT"), .required)
            // pending, approved, rejected
            .field("status", .string, .required)
            .field("is_sample", .bool, .required)
            .create()
        try await sql.create(index: "survey_free_texts_wave_idx").on("survey_free_texts").column("wave_id").column("status").run()

        // Before/after panel: a participant's personal code (salted hash) with the scores of one wave. Not linked
        // to the response; pairs of the same code in two waves give paired comparisons without identity.
        try await database.schema("survey_panel_entries")
            .id()
            .field("panel_hash", .string, .required)
            .field("wave_id", .uuid, .required, .references("survey_waves", "id", onDelete: .cascade))
            .field("ucla_mean", .double)
            .field("ucla_burdened", .bool)
            .field("djg_total", .int)
            .field("direct", .int)
            .field("is_sample", .bool, .required)
            .unique(on: "panel_hash", "wave_id")
            .create()
    }

    func revert(on database: any Database) async throws {
        try await database.schema("survey_panel_entries").delete()
        try await database.schema("survey_free_texts").delete()
        try await database.schema("survey_responses").delete()
    }
}
