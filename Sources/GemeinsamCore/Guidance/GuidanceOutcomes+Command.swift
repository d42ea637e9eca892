import Foundation

/// `gemeinsam guidance outcomes --cases F.csv [--by COLUMN]` as a pure function, in the style of the survey
/// commands: CSV text in, CSV text out (RFC 4180, CRLF), numbers written with `SurveyStats.formatNumber`.
extension GuidanceOutcomes {
    /// An input problem as one German line naming the file, the line and the column (the App prints it to stderr and
    /// exits with status 2). The same type as the survey commands', so both CLIs report alike.
    public typealias InputError = SurveyStatsError

    /// Columns the cases file must have (others are allowed and can be grouped by).
    public static let inputColumns = ["case_id", "door", "stadtbezirk", "baseline_ucla_sum3", "followup_ucla_sum3",
                                      "first_visit", "still_attending"]
    public static let outputHeader = ["group", "cases", "pairs", "mean_change", "ci_low", "ci_high", "share_improved",
                                      "share_first_visit", "share_still_attending", "suppressed"]
    /// Columns that hold values, not groups: `--by` cannot name them.
    static let valueColumns: Set<String> = ["case_id", "baseline_ucla_sum3", "followup_ucla_sum3", "first_visit",
                                            "still_attending"]
    static let casesFile = "Falldatei"

    /// Reads the cases CSV (',' or ';' separated; empty field = not recorded; UCLA-3 sums 3–9; flags 0/1; case ids
    /// non-empty and unique) and writes the outcome table: without `by` one row `alle`; with `by` (`door`,
    /// `stadtbezirk` or another grouping column of the file) one row per value, sorted, then `alle`. Suppressed
    /// rows (`suppressed=1`) keep group, cases and pairs and leave the figures empty; see ``table(_:labels:minimumPairs:)``.
    public static func command(csv: String, by: String?) -> Result<String, InputError> {
        do throws(InputError) {
            let table = try SurveyStats.readTable(csv, file: casesFile)
            try SurveyStats.requireColumns(table, inputColumns, file: casesFile)
            if let by {
                let choices = table.header.filter { !valueColumns.contains($0) }.joined(separator: ", ")
                guard table.column(by) != nil, !valueColumns.contains(by) else {
                    throw InputError(.unknownVariable, file: casesFile,
                                     message: "Nach der Spalte „\(SurveyStats.shown(by))“ kann nicht gruppiert werden "
                                         + "(--by: eine dieser Spalten der Datei: \(choices)).")
                }
            }
            let cases = try readCases(table)
            let labels = try by.map { column throws(InputError) in try groupLabels(table, column) }
            return .success(write(GuidanceOutcomes.table(cases, labels: labels)))
        } catch {
            return .failure(error)
        }
    }

    static func readCases(_ table: CSV.Table) throws(InputError) -> [Case] {
        _ = try SurveyStats.ids(table, file: casesFile, column: "case_id", noun: "Fall-ID")
        let baseline = try column(table, "baseline_ucla_sum3", allowed: "3 bis 9", parse: uclaSum)
        let followUp = try column(table, "followup_ucla_sum3", allowed: "3 bis 9", parse: uclaSum)
        let firstVisit = try column(table, "first_visit", allowed: "0, 1", parse: flag)
        let stillAttending = try column(table, "still_attending", allowed: "0, 1", parse: flag)
        return table.rows.indices.map {
            Case(baseline: baseline[$0], followUp: followUp[$0], firstVisit: firstVisit[$0], stillAttending: stillAttending[$0])
        }
    }

    /// Values of a column; empty = nil; anything `parse` rejects is an error naming line and column.
    private static func column<T>(_ table: CSV.Table, _ name: String, allowed: String,
                                  parse: (String) -> T?) throws(InputError) -> [T?] {
        var values: [T?] = []
        for (r, raw) in SurveyStats.columnValues(table, name).enumerated() {
            if raw.isEmpty { values.append(nil); continue }
            guard raw.allSatisfy(\.isASCII), let value = parse(raw) else {
                throw InputError(.invalidValue, file: casesFile, line: r + 2, column: name,
                                 message: "ungültiger Wert „\(SurveyStats.shown(raw))“ (erlaubt: \(allowed) "
                                     + "oder leer für nicht erfasst)")
            }
            values.append(value)
        }
        return values
    }

    private static func flag(_ raw: String) -> Bool? { raw == "1" ? true : raw == "0" ? false : nil }

    /// One digit 3…9 ("+5", "05" and "5.0" are rejected).
    private static func uclaSum(_ raw: String) -> Int? {
        guard raw.count == 1, let value = Int(raw), (3...9).contains(value) else { return nil }
        return value
    }

    static func groupLabels(_ table: CSV.Table, _ column: String) throws(InputError) -> [String] {
        let labels = SurveyStats.columnValues(table, column)
        if let r = labels.firstIndex(of: totalGroup) {
            throw InputError(.reservedName, file: casesFile, line: r + 2, column: column,
                             message: "Der Wert „\(totalGroup)“ ist für die Gesamtzeile reserviert; bitte umbenennen.")
        }
        return labels
    }

    static func write(_ groups: [Group]) -> String {
        var rows = [outputHeader]
        for group in groups {
            var row = [group.name, String(group.cases), String(group.pairs)]
            if let f = group.figures {
                row += [f.meanChange, f.ciLow, f.ciHigh, f.shareImproved].map(SurveyStats.formatNumber)
                row += [f.shareFirstVisit, f.shareStillAttending].map { $0.map(SurveyStats.formatNumber) ?? "" }
            } else {
                row += Array(repeating: "", count: 6)
            }
            rows.append(row + [group.suppressed ? "1" : "0"])
        }
        return SurveyStats.writeCSV(rows)
    }
}
