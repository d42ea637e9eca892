import Foundation
import GemeinsamCore
import NIOConcurrencyHelpers
import SQLKit
import Vapor

/// Background work while the app serves: deliver queued mail, send the Börse's daily digest (every
/// `BACKGROUND_INTERVAL` seconds, default 30; 0 = off), store expiry (every 10 minutes; pages compute it on read)
/// and, once a day, move every offer's stored dates on (`OccurrenceWriter.refreshIfNeeded`). Errors are logged
/// (type only) and never stop the app.
final class ExchangeBackground: LifecycleHandler, Sendable {
    private let task = NIOLockedValueBox<Task<Void, Never>?>(nil)

    static func install(_ app: Application) {
        guard app.appConfig.backgroundIntervalSeconds > 0 else { return }
        app.lifecycle.use(ExchangeBackground())
    }

    func didBootAsync(_ app: Application) async throws {
        let interval = app.appConfig.backgroundIntervalSeconds
        let started = Task.detached {
            var lastWaiting = -1
            var lastSweep = Date.distantPast
            while !Task.isCancelled {
                let sweep = Date().timeIntervalSince(lastSweep) >= 600
                if sweep { lastSweep = Date() }
                lastWaiting = await Self.runOnce(app, sweep: sweep, lastWaiting: lastWaiting)
                try? await Task.sleep(for: .seconds(interval))
            }
        }
        task.withLockedValue { $0 = started }
    }

    func shutdownAsync(_ app: Application) async {
        let running = task.withLockedValue { t -> Task<Void, Never>? in defer { t = nil }; return t }
        running?.cancel()
        _ = await running?.value
    }

    /// One round; returns the number of mails still waiting (logged only when it changes).
    @discardableResult
    static func runOnce(_ app: Application, now: Date = Date(), sweep: Bool = true, lastWaiting: Int = -1) async -> Int {
        let sql = app.db as! any SQLDatabase
        let today = ExchangeSupport.today(now)
        do {
            if sweep, try await ListingQueries.sweep(today: today, on: sql) > 0 { app.exchangeCache.invalidate() }
            if sweep, let refreshed = try await OccurrenceWriter.refreshIfNeeded(now: now, on: app.db) {
                app.fragmentCache.clear()
                app.logger.notice("Termine aller Angebote fortgeschrieben: \(refreshed) Angebote")
            }
            if let hour = app.appConfig.digestHour, let local = EuropeBerlinTime.localDateTime(at: now),
               local.time.minutesSinceMidnight >= hour * 60 {
                let mails = try await DigestQueries.send(today: today, now: now, publicURL: app.appConfig.publicURL,
                                                         geography: app.geographyStore.snapshot, on: sql)
                if mails > 0 { app.logger.notice("Tägliche Zusammenfassung: \(mails) E-Mails in der Warteschlange") }
            }
            let result = try await Outbox.deliver(transport: app.mailTransport, from: app.appConfig.mailSender, on: sql)
            if result.sent > 0 || result.failed > 0 || (result.unavailable != nil && result.waiting != lastWaiting) {
                app.logger.notice("E-Mail-Versand: \(result)")
            }
            return result.waiting
        } catch {
            app.logger.error("Hintergrundarbeit der Nachbarschaftsbörse fehlgeschlagen: \(String(reflecting: type(of: error)))")
            return lastWaiting
        }
    }
}
