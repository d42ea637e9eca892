import NIOConcurrencyHelpers
import SQLKit

// Rows become values one way: a `Decodable` row type per table (in its pillar's `Model/` folder) whose properties
// are the columns in camel case, decoded by SQLKit's row decoder with `RowDecoding.columnName` as the key strategy:
// `owner_user_id` ↔ `ownerUserID`, `accessible_wc` ↔ `accessibleWC`, `area_km2` ↔ `areaKm2`. (SQLKit's own
// `.convertFromSnakeCase` turns `areaID` into `area_iD`, so acronyms would need coding keys.) Columns keep their
// stored types (times as `Double` seconds since 1970, lists as text); row types add computed properties.

enum RowDecoding {
    /// The column name of a Swift property name: words split before an upper-case letter that follows a lower-case
    /// letter or digit, and before the last capital of an acronym that is followed by a lower-case letter
    /// ("URLPath" → "url_path"); all lower case. The decoder asks for every column of every row, so this works on
    /// the ASCII bytes of the name (property names are ASCII).
    static func columnName(_ property: String) -> String {
        func isUpper(_ b: UInt8) -> Bool { b >= 65 && b <= 90 }
        func isLower(_ b: UInt8) -> Bool { b >= 97 && b <= 122 }
        func isDigit(_ b: UInt8) -> Bool { b >= 48 && b <= 57 }
        let name = Array(property.utf8)
        var column: [UInt8] = []
        column.reserveCapacity(name.count + 4)
        for (i, b) in name.enumerated() {
            if isUpper(b), i > 0 {
                let previous = name[i - 1]
                let nextIsLower = i + 1 < name.count && isLower(name[i + 1])
                if isLower(previous) || isDigit(previous) || (isUpper(previous) && nextIsLower) { column.append(UInt8(ascii: "_")) }
            }
            column.append(isUpper(b) ? b + 32 : b)
        }
        return String(decoding: column, as: UTF8.self)
    }

    /// Column names by property name: the decoder asks for each column of each row several times.
    private static let known = NIOLockedValueBox<[String: SomeCodingKey]>([:])

    static let strategy = SQLRowDecoder.KeyDecodingStrategy.custom { path in
        let property = path.last?.stringValue ?? ""
        if let column = known.withLockedValue({ $0[property] }) { return column }
        let column = SomeCodingKey(stringValue: columnName(property))
        known.withLockedValue { $0[property] = column }
        return column
    }
}

extension SQLRow {
    func decodeRow<Row: Decodable>(_ type: Row.Type = Row.self) throws -> Row {
        try decode(model: Row.self, keyDecodingStrategy: RowDecoding.strategy)
    }
}

extension SQLQueryFetcher {
    /// All rows of the query as `Row` values.
    func rows<Row: Decodable>(_ type: Row.Type) async throws -> [Row] {
        try await all().map { try $0.decodeRow(Row.self) }
    }

    /// The first row of the query as a `Row` value.
    func row<Row: Decodable>(_ type: Row.Type) async throws -> Row? {
        try await first().map { try $0.decodeRow(Row.self) }
    }
}
