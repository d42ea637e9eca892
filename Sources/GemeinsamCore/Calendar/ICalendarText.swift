import Foundation

/// Low-level RFC 5545 text rules: escaping, line folding and date-time values.
public enum ICalendarText {
    /// Escapes a TEXT value (section 3.3.11): backslash, semicolon, comma and line breaks;
    /// other control characters are dropped.
    public static func escape(_ text: String) -> String {
        var result = ""
        result.reserveCapacity(text.utf8.count)
        var previousWasCR = false
        for scalar in text.unicodeScalars {
            defer { previousWasCR = scalar == "\r" }
            switch scalar {
            case "\\": result += "\\\\"
            case ";": result += "\\;"
            case ",": result += "\\,"
            case "\r": result += "\\n"
            case "\n": if !previousWasCR { result += "\\n" }
            case "\t": result.unicodeScalars.append(scalar)
            default:
                if scalar.value < 0x20 || scalar.value == 0x7F { continue }
                result.unicodeScalars.append(scalar)
            }
        }
        return result
    }

    /// Folds a content line so that no line exceeds 75 octets (section 3.1), continuation lines
    /// starting with a space. Never splits a UTF-8 sequence, and keeps user-perceived characters
    /// whole when they fit. Lines are joined with CRLF; no trailing CRLF.
    public static func fold(_ line: String, limit: Int = 75) -> String {
        guard line.utf8.count > limit else { return line }
        var lines: [String] = []
        var current = ""
        var currentOctets = 0
        var capacity = limit

        func append(_ piece: String, octets: Int) {
            if currentOctets + octets > capacity {
                lines.append(current)
                current = ""
                currentOctets = 0
                capacity = limit - 1  // the leading space counts
            }
            current += piece
            currentOctets += octets
        }

        for character in line {
            let octets = character.utf8.count
            if octets <= limit - 1 {
                append(String(character), octets: octets)
            } else {
                for scalar in character.unicodeScalars {
                    append(String(scalar), octets: String(scalar).utf8.count)
                }
            }
        }
        lines.append(current)
        return lines.joined(separator: "\r\n ")
    }

    /// "20261201T130000Z"
    public static func utcDateTime(_ instant: Date) -> String {
        let seconds = Int(instant.timeIntervalSince1970.rounded(.down))
        let day = seconds >= 0 ? seconds / 86_400 : (seconds - 86_399) / 86_400
        let (y, m, d) = CalendarDate.civil(fromDayNumber: day)
        let rest = seconds - day * 86_400
        return basicDate(y, m, d) + "T" + CalendarDate.pad(rest / 3_600, 2)
            + CalendarDate.pad(rest % 3_600 / 60, 2) + CalendarDate.pad(rest % 60, 2) + "Z"
    }

    /// "20261201T140000" (local time, used with TZID).
    public static func localDateTime(_ date: CalendarDate, _ time: CalendarTime) -> String {
        basicDate(date.year, date.month, date.day) + "T" + CalendarDate.pad(time.hour, 2) + CalendarDate.pad(time.minute, 2) + "00"
    }

    private static func basicDate(_ y: Int, _ m: Int, _ d: Int) -> String {
        CalendarDate.pad(y, 4) + CalendarDate.pad(m, 2) + CalendarDate.pad(d, 2)
    }
}
