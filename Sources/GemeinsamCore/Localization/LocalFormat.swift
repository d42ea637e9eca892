import Foundation

/// Numbers, dates and times written the way a language writes them, with Foundation's locale data (ICU/CLDR,
/// also on Linux). Dates and times are Europe/Berlin wall-clock values: `CalendarDate`/`CalendarTime` as they are,
/// instants converted with `EuropeBerlinTime` (so the system's time zone database is not needed).
///
/// The format styles are built once per language; Foundation caches the ICU formatters behind them and they are
/// safe to use from any thread, so one `LocalFormats` value can serve all requests.
public struct LocalFormat: Sendable {
    public let language: Language
    public let locale: Locale
    private let longDateStyle: Date.FormatStyle
    private let shortDateStyle: Date.FormatStyle
    private let shortDateWithYearStyle: Date.FormatStyle
    private let numericDateStyle: Date.FormatStyle
    private let integerStyle: IntegerFormatStyle<Int>
    /// Integers are written by hand with the locale's separator (learnt from Foundation once): ICU formatting costs
    /// about as much as rendering a table row, and a Quartier page has dozens of numbers. nil: use Foundation.
    private let grouping: IntegerGrouping?
    private let decimalStyle: FloatingPointFormatStyle<Double>
    /// Standalone weekday names (Monday first), as a list or a heading has them: "Tuesday", "Salı", "вторник".
    public let weekdayNames: [String]
    /// Dates already written: pages show the same few dozen days again and again, and ICU takes about 3 µs a date.
    private let dates = DateTexts()

    public init(_ language: Language) {
        self.language = language
        let locale = Locale(identifier: language.localeIdentifier)
        self.locale = locale
        let utc = TimeZone(secondsFromGMT: 0)!
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = utc
        let base = Date.FormatStyle(locale: locale, calendar: calendar, timeZone: utc)
        longDateStyle = Date.FormatStyle(date: .complete, time: .omitted, locale: locale, calendar: calendar, timeZone: utc)
        shortDateStyle = base.weekday(.abbreviated).day().month(.abbreviated)
        shortDateWithYearStyle = base.weekday(.abbreviated).day().month(.abbreviated).year()
        numericDateStyle = base.day(.twoDigits).month(.twoDigits).year()
        integerStyle = IntegerFormatStyle<Int>(locale: locale)
        grouping = IntegerGrouping(style: integerStyle)
        decimalStyle = FloatingPointFormatStyle<Double>(locale: locale).precision(.fractionLength(0...2))
        let formatter = DateFormatter()
        formatter.locale = locale
        let sundayFirst: [String] = formatter.standaloneWeekdaySymbols
        weekdayNames = sundayFirst.count == 7 ? Array(sundayFirst[1...]) + [sundayFirst[0]] : []
    }

    /// The weekday's standalone name in this language.
    public func weekdayName(_ weekday: CalendarWeekday) -> String {
        weekdayNames.count == 7 ? weekdayNames[weekday.rawValue - 1] : weekday.germanName
    }

    // MARK: Numbers

    /// "1.234" (de), "1,234" (en, ar with Latin digits), "1 234" (uk, with a no-break space); Polish and
    /// Bulgarian group only from five digits on ("1234", "12 345").
    public func integer(_ value: Int) -> String { grouping?.format(value) ?? value.formatted(integerStyle) }

    /// "1.234,5" (de), "1,234.5" (en); at most `fractionDigits.upperBound` decimals, rounded half-even.
    public func decimal(_ value: Double, fractionDigits: ClosedRange<Int> = 0...2) -> String {
        let style = fractionDigits == 0...2 ? decimalStyle : decimalStyle.precision(.fractionLength(fractionDigits))
        return value.formatted(style)
    }

    /// A share (0.95) as a percentage: "95 %" (de), "95%" (en), "%95" (tr).
    public func percent(_ share: Double, fractionDigits: Int = 0) -> String {
        share.formatted(FloatingPointFormatStyle<Double>.Percent(locale: locale)
            .precision(.fractionLength(max(0, fractionDigits))))
    }

    // MARK: Dates and times

    /// "Donnerstag, 3. Dezember 2026", "Thursday, 3 December 2026", "3 Aralık 2026 Perşembe".
    public func longDate(_ date: CalendarDate) -> String {
        dates.text(date.dayNumber * 4 + 2) { Self.midnight(date).formatted(longDateStyle) }
    }

    /// "Do. 3. Dez.", "Thu 3 Dec"; with the year "Do. 3. Dez. 2026".
    public func shortDate(_ date: CalendarDate, includeYear: Bool = false) -> String {
        dates.text(date.dayNumber * 4 + (includeYear ? 1 : 0)) {
            Self.midnight(date).formatted(includeYear ? shortDateWithYearStyle : shortDateStyle)
        }
    }

    /// "03.12.2026", "03/12/2026".
    public func numericDate(_ date: CalendarDate) -> String { Self.midnight(date).formatted(numericDateStyle) }

    /// "14:30": every supported language writes times on the 24-hour clock with two-digit hours and Latin digits
    /// (ICU would choose the 12-hour clock for Arabic).
    public func time(_ time: CalendarTime) -> String { time.text }

    /// "14:00–16:00" with an en dash.
    public func timeRange(_ start: CalendarTime, _ end: CalendarTime) -> String { "\(start.text)–\(end.text)" }

    /// `longDate` of the day an instant falls on in Europe/Berlin.
    public func longDate(at instant: Date) -> String { Self.berlinWallClock(instant).formatted(longDateStyle) }

    /// `shortDate` of the day an instant falls on in Europe/Berlin.
    public func shortDate(at instant: Date, includeYear: Bool = false) -> String {
        Self.berlinWallClock(instant).formatted(includeYear ? shortDateWithYearStyle : shortDateStyle)
    }

    /// `numericDate` of the day an instant falls on in Europe/Berlin.
    public func numericDate(at instant: Date) -> String { Self.berlinWallClock(instant).formatted(numericDateStyle) }

    /// The Europe/Berlin wall-clock time of an instant, "14:30".
    public func time(at instant: Date) -> String {
        let total = Int((Self.berlinWallClock(instant).timeIntervalSince1970 / 60).rounded(.down))
        let minutes = (total % 1_440 + 1_440) % 1_440
        return "\(CalendarDate.pad(minutes / 60, 2)):\(CalendarDate.pad(minutes % 60, 2))"
    }

    /// The instant whose UTC wall clock equals Berlin's wall clock at `instant`, to be formatted in UTC.
    private static func berlinWallClock(_ instant: Date) -> Date {
        instant.addingTimeInterval(TimeInterval(EuropeBerlinTime.utcOffsetSeconds(at: instant)))
    }

    private static func midnight(_ date: CalendarDate) -> Date {
        Date(timeIntervalSince1970: TimeInterval(date.dayNumber) * 86_400)
    }
}

/// One `LocalFormat` per supported language, built once (creating locales and styles is the expensive part).
public struct LocalFormats: Sendable {
    private let formats: [LocalFormat]

    public init() { formats = Language.all.map(LocalFormat.init) }

    public subscript(language: Language) -> LocalFormat { formats[language.index] }
}

/// How a locale groups the digits of an integer, when it uses ASCII digits and a plain prefix minus sign.
struct IntegerGrouping: Sendable, Equatable {
    let separator: String
    /// Numbers below this many digits are not grouped (5 for Polish and Bulgarian: "1234", "12 345").
    let minimumDigits: Int
    let minus: String

    init?(style: IntegerFormatStyle<Int>) {
        let million = Array(1_234_567.formatted(style))
        guard million.count > 7, (million.count - 7) % 2 == 0 else { return nil }
        let separator = String(million[1..<(1 + (million.count - 7) / 2)])
        guard !separator.contains(where: \.isNumber),
              String(million) == "1" + separator + "234" + separator + "567" else { return nil }
        let thousand = 1_234.formatted(style)
        let minimumDigits: Int
        switch thousand {
        case "1" + separator + "234": minimumDigits = 4
        case "1234" where 12_345.formatted(style) == "12" + separator + "345": minimumDigits = 5
        default: return nil
        }
        let negative = (-42).formatted(style)
        guard negative.hasSuffix("42") else { return nil }
        let minus = String(negative.dropLast(2))
        guard !minus.contains(where: \.isNumber) else { return nil }
        self.separator = separator
        self.minimumDigits = minimumDigits
        self.minus = minus
    }

    func format(_ value: Int) -> String {
        let digits = String(value.magnitude)
        var out = value < 0 ? minus : ""
        guard digits.count >= minimumDigits else { return out + digits }
        out.reserveCapacity(out.utf8.count + digits.utf8.count + digits.count / 3 * separator.utf8.count)
        for (index, digit) in digits.enumerated() {
            if index > 0, (digits.count - index) % 3 == 0 { out += separator }
            out.append(digit)
        }
        return out
    }
}

/// Written dates by key (day number × 4 + kind), at most 4,096 (then it starts again): shared by all requests.
final class DateTexts: @unchecked Sendable {
    private let lock = NSLock()
    private var texts: [Int: String] = [:]

    func text(_ key: Int, make: () -> String) -> String {
        lock.lock()
        if let text = texts[key] {
            lock.unlock()
            return text
        }
        lock.unlock()
        let text = make()
        lock.lock()
        if texts.count >= 4_096 { texts.removeAll(keepingCapacity: true) }
        texts[key] = text
        lock.unlock()
        return text
    }
}
