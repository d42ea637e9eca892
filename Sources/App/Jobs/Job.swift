import Foundation
import Vapor

/// A named piece of background work that runs every `interval` seconds on one app instance at a time. Features
/// contribute their jobs (`Feature.jobs`); `JobRunner` runs them under a lease in the database, so several
/// instances on one PostgreSQL never run the same job at once, and a job whose instance died is taken over when
/// its lease runs out.
struct Job: Sendable {
    /// Unique, dotted: "pillar.what" (e.g. "mail.deliver").
    var name: String
    var interval: TimeInterval
    /// How long one run may take before another instance may take the job over.
    var lease: TimeInterval = 300
    var run: @Sendable (Application) async throws -> Void
}

/// The jobs of all features, in the order the features list them.
struct JobRegistry: Sendable {
    private(set) var jobs: [Job] = []

    mutating func add(_ job: Job) {
        precondition(!jobs.contains { $0.name == job.name }, "job \(job.name) registered twice")
        jobs.append(job)
    }

    func job(named name: String) -> Job? { jobs.first { $0.name == name } }
}
