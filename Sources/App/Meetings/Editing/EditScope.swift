import Foundation
import SQLKit
import Vapor

/// What a person may edit in the Begegnung pillar:
/// - coordinator: every place, offer and room;
/// - areaManager: the items in their Quartiere;
/// - actorEditor: the items they own (`owner_user_id`).
/// Rooms and room requests follow their place. Residents without one of these roles edit nothing.
struct EditScope: Sendable {
    var userID: UUID
    var everything: Bool
    var areaIDs: [Int]
    /// Actor editors edit what they own.
    var ownItems: Bool

    init?(user: CurrentUser) {
        let isCoordinator = user.has(.coordinator)
        let isEditor = user.has(.actorEditor)
        let areas = user.managedAreaIDs
        guard isCoordinator || isEditor || !areas.isEmpty else { return nil }
        userID = user.id
        everything = isCoordinator
        areaIDs = areas
        ownItems = isEditor
    }

    func mayEdit(ownerID: UUID?, areaID: Int) -> Bool {
        everything || (ownItems && ownerID == userID) || areaIDs.contains(areaID)
    }

    /// Whether the person (nil: a visitor) may edit an item; pages use it for their edit links and to show drafts.
    static func mayEdit(_ user: CurrentUser?, ownerUserID: UUID?, areaID: Int) -> Bool {
        user.flatMap(EditScope.init(user:))?.mayEdit(ownerID: ownerUserID, areaID: areaID) ?? false
    }

    /// Whether a new or changed item may lie in this Quartier: coordinators and actor editors anywhere, area
    /// managers only in their Quartiere.
    func mayPlace(in areaID: Int) -> Bool { everything || ownItems || areaIDs.contains(areaID) }

    /// The same scope, in which an item in `areaID` may stay there (an item outside the person's Quartiere, e.g. one
    /// they own, keeps its Quartier when edited).
    func allowing(_ areaID: Int) -> EditScope {
        var scope = self
        if !scope.mayPlace(in: areaID) { scope.areaIDs.append(areaID) }
        return scope
    }

    /// SQL condition on a table alias with `owner_user_id` and `area_id` columns (places `p`, offers `o`).
    func condition(_ alias: String) -> SQLQueryString {
        if everything { return "1 = 1" }
        var parts: [SQLQueryString] = []
        if ownItems { parts.append("\(unsafeRaw: alias).owner_user_id = \(bind: userID)") }
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
