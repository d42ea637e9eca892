import Foundation
import SQLKit

/// Installation-wide values shared by all app instances.
enum Settings {
    /// The salt for hashed throttling keys; created once, on first use.
    static func salt(on sql: any SQLDatabase) async throws -> String {
        if let existing = try await value("salt", on: sql) { return existing }
        let fresh = Data((0..<32).map { _ in UInt8.random(in: 0...255) }).base64EncodedString()
        try await sql.insert(into: "settings").columns("key", "value").values(SQLBind("salt"), SQLBind(fresh))
            .ignoringConflicts(with: ["key"]).run()
        return try await value("salt", on: sql) ?? fresh
    }

    static func set(_ key: String, to value: String, on sql: any SQLDatabase) async throws {
        try await sql.insert(into: "settings").columns("key", "value").values(SQLBind(key), SQLBind(value))
            .onConflict(with: ["key"]) { try $0.set(excludedValueOf: "value") }.run()
    }

    static func value(_ key: String, on sql: any SQLDatabase) async throws -> String? {
        try await sql.select().column("value").from("settings").where("key", .equal, key).first()?
            .decode(column: "value", as: String.self)
    }
}
