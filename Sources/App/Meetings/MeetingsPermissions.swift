import Foundation

/// Who may change a place or an offer: coordinators everything, area managers their Quartiere, actor editors what
/// they own.
enum MeetingsPermissions {
    static func mayEdit(_ user: CurrentUser?, ownerUserID: UUID?, areaID: Int) -> Bool {
        guard let user else { return false }
        if user.has(.coordinator) { return true }
        if user.has(.areaManager), user.managedAreaIDs.contains(areaID) { return true }
        if user.has(.actorEditor), let ownerUserID, ownerUserID == user.id { return true }
        return false
    }
}
