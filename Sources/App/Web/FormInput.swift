import Foundation
import GemeinsamCore

/// Reading the editing forms' fields: free text, numbers the German way, dates and times. Each function adds a
/// German message to `errors` under the field's name and returns a usable value (or nil) either way.
enum FormInput {
    /// Required text; `what` completes "Bitte geben Sie … ein." ("einen Titel").
    static func text(_ raw: String?, field: String, what: String, max: Int, multiline: Bool = false,
                     errors: inout FormErrors) -> String {
        switch TextInput.clean(raw, maxLength: max, multiline: multiline) {
        case let .success(value): return normaliseLineBreaks(value)
        case let .failure(problem):
            errors.add(field, TextInput.message(problem, field: what))
            return ""
        }
    }

    /// Text that may be empty.
    static func optionalText(_ raw: String?, field: String, max: Int, multiline: Bool = false,
                             errors: inout FormErrors) -> String {
        switch TextInput.clean(raw, maxLength: max, multiline: multiline) {
        case let .success(value): return normaliseLineBreaks(value)
        case .failure(.empty): return ""
        case let .failure(problem):
            errors.add(field, TextInput.message(problem, field: ""))
            return ""
        }
    }

    /// "\r\n" → "\n", so paragraphs survive and the length is counted once per line break.
    static func normaliseLineBreaks(_ s: String) -> String {
        s.replacingOccurrences(of: "\r\n", with: "\n").replacingOccurrences(of: "\r", with: "\n")
    }

    /// A decimal number written with a comma or a dot ("51,5136", "7.46").
    static func decimal(_ raw: String?) -> Double? {
        let text = (raw ?? "").trimmingCharacters(in: .whitespaces).replacingOccurrences(of: ",", with: ".")
        guard !text.isEmpty, text.count <= 20,
              text.allSatisfy({ $0.isASCII && ($0.isNumber || $0 == "." || $0 == "-" || $0 == "+") }),
              text.filter({ $0 == "." }).count <= 1, let value = Double(text), value.isFinite
        else { return nil }
        return value
    }

    /// "51.513620" → "51,51362"
    static func decimalText(_ value: Double, digits: Int = 6) -> String {
        var text = String(format: "%.\(digits)f", value)
        while text.contains("."), text.hasSuffix("0") { text.removeLast() }
        if text.hasSuffix(".") { text.removeLast() }
        return text.replacingOccurrences(of: ".", with: ",")
    }

    /// A euro amount ("3,50", "3.50 €", "3") in cents; nil when unreadable or with more than two decimals.
    static func euroCents(_ raw: String?) -> Int? {
        var text = (raw ?? "").replacingOccurrences(of: "€", with: "").replacingOccurrences(of: "EUR", with: "")
            .trimmingCharacters(in: .whitespaces).replacingOccurrences(of: ",", with: ".")
        if text.hasSuffix(".-") || text.hasSuffix(".–") { text.removeLast(2) }
        let parts = text.split(separator: ".", omittingEmptySubsequences: false)
        guard !text.isEmpty, parts.count <= 2, parts.allSatisfy({ $0.allSatisfy { $0.isASCII && $0.isNumber } }),
              !parts[0].isEmpty, parts[0].count <= 6, let euros = Int(parts[0])
        else { return nil }
        guard parts.count == 2 else { return euros * 100 }
        let decimals = parts[1]
        guard (1...2).contains(decimals.count), let cents = Int(decimals) else { return nil }
        return euros * 100 + (decimals.count == 1 ? cents * 10 : cents)
    }

    /// 350 → "3,50"
    static func euroText(_ cents: Int) -> String {
        "\(cents / 100)," + CalendarDate.padded(cents % 100, 2)
    }

    /// A date as "24.12.2026" or ISO "2026-12-24" ("24.12.26" is refused: the century would be a guess).
    static func date(_ raw: String) -> Result<CalendarDate, DateProblem> {
        let text = raw.trimmingCharacters(in: .whitespaces)
        if text.isEmpty { return .failure(.empty) }
        if text.count > 20 { return .failure(.unreadable(String(text.prefix(20)))) }
        do {
            if text.contains("-") { return .success(try CalendarDate(iso: text)) }
            let parts = text.split(separator: ".", omittingEmptySubsequences: false)
            guard parts.count == 3 || (parts.count == 4 && parts[3].isEmpty),
                  (1...2).contains(parts[0].count), (1...2).contains(parts[1].count), parts[2].count == 4,
                  parts.allSatisfy({ $0.allSatisfy { $0.isASCII && $0.isNumber } }),
                  let d = Int(parts[0]), let m = Int(parts[1]), let y = Int(parts[2])
            else { return .failure(.unreadable(text)) }
            return .success(try CalendarDate(year: y, month: m, day: d))
        } catch {
            if case .unreadableDate = error { return .failure(.unreadable(text)) }
            return .failure(.invalid(error.description))
        }
    }

    /// A date field: the date, or nil with the German message added to `errors`.
    static func date(_ raw: String?, field: String, errors: inout FormErrors) -> CalendarDate? {
        switch date(raw ?? "") {
        case let .success(date): return date
        case let .failure(problem):
            errors.add(field, problem.dateMessage)
            return nil
        }
    }

    /// A time field: the time, or nil with the German message added to `errors`.
    static func time(_ raw: String?, field: String, errors: inout FormErrors) -> CalendarTime? {
        switch time(raw ?? "") {
        case let .success(time): return time
        case let .failure(problem):
            errors.add(field, problem.timeMessage)
            return nil
        }
    }

    enum DateProblem: Error, Equatable {
        case empty
        case unreadable(String)
        case invalid(String)

        var dateMessage: String {
            switch self {
            case .empty: Texts.Editing.dateMissing
            case let .unreadable(text): Texts.Editing.dateUnreadable(text)
            case let .invalid(message): message
            }
        }

        var timeMessage: String {
            switch self {
            case .empty: Texts.Editing.timeMissing
            case let .unreadable(text): Texts.Editing.timeUnreadable(text)
            case let .invalid(message): message
            }
        }
    }

    /// A time as "14:30", "9:00", "14.30" or "14".
    static func time(_ raw: String) -> Result<CalendarTime, DateProblem> {
        var text = raw.trimmingCharacters(in: .whitespaces).replacingOccurrences(of: ".", with: ":")
        if text.hasSuffix("Uhr") { text = String(text.dropLast(3)).trimmingCharacters(in: .whitespaces) }
        if text.isEmpty { return .failure(.empty) }
        if text.count <= 2, text.allSatisfy({ $0.isASCII && $0.isNumber }) { text += ":00" }
        do {
            return .success(try CalendarTime(text: text))
        } catch {
            if case .unreadableTime = error { return .failure(.unreadable(String(raw.prefix(20)))) }
            return .failure(.invalid(error.description))
        }
    }

    static func dateText(_ date: CalendarDate) -> String {
        "\(CalendarDate.padded(date.day, 2)).\(CalendarDate.padded(date.month, 2)).\(date.year)"
    }
}

extension CalendarDate {
    /// Zero-padded decimal ("05").
    static func padded(_ value: Int, _ width: Int) -> String {
        let digits = String(value)
        return digits.count >= width ? digits : String(repeating: "0", count: width - digits.count) + digits
    }
}
