import SQLKit

// Rows become values one way: a `Decodable` row type per table (in its pillar's `Model/` folder) whose properties
// are the columns in camel case (`owner_user_id` ↔ `ownerUserID`, `accessible_wc` ↔ `accessibleWC`), decoded by
// SQLKit's row decoder. Columns keep their stored types (times as `Double` seconds since 1970, lists as text);
// row types add computed properties for what pages need.

extension SQLRow {
    func decodeRow<Row: Decodable>(_ type: Row.Type = Row.self) throws -> Row {
        try decode(model: Row.self, keyDecodingStrategy: .convertFromSnakeCase)
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
