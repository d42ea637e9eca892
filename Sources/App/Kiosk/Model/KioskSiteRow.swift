import Foundation

/// A row of `kiosk_sites`: a public place (NachbarBude, Seniorenbüro, Stadtteilbüro) whose staff act for visitors
/// without an account. Its address and phone are public. Also what `KioskQueries.insert` writes (the database
/// assigns `id`).
struct KioskSiteRow: Decodable, Sendable, Equatable {
    var id = 0
    var name: String
    var organisation: String
    var areaID: Int
    var phone: String
    var address: String
    var openingHours: String?
    var createdAt: Double
    var isSample = false
}

/// A row of `kiosk_site_staff`: an account of the kiosk team of one kiosk.
struct KioskStaffRow: Decodable, Sendable {
    var siteID: Int
    var userID: UUID
    var grantedAt: Double
}

