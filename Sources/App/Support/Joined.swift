/// A row type with the extra columns a join adds (a type name, a person's public name …), both decoded from the
/// same row: `Joined<PlaceRow, PlaceTypeColumns>`. The properties of both are reachable directly (`place.name`,
/// `place.typeName`); their names must differ.
@dynamicMemberLookup
struct Joined<Row: Decodable & Sendable, Extra: Decodable & Sendable>: Decodable, Sendable {
    var row: Row
    var extra: Extra

    init(from decoder: any Decoder) throws {
        row = try Row(from: decoder)
        extra = try Extra(from: decoder)
    }

    subscript<T>(dynamicMember keyPath: KeyPath<Row, T>) -> T { row[keyPath: keyPath] }
    subscript<T>(dynamicMember keyPath: KeyPath<Extra, T>) -> T { extra[keyPath: keyPath] }
}
