import Foundation
import GemeinsamCore

/// The sample actors' profiles: initiatives around the Rheinische Straße, a small network in the south, two entries
/// waiting for review, the city's network office and the operators of Begegnung's sample places.
enum ActorSamples {
    static let rheinische: [ActorProfile] = [
        initiative("Werkstatt Unionviertel", .association, [.making, .socialInnovation, .neighbourhood], [.everyone], .small,
                   founded: 2014, "Offene Werkstatt mit Repair-Café, 3D-Druck und Nähmaschinen."),
        initiative("Stadtlabor West", .cooperative, [.socialInnovation, .housing, .environment], [.everyone], .small,
                   founded: 2013, "Beteiligung und Experimente für ein lebenswertes Quartier."),
        initiative("Kulturhof Rheinische", .association, [.culture, .neighbourhood, .integration], [.everyone, .migration], .small,
                   founded: 2016, "Konzerte, Lesungen und ein Hofcafé für die Nachbarschaft."),
        initiative("Gemeinschaftsgarten Westpark", .informal, [.environment, .neighbourhood, .loneliness], [.everyone, .seniors], .tiny,
                   founded: 2018, "Gemeinsam gärtnern, ernten und kochen."),
        initiative("Sozialkaufhaus West", .charitableCompany, [.poverty, .work, .making], [.everyone], .medium,
                   founded: 2009, "Gebrauchtwaren, Qualifizierung und ein Treffpunkt mit Kaffee."),
        initiative("Lastenrad-Verleih Dortmund-West", .informal, [.mobility, .environment, .neighbourhood], [.everyone, .families], .tiny,
                   founded: 2019, "Kostenlose Lastenräder zum Ausleihen."),
        initiative("Coworking für gute Ideen", .socialEnterprise, [.socialInnovation, .work, .education], [.everyone], .small,
                   founded: 2017, "Arbeitsplätze und Beratung für soziale Gründungen."),
        initiative("Nachbarschaftsnetz Westend", .association, [.loneliness, .neighbourhood, .seniors], [.seniors, .everyone], .small,
                   founded: 2012, "Besuchsdienst, Telefonkette und Mittagstisch."),
    ]

    static let south: [ActorProfile] = [
        initiative("Dorfgemeinschaft am Südhang", .association, [.neighbourhood, .seniors, .loneliness], [.seniors], .small,
                   founded: 1998, "Nachbarschaftshilfe und Seniorennachmittage."),
        initiative("Wanderfreunde Süd", .association, [.health, .seniors, .neighbourhood], [.everyone, .seniors], .small,
                   founded: 2005, "Geführte Spaziergänge für alle Tempi."),
        initiative("Repair-Treff Süd", .informal, [.making, .environment, .neighbourhood], [.everyone], .tiny,
                   founded: 2020, "Einmal im Monat: Reparieren statt wegwerfen."),
        initiative("Kirchengemeinde am Hang – Besuchskreis", .church, [.loneliness, .seniors, .care], [.seniors], .small,
                   founded: 1990, "Besuche bei allein lebenden älteren Menschen."),
    ]

    /// Submitted, waiting for the coordinators, each with the name part of the Quartier it works in.
    static let waiting: [(profile: ActorProfile, quartier: String)] = [
        (initiative("Nachbarschaftstisch Nordmarkt", .informal, [.neighbourhood, .integration, .loneliness], [.everyone, .migration],
                    .tiny, founded: 2026, "Einmal pro Woche kochen Nachbar*innen füreinander."), "Nordmarkt"),
        (initiative("Digital-Paten Eving", .association, [.seniors, .education, .loneliness], [.seniors], .small,
                    founded: 2021, "Ehrenamtliche helfen bei Smartphone und Tablet."), "Eving"),
    ]

    static let office = ActorProfile(
        name: "Netzwerk gegen Einsamkeit (Koordinierungsstelle)", legalForm: .municipality,
        topics: ActorProfile.keys([ActorTopic.loneliness, .neighbourhood, .seniors, .socialInnovation]),
        audiences: ActorProfile.keys([Audience.everyone]), hasFixedPlace: false, street: "", postalCode: "", lat: nil, lon: nil,
        areaID: nil, contactEmail: "einsamkeit@beispiel.invalid", contactPhone: "", website: "",
        description: "Beispielakteur: verbindet die Seniorenbüros und Initiativen der Stadt.", foundedYear: 2024, sizeRange: .small)

    /// The actor that runs a sample place of this type (Seniorenbüro, Begegnungszentrum, café); nil for other types.
    static func placeOperator(_ place: ActorPlaces.SamplePlace) -> ActorProfile? {
        let (legal, topics, audiences, size): (LegalForm, [ActorTopic], [Audience], ActorSize)
        switch place.typeKey {
        case "seniorenbuero": (legal, topics, audiences, size) = (.municipality, [.seniors, .loneliness, .neighbourhood, .care], [.seniors], .small)
        case "begegnungszentrum": (legal, topics, audiences, size) = (.welfare, [.neighbourhood, .loneliness, .family, .integration], [.everyone], .medium)
        case "cafe": (legal, topics, audiences, size) = (.association, [.neighbourhood, .loneliness, .culture], [.everyone], .tiny)
        default: return nil
        }
        return ActorProfile(
            name: place.name, legalForm: legal, topics: ActorProfile.keys(topics), audiences: ActorProfile.keys(audiences),
            hasFixedPlace: true, street: place.street, postalCode: "", lat: place.lat, lon: place.lon, areaID: place.areaID,
            contactEmail: "", contactPhone: "0231 50-10000", website: "",
            description: "Beispielakteur: betreibt den gleichnamigen Beispielort.", foundedYear: nil, sizeRange: size)
    }

    /// An initiative without a fixed place yet (see `placed`).
    private static func initiative(_ name: String, _ legalForm: LegalForm, _ topics: [ActorTopic], _ audiences: [Audience],
                                   _ size: ActorSize, founded: Int, _ text: String) -> ActorProfile {
        ActorProfile(name: name, legalForm: legalForm, topics: ActorProfile.keys(topics), audiences: ActorProfile.keys(audiences),
                     hasFixedPlace: false, street: "", postalCode: "", lat: nil, lon: nil, areaID: nil,
                     contactEmail: "kontakt@beispiel.invalid", contactPhone: "", website: "", description: "Beispielakteur: " + text,
                     foundedYear: founded, sizeRange: size)
    }

    /// The profile at `street` in the Quartier (no fixed place when `street` is empty); it works in that Quartier.
    static func placed(_ profile: ActorProfile, street: String, point: GeoPoint?, area: AreaRecord) -> (ActorProfile, workAreaIDs: [Int]) {
        var profile = profile
        if !street.isEmpty {
            profile.hasFixedPlace = true
            profile.street = street
            profile.lat = point?.lat
            profile.lon = point?.lon
            profile.areaID = area.id
        }
        return (profile, [area.id])
    }

    /// A point inside the Quartier near its middle, different for each index.
    static func spot(in area: AreaRecord, index: Int) -> GeoPoint {
        let center = area.shape.representativePoint
        for k in 0..<12 {
            let angle = Double(index + k) * 0.9
            let radius = 0.0008 + 0.0004 * Double((index + k) % 4)
            let candidate = GeoPoint(lat: center.lat + radius * cos(angle), lon: center.lon + 1.6 * radius * sin(angle))
            if area.shape.contains(candidate) { return candidate }
        }
        return center
    }
}
