import Foundation
import GemeinsamCore

/// German number text for the monitor.
enum MonitorFormat {
    /// 0.1234 → "12,3 %"
    static func percent(_ share: Double, digits: Int = 1) -> String {
        DisplayFormat.decimal(share * 100, digits: digits) + " %"
    }

    /// "8,1 – 17,9 %"
    static func interval(_ low: Double, _ high: Double) -> String {
        DisplayFormat.decimal(low * 100) + " – " + DisplayFormat.decimal(high * 100) + " %"
    }

    static func suppressionText(_ row: SurveyStats.GroupShare) -> String {
        row.suppression == .complementary ? Texts.Monitor.suppressedComplementary : Texts.Monitor.suppressedTooFew
    }

    /// A share with its interval for tooltips: "Borsigplatz: 12,3 % (95-%-KI 8,1 – 17,9 %, 120 Antworten)".
    static func describe(_ name: String, _ row: SurveyStats.GroupShare?) -> String {
        guard let row, !row.suppressed, let share = row.share, let low = row.ciLow, let high = row.ciHigh, let n = row.n else {
            return "\(name): \(row.map(suppressionText) ?? Texts.Monitor.suppressedTooFew)"
        }
        return Texts.MonitorDashboard.shareTooltip(name, share: percent(share), interval: interval(low, high),
                                                    answers: DisplayFormat.integer(n))
    }

    static func count(_ value: Int?) -> String { value.map(DisplayFormat.integer) ?? Texts.Monitor.suppressedTooFew }

    /// Numbers in CSV files for German spreadsheets: decimal comma.
    static func csvNumber(_ value: Double?, digits: Int = 1) -> String {
        value.map { DisplayFormat.decimal($0, digits: digits) } ?? ""
    }

    /// Cells that a spreadsheet would run as a formula get a leading apostrophe.
    static func csvText(_ text: String) -> String {
        guard let first = text.unicodeScalars.first, "=+-@\t\r".unicodeScalars.contains(first) else { return text }
        return "'" + text
    }
}
