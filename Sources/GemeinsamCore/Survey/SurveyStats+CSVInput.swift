import Foundation

extension SurveyStats {
    static let answersFile = "Antwortdatei"
    static let responsesFile = "Antwortdatei"
    static let marginsFile = "Randverteilungsdatei"

    /// Reads a CSV with header; ';' is used when the header has semicolons but no commas (German Excel).
    static func readTable(_ text: String, file: String) throws(SurveyStatsError) -> CSV.Table {
        let header = text.prefix { $0 != "\n" && $0 != "\r" }
        let separator: Character = header.contains(";") && !header.contains(",") ? ";" : ","
        let table: CSV.Table
        do {
            table = try CSV.Table(text: text, separator: separator)
        } catch {
            let empty = text.allSatisfy { $0.isWhitespace || $0 == "\u{FEFF}" }
            throw SurveyStatsError(empty ? .emptyFile : .malformedCSV, file: file, line: error.line, message: error.message)
        }
        if table.rows.isEmpty {
            throw SurveyStatsError(.emptyFile, file: file, message: "Die Datei enthält keine Datenzeilen.")
        }
        return table
    }

    static func requireColumns(_ table: CSV.Table, _ names: [String], file: String) throws(SurveyStatsError) {
        let missing = names.filter { table.column($0) == nil }
        if !missing.isEmpty {
            let list = missing.map { "„\($0)“" }.joined(separator: ", ")
            throw SurveyStatsError(.missingColumn, file: file, line: 1,
                                   message: (missing.count == 1 ? "Die Spalte \(list) fehlt." : "Die Spalten \(list) fehlen."))
        }
    }

    /// Values of one column, trimmed.
    static func columnValues(_ table: CSV.Table, _ name: String) -> [String] {
        let index = table.column(name)!
        return table.rows.map { trimmed($0[index]) }
    }

    /// `trimmingCharacters(in: .whitespaces)`, skipped when the field starts and ends with a visible ASCII
    /// character (nearly always; Foundation's trimming costs about 2 µs per field on Linux).
    static func trimmed(_ field: String) -> String {
        guard let first = field.utf8.first, let last = field.utf8.last else { return field }
        if (0x21...0x7E).contains(first), (0x21...0x7E).contains(last) { return field }
        return field.trimmingCharacters(in: .whitespaces)
    }

    /// Same output as `CSV.write(rows)` (CRLF, `CSV.escape` for fields that need quotes), but checks fields on
    /// their UTF-8 bytes first: `CSV.write` compares Characters and needs about 1 s for 100,000 rows.
    static func writeCSV(_ rows: [[String]]) -> String {
        var out = ""
        for row in rows {
            for (i, field) in row.enumerated() {
                if i > 0 { out += "," }
                let needsQuotes = field.utf8.contains { $0 == 0x2C || $0 == 0x22 || $0 == 0x0A || $0 == 0x0D }
                out += needsQuotes ? CSV.escape(field) : field
            }
            out += "\r\n"
        }
        return out
    }

    /// Non-empty, unique ids (line numbers in errors). `noun` names them in the message ("ID", "Fall-ID").
    static func ids(_ table: CSV.Table, file: String, column: String = "id", noun: String = "ID")
        throws(SurveyStatsError) -> [String]
    {
        let ids = columnValues(table, column)
        var firstLine: [String: Int] = [:]
        for (i, id) in ids.enumerated() {
            if id.isEmpty {
                throw SurveyStatsError(.invalidValue, file: file, line: i + 2, column: column, message: "Die \(noun) ist leer.")
            }
            if let first = firstLine[id] {
                throw SurveyStatsError(.duplicateID, file: file, line: i + 2, column: column,
                                       message: "Die \(noun) „\(shown(id))“ kommt doppelt vor (zuerst in Zeile \(first)).")
            }
            firstLine[id] = i + 2
        }
        return ids
    }

    /// A value quoted in an error message: control characters (line breaks in quoted fields) become spaces, so the
    /// message stays one line, and values longer than 40 characters are cut.
    static func shown(_ value: String) -> String {
        let flat = String(value.unicodeScalars.map { CharacterSet.controlCharacters.contains($0) ? " " : Character($0) })
        return flat.count > 40 ? String(flat.prefix(40)) + "…" : flat
    }

    static func readMargins(_ text: String) throws(SurveyStatsError) -> Margins { try Margins(csv: text) }
}

extension SurveyStats.Margins {
    /// Reads margins from CSV `variable,category,population` (',' or ';' separated). Errors name the line.
    public init(csv text: String, totalsPolicy: TotalsPolicy = .mustMatch) throws(SurveyStatsError) {
        let marginsFile = SurveyStats.marginsFile
        let table = try SurveyStats.readTable(text, file: marginsFile)
        try SurveyStats.requireColumns(table, ["variable", "category", "population"], file: marginsFile)
        let variables = SurveyStats.columnValues(table, "variable")
        let categories = SurveyStats.columnValues(table, "category")
        let populations = SurveyStats.columnValues(table, "population")
        var rows: [Row] = []
        for i in variables.indices {
            guard let population = Double(populations[i]) else {
                throw SurveyStatsError(.invalidValue, file: marginsFile, line: i + 2, column: "population",
                                       message: populations[i].isEmpty ? "Die Bevölkerungszahl fehlt."
                                           : "„\(populations[i])“ ist keine Zahl (Dezimalpunkt, keine Tausenderpunkte).")
            }
            rows.append(Row(variable: variables[i], category: categories[i], population: population))
        }
        do {
            self = try Self(rows: rows, totalsPolicy: totalsPolicy)
        } catch {
            throw error.located(in: marginsFile)
        }
    }
}
