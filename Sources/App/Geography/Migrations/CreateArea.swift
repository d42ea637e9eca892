import Fluent
import SQLKit

/// Stadtbezirke, statistische Bezirke (Quartiere) and Unterbezirke, with their approximate polygons.
struct CreateArea: AsyncMigration {
    func prepare(on database: any Database) async throws {
        try await database.schema("areas")
            .field("id", .int, .identifier(auto: true))
            .field("kind", .string, .required)
            .field("code", .string, .required)
            .field("name", .string, .required)
            .field("slug", .string, .required)
            .field("parent_id", .int, .references("areas", "id", onDelete: .setNull))
            .field("centroid_lat", .double, .required)
            .field("centroid_lon", .double, .required)
            .field("area_km2", .double, .required)
            .field("population", .int)
            .field("population_date", .string)
            .field("population_source", .string)
            .field("geometry", .sql(unsafeRaw: "TEXT"), .required)
            .unique(on: "kind", "code")
            .unique(on: "kind", "slug")
            .create()
        try await database.sql
            .create(index: "areas_parent_idx").on("areas").column("parent_id").run()

        try await database.schema("area_neighbours")
            .field("area_id", .int, .required, .references("areas", "id", onDelete: .cascade))
            .field("neighbour_id", .int, .required, .references("areas", "id", onDelete: .cascade))
            .compositeIdentifier(over: "area_id", "neighbour_id")
            .create()

        try await database.schema("streets")
            .field("id", .int, .identifier(auto: true))
            .field("name", .string, .required)
            .field("register_name", .string, .required)
            // "613:12 614:3": Unterbezirk codes with their number of address points, largest first
            .field("subdistricts", .string, .required)
            .unique(on: "register_name")
            .create()
    }

    func revert(on database: any Database) async throws {
        try await database.schema("streets").delete()
        try await database.schema("area_neighbours").delete()
        try await database.schema("areas").delete()
    }
}
