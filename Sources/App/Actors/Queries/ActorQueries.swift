import Foundation
import SQLKit

/// Reading actors, their Quartiere, editors and invitations.
enum ActorQueries {
    /// Actors with `status` (all when nil), by name, with the Quartiere they work in.
    static func actors(status: ActorStatus?, on sql: any SQLDatabase) async throws -> [Actor] {
        var query: SQLQueryString = "SELECT * FROM actors"
        if let status { query += " WHERE status = \(bind: status.rawValue)" }
        query += " ORDER BY name, id"
        return try await withWorkAreas(try await sql.raw(query).rows(ActorRow.self), everyArea: true, on: sql)
    }

    static func actor(_ id: UUID, on sql: any SQLDatabase) async throws -> Actor? {
        guard let row = try await sql.raw("SELECT * FROM actors WHERE id = \(bind: id)").row(ActorRow.self) else { return nil }
        return try await withWorkAreas([row], on: sql).first
    }

    /// Actors the person edits, by name.
    static func actors(editedBy userID: UUID, on sql: any SQLDatabase) async throws -> [Actor] {
        let rows = try await sql.raw("""
            SELECT a.* FROM actors a JOIN actor_editors e ON e.actor_id = a.id
            WHERE e.user_id = \(bind: userID) ORDER BY a.name, a.id
            """).rows(ActorRow.self)
        return try await withWorkAreas(rows, on: sql)
    }

    /// The approved actors the person edits, the source of their editing rights in Begegnung.
    static func approvedActorIDs(editedBy userID: UUID, on sql: any SQLDatabase) async throws -> [UUID] {
        try await sql.raw("""
            SELECT a.id FROM actors a JOIN actor_editors e ON e.actor_id = a.id
            WHERE e.user_id = \(bind: userID) AND a.status = \(bind: ActorStatus.approved.rawValue) ORDER BY a.id
            """).all().map { try $0.decode(column: "id", as: UUID.self) }
    }

    static func isEditor(actorID: UUID, userID: UUID, on sql: any SQLDatabase) async throws -> Bool {
        try await sql.raw("SELECT 1 AS one FROM actor_editors WHERE actor_id = \(bind: actorID) AND user_id = \(bind: userID)")
            .first() != nil
    }

    /// The rows with the Quartiere they work in. For long lists (`everyArea`) one query reads all of `actor_areas`
    /// instead of binding every actor's id.
    private static func withWorkAreas(_ rows: [ActorRow], everyArea: Bool = false,
                                      on sql: any SQLDatabase) async throws -> [Actor] {
        guard !rows.isEmpty else { return [] }
        var query: SQLQueryString = "SELECT * FROM actor_areas"
        if !everyArea { query += " WHERE actor_id IN (\(binds: rows.map(\.id)))" }
        query += " ORDER BY area_id"
        var areas: [UUID: [Int]] = [:]
        for area in try await sql.raw(query).rows(ActorAreaRow.self) { areas[area.actorID, default: []].append(area.areaID) }
        return rows.map { Actor(row: $0, workAreaIDs: areas[$0.id] ?? []) }
    }

    // MARK: editors and invitations

    /// An editor with their name.
    typealias Editor = Joined<ActorEditorRow, PersonName>

    /// The editors of an actor, in the order they joined.
    static func editors(of actorID: UUID, on sql: any SQLDatabase) async throws -> [Editor] {
        try await sql.raw("""
            SELECT e.*, u.first_name, u.initial FROM actor_editors e JOIN users u ON u.id = e.user_id
            WHERE e.actor_id = \(bind: actorID) ORDER BY e.added_at
            """).rows(Editor.self)
    }

    /// Open (not expired) invitations of an actor.
    static func invitations(of actorID: UUID, now: Date, on sql: any SQLDatabase) async throws -> [ActorInvitationRow] {
        try await sql.raw("""
            SELECT * FROM actor_invitations
            WHERE actor_id = \(bind: actorID) AND expires_at > \(bind: now.timeIntervalSince1970) ORDER BY created_at
            """).rows(ActorInvitationRow.self)
    }

    static func invitation(tokenHash: String, now: Date, on sql: any SQLDatabase) async throws -> ActorInvitationRow? {
        try await sql.raw("""
            SELECT * FROM actor_invitations
            WHERE token_hash = \(bind: tokenHash) AND expires_at > \(bind: now.timeIntervalSince1970)
            """).row(ActorInvitationRow.self)
    }
}
