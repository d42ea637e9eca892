import Foundation
import Fluent
import SQLKit

/// Questionnaires (versioned JSON documents), survey waves, population margins for weighting and one-time codes.
struct CreateSurvey: AsyncMigration {
    func prepare(on database: any Database) async throws {
        let sql = database.sql
        try await database.schema("survey_questionnaires")
            .id()
            // versions of one questionnaire share the family key ("einsamkeit")
            .field("family", .string, .required)
            .field("version", .int, .required)
            .field("title", .string, .required)
            // Questionnaire as JSON
            .field("definition", .sql(unsafeRaw: "TEXT"), .required)
            .field("is_sample", .bool, .required)
            .field("created_at", .double, .required)
            .unique(on: "family", "version")
            .create()
        // the default questionnaire (UCLA-3, De Jong Gierveld 6, direct item, …) is version 1
        // migrations run without the app, so without its clock
        _ = try await QuestionnaireQueries.insert(Questionnaire.shipped, isSample: false, now: Date(), on: sql)

        try await database.schema("survey_margin_sets")
            .id()
            .field("name", .string, .required)
            // where the figures come from, and the date they describe (YYYY-MM-DD)
            .field("source", .string, .required)
            .field("as_of", .string, .required)
            .field("is_sample", .bool, .required)
            .field("created_at", .double, .required)
            .create()
        try await database.schema("survey_margin_rows")
            .field("id", .int, .identifier(auto: true))
            .field("set_id", .uuid, .required, .references("survey_margin_sets", "id", onDelete: .cascade))
            // stadtbezirk, altersgruppe or geschlecht; categories as the answers store them
            .field("variable", .string, .required)
            .field("category", .string, .required)
            .field("population", .double, .required)
            .unique(on: "set_id", "variable", "category")
            .create()

        try await database.schema("survey_waves")
            .id()
            .field("questionnaire_id", .uuid, .required, .references("survey_questionnaires", "id"))
            .field("name", .string, .required)
            // first and last day of the wave, YYYY-MM-DD (Europe/Berlin)
            .field("starts_on", .string, .required)
            .field("ends_on", .string, .required)
            // online answers need a one-time code
            .field("codes_required", .bool, .required)
            // nil: weight to the Stadtbezirke's population from the geography
            .field("margin_set_id", .uuid, .references("survey_margin_sets", "id", onDelete: .setNull))
            // counts up with every new answer; the monitor caches its estimates per revision
            .field("revision", .int, .required)
            .field("is_sample", .bool, .required)
            .field("created_at", .double, .required)
            .create()

        // One-time codes for paper and kiosk distribution. Only a salted hash is stored, and whether the code was
        // used – never which response used it, and no time of use.
        try await database.schema("survey_codes")
            .id()
            .field("wave_id", .uuid, .required, .references("survey_waves", "id", onDelete: .cascade))
            .field("code_hash", .string, .required)
            .field("batch", .string, .required)
            .field("used", .bool, .required)
            .unique(on: "code_hash")
            .create()
        try await sql.create(index: "survey_codes_wave_idx").on("survey_codes").column("wave_id").run()
    }

    func revert(on database: any Database) async throws {
        try await database.schema("survey_codes").delete()
        try await database.schema("survey_waves").delete()
        try await database.schema("survey_margin_rows").delete()
        try await database.schema("survey_margin_sets").delete()
        try await database.schema("survey_questionnaires").delete()
    }
}
