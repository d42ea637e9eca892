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
        var added = 0
        func insert(_ input: ActorWriter.ActorInput, status: ActorStatus = .approved) async throws -> UUID {
            added += 1
            return try await ActorWriter.insert(input, submittedBy: nil, status: status, isSample: true, on: sql)
        }
        func tie(_ a: UUID, _ b: UUID, _ kind: TieKind, _ status: TieStatus = .confirmed, note: String = "") async throws {
            _ = try await ActorWriter.proposeTie(source: a, target: b, kind: kind, note: note, by: nil, status: status, isSample: true, on: sql)
        }

        // the operators of the sample places
        let places = try await sql.raw("""
            SELECT p.id, p.name, p.area_id, p.lat, p.lon, p.street, t.key FROM places p JOIN place_types t ON t.id = p.type_id
            WHERE p.is_sample = \(bind: true) ORDER BY p.name
            """).all()
        var seniorenbueros: [Int: UUID] = [:]  // district id → actor
        var centres: [Int: UUID] = [:]
        var cafes: [Int: UUID] = [:]
        var placeOfActor: [UUID: UUID] = [:]
        for row in places {
            let key = try row.decode(column: "key", as: String.self)
            let areaID = try row.decode(column: "area_id", as: Int.self)
            guard let district = geography.areas[areaID].flatMap({ geography.parent(of: $0) }) else { continue }
            let (legal, topics, audiences, size): (LegalForm, [ActorTopic], [Audience], ActorSize)
            switch key {
            case "seniorenbuero": (legal, topics, audiences, size) = (.municipality, [.seniors, .loneliness, .neighbourhood, .care], [.seniors], .small)
            case "begegnungszentrum": (legal, topics, audiences, size) = (.welfare, [.neighbourhood, .loneliness, .family, .integration], [.everyone], .medium)
            case "cafe": (legal, topics, audiences, size) = (.association, [.neighbourhood, .loneliness, .culture], [.everyone], .tiny)
            default: continue
            }
            let name = try row.decode(column: "name", as: String.self)
            let id = try await insert(ActorWriter.ActorInput(
                name: name, legalForm: legal, topics: topics, audiences: audiences, hasFixedPlace: true,
                street: try row.decode(column: "street", as: String.self), postalCode: "",
                lat: try row.decode(column: "lat", as: Double.self), lon: try row.decode(column: "lon", as: Double.self),
                areaID: areaID, workAreaIDs: [areaID], contactEmail: "", contactPhone: "0231 50-10000", website: "",
                description: "Beispielakteur: betreibt den gleichnamigen Beispielort.", foundedYear: nil, size: size))
            let placeID = try row.decode(column: "id", as: UUID.self)
            placeOfActor[id] = placeID
            try await sql.update("places").set("owner_actor_id", to: id).where("id", .equal, placeID).run()
            try await sql.update("offers").set("organiser_actor_id", to: id).where("place_id", .equal, placeID).run()
            switch key {
            case "seniorenbuero": seniorenbueros[district.id] = id
            case "begegnungszentrum": centres[district.id] = id
            default: cafes[district.id] = id
            }
        }

        // the city's network office, which every Seniorenbüro belongs to
        let innenstadtWest = geography.all(.district).first { $0.name.contains("Innenstadt-West") } ?? geography.all(.district)[0]
        let office = try await insert(ActorWriter.ActorInput(
            name: "Netzwerk gegen Einsamkeit (Koordinierungsstelle)", legalForm: .municipality,
            topics: [.loneliness, .neighbourhood, .seniors, .socialInnovation], audiences: [.everyone], hasFixedPlace: false,
            street: "", postalCode: "", lat: nil, lon: nil, areaID: nil,
            workAreaIDs: geography.children(of: innenstadtWest).map(\.id), contactEmail: "einsamkeit@beispiel.invalid",
            contactPhone: "", website: "", description: "Beispielakteur: verbindet die Seniorenbüros und Initiativen der Stadt.",
            foundedYear: 2024, size: .small))
        for district in geography.all(.district) {
            guard let sb = seniorenbueros[district.id] else { continue }
            try await tie(sb, office, .memberOf)
            if let centre = centres[district.id] {
                try await tie(sb, centre, .cooperation, note: "Mittagstisch und Besuchsdienst")
                // one offer of the centre at the Seniorenbüro: a derived tie "gemeinsames Angebot"
                if let place = placeOfActor[sb] {
                    let offer = try await sql.raw("""
                        SELECT id FROM offers WHERE place_id = \(bind: place) ORDER BY title LIMIT 1
                        """).first()?.decode(column: "id", as: UUID.self)
                    if let offer { try await sql.update("offers").set("organiser_actor_id", to: centre).where("id", .equal, offer).run() }
                }
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
    static func linkDemoEditor(_ userID: UUID, on sql: any SQLDatabase) async throws {
        let rows = try await sql.raw("""
            SELECT id FROM actors WHERE is_sample = \(bind: true) AND name IN (\(binds: ["Werkstatt Unionviertel", "Seniorenbüro Hombruch"]))
            """).all()
        for row in rows { try await ActorWriter.addEditor(actorID: try row.decode(column: "id", as: UUID.self), userID: userID, on: sql) }
    }

    private func input(_ i: Initiative, street: String, point: GeoPoint?, area: AreaRecord) -> ActorWriter.ActorInput {
        let fixed = !street.isEmpty
        return ActorWriter.ActorInput(
            name: i.name, legalForm: i.legalForm, topics: i.topics, audiences: i.audiences, hasFixedPlace: fixed,
            street: street, postalCode: "", lat: fixed ? point?.lat : nil, lon: fixed ? point?.lon : nil,
            areaID: fixed ? area.id : nil, workAreaIDs: [area.id], contactEmail: "kontakt@beispiel.invalid", contactPhone: "",
            website: "", description: "Beispielakteur: " + i.text, foundedYear: i.founded, size: i.size)
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
