import Foundation
import GemeinsamCore
import SQLKit
import Vapor

/// The logged-in person as every request sees it.
struct CurrentUser: Sendable {
    var id: UUID
    var email: String
    var firstName: String
    var initial: String?
    var homeAreaID: Int?
    var grants: [RoleGrant]
    /// Whether the person confirmed their e-mail address (needed to post to the Börse or contact anyone).
    var emailVerified = true
    /// The approved actors the person edits: what they may edit in Begegnung follows from these.
    var actorIDs: [UUID] = []
    /// The language Gemeinsam writes mails to this person in.
    var mailLanguage: Language = .german

    /// Public name: first name and initial ("Anna B.").
    var publicName: String { PublicName.make(firstName: firstName, initial: initial) }

    func has(_ role: Role) -> Bool { role == .resident || grants.contains { $0.role == role } }
    var isAdmin: Bool { has(.admin) }
    /// Whether the person edits at least one approved actor.
    var editsActors: Bool { !actorIDs.isEmpty }
    /// Areas an area manager may act for.
    var managedAreaIDs: [Int] { grants.filter { $0.role == .areaManager }.compactMap(\.areaID) }
    /// Staff see other people's data, often on shared computers: their sessions end sooner.
    var isStaff: Bool { grants.contains { $0.role.isStaff } }
}

enum PublicName {
    static func make(firstName: String, initial: String?) -> String {
        guard let initial, !initial.isEmpty else { return firstName }
        return "\(firstName) \(initial)."
    }
}

private struct CurrentUserKey: StorageKey { typealias Value = CurrentUser }

extension Request {
    var currentUser: CurrentUser? {
        get { storage[CurrentUserKey.self] }
        set { storage[CurrentUserKey.self] = newValue }
    }

    /// The logged-in user, or a redirect to the login page (HTML) / 401 (API).
    func requireUser() throws -> CurrentUser {
        guard let user = currentUser else { throw Abort(.unauthorized) }
        return user
    }

    /// The logged-in user with `role`, or 401 when not logged in and 403 when the role is missing.
    func requireRole(_ role: Role) throws -> CurrentUser {
        let user = try requireUser()
        guard user.has(role) else { throw Abort(.forbidden) }
        return user
    }
}
