import Foundation
import GemeinsamCore

/// A row of `actors`: an initiative, association or institution. `profile` holds the columns its editors fill in
/// (decoded from and encoded into the same row); the other columns are kept by the platform. Created with defaults
/// for a new entry; `ActorWriter` stamps the times.
struct ActorRow: Sendable {
    var id = UUID()
    var profile: ActorProfile
    var status: ActorStatus = .submitted
    var rejectionReason = ""
    var submittedBy: UUID?
    var decidedBy: UUID?
    var decidedAt: Double?
    var isSample = false
    var createdAt = 0.0
    var updatedAt = 0.0
}

/// The columns of `actors` that the actor's editors fill in with the actor form.
struct ActorProfile: Codable, Sendable, Equatable {
    var name: String
    var legalForm: LegalForm
    /// Keys as ",einsamkeit,nachbarschaft," (see `KeyList`).
    var topics: String
    var audiences: String
    var hasFixedPlace: Bool
    /// The public address; empty with "ohne festen Ort".
    var street: String
    var postalCode: String
    var lat: Double?
    var lon: Double?
    /// The Quartier of the address (nil without a fixed place).
    var areaID: Int?
    var contactEmail: String
    var contactPhone: String
    var website: String
    var description: String
    var foundedYear: Int?
    var sizeRange: ActorSize

    var topicList: [ActorTopic] { KeyList.decode(topics).compactMap(ActorTopic.init(rawValue:)) }
    var audienceList: [Audience] { KeyList.decode(audiences).compactMap(Audience.init(rawValue:)) }

    /// A list of keys as stored.
    static func keys<Key: RawRepresentable<String>>(_ list: [Key]) -> String { KeyList.encode(list.map(\.rawValue)) }

    /// The exact point of the address, if it was given.
    var point: GeoPoint? { lat.flatMap { lat in lon.map { GeoPoint(lat: lat, lon: $0) } } }
}

extension ActorRow: Codable {
    private enum CodingKeys: String, CodingKey {
        case id, status, rejectionReason, submittedBy, decidedBy, decidedAt, isSample, createdAt, updatedAt
    }

    init(from decoder: any Decoder) throws {
        let columns = try decoder.container(keyedBy: CodingKeys.self)
        id = try columns.decode(UUID.self, forKey: .id)
        profile = try ActorProfile(from: decoder)
        status = try columns.decode(ActorStatus.self, forKey: .status)
        rejectionReason = try columns.decode(String.self, forKey: .rejectionReason)
        submittedBy = try columns.decodeIfPresent(UUID.self, forKey: .submittedBy)
        decidedBy = try columns.decodeIfPresent(UUID.self, forKey: .decidedBy)
        decidedAt = try columns.decodeIfPresent(Double.self, forKey: .decidedAt)
        isSample = try columns.decode(Bool.self, forKey: .isSample)
        createdAt = try columns.decode(Double.self, forKey: .createdAt)
        updatedAt = try columns.decode(Double.self, forKey: .updatedAt)
    }

    func encode(to encoder: any Encoder) throws {
        var columns = encoder.container(keyedBy: CodingKeys.self)
        try columns.encode(id, forKey: .id)
        try profile.encode(to: encoder)
        try columns.encode(status, forKey: .status)
        try columns.encode(rejectionReason, forKey: .rejectionReason)
        try columns.encodeIfPresent(submittedBy, forKey: .submittedBy)
        try columns.encodeIfPresent(decidedBy, forKey: .decidedBy)
        try columns.encodeIfPresent(decidedAt, forKey: .decidedAt)
        try columns.encode(isSample, forKey: .isSample)
        try columns.encode(createdAt, forKey: .createdAt)
        try columns.encode(updatedAt, forKey: .updatedAt)
    }
}

extension ActorQueries {
    /// An actor with the Quartiere it works in (`actor_areas`), as pages, exports and the API show it.
    @dynamicMemberLookup
    struct Actor: Sendable {
        var row: ActorRow
        /// The Quartiere the actor works in.
        var workAreaIDs: [Int]

        subscript<T>(dynamicMember keyPath: KeyPath<ActorRow, T>) -> T { row[keyPath: keyPath] }

        var name: String { row.profile.name }
        var isPublic: Bool { row.status == .approved }
        /// The Quartier that stands for the actor: its address's, otherwise the first it works in.
        var homeAreaID: Int? { row.profile.areaID ?? workAreaIDs.first }

        /// Where the actor is drawn on a map: its address, otherwise the middle of its first Quartier.
        func mapPoint(_ geography: GeographySnapshot) -> GeoPoint? {
            row.profile.point ?? homeAreaID.flatMap { geography.areas[$0] }.map { $0.shape.representativePoint }
        }
    }
}
