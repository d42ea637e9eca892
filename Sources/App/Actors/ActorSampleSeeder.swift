import Foundation
import GemeinsamCore
import SQLKit
import Vapor

/// Sample actors ("Beispiel") so that the directory and the network pages show something on a fresh install:
/// the operators of the sample places of Begegnung, a cluster of initiatives around the Rheinische Straße (the
/// hotspot the TU Dortmund study found), a small network in the south that touches nothing else, cooperations,
/// offers at partners' places (derived ties), two open proposals and two entries waiting for review.
struct ActorSampleSeeder: SampleContent.Seeder {
    var name: String { "Akteursnetz" }

    func seed(_ app: Application) async throws -> Int {
        try await app.db.transaction { db in try await seed(app, on: db.sql) }
    }

    private struct Initiative {
        var name: String
        var legalForm: LegalForm
        var topics: [ActorTopic]
        var audiences: [Audience]
        var size: ActorSize
        var founded: Int
        var text: String
    }

    private static let rheinische: [Initiative] = [
        Initiative(name: "Werkstatt Unionviertel", legalForm: .association, topics: [.making, .socialInnovation, .neighbourhood],
                   audiences: [.everyone], size: .small, founded: 2014, text: "Offene Werkstatt mit Repair-Café, 3D-Druck und Nähmaschinen."),
        Initiative(name: "Stadtlabor West", legalForm: .cooperative, topics: [.socialInnovation, .housing, .environment],
                   audiences: [.everyone], size: .small, founded: 2013, text: "Beteiligung und Experimente für ein lebenswertes Quartier."),
        Initiative(name: "Kulturhof Rheinische", legalForm: .association, topics: [.culture, .neighbourhood, .integration],
                   audiences: [.everyone, .migration], size: .small, founded: 2016, text: "Konzerte, Lesungen und ein Hofcafé für die Nachbarschaft."),
        Initiative(name: "Gemeinschaftsgarten Westpark", legalForm: .informal, topics: [.environment, .neighbourhood, .loneliness],
                   audiences: [.everyone, .seniors], size: .tiny, founded: 2018, text: "Gemeinsam gärtnern, ernten und kochen."),
        Initiative(name: "Sozialkaufhaus West", legalForm: .charitableCompany, topics: [.poverty, .work, .making],
                   audiences: [.everyone], size: .medium, founded: 2009, text: "Gebrauchtwaren, Qualifizierung und ein Treffpunkt mit Kaffee."),
        Initiative(name: "Lastenrad-Verleih Dortmund-West", legalForm: .informal, topics: [.mobility, .environment, .neighbourhood],
                   audiences: [.everyone, .families], size: .tiny, founded: 2019, text: "Kostenlose Lastenräder zum Ausleihen."),
        Initiative(name: "Coworking für gute Ideen", legalForm: .socialEnterprise, topics: [.socialInnovation, .work, .education],
                   audiences: [.everyone], size: .small, founded: 2017, text: "Arbeitsplätze und Beratung für soziale Gründungen."),
        Initiative(name: "Nachbarschaftsnetz Westend", legalForm: .association, topics: [.loneliness, .neighbourhood, .seniors],
                   audiences: [.seniors, .everyone], size: .small, founded: 2012, text: "Besuchsdienst, Telefonkette und Mittagstisch."),
    ]

    private static let south: [Initiative] = [
        Initiative(name: "Dorfgemeinschaft am Südhang", legalForm: .association, topics: [.neighbourhood, .seniors, .loneliness],
                   audiences: [.seniors], size: .small, founded: 1998, text: "Nachbarschaftshilfe und Seniorennachmittage."),
        Initiative(name: "Wanderfreunde Süd", legalForm: .association, topics: [.health, .seniors, .neighbourhood],
                   audiences: [.everyone, .seniors], size: .small, founded: 2005, text: "Geführte Spaziergänge für alle Tempi."),
        Initiative(name: "Repair-Treff Süd", legalForm: .informal, topics: [.making, .environment, .neighbourhood],
                   audiences: [.everyone], size: .tiny, founded: 2020, text: "Einmal im Monat: Reparieren statt wegwerfen."),
        Initiative(name: "Kirchengemeinde am Hang – Besuchskreis", legalForm: .church, topics: [.loneliness, .seniors, .care],
                   audiences: [.seniors], size: .small, founded: 1990, text: "Besuche bei allein lebenden älteren Menschen."),
    ]

    private func seed(_ app: Application, on sql: any SQLDatabase) async throws -> Int {
        guard try await sql.select().column("id").from("actors").where("is_sample", .equal, true).limit(1).all().isEmpty else { return 0 }
        let geography = app.geographyStore.snapshot
        let now = app.clock.now
        var added = 0
        func insert(_ profile: ActorProfile, workAreaIDs: [Int], status: ActorStatus = .approved) async throws -> UUID {
            added += 1
            return try await ActorWriter.insert(ActorRow(profile: profile, status: status, isSample: true), workAreaIDs: workAreaIDs,
                                                now: now, on: sql)
        }
        func insert(_ sample: (ActorProfile, workAreaIDs: [Int]), status: ActorStatus = .approved) async throws -> UUID {
            try await insert(sample.0, workAreaIDs: sample.workAreaIDs, status: status)
        }
        func tie(_ a: UUID, _ b: UUID, _ kind: TieKind, _ status: TieStatus = .confirmed, note: String = "") async throws {
            _ = try await ActorWriter.proposeTie(ActorTieRow(sourceActorID: a, targetActorID: b, kind: kind, status: status, note: note,
                                                             isSample: true), now: now, on: sql)
        }

        // the operators of the sample places
        var seniorenbueros: [Int: UUID] = [:]  // district id → actor
        var centres: [Int: UUID] = [:]
        var cafes: [Int: UUID] = [:]
        var placeOfActor: [UUID: UUID] = [:]
        for place in try await ActorPlaces.samplePlaces(on: sql) {
            guard let district = geography.areas[place.areaID].flatMap({ geography.parent(of: $0) }) else { continue }
            let (legal, topics, audiences, size): (LegalForm, [ActorTopic], [Audience], ActorSize)
            switch place.typeKey {
            case "seniorenbuero": (legal, topics, audiences, size) = (.municipality, [.seniors, .loneliness, .neighbourhood, .care], [.seniors], .small)
            case "begegnungszentrum": (legal, topics, audiences, size) = (.welfare, [.neighbourhood, .loneliness, .family, .integration], [.everyone], .medium)
            case "cafe": (legal, topics, audiences, size) = (.association, [.neighbourhood, .loneliness, .culture], [.everyone], .tiny)
            default: continue
            }
            let id = try await insert(ActorProfile(
                name: place.name, legalForm: legal, topics: ActorProfile.keys(topics), audiences: ActorProfile.keys(audiences),
                hasFixedPlace: true, street: place.street, postalCode: "", lat: place.lat, lon: place.lon, areaID: place.areaID,
                contactEmail: "", contactPhone: "0231 50-10000", website: "",
                description: "Beispielakteur: betreibt den gleichnamigen Beispielort.", foundedYear: nil, sizeRange: size),
                workAreaIDs: [place.areaID])
            placeOfActor[id] = place.id
            try await ActorPlaces.link(place: place.id, to: id, on: sql)
            switch place.typeKey {
            case "seniorenbuero": seniorenbueros[district.id] = id
            case "begegnungszentrum": centres[district.id] = id
            default: cafes[district.id] = id
            }
        }

        // the city's network office, which every Seniorenbüro belongs to
        let innenstadtWest = geography.all(.district).first { $0.name.contains("Innenstadt-West") } ?? geography.all(.district)[0]
        let office = try await insert(ActorProfile(
            name: "Netzwerk gegen Einsamkeit (Koordinierungsstelle)", legalForm: .municipality,
            topics: ActorProfile.keys([ActorTopic.loneliness, .neighbourhood, .seniors, .socialInnovation]),
            audiences: ActorProfile.keys([Audience.everyone]), hasFixedPlace: false, street: "", postalCode: "", lat: nil, lon: nil,
            areaID: nil, contactEmail: "einsamkeit@beispiel.invalid", contactPhone: "", website: "",
            description: "Beispielakteur: verbindet die Seniorenbüros und Initiativen der Stadt.", foundedYear: 2024, sizeRange: .small),
            workAreaIDs: geography.children(of: innenstadtWest).map(\.id))
        for district in geography.all(.district) {
            guard let sb = seniorenbueros[district.id] else { continue }
            try await tie(sb, office, .memberOf)
            if let centre = centres[district.id] {
                try await tie(sb, centre, .cooperation, note: "Mittagstisch und Besuchsdienst")
                // one offer of the centre at the Seniorenbüro: a derived tie "gemeinsames Angebot"
                if let place = placeOfActor[sb] { try await ActorPlaces.handFirstOffer(at: place, to: centre, on: sql) }
            }
            if let cafe = cafes[district.id], let centre = centres[district.id], district.id % 2 == 0 {
                try await tie(cafe, centre, .jointOffer, note: "Erzählcafé")
            }
        }

        // the Rheinische Straße hotspot
        let west = PlaceLocator.streetQuartiere("Rheinische Straße", geography: geography).first
            ?? geography.children(of: innenstadtWest).first!
        var cluster: [UUID] = []
        for (i, initiative) in Self.rheinische.enumerated() {
            let point = Self.spot(in: west, index: i)
            cluster.append(try await insert(input(initiative, street: "Rheinische Straße \(20 + i * 7)", point: point, area: west)))
        }
        for i in cluster.indices {
            try await tie(cluster[i], cluster[(i + 1) % cluster.count], .cooperation)
            if i % 2 == 0 { try await tie(cluster[i], cluster[(i + 3) % cluster.count], .jointOffer) }
        }
        try await tie(cluster[1], office, .funding, note: "Ideenwettbewerb gegen Einsamkeit")
        try await tie(cluster[7], cluster[0], .roomUse, note: "Treffen in der Werkstatt")

        // a small network in the south that touches no other actor
        let southDistrict = geography.all(.district).first { $0.name.contains("Hombruch") } ?? geography.all(.district).last!
        let southQuartier = geography.children(of: southDistrict).first!
        var southIDs: [UUID] = []
        for (i, initiative) in Self.south.enumerated() {
            let point = Self.spot(in: southQuartier, index: i)
            southIDs.append(try await insert(input(initiative, street: i == 2 ? "" : "Am Südhang \(3 + i * 4)", point: i == 2 ? nil : point,
                                                   area: southQuartier)))
        }
        try await tie(southIDs[0], southIDs[1], .cooperation)
        try await tie(southIDs[0], southIDs[3], .cooperation, note: "Besuchskreis")
        try await tie(southIDs[1], southIDs[2], .memberOf)

        // open proposals and entries waiting for review
        try await tie(southIDs[3], seniorenbueros[southDistrict.id] ?? office, .cooperation, .proposed, note: "Gemeinsamer Seniorennachmittag")
        try await tie(cluster[4], office, .cooperation, .proposed)
        _ = try await insert(input(Initiative(
            name: "Nachbarschaftstisch Nordmarkt", legalForm: .informal, topics: [.neighbourhood, .integration, .loneliness],
            audiences: [.everyone, .migration], size: .tiny, founded: 2026, text: "Einmal pro Woche kochen Nachbar*innen füreinander."),
            street: "", point: nil, area: geography.all(.statisticalDistrict).first { $0.name.contains("Nordmarkt") } ?? west), status: .submitted)
        _ = try await insert(input(Initiative(
            name: "Digital-Paten Eving", legalForm: .association, topics: [.seniors, .education, .loneliness],
            audiences: [.seniors], size: .small, founded: 2021, text: "Ehrenamtliche helfen bei Smartphone und Tablet."),
            street: "", point: nil, area: geography.all(.statisticalDistrict).first { $0.name.contains("Eving") } ?? west), status: .submitted)
        return added
    }

    /// The demo actor account (only with DEMO_ACCOUNTS_PASSWORD; created after the sample content) edits the
    /// sample workshop and the Seniorenbüro in Hombruch, which has an open cooperation request.
    static func linkDemoEditor(_ userID: UUID, now: Date, on sql: any SQLDatabase) async throws {
        let rows = try await sql.raw("""
            SELECT id FROM actors WHERE is_sample = \(bind: true) AND name IN (\(binds: ["Werkstatt Unionviertel", "Seniorenbüro Hombruch"]))
            """).all()
        for row in rows { try await ActorWriter.addEditor(actorID: try row.decode(column: "id", as: UUID.self), userID: userID, now: now, on: sql) }
    }

    private func input(_ i: Initiative, street: String, point: GeoPoint?, area: AreaRecord) -> (ActorProfile, workAreaIDs: [Int]) {
        let fixed = !street.isEmpty
        return (ActorProfile(
            name: i.name, legalForm: i.legalForm, topics: ActorProfile.keys(i.topics), audiences: ActorProfile.keys(i.audiences),
            hasFixedPlace: fixed, street: street, postalCode: "", lat: fixed ? point?.lat : nil, lon: fixed ? point?.lon : nil,
            areaID: fixed ? area.id : nil, contactEmail: "kontakt@beispiel.invalid", contactPhone: "",
            website: "", description: "Beispielakteur: " + i.text, foundedYear: i.founded, sizeRange: i.size), [area.id])
    }

    /// A point inside the Quartier near its middle, different for each index.
    private static func spot(in area: AreaRecord, index: Int) -> GeoPoint {
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
