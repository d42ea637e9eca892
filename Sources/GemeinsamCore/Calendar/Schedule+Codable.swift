/// JSON form, flat and stable (sorted sets), e.g.
/// `{"kind":"weekly","weekdays":["TU","TH"],"intervalWeeks":1,"firstDate":"2026-01-06","lastDate":null,
///   "startTime":"14:00","endTime":"16:00","cancelledDates":["2026-12-22"]}`;
/// `{"kind":"monthly","ordinal":-1,"weekday":"SA",…}`; `{"kind":"once","date":"2026-12-05",…}`.
/// Decoding validates like the initialiser and throws the `ScheduleError` itself.
extension Schedule: Codable {
    private enum CodingKeys: String, CodingKey {
        case kind, date, weekdays, intervalWeeks, ordinal, weekday
        case firstDate, lastDate, startTime, endTime, cancelledDates
    }

    public init(from decoder: Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        let kindName = try container.decode(String.self, forKey: .kind)
        let startTime = try container.decode(CalendarTime.self, forKey: .startTime)
        let endTime = try container.decode(CalendarTime.self, forKey: .endTime)
        let cancelled = try container.decodeIfPresent([CalendarDate].self, forKey: .cancelledDates) ?? []
        let kind: Kind
        let firstDate: CalendarDate
        var lastDate: CalendarDate?
        switch kindName {
        case "once":
            let date = try container.decode(CalendarDate.self, forKey: .date)
            kind = .once(date)
            firstDate = date
            lastDate = date
        case "weekly":
            kind = .weekly(weekdays: Set(try container.decode([CalendarWeekday].self, forKey: .weekdays)),
                           intervalWeeks: try container.decodeIfPresent(Int.self, forKey: .intervalWeeks) ?? 1)
            firstDate = try container.decode(CalendarDate.self, forKey: .firstDate)
            lastDate = try container.decodeIfPresent(CalendarDate.self, forKey: .lastDate)
        case "monthly":
            kind = .monthly(ordinal: try container.decode(Int.self, forKey: .ordinal),
                            weekday: try container.decode(CalendarWeekday.self, forKey: .weekday))
            firstDate = try container.decode(CalendarDate.self, forKey: .firstDate)
            lastDate = try container.decodeIfPresent(CalendarDate.self, forKey: .lastDate)
        default:
            throw ScheduleError.unknownKind(kindName)
        }
        try self.init(kind: kind, firstDate: firstDate, lastDate: lastDate, startTime: startTime,
                      endTime: endTime, cancelledDates: Set(cancelled))
    }

    public func encode(to encoder: Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        switch kind {
        case let .once(date):
            try container.encode("once", forKey: .kind)
            try container.encode(date, forKey: .date)
        case let .weekly(weekdays, intervalWeeks):
            try container.encode("weekly", forKey: .kind)
            try container.encode(weekdays.sorted(), forKey: .weekdays)
            try container.encode(intervalWeeks, forKey: .intervalWeeks)
        case let .monthly(ordinal, weekday):
            try container.encode("monthly", forKey: .kind)
            try container.encode(ordinal, forKey: .ordinal)
            try container.encode(weekday, forKey: .weekday)
        }
        if !kind.isOnce {
            try container.encode(firstDate, forKey: .firstDate)
            try container.encode(lastDate, forKey: .lastDate)
        }
        try container.encode(startTime, forKey: .startTime)
        try container.encode(endTime, forKey: .endTime)
        try container.encode(cancelledDates.sorted(), forKey: .cancelledDates)
    }
}
