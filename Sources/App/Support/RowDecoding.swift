import SQLKit

// Rows become values one way: a `Decodable` row type per table (in its pillar's `Model/` folder) whose properties
// are the columns in camel case, decoded by SQLKit's row decoder with `RowDecoding.columnName` as the key strategy:
// `owner_user_id` ↔ `ownerUserID`, `accessible_wc` ↔ `accessibleWC`, `area_km2` ↔ `areaKm2`. (SQLKit's own
// `.convertFromSnakeCase` turns `areaID` into `area_iD`, so acronyms would need coding keys.) Columns keep their
// stored types (times as `Double` seconds since 1970, lists as text); row types add computed properties.

enum RowDecoding {
    /// The column name of a Swift property name: words split before an upper-case letter that follows a lower-case
    /// letter or digit, and before the last capital of an acronym that is followed by a lower-case letter
    /// ("URLPath" → "url_path"); all lower case.
    static func columnName(_ property: String) -> String {
        let chars = Array(property)
        var out = ""
        out.reserveCapacity(chars.count + 4)
        for (i, c) in chars.enumerated() {
            if c.isUppercase, i > 0 {
                let previous = chars[i - 1]
                let nextIsLower = i + 1 < chars.count && chars[i + 1].isLowercase
                if previous.isLowercase || previous.isNumber || (previous.isUppercase && nextIsLower) { out.append("_") }
            }
            out.append(contentsOf: c.lowercased())
        }
        return out
    }

    static let strategy = SQLRowDecoder.KeyDecodingStrategy.custom { path in
        SomeCodingKey(stringValue: columnName(path.last?.stringValue ?? ""))
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
