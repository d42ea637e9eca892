import Foundation
import GemeinsamCore

/// A row of `listings` ("Suche"/"Biete"), also what `ListingQueries.insert` writes (the database assigns `id`).
/// Codes and ISO dates decode into their GemeinsamCore types, which store exactly this text. The kiosk visitor's
/// contact (`visitorContact`, `visitorPhone`) is read only by `KioskQueries.visitorContact`; every other query
/// selects `ListingRow.columns`, so both stay nil there.
struct ListingRow: Decodable, Sendable {
    var id = 0
    var kind: CoreExchange.Kind
    var category: CoreExchange.Category
    var title: String
    var body: String
    var areaID: Int
    var districtID: Int
    var publicName: String
    var timing: CoreExchange.Timing.Code
    var timingDate: CalendarDate?
    var timingNote: String?
    /// The last day the listing is open.
    var validUntil: CalendarDate
    /// As stored; `effectiveStatus(today:)` is what a reader sees.
    var status: CoreExchange.Status = .open
    var authorID: UUID?
    var kioskSiteID: Int?
    var intakeBy: UUID?
    var visitorContact: String?
    var visitorPhone: String?
    var consentVersion: String?
    var consentAt: Double?
    /// none | pending (hidden after reports) | restored | removed
    var moderation = "none"
    var hidden = false
    var createdAt: Double
    var updatedAt: Double
    var isSample = false

    /// Every column except the kiosk visitor's contact, for a query on `listings l`.
    static let columns = """
        l.id, l.kind, l.category, l.title, l.body, l.area_id, l.district_id, l.public_name, l.timing, l.timing_date, \
        l.timing_note, l.valid_until, l.status, l.author_id, l.kiosk_site_id, l.intake_by, l.consent_version, \
        l.consent_at, l.moderation, l.hidden, l.created_at, l.updated_at, l.is_sample
        """
}

extension ListingRow {
    /// The timing with its date; a one-off listing without a readable date counts as flexible.
    var timeframe: CoreExchange.Timing { Self.timeframe(timing, date: timingDate) }

    static func timeframe(_ code: CoreExchange.Timing.Code, date: CalendarDate?) -> CoreExchange.Timing {
        switch code {
        case .once: date.map(CoreExchange.Timing.once) ?? .flexible
        case .regular: .regular
        case .flexible: .flexible
        }
    }

    func effectiveStatus(today: CalendarDate) -> CoreExchange.Status {
        CoreExchange.Rules.effectiveStatus(stored: status, validUntil: validUntil, today: today)
    }

    var isKiosk: Bool { kioskSiteID != nil }
    /// Removed by moderation (hidden ones wait for a decision).
    var isRemoved: Bool { moderation == "removed" }
    /// Whose listing it is, for the ranking: one owner's listings never suggest each other.
    var ownerKey: String { Self.ownerKey(authorID: authorID, id: id) }

    static func ownerKey(authorID: UUID?, id: Int) -> String { authorID.map { "user:\($0)" } ?? "listing:\(id)" }
}

/// The name of the kiosk that took a listing in (`k.name AS kiosk_name`).
struct KioskName: Decodable, Sendable {
    var kioskName: String?
}

/// A listing as pages show it: its row and the name of the kiosk that took it in.
typealias Listing = Joined<ListingRow, KioskName>

extension Joined where Row == ListingRow, Extra == KioskName {
    func effectiveStatus(today: CalendarDate) -> CoreExchange.Status { row.effectiveStatus(today: today) }

    /// The selection for `Listing`: the row's columns and the kiosk's name.
    static var select: String {
        "SELECT \(ListingRow.columns), k.name AS kiosk_name FROM listings l LEFT JOIN kiosk_sites k ON k.id = l.kiosk_site_id"
    }
}
