/// The days (day numbers since 1970-01-01) on which a schedule's rule falls, ascending, from a start
/// day up to an end day (both inclusive), without regard to cancelled dates.
/// Allocation-free, since it runs once per offer when thousands of offers are listed.
struct ScheduleRuleDays: IteratorProtocol {
    private enum Mode { case once, weekly, monthly }

    private let mode: Mode
    private let fromDay: Int
    private let endDay: Int
    private var finished = false
    // once
    private let onceDay: Int
    // weekly: bit k of `weekdayMask` set = weekday with offset k from Monday
    private let weekdayMask: Int
    private let intervalDays: Int
    private var weekStart = 0
    private var offset = 0
    // monthly
    private let ordinal: Int
    private let weekday: CalendarWeekday
    private var monthIndex = 0

    /// Iterates the rule's days in `from...through`, clamped to the schedule's first and last date.
    init(schedule: Schedule, from: Int, through: Int) {
        let firstDay = schedule.firstDate.dayNumber
        let maxDay = CalendarDate(uncheckedYear: Schedule.supportedYears.upperBound, month: 12, day: 31).dayNumber
        let fromDay = max(from, firstDay)
        self.fromDay = fromDay
        endDay = min(through, schedule.lastDate?.dayNumber ?? maxDay, maxDay)
        onceDay = firstDay

        switch schedule.kind {
        case .once:
            mode = .once
            weekdayMask = 0; intervalDays = 0; ordinal = 0; weekday = .monday
        case let .weekly(weekdays, intervalWeeks):
            mode = .weekly
            weekdayMask = weekdays.reduce(0) { $0 | 1 << ($1.rawValue - 1) }
            intervalDays = intervalWeeks * 7
            ordinal = 0; weekday = .monday
            let firstWeekStart = firstDay - (schedule.firstDate.weekday.rawValue - 1)
            var week = (fromDay - firstWeekStart) / 7
            if week % intervalWeeks != 0 {
                week += intervalWeeks - week % intervalWeeks
                weekStart = firstWeekStart + week * 7
                offset = Self.nextOffset(in: weekdayMask, from: 0) ?? 0
            } else {
                weekStart = firstWeekStart + week * 7
                if let found = Self.nextOffset(in: weekdayMask, from: fromDay - weekStart) {
                    offset = found
                } else {
                    weekStart += intervalDays
                    offset = Self.nextOffset(in: weekdayMask, from: 0) ?? 0
                }
            }
        case let .monthly(ordinal, weekday):
            mode = .monthly
            weekdayMask = 0; intervalDays = 0
            self.ordinal = ordinal
            self.weekday = weekday
            let (y, m, _) = CalendarDate.civil(fromDayNumber: fromDay)
            monthIndex = y * 12 + m - 1
        }
    }

    /// The smallest set bit at or above `start` (0...6), nil if none.
    private static func nextOffset(in mask: Int, from start: Int) -> Int? {
        guard start < 7 else { return nil }
        let rest = mask >> start
        return rest == 0 ? nil : start + rest.trailingZeroBitCount
    }

    mutating func next() -> Int? {
        if finished { return nil }
        switch mode {
        case .once:
            finished = true
            return onceDay >= fromDay && onceDay <= endDay ? onceDay : nil
        case .weekly:
            let day = weekStart + offset
            guard day <= endDay else {
                finished = true
                return nil
            }
            if let following = Self.nextOffset(in: weekdayMask, from: offset + 1) {
                offset = following
            } else {
                weekStart += intervalDays
                offset = weekdayMask.trailingZeroBitCount
            }
            return day
        case .monthly:
            while true {
                let year = monthIndex / 12
                let month = monthIndex % 12 + 1
                let firstOfMonth = CalendarDate(uncheckedYear: year, month: month, day: 1).dayNumber
                if firstOfMonth > endDay {
                    finished = true
                    return nil
                }
                monthIndex += 1
                if let day = Self.monthlyDay(firstOfMonth: firstOfMonth, year: year, month: month, ordinal: ordinal, weekday: weekday),
                   day >= fromDay {
                    if day > endDay {
                        finished = true
                        return nil
                    }
                    return day
                }
            }
        }
    }

    /// Day number of the `ordinal`-th (or last, -1) `weekday` of the month, nil if the month has none.
    static func monthlyDay(firstOfMonth: Int, year: Int, month: Int, ordinal: Int, weekday: CalendarWeekday) -> Int? {
        let length = CalendarDate.daysInMonth(year: year, month: month)
        if ordinal == -1 {
            let last = firstOfMonth + length - 1
            let back = (CalendarWeekday(dayNumber: last).rawValue - weekday.rawValue + 7) % 7
            return last - back
        }
        let forward = (weekday.rawValue - CalendarWeekday(dayNumber: firstOfMonth).rawValue + 7) % 7
        let offset = forward + (ordinal - 1) * 7
        return offset < length ? firstOfMonth + offset : nil
    }
}
