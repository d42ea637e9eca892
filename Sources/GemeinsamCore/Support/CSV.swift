import Foundation

/// RFC 4180 CSV reading and writing.
///
/// Reading accepts `,` or `;` as separator, quoted fields with doubled quotes, CRLF or LF line ends,
/// a UTF-8 byte order mark, and a missing final line break. Errors name the line so that
/// analysts can fix their file.
public enum CSV {
    public struct ParseError: Error, Equatable, Sendable, CustomStringConvertible {
        public var line: Int
        public var message: String
        public var description: String { "Zeile \(line): \(message)" }
    }

    /// Parses `text` into rows of fields. Empty lines are skipped.
    public static func parse(_ text: String, separator: Character = ",") throws(ParseError) -> [[String]] {
        var rows: [[String]] = []
        var row: [String] = []
        var field = ""
        var inQuotes = false
        var fieldWasQuoted = false
        var line = 1
        var chars = text.unicodeScalars.makeIterator()
        var pending: Unicode.Scalar? = nil
        let sep = separator.unicodeScalars.first!

        func endRow() {
            row.append(field)
            if !(row.count == 1 && row[0].isEmpty && !fieldWasQuoted) { rows.append(row) }
            row = []
            field = ""
            fieldWasQuoted = false
        }

        var first = true
        while let c = pending ?? chars.next() {
            pending = nil
            if first { first = false; if c == "\u{FEFF}" { continue } }
            if inQuotes {
                if c == "\"" {
                    if let next = chars.next() {
                        if next == "\"" { field.unicodeScalars.append("\"") } else { inQuotes = false; pending = next }
                    } else { inQuotes = false }
                } else {
                    if c == "\n" { line += 1 }
                    field.unicodeScalars.append(c)
                }
                continue
            }
            switch c {
            case "\"":
                if field.isEmpty && !fieldWasQuoted { inQuotes = true; fieldWasQuoted = true }
                else { throw ParseError(line: line, message: "Anführungszeichen mitten im Feld") }
            case sep:
                row.append(field); field = ""; fieldWasQuoted = false
            case "\r":
                if let next = chars.next(), next != "\n" { pending = next }
                endRow(); line += 1
            case "\n":
                endRow(); line += 1
            default:
                if fieldWasQuoted { throw ParseError(line: line, message: "Text nach schließendem Anführungszeichen") }
                field.unicodeScalars.append(c)
            }
        }
        if inQuotes { throw ParseError(line: line, message: "Anführungszeichen wird nicht geschlossen") }
        if !field.isEmpty || !row.isEmpty || fieldWasQuoted { endRow() }
        return rows
    }

    /// A parsed file with a header row; lookups by column name.
    public struct Table: Sendable {
        public let header: [String]
        public let rows: [[String]]
        private let index: [String: Int]

        public init(text: String, separator: Character = ",") throws(ParseError) {
            let all = try CSV.parse(text, separator: separator)
            guard let head = all.first else { throw ParseError(line: 1, message: "Die Datei ist leer") }
            header = head.map { $0.trimmingCharacters(in: .whitespaces) }
            var idx: [String: Int] = [:]
            for (i, name) in header.enumerated() where idx[name] == nil { idx[name] = i }
            index = idx
            rows = Array(all.dropFirst())
            for (n, r) in rows.enumerated() where r.count != header.count {
                throw ParseError(line: n + 2, message: "\(r.count) Felder, erwartet \(header.count)")
            }
        }

        public func column(_ name: String) -> Int? { index[name] }

        /// Throws a clear error naming every missing column.
        public func requireColumns(_ names: [String]) throws(ParseError) {
            let missing = names.filter { index[$0] == nil }
            if !missing.isEmpty {
                throw ParseError(line: 1, message: "Spalte fehlt: \(missing.joined(separator: ", "))")
            }
        }

        public func value(_ row: [String], _ name: String) -> String? {
            guard let i = index[name], i < row.count else { return nil }
            return row[i]
        }
    }

    /// Quotes a field when it contains the separator, quotes or line breaks.
    public static func escape(_ field: String, separator: Character = ",") -> String {
        if field.contains(separator) || field.contains("\"") || field.contains("\n") || field.contains("\r") {
            return "\"" + field.replacingOccurrences(of: "\"", with: "\"\"") + "\""
        }
        return field
    }

    /// Writes rows with CRLF line ends (RFC 4180).
    public static func write(_ rows: [[String]], separator: Character = ",") -> String {
        var out = ""
        for row in rows {
            out += row.map { escape($0, separator: separator) }.joined(separator: String(separator))
            out += "\r\n"
        }
        return out
    }

    /// For spreadsheets: UTF-8 byte order mark and semicolons, so Excel in German locales opens it correctly.
    public static func writeForExcel(_ rows: [[String]]) -> String {
        "\u{FEFF}" + write(rows, separator: ";")
    }

    /// Like ``writeForExcel(_:)`` for text that people typed in: a cell a spreadsheet would read as a formula
    /// (starting with =, +, -, @, tab or CR) is prefixed with an apostrophe (CSV injection).
    public static func writeForSpreadsheet(_ rows: [[String]]) -> String {
        writeForExcel(rows.map { $0.map(spreadsheetSafe) })
    }

    public static func spreadsheetSafe(_ cell: String) -> String {
        guard let first = cell.first, "=+-@\t\r".contains(first) else { return cell }
        // plain negative numbers are harmless, everything else could be a formula
        if first == "-", Double(cell) != nil { return cell }
        return "'" + cell
    }
}
