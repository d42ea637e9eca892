import Foundation

/// A row of `users`. No address is ever stored: only the home Quartier.
struct UserRow: Decodable, Sendable {
    var id: UUID
    var email: String
    var passwordHash: String
    var firstName: String
    var initial: String?
    var homeAreaID: Int?
    var createdAt: Double
    var isSample: Bool
    var emailVerifiedAt: Double?
    var passwordChangedAt: Double?
    /// Catalog code of the language for mails; nil for accounts from before languages (German).
    var language: String?

    var publicName: String { PublicName.make(firstName: firstName, initial: initial) }
}

/// A row of `user_roles`: a role beyond resident, for an area where the role is scoped to areas.
struct UserRoleRow: Decodable, Sendable {
    var id: UUID
    var userID: UUID
    var role: String
    var areaID: Int?
    var grantedAt: Double

    var grant: RoleGrant? { Role(rawValue: role).map { RoleGrant(role: $0, areaID: areaID) } }
}

/// A row of `audit_entries`: who did what to whom; ids are set to null when an account is deleted.
struct AuditEntryRow: Decodable, Sendable {
    var id: UUID
    var at: Double
    var actorID: UUID?
    var subjectID: UUID?
    var action: String
    var detail: String
}
