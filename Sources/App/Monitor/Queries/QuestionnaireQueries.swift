import Foundation
import SQLKit

/// Questionnaire versions (`survey_questionnaires`).
enum QuestionnaireQueries {
    /// The family of the loneliness questionnaire.
    static let family = "einsamkeit"

    /// Every version with a readable definition, by family, newest version first.
    static func all(on sql: any SQLDatabase) async throws -> [QuestionnaireRow] {
        try await sql.select().column("*").from("survey_questionnaires")
            .orderBy("family").orderBy("version", .descending).rows(QuestionnaireRow.self)
            .filter { $0.questionnaire != nil }
    }

    static func find(_ id: UUID, on sql: any SQLDatabase) async throws -> QuestionnaireRow? {
        try await sql.select().column("*").from("survey_questionnaires").where("id", .equal, id)
            .row(QuestionnaireRow.self).flatMap { $0.questionnaire == nil ? nil : $0 }
    }

    /// Adds the next version of a family; returns its id and version.
    static func insert(_ definition: Questionnaire, family: String = family, isSample: Bool, now: Date,
                       on sql: any SQLDatabase) async throws -> (id: UUID, version: Int) {
        let latest = try await sql.select().column(SQLFunction("MAX", args: SQLColumn("version")), as: "v")
            .from("survey_questionnaires").where("family", .equal, family).first()?
            .decode(column: "v", as: Int?.self) ?? 0
        let id = UUID()
        let json = String(decoding: try definition.storedJSON(), as: UTF8.self)
        try await sql.insert(into: "survey_questionnaires")
            .columns("id", "family", "version", "title", "definition", "is_sample", "created_at")
            .values(SQLBind(id), SQLBind(family), SQLBind(latest + 1), SQLBind(definition.title), SQLBind(json),
                    SQLBind(isSample), SQLBind(now.timeIntervalSince1970))
            .run()
        return (id, latest + 1)
    }
}
