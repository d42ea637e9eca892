import Foundation
import SQLKit

/// Leases on jobs, one row per job in `job_leases`. Taking a lease is one conditional UPDATE (… WHERE the job is due
/// and nobody holds it … RETURNING): on PostgreSQL a concurrent second UPDATE waits for the first and then no
/// longer matches; SQLite serialises writers. Either way exactly one instance gets the job.
enum JobLeases {
    /// Makes sure every job has a row (due at once on a new installation).
    static func register(_ names: [String], on sql: any SQLDatabase) async throws {
        for name in names {
            try await sql.insert(into: "job_leases")
                .columns("name", "owner", "lease_until", "next_run_at", "last_finished_at")
                .values(SQLBind(name), SQLBind(""), SQLBind(0.0), SQLBind(0.0), SQLLiteral.null)
                .ignoringConflicts(with: ["name"]).run()
        }
    }

    /// Takes the lease when the job is due and free; true when this instance may run it now.
    static func acquire(_ name: String, owner: String, now: Date, lease: TimeInterval,
                        on sql: any SQLDatabase) async throws -> Bool {
        let t = now.timeIntervalSince1970
        let rows = try await sql.update("job_leases")
            .set("owner", to: owner)
            .set("lease_until", to: t + lease)
            .where("name", .equal, name)
            .where("next_run_at", .lessThanOrEqual, t)
            .where("lease_until", .lessThan, t)
            .returning("name")
            .all()
        return !rows.isEmpty
    }

    /// Ends a run: the job is next due `interval` seconds from now; the lease is given back.
    static func release(_ name: String, owner: String, now: Date, interval: TimeInterval,
                        on sql: any SQLDatabase) async throws {
        let t = now.timeIntervalSince1970
        try await sql.update("job_leases")
            .set("lease_until", to: 0.0)
            .set("next_run_at", to: t + interval)
            .set("last_finished_at", to: t)
            .where("name", .equal, name)
            .where("owner", .equal, owner)
            .run()
    }

    struct Status: Sendable, Equatable {
        var name: String
        var owner: String
        var leaseUntil: Double
        var nextRunAt: Double
        var lastFinishedAt: Double?
    }

    static func status(on sql: any SQLDatabase) async throws -> [Status] {
        try await sql.select().columns("name", "owner", "lease_until", "next_run_at", "last_finished_at")
            .from("job_leases").orderBy("name").all()
            .map { row in
                Status(name: try row.decode(column: "name", as: String.self),
                       owner: try row.decode(column: "owner", as: String.self),
                       leaseUntil: try row.decode(column: "lease_until", as: Double.self),
                       nextRunAt: try row.decode(column: "next_run_at", as: Double.self),
                       lastFinishedAt: try row.decode(column: "last_finished_at", as: Double?.self))
            }
    }
}
