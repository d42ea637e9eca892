import Foundation
import GemeinsamCore

/// A row of `volunteer_hours`: time a helper logged after a match, to be confirmed by the other side
/// (`partner`), the kiosk team (`kiosk`) or an actor's editors (`actor`); also what `VolunteerQueries.insert` writes.
struct VolunteerHoursRow: Decodable, Sendable {
    var id = UUID()
    var contactRequestID: UUID?
    var helperID: UUID
    var date: CalendarDate
    var minutes: Int
    var activity: String
    var organisation: String
    /// partner | kiosk | actor
    var confirmBy: String
    var confirmerID: UUID?
    var actorID: UUID?
    var kioskSiteID: Int?
    var state: CoreExchange.HoursEntry.State = .pending
    var confirmedByName: String?
    var confirmedAt: Double?
    var createdAt: Double

    /// The entry as the yearly overview and the certificate count it.
    var entry: CoreExchange.HoursEntry {
        .init(id: id.uuidString, date: date, minutes: minutes, activity: activity, organisation: organisation,
              state: state, confirmedBy: confirmedByName)
    }
}

/// Hours with the public name of the helper (`u.first_name, u.initial`).
typealias PendingHours = Joined<VolunteerHoursRow, PersonName>

extension Joined where Row == VolunteerHoursRow, Extra == PersonName {
    var helperName: String { extra.publicName ?? "" }
}
