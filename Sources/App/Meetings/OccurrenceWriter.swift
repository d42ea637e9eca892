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
    static func regenerate(offerID: UUID, schedule: Schedule, areaID: Int, now: Date = Date(),
                           on sql: any SQLDatabase) async throws {
        try await sql.delete(from: "occurrences").where("offer_id", .equal, offerID).run()
        let occurrences = window(schedule, now: now)
        for chunk in occurrences.chunked(into: 200) {
            var insert = sql.insert(into: "occurrences")
                .columns("id", "offer_id", "area_id", "starts_at", "ends_at", "local_date", "weekday", "start_minute", "cancelled")
            for o in chunk {
                insert = insert.values(
                    SQLBind(UUID()), SQLBind(offerID), SQLBind(areaID), SQLBind(o.start.timeIntervalSince1970),
                    SQLBind(o.end.timeIntervalSince1970), SQLBind(o.date.iso), SQLBind(o.date.weekday.rawValue),
                    SQLBind(o.startTime.minutesSinceMidnight), SQLBind(o.isCancelled))
            }
            try await insert.run()
        }
    }

    static func window(_ schedule: Schedule, now: Date) -> [ScheduleOccurrence] {
        guard let today = EuropeBerlinTime.localDateTime(at: now)?.date,
              let from = today.adding(days: -1), let through = today.adding(days: horizonDays)
        else { return [] }
        return schedule.occurrences(from: from, through: through, includeCancelled: true)
    }

    /// Average minutes per week over the coming 12 weeks: the supply measure of the gap analysis.
    static func weeklyMinutes(_ schedule: Schedule, now: Date = Date()) -> Int {
        guard let today = EuropeBerlinTime.localDateTime(at: now)?.date, let end = today.adding(days: 83) else { return 0 }
        let minutes = schedule.occurrences(from: today, through: end).count * schedule.durationMinutes
        return Int((Double(minutes) / 12).rounded())
    }

    /// Runs `refreshAll` once per day (Europe/Berlin) across all instances; returns the number of offers refreshed,
    /// or nil when today's refresh has already run. Called by the background loop.
    static func refreshIfNeeded(now: Date = Date(), on database: any Database) async throws -> Int? {
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
    static func refreshAll(now: Date = Date(), on sql: any SQLDatabase) async throws -> Int {
        let rows = try await sql.select().columns("id", "schedule", "area_id").from("offers").all()
        var count = 0
        for row in rows {
            let id = try row.decode(column: "id", as: UUID.self)
            guard let schedule = try? OfferSchedule.decode(try row.decode(column: "schedule", as: String.self)) else { continue }
            try await regenerate(offerID: id, schedule: schedule, areaID: try row.decode(column: "area_id", as: Int.self),
                                 now: now, on: sql)
            try await sql.update("offers").set("weekly_minutes", to: weeklyMinutes(schedule, now: now))
                .where("id", .equal, id).run()
            count += 1
        }
        return count
    }
}

/// Schedules are stored as the JSON that `GemeinsamCore.Schedule` reads and writes.
enum OfferSchedule {
    static func encode(_ schedule: Schedule) throws -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys]
        return String(decoding: try encoder.encode(schedule), as: UTF8.self)
    }

    static func decode(_ text: String) throws -> Schedule {
        try JSONDecoder().decode(Schedule.self, from: Data(text.utf8))
    }
}
