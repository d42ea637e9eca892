import Foundation
import GemeinsamCore

/// A row of `offers`: a meeting offer (Angebot) with its schedule stored as JSON and its lists as ",a,b," text.
/// Created with defaults for what a new offer may leave out; `MeetingsWriter` fills in the schedule's text, the
/// weekly minutes and the times.
struct OfferRow: Codable, Sendable {
    var id = UUID()
    var title: String
    var description: String
    var category: OfferCategory
    /// Audience keys, see `KeyList`.
    var audiences: String
    /// Language codes, see `KeyList`.
    var languages: String
    var costKind: CostKind
    var costCents: Int?
    var registrationRequired: Bool
    var registrationHow: String
    var placeID: UUID?
    var meetingPoint: String
    var areaID: Int
    var organiser: String
    /// The actor of the Akteursnetz that organises the offer.
    var organiserActorID: UUID?
    var contact: String
    /// `GemeinsamCore.Schedule` as JSON, see `OfferSchedule`.
    var schedule = ""
    /// Average minutes per week over the coming 12 weeks (supply in the gap analysis).
    var weeklyMinutes = 0
    var status: PublicationStatus = .published
    var ownerUserID: UUID?
    var isSample = false
    var createdAt = 0.0
    var updatedAt = 0.0

    var audienceList: [Audience] { KeyList.decode(audiences).compactMap(Audience.init(rawValue:)) }
    var languageList: [String] { KeyList.decode(languages) }
    var lastChanged: Date { Date(timeIntervalSince1970: updatedAt) }
}

/// An offer with its schedule read once, as pages, feeds, the API and the editing forms use it.
@dynamicMemberLookup
struct Offer: Sendable {
    var row: OfferRow
    let schedule: Schedule

    /// nil when the stored schedule cannot be read (such an offer is left out).
    init?(_ row: OfferRow) {
        guard let schedule = try? OfferSchedule.decode(row.schedule) else { return nil }
        self.row = row
        self.schedule = schedule
    }

    /// A new or changed offer: the row's schedule text is written from `schedule`.
    init(_ row: OfferRow, schedule: Schedule) throws {
        self.row = row
        self.row.schedule = try OfferSchedule.encode(schedule)
        self.schedule = schedule
    }

    subscript<T>(dynamicMember keyPath: KeyPath<OfferRow, T>) -> T { row[keyPath: keyPath] }

    subscript<T>(dynamicMember keyPath: WritableKeyPath<OfferRow, T>) -> T {
        get { row[keyPath: keyPath] }
        set { row[keyPath: keyPath] = newValue }
    }
}

/// Schedules are stored as the JSON that `GemeinsamCore.Schedule` reads and writes.
enum OfferSchedule {
    static func encode(_ schedule: Schedule) throws -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys]
        return String(decoding: try encoder.encode(schedule), as: UTF8.self)
    }

    static func decode(_ text: String) throws -> Schedule {
        try JSONDecoder().decode(Schedule.self, from: Data(text.utf8))
    }
}
