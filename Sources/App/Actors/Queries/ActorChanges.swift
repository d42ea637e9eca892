import Foundation
import SQLKit

/// Changes to approved actors that wait for review: an editor who joined after the approval cannot change what the
/// public sees without a coordinator (an invitation must not be a way round the review).
enum ActorChanges {
    /// A waiting change with the actor it changes.
    struct Pending: Sendable {
        var change: ActorChangeRow
        var proposal: ActorChangeRow.Proposal
        var actor: ActorQueries.Actor
    }

    /// Whether `user`'s change to `actor` goes to review: the actor is approved, the person is no coordinator and
    /// became an editor after the approval.
    static func needsReview(_ actor: ActorQueries.Actor, by user: CurrentUser, on sql: any SQLDatabase) async throws -> Bool {
        guard actor.isPublic, !user.has(.coordinator) else { return false }
        let row = try await sql.select().column("added_at").from("actor_editors")
            .where("actor_id", .equal, actor.id).where("user_id", .equal, user.id).first()
        guard let addedAt = try row?.decode(column: "added_at", as: Double.self) else { return true }
        // actors entered as approved (sample content, a coordinator) have no decision: their first editors count as old
        return addedAt > (actor.decidedAt ?? actor.createdAt)
    }

    /// Stores the proposal (replacing an older one for the same actor).
    static func propose(_ proposal: ActorChangeRow.Proposal, for actorID: UUID, by userID: UUID, now: Date,
                        on sql: any SQLDatabase) async throws {
        let json = String(decoding: try JSONEncoder().encode(proposal), as: UTF8.self)
        try await sql.delete(from: "actor_changes").where("actor_id", .equal, actorID).run()
        try await sql.insert(into: "actor_changes")
            .values(row: ActorChangeRow(actorID: actorID, submittedBy: userID, submittedAt: now.timeIntervalSince1970,
                                        proposal: json)).run()
    }

    static func pending(on sql: any SQLDatabase) async throws -> [Pending] {
        let rows = try await sql.raw("SELECT * FROM actor_changes ORDER BY submitted_at").rows(ActorChangeRow.self)
        var result: [Pending] = []
        for row in rows {
            guard let proposal = row.decodedProposal, let actor = try await ActorQueries.actor(row.actorID, on: sql) else { continue }
            result.append(Pending(change: row, proposal: proposal, actor: actor))
        }
        return result
    }

    static func pending(of actorID: UUID, on sql: any SQLDatabase) async throws -> Pending? {
        guard let row = try await sql.raw("SELECT * FROM actor_changes WHERE actor_id = \(bind: actorID)").row(ActorChangeRow.self),
              let proposal = row.decodedProposal, let actor = try await ActorQueries.actor(actorID, on: sql) else { return nil }
        return Pending(change: row, proposal: proposal, actor: actor)
    }

    /// Takes the change over into the public entry, or discards it.
    static func decide(_ pending: Pending, accept: Bool, now: Date, on sql: any SQLDatabase) async throws {
        if accept {
            try await ActorWriter.update(pending.actor.id, pending.proposal.profile, workAreaIDs: pending.proposal.workAreaIDs,
                                         now: now, on: sql)
        }
        try await sql.delete(from: "actor_changes").where("id", .equal, pending.change.id).run()
    }

    /// The labels of the fields the proposal changes, for the review and the mail.
    static func changedFields(_ pending: Pending) -> [String] {
        let old = pending.actor.profile, new = pending.proposal.profile
        typealias T = Texts.Actors
        var fields: [String] = []
        if old.name != new.name { fields.append(T.nameLabel) }
        if old.legalForm != new.legalForm { fields.append(T.legalForm) }
        if old.description != new.description { fields.append(Texts.ActorForm.description) }
        if old.topics != new.topics { fields.append(T.topicsLabel) }
        if old.audiences != new.audiences { fields.append(T.audiencesLabel) }
        if old.hasFixedPlace != new.hasFixedPlace || old.street != new.street || old.postalCode != new.postalCode {
            fields.append(T.addressLabel)
        }
        if Set(pending.actor.workAreaIDs) != Set(pending.proposal.workAreaIDs) { fields.append(T.workAreasLabel) }
        if old.contactEmail != new.contactEmail { fields.append(T.emailLabel) }
        if old.contactPhone != new.contactPhone { fields.append(T.phoneLabel) }
        if old.website != new.website { fields.append(T.websiteLabel) }
        if old.foundedYear != new.foundedYear { fields.append(T.foundedLabel) }
        if old.sizeRange != new.sizeRange { fields.append(T.sizeLabel) }
        return fields
    }
}
