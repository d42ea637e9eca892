import Foundation

/// A row of `places`: a public place (Seniorenbüro, café, library …) with its address and accessibility facts.
/// Created with defaults for what a new place may leave out; `MeetingsWriter` stamps the times.
struct PlaceRow: Codable, Sendable {
    var id = UUID()
    var name: String
    var typeID: Int
    var street: String
    var postalCode: String
    var city: String
    var lat: Double
    var lon: Double
    var areaID: Int
    var stepFree = false
    var accessibleWC = false
    var elevator = false
    var hearingLoop = false
    var disabledParking = false
    var openingHours = ""
    var phone = ""
    var email = ""
    var website = ""
    var description = ""
    var ownerUserID: UUID?
    /// The actor of the Akteursnetz that runs the place.
    var ownerActorID: UUID?
    var status: PublicationStatus = .published
    var isSample = false
    var createdAt = 0.0
    var updatedAt = 0.0

    /// "Oesterholzstraße 12, 44145 Dortmund" (parts that are empty left out).
    var address: String {
        [street, [postalCode, city].filter { !$0.isEmpty }.joined(separator: " ")].filter { !$0.isEmpty }
            .joined(separator: ", ")
    }

    /// The accessibility facts that hold, in German.
    var accessibilityFacts: [String] {
        let t = Texts.Meetings.self
        return [(stepFree, t.stepFreeFact), (accessibleWC, t.accessibleWCFact), (elevator, t.elevatorFact),
                (hearingLoop, t.hearingLoopFact), (disabledParking, t.disabledParkingFact)]
            .filter(\.0).map(\.1)
    }
}

/// A place with the key and name of its type, as the pages and the API show it.
typealias PlaceWithType = Joined<PlaceRow, PlaceTypeColumns>

/// `t.key AS type_key, t.name AS type_name` of the place's type.
struct PlaceTypeColumns: Decodable, Sendable {
    var typeKey: String
    var typeName: String
}
