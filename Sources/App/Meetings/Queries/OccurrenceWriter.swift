import Fluent
import Foundation
import GemeinsamCore
import SQLKit

/// Keeps the `occurrences` table (the expanded dates of every offer) in step with the schedules, so that finding
/// "this week near me" is one indexed query instead of expanding every schedule per request.
enum OccurrenceWriter {
    /// How far ahead dates are stored; a daily refresh moves the window on.
    static let horizonDays = 400

    /// Replaces the stored dates of one offer from yesterday up to the horizon.
    static func regenerate(offerID: UUID, schedule: Schedule, areaID: Int, now: Date,
                           on sql: any SQLDatabase) async throws {
        try await sql.delete(from: "occurrences").where("offer_id", .equal, offerID).run()
        let rows = window(schedule, now: now).map { OccurrenceRow(offerID: offerID, areaID: areaID, occurrence: $0) }
        for chunk in rows.chunked(into: 200) {
            try await sql.insert(into: "occurrences").values(rows: Array(chunk)).run()
        }
    }

    static func window(_ schedule: Schedule, now: Date) -> [ScheduleOccurrence] {
        guard let today = EuropeBerlinTime.localDateTime(at: now)?.date,
              let from = today.adding(days: -1), let through = today.adding(days: horizonDays)
        else { return [] }
        return schedule.occurrences(from: from, through: through, includeCancelled: true)
    }

    /// Average minutes per week over the coming 12 weeks: the supply measure of the gap analysis.
    static func weeklyMinutes(_ schedule: Schedule, now: Date) -> Int {
        guard let today = EuropeBerlinTime.localDateTime(at: now)?.date, let end = today.adding(days: 83) else { return 0 }
        let minutes = schedule.occurrences(from: today, through: end).count * schedule.durationMinutes
        return Int((Double(minutes) / 12).rounded())
    }

    /// Runs `refreshAll` once per day (Europe/Berlin) across all instances; returns the number of offers refreshed,
    /// or nil when today's refresh has already run. Run by the job `meetings.refresh-occurrences`.
    static func refreshIfNeeded(now: Date, on database: any Database) async throws -> Int? {
        guard let today = EuropeBerlinTime.localDateTime(at: now)?.date.iso else { return nil }
        let sql = database.sql
        guard try await Settings.value(refreshKey, on: sql) != today else { return nil }
        return try await database.transaction { db in
            let sql = db.sql
            // another instance may have done it in the meantime
            guard try await Settings.value(refreshKey, on: sql) != today else { return nil }
            let count = try await refreshAll(now: now, on: sql)
            try await Settings.set(refreshKey, to: today, on: sql)
            return count
        }
    }

    static let refreshKey = "occurrences_refreshed_on"

    /// Moves every offer's window of stored dates on, so that dates never run out (daily, see `refreshIfNeeded`).
    static func refreshAll(now: Date, on sql: any SQLDatabase) async throws -> Int {
        let offers = try await sql.select().column("*").from("offers").rows(OfferRow.self).compactMap(Offer.init)
        for offer in offers {
            try await regenerate(offerID: offer.id, schedule: offer.schedule, areaID: offer.areaID, now: now, on: sql)
            try await sql.update("offers").set("weekly_minutes", to: weeklyMinutes(offer.schedule, now: now))
                .where("id", .equal, offer.id).run()
        }
        return offers.count
    }
}
