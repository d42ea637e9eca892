import Crypto
import Foundation
import SQLKit

/// Writing actors, editors, invitations and cooperations. Callers run multi-statement changes in a transaction.
enum ActorWriter {
    struct ActorInput: Sendable, Equatable {
        var name: String
        var legalForm: LegalForm
        var topics: [ActorTopic]
        var audiences: [Audience]
        var hasFixedPlace: Bool
        var street: String
        var postalCode: String
        var lat: Double?
        var lon: Double?
        /// The Quartier of the address (nil without a fixed place).
        var areaID: Int?
        /// The Quartiere the actor works in.
        var workAreaIDs: [Int]
        var contactEmail: String
        var contactPhone: String
        var website: String
        var description: String
        var foundedYear: Int?
        var size: ActorSize
    }

    /// A new actor, submitted for review; the person who submits it becomes its first editor.
    static func insert(_ a: ActorInput, submittedBy userID: UUID?, status: ActorStatus = .submitted, isSample: Bool = false,
                       now: Date = Date(), on sql: any SQLDatabase) async throws -> UUID {
        let id = UUID()
        let t = now.timeIntervalSince1970
        try await sql.insert(into: "actors")
            .columns("id", "name", "legal_form", "topics", "audiences", "has_fixed_place", "street", "postal_code", "lat", "lon",
                     "area_id", "contact_email", "contact_phone", "website", "description", "founded_year", "size_range",
                     "status", "rejection_reason", "submitted_by", "is_sample", "created_at", "updated_at")
            .values(SQLBind(id), SQLBind(a.name), SQLBind(a.legalForm.rawValue), SQLBind(KeyList.encode(a.topics.map(\.rawValue))),
                    SQLBind(KeyList.encode(a.audiences.map(\.rawValue))), SQLBind(a.hasFixedPlace), SQLBind(a.street),
                    SQLBind(a.postalCode), SQLBind(a.lat), SQLBind(a.lon), SQLBind(a.areaID), SQLBind(a.contactEmail),
                    SQLBind(a.contactPhone), SQLBind(a.website), SQLBind(a.description), SQLBind(a.foundedYear),
                    SQLBind(a.size.rawValue), SQLBind(status.rawValue), SQLBind(""), SQLBind(userID), SQLBind(isSample),
                    SQLBind(t), SQLBind(t))
            .run()
        try await setWorkAreas(id, a.workAreaIDs, on: sql)
        if let userID { try await addEditor(actorID: id, userID: userID, now: now, on: sql) }
        return id
    }

    static func update(_ id: UUID, _ a: ActorInput, now: Date = Date(), on sql: any SQLDatabase) async throws {
        try await sql.update("actors")
            .set("name", to: a.name).set("legal_form", to: a.legalForm.rawValue)
            .set("topics", to: KeyList.encode(a.topics.map(\.rawValue))).set("audiences", to: KeyList.encode(a.audiences.map(\.rawValue)))
            .set("has_fixed_place", to: a.hasFixedPlace).set("street", to: a.street).set("postal_code", to: a.postalCode)
            .set("lat", to: SQLBind(a.lat)).set("lon", to: SQLBind(a.lon)).set("area_id", to: SQLBind(a.areaID))
            .set("contact_email", to: a.contactEmail).set("contact_phone", to: a.contactPhone).set("website", to: a.website)
            .set("description", to: a.description).set("founded_year", to: SQLBind(a.foundedYear))
            .set("size_range", to: a.size.rawValue).set("updated_at", to: now.timeIntervalSince1970)
            .where("id", .equal, id).run()
        try await setWorkAreas(id, a.workAreaIDs, on: sql)
    }

    private static func setWorkAreas(_ id: UUID, _ areaIDs: [Int], on sql: any SQLDatabase) async throws {
        try await sql.delete(from: "actor_areas").where("actor_id", .equal, id).run()
        let unique = Array(Set(areaIDs)).sorted()
        guard !unique.isEmpty else { return }
        var insert = sql.insert(into: "actor_areas").columns("actor_id", "area_id")
        for area in unique { insert = insert.values(SQLBind(id), SQLBind(area)) }
        try await insert.run()
    }

    /// Approves or rejects (with a reason); the editors of an approved actor get the editing role for Begegnung.
    static func decide(_ id: UUID, status: ActorStatus, reason: String, by userID: UUID, now: Date = Date(),
                       on sql: any SQLDatabase) async throws {
        try await sql.update("actors")
            .set("status", to: status.rawValue).set("rejection_reason", to: status == .rejected ? reason : "")
            .set("decided_by", to: SQLBind(userID)).set("decided_at", to: SQLBind(now.timeIntervalSince1970))
            .set("updated_at", to: now.timeIntervalSince1970)
            .where("id", .equal, id).run()
        if status == .approved {
            for editor in try await ActorQueries.editors(of: id, on: sql) {
                _ = try await RoleQueries.grant(RoleGrant(role: .actorEditor, areaID: nil), to: editor.userID, by: userID,
                                                detail: "Akteur freigegeben", on: sql)
            }
        }
    }

    /// A changed actor goes back to review unless a coordinator changed it.
    static func resubmit(_ id: UUID, now: Date = Date(), on sql: any SQLDatabase) async throws {
        try await sql.update("actors").set("status", to: ActorStatus.submitted.rawValue)
            .set("updated_at", to: now.timeIntervalSince1970).where("id", .equal, id).run()
    }

    // MARK: editors

    static func addEditor(actorID: UUID, userID: UUID, now: Date = Date(), on sql: any SQLDatabase) async throws {
        guard try await !ActorQueries.isEditor(actorID: actorID, userID: userID, on: sql) else { return }
        try await sql.insert(into: "actor_editors").columns("actor_id", "user_id", "added_at")
            .values(SQLBind(actorID), SQLBind(userID), SQLBind(now.timeIntervalSince1970)).run()
    }

    static func removeEditor(actorID: UUID, userID: UUID, on sql: any SQLDatabase) async throws {
        try await sql.delete(from: "actor_editors").where("actor_id", .equal, actorID).where("user_id", .equal, userID).run()
    }

    static let invitationLifetime: TimeInterval = 14 * 86_400

    /// Stores an invitation and returns the token for the link (only its hash is stored).
    static func invite(actorID: UUID, email: String, by userID: UUID, now: Date = Date(), on sql: any SQLDatabase) async throws -> String {
        // one open invitation per address and actor
        try await sql.delete(from: "actor_invitations").where("actor_id", .equal, actorID).where("email", .equal, email).run()
        let token = CSRFMiddleware.newToken()
        try await sql.insert(into: "actor_invitations")
            .columns("id", "actor_id", "email", "token_hash", "invited_by", "created_at", "expires_at")
            .values(SQLBind(UUID()), SQLBind(actorID), SQLBind(email), SQLBind(tokenHash(token)), SQLBind(userID),
                    SQLBind(now.timeIntervalSince1970), SQLBind(now.addingTimeInterval(invitationLifetime).timeIntervalSince1970))
            .run()
        return token
    }

    static func tokenHash(_ token: String) -> String {
        SHA256.hash(data: Data(token.utf8)).map { String(format: "%02x", $0) }.joined()
    }

    static func deleteInvitation(_ id: UUID, on sql: any SQLDatabase) async throws {
        try await sql.delete(from: "actor_invitations").where("id", .equal, id).run()
    }

    /// Expired invitations go, with their e-mail addresses.
    static func deleteExpiredInvitations(now: Date = Date(), on sql: any SQLDatabase) async throws {
        try await sql.delete(from: "actor_invitations").where("expires_at", .lessThanOrEqual, now.timeIntervalSince1970).run()
    }

    // MARK: cooperations

    /// Proposes a tie from `source` to `target`. A declined tie of the same kind may be proposed again.
    /// Returns false when the same tie is already proposed or confirmed.
    static func proposeTie(source: UUID, target: UUID, kind: TieKind, note: String, by userID: UUID?, status: TieStatus = .proposed,
                           isSample: Bool = false, now: Date = Date(), on sql: any SQLDatabase) async throws -> Bool {
        let existing = try await sql.raw("""
            SELECT id, status, source_actor_id FROM actor_ties WHERE kind = \(bind: kind.rawValue)
            AND ((source_actor_id = \(bind: source) AND target_actor_id = \(bind: target))
              OR (source_actor_id = \(bind: target) AND target_actor_id = \(bind: source)))
            """).all()
        if existing.contains(where: { (try? $0.decode(column: "status", as: String.self)) != TieStatus.declined.rawValue }) {
            return false
        }
        for row in existing {
            try await sql.delete(from: "actor_ties").where("id", .equal, try row.decode(column: "id", as: UUID.self)).run()
        }
        try await sql.insert(into: "actor_ties")
            .columns("id", "source_actor_id", "target_actor_id", "kind", "status", "note", "proposed_by", "is_sample", "created_at",
                     "decided_at")
            .values(SQLBind(UUID()), SQLBind(source), SQLBind(target), SQLBind(kind.rawValue), SQLBind(status.rawValue),
                    SQLBind(note), SQLBind(userID), SQLBind(isSample), SQLBind(now.timeIntervalSince1970),
                    SQLBind(status == .proposed ? nil : now.timeIntervalSince1970))
            .run()
        return true
    }

    static func decideTie(_ id: UUID, status: TieStatus, by userID: UUID, now: Date = Date(), on sql: any SQLDatabase) async throws {
        try await sql.update("actor_ties").set("status", to: status.rawValue).set("decided_by", to: SQLBind(userID))
            .set("decided_at", to: SQLBind(now.timeIntervalSince1970)).where("id", .equal, id).run()
    }

    static func deleteTie(_ id: UUID, on sql: any SQLDatabase) async throws {
        try await sql.delete(from: "actor_ties").where("id", .equal, id).run()
    }
}
