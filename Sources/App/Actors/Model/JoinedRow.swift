import Foundation

/// A row of a join: a table's row type and the joined columns (another `Decodable`), both decoded from the same
/// result row — so the joined extras never re-list the table's columns.
@dynamicMemberLookup
struct JoinedRow<Row: Decodable & Sendable, Extra: Decodable & Sendable>: Decodable, Sendable {
    var row: Row
    var extra: Extra

    init(from decoder: any Decoder) throws {
        row = try Row(from: decoder)
        extra = try Extra(from: decoder)
    }

    subscript<T>(dynamicMember keyPath: KeyPath<Row, T>) -> T { row[keyPath: keyPath] }
}
