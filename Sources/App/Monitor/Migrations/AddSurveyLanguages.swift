import Fluent
import Foundation
import SQLKit

/// Migration 014: the survey in every language. A response stores the language it was answered in (catalog code;
/// every answer before this migration was given in German). Stored versions whose German text is the shipped
/// questionnaire's get its translations — the same version, so old and new answers stay comparable.
struct AddSurveyLanguages: AsyncMigration {
    func prepare(on database: any Database) async throws {
        let sql = database.sql
        try await database.schema("survey_responses").field("language", .string).update()
        try await sql.update("survey_responses").set("language", to: "de").run()
        try await Self.addShippedTranslations(on: sql)
    }

    static func addShippedTranslations(on sql: any SQLDatabase) async throws {
        let shipped = Questionnaire.shipped
        for row in try await QuestionnaireQueries.all(on: sql) {
            guard var stored = row.questionnaire, stored.translations == nil, stored.hasSameGermanText(as: shipped)
            else { continue }
            stored.translations = shipped.translations
            let json = String(decoding: try stored.storedJSON(), as: UTF8.self)
            try await sql.update("survey_questionnaires").set("definition", to: json).where("id", .equal, row.id).run()
        }
    }

    func revert(on database: any Database) async throws {
        try await database.schema("survey_responses").deleteField("language").update()
    }
}
