import Foundation
import GemeinsamCore

/// The schedule part of the offer form: dates, times, weekly or monthly rhythm and cancelled dates.
extension OfferForm {
    /// The schedule, or nil with German messages next to the fields concerned.
    func buildSchedule(errors: inout FormErrors) -> Schedule? {
        let t = Texts.OfferForm.self
        let errorsBefore = errors.items.count
        let first = FormInput.date(firstDate, field: "firstDate", errors: &errors)
        var last: CalendarDate?
        if let raw = lastDate, !raw.trimmingCharacters(in: .whitespaces).isEmpty, scheduleKind != "once" {
            last = FormInput.date(raw, field: "lastDate", errors: &errors)
        }
        let start = FormInput.time(startTime, field: "startTime", errors: &errors)
        let end = FormInput.time(endTime, field: "endTime", errors: &errors)
        // reported even while a date is still wrong, so every mistake shows at once
        if let start, let end, end <= start {
            errors.add("endTime", end < start ? ScheduleError.endBeforeStart.description : ScheduleError.endEqualsStart.description)
        }
        var cancelled = Set<CalendarDate>()
        let lines = (cancelledDates ?? "").split(whereSeparator: { $0 == "\n" || $0 == "\r" || $0 == "," || $0 == ";" })
            .map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
        if lines.count > Self.maxCancelledDates {
            errors.add("cancelledDates", t.tooManyCancelledDates(Self.maxCancelledDates))
        } else {
            for line in lines {
                if let date = FormInput.date(line, field: "cancelledDates", errors: &errors) { cancelled.insert(date) }
            }
        }

        var kind: Schedule.Kind?
        switch scheduleKind {
        case "once":
            if let first { kind = .once(first) }
        case "weekly":
            let codes = weekdays ?? []
            let days = Set(codes.compactMap(CalendarWeekday.init(icsCode:)))
            if codes.isEmpty { errors.add("weekdays", ScheduleError.noWeekdays.description) }
            else if days.count != Set(codes).count { errors.add("weekdays", t.weekdayUnknown) }
            let raw = (interval ?? "").trimmingCharacters(in: .whitespaces)
            let weeks = raw.isEmpty ? 1 : Int(raw)
            if weeks == nil || raw.count > 3 { errors.add("interval", t.intervalUnreadable) }
            else if !(1...52).contains(weeks!) { errors.add("interval", ScheduleError.intervalOutOfRange(weeks!).description) }
            if errors["weekdays"] == nil, errors["interval"] == nil, let weeks { kind = .weekly(weekdays: days, intervalWeeks: weeks) }
        case "monthly":
            let n = ordinal.flatMap { Int($0) }
            if n == nil || !((1...5).contains(n!) || n == -1) { errors.add("ordinal", t.ordinalMissing) }
            let day = monthWeekday.flatMap(CalendarWeekday.init(icsCode:))
            if day == nil { errors.add("monthWeekday", t.monthWeekdayMissing) }
            if let n, let day, errors["ordinal"] == nil { kind = .monthly(ordinal: n, weekday: day) }
        default:
            errors.add("scheduleKind", t.scheduleKindMissing)
        }
        guard errors.items.count == errorsBefore, let kind, let first, let start, let end else { return nil }
        do {
            return try Schedule(kind: kind, firstDate: first, lastDate: kind.isOnceKind ? first : last,
                                startTime: start, endTime: end, cancelledDates: cancelled)
        } catch {
            errors.add(Self.field(for: error), error.description)
            return nil
        }
    }

    static func field(for error: ScheduleError) -> String {
        switch error {
        case .endBeforeStart, .endEqualsStart, .invalidTime, .unreadableTime: "endTime"
        case .noWeekdays, .unreadableWeekday: "weekdays"
        case .intervalOutOfRange: "interval"
        case .ordinalOutOfRange: "ordinal"
        case .lastDateBeforeFirstDate, .noOccurrence: "lastDate"
        case .unknownKind: "scheduleKind"
        case .invalidDate, .unreadableDate, .onceDateMismatch, .yearOutOfRange: "firstDate"
        }
    }
}

extension Schedule.Kind {
    var isOnceKind: Bool {
        if case .once = self { return true }
        return false
    }
}
