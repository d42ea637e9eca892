import Vapor

/// Who may use the monitor's pages.
enum MonitorAccess {
    /// The logged-in user when `allowed`; nil when nobody is logged in (pages then redirect to the login), 403 for
    /// everyone else.
    static func user(_ req: Request, allowed: (CurrentUser) -> Bool) throws -> CurrentUser? {
        guard let user = req.currentUser else { return nil }
        guard allowed(user) else { throw Abort(.forbidden) }
        return user
    }

    /// Someone who may see the figures: coordinators the whole city, area managers the rows of their Quartiere (of
    /// the same city-wide tables, so suppression is the same).
    struct Viewer: Sendable {
        var user: CurrentUser
        var isCoordinator: Bool
        /// nil = every Quartier.
        var quartiere: Set<Int>?

        func mayView(_ area: AreaRecord) -> Bool {
            guard let quartiere else { return true }
            return area.kind == .statisticalDistrict && quartiere.contains(area.id)
        }

        /// Whether the row of a Quartier (nil: answers without one) is shown.
        func showsRow(_ areaID: Int?) -> Bool {
            guard let quartiere else { return true }
            return areaID.map(quartiere.contains) ?? false
        }
    }

    /// nil when not logged in; 403 for everyone but coordinators and area managers of at least one Quartier.
    static func viewer(_ req: Request) throws -> Viewer? {
        guard let user = try user(req, allowed: { $0.has(.coordinator) || ($0.has(.areaManager) && !$0.managedAreaIDs.isEmpty) })
        else { return nil }
        if user.has(.coordinator) { return Viewer(user: user, isCoordinator: true, quartiere: nil) }
        return Viewer(user: user, isCoordinator: false, quartiere: Set(user.managedAreaIDs))
    }
}
