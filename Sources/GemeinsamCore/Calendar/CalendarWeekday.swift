/// Day of the week, Monday first (ISO 8601, like RFC 5545 with WKST=MO).
/// Codable as the RFC 5545 code ("MO", "TU", …).
public enum CalendarWeekday: Int, CaseIterable, Comparable, Hashable, Sendable {
    case monday = 1, tuesday, wednesday, thursday, friday, saturday, sunday

    init(dayNumber: Int) {
        let index = ((dayNumber + 3) % 7 + 7) % 7  // 1970-01-01 was a Thursday
        self = CalendarWeekday(rawValue: index + 1)!
    }

    /// "Montag", "Dienstag", …
    public var germanName: String {
        switch self {
        case .monday: "Montag"
        case .tuesday: "Dienstag"
        case .wednesday: "Mittwoch"
        case .thursday: "Donnerstag"
        case .friday: "Freitag"
        case .saturday: "Samstag"
        case .sunday: "Sonntag"
        }
    }

    /// "Mo", "Di", "Mi", "Do", "Fr", "Sa", "So"
    public var germanShortName: String {
        switch self {
        case .monday: "Mo"
        case .tuesday: "Di"
        case .wednesday: "Mi"
        case .thursday: "Do"
        case .friday: "Fr"
        case .saturday: "Sa"
        case .sunday: "So"
        }
    }

    /// "MO", "TU", … as used in RRULE BYDAY.
    public var icsCode: String {
        switch self {
        case .monday: "MO"
        case .tuesday: "TU"
        case .wednesday: "WE"
        case .thursday: "TH"
        case .friday: "FR"
        case .saturday: "SA"
        case .sunday: "SU"
        }
    }

    public init?(icsCode: String) {
        guard let match = Self.allCases.first(where: { $0.icsCode == icsCode.uppercased() }) else { return nil }
        self = match
    }

    public static func < (lhs: CalendarWeekday, rhs: CalendarWeekday) -> Bool { lhs.rawValue < rhs.rawValue }
}

extension CalendarWeekday: Codable {
    public init(from decoder: Decoder) throws {
        let container = try decoder.singleValueContainer()
        let code = try container.decode(String.self)
        guard let weekday = CalendarWeekday(icsCode: code) else {
            throw DecodingError.dataCorruptedError(
                in: container, debugDescription: ScheduleError.unreadableWeekday(code).description)
        }
        self = weekday
    }

    public func encode(to encoder: Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(icsCode)
    }
}
