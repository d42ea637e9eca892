/// What a person may do beyond being a resident. Every account is a resident; roles are granted on top. Editing an
/// actor is no role: it follows from the actors a person edits (`CurrentUser.actorIDs`).
enum Role: String, CaseIterable, Codable, Sendable {
    case resident
    case kioskStaff
    case areaManager
    case coordinator
    case admin

    var germanName: String {
        switch self {
        case .resident: "Bewohner*in"
        case .kioskStaff: "Kiosk-Team"
        case .areaManager: "Quartiersmanagement"
        case .coordinator: "Koordinierungsstelle"
        case .admin: "Administration"
        }
    }

    /// Roles an admin can grant; `resident` is every account's base role.
    static let grantable: [Role] = [.kioskStaff, .areaManager, .coordinator, .admin]

    /// Roles that see other people's data.
    var isStaff: Bool { self == .kioskStaff || self == .areaManager || self == .coordinator || self == .admin }

    /// Only area managers act for particular areas.
    var isScopedToArea: Bool { self == .areaManager }
}

struct RoleGrant: Sendable, Equatable {
    var role: Role
    var areaID: Int?
}
