import Foundation

/// The recurrence engine: expands a schedule into its occurrences.
extension Schedule {
    /// Occurrences on the days `from...through` (inclusive), ascending, at most `limit`.
    /// Cancelled dates are left out unless `includeCancelled` is true (then they carry `isCancelled`).
    public func occurrences(
        from: CalendarDate, through: CalendarDate, limit: Int = .max, includeCancelled: Bool = false
    ) -> [ScheduleOccurrence] {
        guard limit > 0 else { return [] }
        var result: [ScheduleOccurrence] = []
        expand(fromDay: from.dayNumber, throughDay: through.dayNumber, includeCancelled: includeCancelled) { occurrence in
            result.append(occurrence)
            return result.count < limit
        }
        return result
    }

    /// Occurrences that overlap the time span `from..<to` (so one already running at `from` is included),
    /// ascending, at most `limit`.
    public func occurrences(
        from: Date, to: Date, limit: Int = .max, includeCancelled: Bool = false
    ) -> [ScheduleOccurrence] {
        guard from < to, limit > 0,
              let firstLocal = EuropeBerlinTime.localDateTime(at: from),
              let lastLocal = EuropeBerlinTime.localDateTime(at: to)
        else { return [] }
        var result: [ScheduleOccurrence] = []
        // An occurrence lasts less than a day, so one overlapping `from` starts at most a day earlier.
        expand(fromDay: firstLocal.date.dayNumber - 1, throughDay: lastLocal.date.dayNumber,
               includeCancelled: includeCancelled) { occurrence in
            if occurrence.start >= to { return false }
            if occurrence.end > from { result.append(occurrence) }
            return result.count < limit
        }
        return result
    }

    /// The next `limit` occurrences that have not ended at `now` (one running at `now` is included).
    /// Searches to `lastDate`, or at most `searchYears` years ahead for open-ended schedules.
    public func upcomingOccurrences(
        at now: Date, limit: Int, includeCancelled: Bool = false, searchYears: Int = 5
    ) -> [ScheduleOccurrence] {
        guard limit > 0, let local = EuropeBerlinTime.localDateTime(at: now) else { return [] }
        var result: [ScheduleOccurrence] = []
        let startDay = local.date.dayNumber - 1
        expand(fromDay: startDay, throughDay: startDay + 366 * searchYears, includeCancelled: includeCancelled) { occurrence in
            if occurrence.end > now { result.append(occurrence) }
            return result.count < limit
        }
        return result
    }

    /// The first date the rule falls on (cancelled or not); nil if none lies between first and last date.
    public var firstOccurrenceDate: CalendarDate? {
        var days = ScheduleRuleDays(schedule: self, from: firstDate.dayNumber, through: .max)
        return days.next().flatMap(CalendarDate.init(dayNumber:))
    }

    /// The last date the rule falls on (cancelled or not); nil for open-ended schedules.
    public var lastOccurrenceDate: CalendarDate? {
        guard let lastDate else { return nil }
        // Rule dates are never more than 364 days apart (every 52 weeks; a fifth weekday comes
        // at least four times a year), so a look-back of 430 days always finds the last one.
        let from = max(firstDate.dayNumber, lastDate.dayNumber - 430)
        var days = ScheduleRuleDays(schedule: self, from: from, through: lastDate.dayNumber)
        var last: Int?
        while let day = days.next() { last = day }
        return last.flatMap(CalendarDate.init(dayNumber:))
    }

    /// Whether the rule falls on `date` (ignoring cancellations).
    public func ruleIncludes(_ date: CalendarDate) -> Bool {
        var days = ScheduleRuleDays(schedule: self, from: date.dayNumber, through: date.dayNumber)
        return days.next() != nil
    }

    /// Whether `date` is a rule date that is not cancelled.
    public func takesPlace(on date: CalendarDate) -> Bool {
        ruleIncludes(date) && !cancelledDates.contains(date)
    }

    /// Calls `body` for each occurrence in `fromDay...throughDay` until it returns false.
    func expand(fromDay: Int, throughDay: Int, includeCancelled: Bool, _ body: (ScheduleOccurrence) -> Bool) {
        var days = ScheduleRuleDays(schedule: self, from: fromDay, through: throughDay)
        let cancelledDays = cancelledDates.isEmpty ? [] : Set(cancelledDates.map(\.dayNumber))
        var offsets = EuropeBerlinTime.OffsetCache()
        let startMinutes = startTime.minutesSinceMidnight
        let endMinutes = endTime.minutesSinceMidnight
        while let day = days.next() {
            let isCancelled = !cancelledDays.isEmpty && cancelledDays.contains(day)
            if isCancelled && !includeCancelled { continue }
            guard let date = CalendarDate(dayNumber: day) else { return }
            let startSeconds = day * 86_400 + startMinutes * 60 - offsets.offset(year: date.year, dayNumber: day, minutes: startMinutes)
            var endSeconds = day * 86_400 + endMinutes * 60 - offsets.offset(year: date.year, dayNumber: day, minutes: endMinutes)
            if endSeconds <= startSeconds {
                // Only when the start falls into the spring gap and the end soon after it.
                endSeconds = startSeconds + (endMinutes - startMinutes) * 60
            }
            let occurrence = ScheduleOccurrence(
                date: date, startTime: startTime, endTime: endTime,
                start: Date(timeIntervalSince1970: TimeInterval(startSeconds)),
                end: Date(timeIntervalSince1970: TimeInterval(endSeconds)), isCancelled: isCancelled)
            if !body(occurrence) { return }
        }
    }
}
