import SQLKit

// The other way of `RowDecoding`: a row type's values are written with its properties as the columns, named by
// `RowDecoding.columnName` (`ownerUserID` → `owner_user_id`), nil as NULL.

private let rowEncoder = SQLQueryEncoder(
    keyEncodingStrategy: .custom { path in SomeCodingKey(stringValue: RowDecoding.columnName(path.last?.stringValue ?? "")) },
    nilEncodingStrategy: .asNil)

extension SQLInsertBuilder {
    /// Inserts rows of a row type (all with the same columns).
    @discardableResult
    func values<Row: Encodable>(rows: [Row]) throws -> Self {
        try models(rows, with: rowEncoder)
    }

    /// Inserts one row of a row type.
    @discardableResult
    func values<Row: Encodable>(row: Row) throws -> Self {
        try models([row], with: rowEncoder)
    }
}

extension SQLUpdateBuilder {
    /// Sets every column of the row type except those in `kept` (columns an update never changes, such as
    /// `created_at`).
    @discardableResult
    func set<Row: Encodable>(row: Row, except kept: Set<String>) throws -> Self {
        for (column, value) in try rowEncoder.encode(row) where !kept.contains(column) {
            set(SQLIdentifier(column), to: value)
        }
        return self
    }
}
