import Foundation
import SQLKit
import Vapor

/// What a person may edit in the Begegnung pillar:
/// - coordinator: every place, offer and room;
/// - areaManager: the items in their Quartiere;
/// - editors of approved actors: the items linked to those actors, and the items they created without naming an
///   actor — as long as they edit an approved actor. Removed as an actor's editor, they no longer edit its items.
/// Rooms and room requests follow their place. Residents without one of these edit nothing.
struct EditScope: Sendable {
    var userID: UUID
    var everything: Bool
    var areaIDs: [Int]
    /// The approved actors the person edits.
    var actorIDs: [UUID]

    init?(user: CurrentUser) {
        let isCoordinator = user.has(.coordinator)
        let areas = user.managedAreaIDs
        guard isCoordinator || user.editsActors || !areas.isEmpty else { return nil }
        userID = user.id
        everything = isCoordinator
        areaIDs = areas
        actorIDs = user.actorIDs
    }

    /// `actorID`: the actor the item is linked to (a place's operator, an offer's organiser).
    func mayEdit(ownerID: UUID?, actorID: UUID?, areaID: Int) -> Bool {
        if everything || areaIDs.contains(areaID) { return true }
        guard !actorIDs.isEmpty else { return false }
        if let actorID { return actorIDs.contains(actorID) }
        return ownerID == userID
    }

    /// Whether the person (nil: a visitor) may edit an item; pages use it for their edit links and to show drafts.
    static func mayEdit(_ user: CurrentUser?, ownerUserID: UUID?, actorID: UUID?, areaID: Int) -> Bool {
        user.flatMap(EditScope.init(user:))?.mayEdit(ownerID: ownerUserID, actorID: actorID, areaID: areaID) ?? false
    }

    /// Whether a new or changed item may lie in this Quartier: coordinators and actor editors anywhere, area
    /// managers only in their Quartiere.
    func mayPlace(in areaID: Int) -> Bool { everything || !actorIDs.isEmpty || areaIDs.contains(areaID) }

    /// The same scope, in which an item in `areaID` may stay there (an item outside the person's Quartiere, e.g. one
    /// they own, keeps its Quartier when edited).
    func allowing(_ areaID: Int) -> EditScope {
        var scope = self
        if !scope.mayPlace(in: areaID) { scope.areaIDs.append(areaID) }
        return scope
    }

    /// The SQL twin of `mayEdit` on a table alias with `owner_user_id`, `area_id` and the actor column `actorColumn`
    /// (places `p` with `owner_actor_id`, offers `o` with `organiser_actor_id`).
    func condition(_ alias: String, actorColumn: String = "owner_actor_id") -> SQLQueryString {
        if everything { return "1 = 1" }
        var parts: [SQLQueryString] = []
        if !actorIDs.isEmpty {
            parts.append("\(unsafeRaw: alias).\(unsafeRaw: actorColumn) IN (\(binds: actorIDs))")
            parts.append("(\(unsafeRaw: alias).\(unsafeRaw: actorColumn) IS NULL AND \(unsafeRaw: alias).owner_user_id = \(bind: userID))")
        }
        if !areaIDs.isEmpty { parts.append("\(unsafeRaw: alias).area_id IN (\(binds: areaIDs))") }
        return "(\(parts.joined(separator: " OR ")))"
    }
}

extension Request {
    /// The person's edit scope; 403 (German page) for residents without an editing role.
    /// Callers check `currentUser` first and send anonymous visitors to the login page.
    func editScope(_ user: CurrentUser) throws -> EditScope {
        guard let scope = EditScope(user: user) else { throw Abort(.forbidden) }
        return scope
    }
}
