import Fluent

/// Migration 012: how many online answers were refused per day because too many came from one network. Only the
/// day and a count: no address, no hash, nothing that links to an answer (the limiter's own keys are salted with a
/// salt that changes daily and are deleted after a day).
struct CreateSurveyRefusals: AsyncMigration {
    func prepare(on database: any Database) async throws {
        try await database.schema("survey_refusals")
            .field("day", .string, .identifier(auto: false))
            .field("refused", .int, .required)
            .create()
    }

    func revert(on database: any Database) async throws {
        try await database.schema("survey_refusals").delete()
    }
}
