import Foundation
import NIOConcurrencyHelpers
import Vapor

/// Runs the registered jobs while the app serves: every few seconds it asks for the lease of each job that is due
/// (`JobLeases`), runs it, and gives the lease back. Errors are logged with the job's name and the error's type
/// only (never request or personal data) and never stop the app; the job is tried again after its interval.
final class JobRunner: LifecycleHandler, Sendable {
    private let task = NIOLockedValueBox<Task<Void, Never>?>(nil)
    /// Unique per process, so a lease names who holds it.
    let owner: String

    init() {
        owner = "\(ProcessInfo.processInfo.hostName)-\(ProcessInfo.processInfo.processIdentifier)-"
            + UUID().uuidString.prefix(8)
    }

    /// Installs the runner unless background work is switched off (`BACKGROUND_INTERVAL=0`).
    static func install(_ app: Application) {
        guard app.appConfig.backgroundIntervalSeconds > 0, !app.jobs.jobs.isEmpty else { return }
        app.lifecycle.use(JobRunner())
    }

    func didBootAsync(_ app: Application) async throws {
        try await JobLeases.register(app.jobs.jobs.map(\.name), on: app.sql)
        let tick = min(5.0, app.jobs.jobs.map(\.interval).min() ?? 5)
        let owner = self.owner
        let started = Task.detached {
            while !Task.isCancelled {
                await Self.runDue(app, owner: owner)
                try? await Task.sleep(for: .seconds(tick))
            }
        }
        task.withLockedValue { $0 = started }
    }

    func shutdownAsync(_ app: Application) async {
        let running = task.withLockedValue { t -> Task<Void, Never>? in defer { t = nil }; return t }
        running?.cancel()
        _ = await running?.value
    }

    /// Runs every job that is due and whose lease this process gets; returns the names of the jobs it ran.
    @discardableResult
    static func runDue(_ app: Application, owner: String) async -> [String] {
        var ran: [String] = []
        for job in app.jobs.jobs {
            if Task.isCancelled { break }
            do {
                guard try await JobLeases.acquire(job.name, owner: owner, now: app.clock.now, lease: job.lease,
                                                  on: app.sql)
                else { continue }
                defer { ran.append(job.name) }
                do {
                    try await job.run(app)
                } catch {
                    app.logger.error("Hintergrundaufgabe \(job.name) fehlgeschlagen: \(String(reflecting: type(of: error)))")
                }
                try await JobLeases.release(job.name, owner: owner, now: app.clock.now, interval: job.interval,
                                            on: app.sql)
            } catch {
                app.logger.error("\(UIText.text("jobRunner.runDue", ["job": "\(job.name)", "value": "\(String(reflecting: type(of: error)))"]))")
            }
        }
        return ran
    }

    /// Runs one job now, without a lease (commands and tests).
    static func runNow(_ name: String, _ app: Application) async throws {
        guard let job = app.jobs.job(named: name) else { throw Abort(.notFound, reason: "Unbekannte Aufgabe \(name)") }
        try await job.run(app)
    }
}
