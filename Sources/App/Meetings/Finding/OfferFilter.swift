import Foundation
import GemeinsamCore

/// The filters of "Angebote in Ihrer Nähe", read from the query string (all optional, German parameter names).
struct OfferFilter: Sendable, Equatable {
    /// Raw values are the values of the address.
    enum Scope: String, CaseIterable, Sendable {
        case quartier
        case neighbours = "nachbarn"
        case district = "bezirk"

        var label: String {
            switch self {
            case .quartier: Texts.Meetings.scopeQuartier
            case .neighbours: Texts.Meetings.scopeNeighbours
            case .district: Texts.Meetings.scopeDistrict
            }
        }
    }

    enum Period: String, CaseIterable, Sendable {
        case today = "heute"
        case week = "woche"
        case month = "monat"

        var label: String {
            switch self {
            case .today: Texts.Meetings.periodToday
            case .week: Texts.Meetings.periodWeek
            case .month: Texts.Meetings.periodMonth
            }
        }
    }

    enum TimeOfDay: String, CaseIterable, Sendable {
        case morning = "vormittag"
        case afternoon = "nachmittag"
        case evening = "abend"

        var minutes: Range<Int> {
            switch self {
            case .morning: 0..<12 * 60
            case .afternoon: 12 * 60..<17 * 60
            case .evening: 17 * 60..<24 * 60
            }
        }

        var label: String {
            switch self {
            case .morning: Texts.Meetings.morning
            case .afternoon: Texts.Meetings.afternoon
            case .evening: Texts.Meetings.evening
            }
        }
    }

    var scope: Scope = .neighbours
    var period: Period = .month
    var weekday: CalendarWeekday?
    var timeOfDay: TimeOfDay?
    var category: OfferCategory?
    var audience: Audience?
    var language: String?
    /// Offers held in this language (an `OfferLanguage` code) come first: the reader's language when they chose
    /// no language filter. Not part of the address: it follows from the page's language.
    var preferredLanguage: String?
    var freeOfCharge = false
    var stepFree = false
    var noRegistration = false

    /// The offer language of a UI language: German readers get no preference, Leichte Sprache readers offers in
    /// Leichter Sprache first, the others offers in their language.
    static func offerLanguage(for reader: GemeinsamCore.Language) -> String? {
        guard !reader.isSource else { return nil }
        let code = reader == .leichteSprache ? "ls" : reader.code
        return OfferLanguage.isKnown(code) ? code : nil
    }

    /// Parses the query; unknown values are reported (German) instead of silently ignored.
    static func parse(_ q: [String: String]) -> Result<OfferFilter, FilterError> {
        var f = OfferFilter()
        func pick<T>(_ name: String, _ make: (String) -> T?) -> Result<T?, FilterError> {
            guard let raw = q[name], !raw.isEmpty else { return .success(nil) }
            guard raw.count <= 40, let value = make(raw) else { return .failure(FilterError(parameter: name)) }
            return .success(value)
        }
        do {
            f.scope = try pick("umkreis", Scope.init(rawValue:)).get() ?? .neighbours
            f.period = try pick("zeitraum", Period.init(rawValue:)).get() ?? .month
            f.weekday = try pick("wochentag") { Int($0).flatMap(CalendarWeekday.init(rawValue:)) }.get()
            f.timeOfDay = try pick("tageszeit", TimeOfDay.init(rawValue:)).get()
            f.category = try pick("kategorie", OfferCategory.init(rawValue:)).get()
            f.audience = try pick("zielgruppe", Audience.init(rawValue:)).get()
            f.language = try pick("sprache") { OfferLanguage.isKnown($0) ? $0 : nil }.get()
        } catch {
            return .failure(error)
        }
        f.freeOfCharge = q["kostenlos"] == "1"
        f.stepFree = q["stufenlos"] == "1"
        f.noRegistration = q["ohneanmeldung"] == "1"
        return .success(f)
    }

    /// The query string that reproduces this filter (for links, the calendar feed and the notice).
    var queryItems: [(String, String)] {
        var items: [(String, String)] = []
        if scope != .neighbours { items.append(("umkreis", scope.rawValue)) }
        if period != .month { items.append(("zeitraum", period.rawValue)) }
        if let weekday { items.append(("wochentag", String(weekday.rawValue))) }
        if let timeOfDay { items.append(("tageszeit", timeOfDay.rawValue)) }
        if let category { items.append(("kategorie", category.rawValue)) }
        if let audience { items.append(("zielgruppe", audience.rawValue)) }
        if let language { items.append(("sprache", language)) }
        if freeOfCharge { items.append(("kostenlos", "1")) }
        if stepFree { items.append(("stufenlos", "1")) }
        if noRegistration { items.append(("ohneanmeldung", "1")) }
        return items
    }

    var queryString: String { Self.queryString(queryItems) }

    /// The same filter for offers in one language.
    func with(language: String) -> OfferFilter {
        var copy = self
        copy.language = language
        return copy
    }

    /// "?umkreis=bezirk&kostenlos=1", or "" without items (the values are fixed keys and numbers: nothing to escape).
    static func queryString(_ items: [(String, String)]) -> String {
        items.isEmpty ? "" : "?" + items.map { "\($0.0)=\($0.1)" }.joined(separator: "&")
    }

    /// The time window [from, to) in UTC for `now`.
    func window(now: Date) -> (from: Date, to: Date) {
        let today = EuropeBerlinTime.localDateTime(at: now)?.date ?? (try! CalendarDate(year: 2026, month: 1, day: 1))
        let days: Int
        switch period {
        case .today: days = 1
        case .week: days = 8 - today.weekday.rawValue  // through Sunday
        case .month: days = 31
        }
        let end = today.adding(days: days)!
        return (now, EuropeBerlinTime.instant(for: end, try! CalendarTime(hour: 0)))
    }
}

struct FilterError: Error, Equatable {
    var parameter: String
    var message: String { Texts.Meetings.filterValueUnknown(parameter) }
}

/// The offer list shows 50 offers per page (a long list is hard to read, and the map needs readable numbers);
/// up to `maximum` offers are found, sorted by their next date.
struct OfferPaging: Sendable, Equatable {
    static let pageSize = 50
    static let maximum = 200
    var page: Int
    var total: Int

    var pageCount: Int { max(1, (total + Self.pageSize - 1) / Self.pageSize) }
    var firstNumber: Int { (page - 1) * Self.pageSize + 1 }
    var range: Range<Int> { min((page - 1) * Self.pageSize, total)..<min(page * Self.pageSize, total) }

    /// `seite` from the query: nil when it is not a page number.
    static func page(_ raw: String?) -> Int? {
        guard let raw, !raw.isEmpty else { return 1 }
        guard raw.count <= 4, let page = Int(raw), page >= 1 else { return nil }
        return page
    }
}
