import Fluent
import SQLKit

/// Places (Orte) with their type, public address, accessibility facts and rooms.
struct CreatePlace: AsyncMigration {
    func prepare(on database: any Database) async throws {
        let sql = database.sql
        try await database.schema("place_types")
            .field("id", .int, .identifier(auto: true))
            .field("key", .string, .required)
            .field("name", .string, .required)
            .field("sort", .int, .required)
            .unique(on: "key")
            .create()
        // the built-in types; coordinators can add more
        var insert = sql.insert(into: "place_types").columns("key", "name", "sort")
        for (i, type) in Self.builtinTypes.enumerated() {
            insert = insert.values(SQLBind(type.key), SQLBind(type.name), SQLBind(i * 10))
        }
        try await insert.run()

        try await database.schema("places")
            .id()
            .field("name", .string, .required)
            .field("type_id", .int, .required, .references("place_types", "id"))
            // the public address of the place (never a resident's)
            .field("street", .string, .required)
            .field("postal_code", .string, .required)
            .field("city", .string, .required)
            .field("lat", .double, .required)
            .field("lon", .double, .required)
            .field("area_id", .int, .required, .references("areas", "id"))
            .field("step_free", .bool, .required)
            .field("accessible_wc", .bool, .required)
            .field("elevator", .bool, .required)
            .field("hearing_loop", .bool, .required)
            .field("disabled_parking", .bool, .required)
            .field("opening_hours", .string, .required)
            .field("phone", .string, .required)
            .field("email", .string, .required)
            .field("website", .string, .required)
            .field("description", .sql(unsafeRaw: "TEXT"), .required)
            .field("owner_user_id", .uuid, .references("users", "id", onDelete: .setNull))
            .field("owner_actor_id", .uuid)
            // draft, published, paused
            .field("status", .string, .required)
            .field("is_sample", .bool, .required)
            .field("created_at", .double, .required)
            .field("updated_at", .double, .required)
            .create()
        try await sql.create(index: "places_area_idx").on("places").column("area_id").run()

        try await database.schema("rooms")
            .id()
            .field("place_id", .uuid, .required, .references("places", "id", onDelete: .cascade))
            .field("name", .string, .required)
            .field("capacity", .int, .required)
            .field("equipment", .string, .required)
            .field("accessible", .bool, .required)
            .field("bookable", .bool, .required)
            .field("booking_rules", .sql(unsafeRaw: "TEXT"), .required)
            .field("is_sample", .bool, .required)
            .create()
        try await sql.create(index: "rooms_place_idx").on("rooms").column("place_id").run()
    }

    static let builtinTypes: [(key: String, name: String)] = [
        ("seniorenbuero", "Seniorenbüro"), ("begegnungszentrum", "Begegnungszentrum"),
        ("jugendfreizeitstaette", "Jugendfreizeitstätte"), ("familienbuero", "Familienbüro"),
        ("stadtteilbuero", "Stadtteilbüro/Quartiersbüro"), ("gemeinschaftsraum", "Gemeinschaftsraum"),
        ("bibliothek", "Bibliothek"), ("cafe", "Café/Treff"), ("makerspace", "Makerspace/Werkstatt"),
        ("kiosk", "Kiosk/NachbarBude"), ("gemeindehaus", "Gemeindehaus"), ("sportstaette", "Sportstätte"),
        ("sonstiges", "Sonstiges"),
    ]

    func revert(on database: any Database) async throws {
        try await database.schema("rooms").delete()
        try await database.schema("places").delete()
        try await database.schema("place_types").delete()
    }
}
