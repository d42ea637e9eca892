/// A wall-clock time of day with minute precision ("14:00"), without date or time zone.
/// Codable as "HH:MM".
public struct CalendarTime: Hashable, Comparable, Sendable, CustomStringConvertible {
    public let hour: Int
    public let minute: Int

    public init(hour: Int, minute: Int = 0) throws(ScheduleError) {
        guard (0...23).contains(hour), (0...59).contains(minute) else {
            throw .invalidTime(hour: hour, minute: minute)
        }
        self.hour = hour
        self.minute = minute
    }

    init(uncheckedMinutes minutes: Int) {
        hour = minutes / 60
        minute = minutes % 60
    }

    /// Parses "14:00" or "9:30".
    public init(text: String) throws(ScheduleError) {
        let parts = text.split(separator: ":", omittingEmptySubsequences: false)
        guard parts.count == 2, (1...2).contains(parts[0].count), parts[1].count == 2,
              parts.allSatisfy({ $0.allSatisfy(\.isASCII) }),
              let h = Int(parts[0]), let m = Int(parts[1])
        else { throw .unreadableTime(text) }
        try self.init(hour: h, minute: m)
    }

    /// Minutes since midnight.
    public var minutesSinceMidnight: Int { hour * 60 + minute }

    /// "14:00", "09:30"
    public var text: String { "\(CalendarDate.pad(hour, 2)):\(CalendarDate.pad(minute, 2))" }

    /// "14:00" for 840 minutes since midnight (also "24:00" for the end of a day).
    public static func text(minutesSinceMidnight minutes: Int) -> String { CalendarTime(uncheckedMinutes: minutes).text }

    public var description: String { text }

    public static func < (lhs: CalendarTime, rhs: CalendarTime) -> Bool {
        lhs.minutesSinceMidnight < rhs.minutesSinceMidnight
    }
}

extension CalendarTime: Codable {
    public init(from decoder: Decoder) throws {
        let container = try decoder.singleValueContainer()
        let text = try container.decode(String.self)
        do { try self.init(text: text) } catch {
            throw DecodingError.dataCorruptedError(in: container, debugDescription: error.description)
        }
    }

    public func encode(to encoder: Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(text)
    }
}
