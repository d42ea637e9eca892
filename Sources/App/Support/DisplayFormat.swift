import Foundation
import GemeinsamCore

/// Numbers, dates and times in the reader's language: the German way for German and Leichte Sprache, otherwise
/// from Foundation's locale data (`LocalFormat`).
enum DisplayFormat {
    private static let formats = LocalFormats()
    /// The reader's formats, or nil when the German ones below apply.
    static var local: LocalFormat? {
        UIText.language.localeIdentifier == Language.german.localeIdentifier ? nil : formats[UIText.language]
    }

    private static let berlin = TimeZone(identifier: "Europe/Berlin") ?? TimeZone(secondsFromGMT: 3600)!

    static func clockTime(_ date: Date) -> String {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = berlin
        let c = calendar.dateComponents([.hour, .minute], from: date)
        return String(format: "%02d:%02d", c.hour ?? 0, c.minute ?? 0)
    }

    /// The day in Berlin, e.g. "07.12.2026".
    static func date(_ date: Date) -> String {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = berlin
        let c = calendar.dateComponents([.year, .month, .day], from: date)
        return String(format: "%02d.%02d.%04d", c.day ?? 0, c.month ?? 0, c.year ?? 0)
    }

    /// 612065 → "612.065"
    static func integer(_ n: Int) -> String {
        if let local { return local.integer(n) }
        let digits = String(abs(n))
        var out = ""
        for (i, c) in digits.enumerated() {
            if i > 0, (digits.count - i) % 3 == 0 { out += "." }
            out.append(c)
        }
        return (n < 0 ? "−" : "") + out
    }

    /// 13.76 → "13,8"
    static func decimal(_ x: Double, digits: Int = 1) -> String {
        if let local { return local.decimal(x, fractionDigits: digits...digits) }
        return String(format: "%.\(digits)f", x).replacingOccurrences(of: ".", with: ",")
    }

    /// "2023-12-31" → "31.12.2023"
    static func isoDate(_ iso: String) -> String {
        let parts = iso.split(separator: "-")
        guard parts.count == 3 else { return iso }
        if let local, let date = try? CalendarDate(iso: iso) { return local.numericDate(date) }
        return "\(parts[2]).\(parts[1]).\(parts[0])"
    }
}
