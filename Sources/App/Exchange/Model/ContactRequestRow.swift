import Foundation

/// A row of `contact_requests`: "Ich kann helfen" on a listing, with the call back of the kiosk team for kiosk
/// listings; also what `ContactQueries.insert` writes. The contact data (`requesterPhone`, `authorContact`, `authorPhone`) are read only by
/// `ContactQueries.revealed` and the data export; every other query selects `ContactRequestRow.columns`.
struct ContactRequestRow: Decodable, Sendable {
    enum Status: String, Codable, Sendable { case pending, accepted, declined, withdrawn }

    var id = UUID()
    var listingID: Int
    var requesterID: UUID
    var message: String
    /// "email" or "phone": which way was chosen, not the address or number itself.
    var requesterContact: String
    var requesterPhone: String?
    /// email | phone | kiosk | visitorPhone
    var authorContact: String?
    var authorPhone: String?
    var status: Status = .pending
    var createdAt: Double
    var decidedAt: Double?
    var callbackAttempts = 0
    var callbackDueOn: String?
    var callbackNote: String?
    var callbackBy: UUID?

    /// Every column except the contact data, for a query on `contact_requests r`.
    static let columns = """
        r.id, r.listing_id, r.requester_id, r.message, r.requester_contact, r.status, r.created_at, r.decided_at, \
        r.callback_attempts, r.callback_due_on, r.callback_note, r.callback_by
        """

    var isOpenThread: Bool { status == .pending || status == .accepted }
}

/// A contact request with the public name of the person who sent it (`u.first_name, u.initial`).
typealias ContactRequest = Joined<ContactRequestRow, PersonName>

extension Joined where Row == ContactRequestRow, Extra == PersonName {
    var requesterName: String { extra.publicName ?? "" }
}
