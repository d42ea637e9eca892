import Fluent

/// Migration 008: one row per background job with its lease, so that only one app instance runs a job at a time.
struct CreateJobLease: AsyncMigration {
    func prepare(on database: any Database) async throws {
        try await database.schema("job_leases")
            .field("name", .string, .identifier(auto: false))
            .field("owner", .string, .required)
            .field("lease_until", .double, .required)
            .field("next_run_at", .double, .required)
            .field("last_finished_at", .double)
            .create()
    }

    func revert(on database: any Database) async throws {
        try await database.schema("job_leases").delete()
    }
}
