import Foundation

/// One schedule as a VEVENT.
public struct ICalendarEvent: Hashable, Sendable {
    /// Stable and globally unique, e.g. "offer-42-schedule-1@gemeinsam.dortmund".
    public var uid: String
    public var schedule: Schedule
    public var summary: String
    public var description: String?
    public var location: String?
    /// Absolute URL of the offer page.
    public var url: String?
    public var latitude: Double?
    public var longitude: Double?
    /// When the offer was last changed, if known (LAST-MODIFIED).
    public var lastModified: Date?

    public init(
        uid: String, schedule: Schedule, summary: String, description: String? = nil, location: String? = nil,
        url: String? = nil, latitude: Double? = nil, longitude: Double? = nil, lastModified: Date? = nil
    ) {
        self.uid = uid
        self.schedule = schedule
        self.summary = summary
        self.description = description
        self.location = location
        self.url = url
        self.latitude = latitude
        self.longitude = longitude
        self.lastModified = lastModified
    }
}

/// A subscribable iCalendar (RFC 5545) document: per offer, place, Quartier or search.
///
/// Output is deterministic for the same input and `stamp` (events in the given order), so feeds can
/// be cached and compared. Recurring schedules become one VEVENT with RRULE/EXDATE in Europe/Berlin;
/// DTSTART is the first date the rule falls on, UNTIL the UTC start of the last one.
public struct ICalendarFeed: Hashable, Sendable {
    public static let productIdentifier = "-//Gemeinsam//Gemeinsam Dortmund//DE"

    /// X-WR-CALNAME / NAME, e.g. "Gemeinsam: Angebote im Kreuzviertel".
    public var name: String
    public var description: String?
    public var events: [ICalendarEvent]
    /// How often subscribers should reload (REFRESH-INTERVAL, X-PUBLISHED-TTL), in hours.
    public var refreshHours: Int

    public init(name: String, description: String? = nil, events: [ICalendarEvent], refreshHours: Int = 12) {
        self.name = name
        self.description = description
        self.events = events
        self.refreshHours = refreshHours
    }

    /// The document with CRLF line ends; `stamp` becomes every DTSTAMP (pass a stable time,
    /// e.g. the last change of the data, to keep the output stable).
    public func render(stamp: Date) -> String {
        var lines = [
            "BEGIN:VCALENDAR",
            "VERSION:2.0",
            "PRODID:\(Self.productIdentifier)",
            "CALSCALE:GREGORIAN",
            "METHOD:PUBLISH",
            "NAME:\(ICalendarText.escape(name))",
            "X-WR-CALNAME:\(ICalendarText.escape(name))",
        ]
        if let description {
            lines.append("X-WR-CALDESC:\(ICalendarText.escape(description))")
        }
        lines += [
            "X-WR-TIMEZONE:\(EuropeBerlinTime.identifier)",
            "REFRESH-INTERVAL;VALUE=DURATION:PT\(refreshHours)H",
            "X-PUBLISHED-TTL:PT\(refreshHours)H",
        ]
        lines += Self.timeZoneLines
        let stampText = ICalendarText.utcDateTime(stamp)
        for event in events {
            lines += Self.eventLines(event, stamp: stampText)
        }
        lines.append("END:VCALENDAR")
        return lines.map { ICalendarText.fold($0) }.joined(separator: "\r\n") + "\r\n"
    }

    /// Europe/Berlin with the EU rule since 1996.
    static let timeZoneLines = [
        "BEGIN:VTIMEZONE",
        "TZID:\(EuropeBerlinTime.identifier)",
        "X-LIC-LOCATION:\(EuropeBerlinTime.identifier)",
        "BEGIN:DAYLIGHT",
        "TZOFFSETFROM:+0100",
        "TZOFFSETTO:+0200",
        "TZNAME:CEST",
        "DTSTART:19960331T020000",
        "RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU",
        "END:DAYLIGHT",
        "BEGIN:STANDARD",
        "TZOFFSETFROM:+0200",
        "TZOFFSETTO:+0100",
        "TZNAME:CET",
        "DTSTART:19961027T030000",
        "RRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU",
        "END:STANDARD",
        "END:VTIMEZONE",
    ]

    static func eventLines(_ event: ICalendarEvent, stamp: String) -> [String] {
        let schedule = event.schedule
        // A valid schedule always has a first rule date.
        let first = schedule.firstOccurrenceDate ?? schedule.firstDate
        let tzid = "TZID=\(EuropeBerlinTime.identifier)"
        var lines = [
            "BEGIN:VEVENT",
            "UID:\(ICalendarText.escape(event.uid))",
            "DTSTAMP:\(stamp)",
            "DTSTART;\(tzid):\(ICalendarText.localDateTime(first, schedule.startTime))",
            "DTEND;\(tzid):\(ICalendarText.localDateTime(first, schedule.endTime))",
        ]
        if let rule = recurrenceRule(schedule) {
            lines.append("RRULE:\(rule)")
            let exceptions = schedule.cancelledDates.filter(schedule.ruleIncludes).sorted()
            for date in exceptions {
                lines.append("EXDATE;\(tzid):\(ICalendarText.localDateTime(date, schedule.startTime))")
            }
        }
        lines.append("SUMMARY:\(ICalendarText.escape(event.summary))")
        if let description = event.description {
            lines.append("DESCRIPTION:\(ICalendarText.escape(description))")
        }
        if let location = event.location {
            lines.append("LOCATION:\(ICalendarText.escape(location))")
        }
        if let latitude = event.latitude, let longitude = event.longitude {
            lines.append("GEO:\(String(format: "%.6f", latitude));\(String(format: "%.6f", longitude))")
        }
        if let url = event.url {
            lines.append("URL:\(url.unicodeScalars.filter { $0.value >= 0x21 && $0.value != 0x7F }.map(String.init).joined())")
        }
        let cancelled = schedule.kind.isOnce && schedule.cancelledDates.contains(first)
        lines.append("STATUS:\(cancelled ? "CANCELLED" : "CONFIRMED")")
        if let lastModified = event.lastModified {
            lines.append("LAST-MODIFIED:\(ICalendarText.utcDateTime(lastModified))")
        }
        lines.append("END:VEVENT")
        return lines
    }

    /// The RRULE value, nil for one-off schedules.
    public static func recurrenceRule(_ schedule: Schedule) -> String? {
        var parts: [String]
        switch schedule.kind {
        case .once:
            return nil
        case let .weekly(weekdays, intervalWeeks):
            parts = ["FREQ=WEEKLY", "INTERVAL=\(intervalWeeks)",
                     "BYDAY=" + weekdays.sorted().map(\.icsCode).joined(separator: ",")]
        case let .monthly(ordinal, weekday):
            parts = ["FREQ=MONTHLY", "BYDAY=\(ordinal)\(weekday.icsCode)"]
        }
        if let last = schedule.lastOccurrenceDate {
            parts.append("UNTIL=" + ICalendarText.utcDateTime(EuropeBerlinTime.instant(for: last, schedule.startTime)))
        }
        parts.append("WKST=MO")
        return parts.joined(separator: ";")
    }
}
