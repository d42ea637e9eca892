// A row type and what a query joins to it (a name, an address) come out of one result row: `Joined<Row, Extra>`
// decodes both and reads like the row itself (`request.status`, `request.kioskName`). `Extra` is a small Decodable
// of the joined columns, never a second copy of the row's own columns.

@dynamicMemberLookup
struct Joined<Row: Decodable & Sendable, Extra: Decodable & Sendable>: Decodable, Sendable {
    var row: Row
    var extra: Extra

    init(from decoder: any Decoder) throws {
        row = try Row(from: decoder)
        extra = try Extra(from: decoder)
    }

    subscript<Value>(dynamicMember path: KeyPath<Row, Value>) -> Value { row[keyPath: path] }
    subscript<Value>(dynamicMember path: KeyPath<Extra, Value>) -> Value { extra[keyPath: path] }
}
