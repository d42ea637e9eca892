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
        try await app.db.transaction { db in
            var seeding = Seeding(sql: db.sql, now: app.clock.now, geography: app.geographyStore.snapshot)
            return try await seeding.run()
        }
    }

    /// The demo actor account (only with DEMO_ACCOUNTS_PASSWORD; created after the sample content) edits the
    /// sample workshop and the Seniorenbüro in Hombruch, which has an open cooperation request.
    static func linkDemoEditor(_ userID: UUID, now: Date, on sql: any SQLDatabase) async throws {
        let rows = try await sql.raw("""
            SELECT id FROM actors WHERE is_sample = \(bind: true) AND name IN (\(binds: ["Werkstatt Unionviertel", "Seniorenbüro Hombruch"]))
            """).all()
        for row in rows { try await ActorWriter.addEditor(actorID: try row.decode(column: "id", as: UUID.self), userID: userID, now: now, on: sql) }
    }
}

/// One run of the seeder: every actor and tie is sample content with the same time.
private struct Seeding {
    let sql: any SQLDatabase
    let now: Date
    let geography: GeographySnapshot
    var added = 0

    /// The actors running the sample places, by district id.
    struct Operators {
        var seniorOffices: [Int: UUID] = [:]
        var centres: [Int: UUID] = [:]
        var cafes: [Int: UUID] = [:]
        var placeOfActor: [UUID: UUID] = [:]
    }

    mutating func run() async throws -> Int {
        guard try await sql.select().column("id").from("actors").where("is_sample", .equal, true).limit(1).all().isEmpty else { return 0 }
        let operators = try await placeOperators()
        let innenstadtWest = geography.all(.district).first { $0.name.contains("Innenstadt-West") } ?? geography.all(.district)[0]
        let office = try await networkOffice(operators, workingIn: innenstadtWest)

        // the Rheinische Straße hotspot
        let west = PlaceLocator.streetQuartiere("Rheinische Straße", geography: geography).first
            ?? geography.children(of: innenstadtWest).first!
        var cluster: [UUID] = []
        for (i, profile) in ActorSamples.rheinische.enumerated() {
            let point = ActorSamples.spot(in: west, index: i)
            cluster.append(try await insert(ActorSamples.placed(profile, street: "Rheinische Straße \(20 + i * 7)", point: point, area: west)))
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
        var south: [UUID] = []
        for (i, profile) in ActorSamples.south.enumerated() {
            let point = ActorSamples.spot(in: southQuartier, index: i)
            south.append(try await insert(ActorSamples.placed(profile, street: i == 2 ? "" : "Am Südhang \(3 + i * 4)",
                                                              point: i == 2 ? nil : point, area: southQuartier)))
        }
        try await tie(south[0], south[1], .cooperation)
        try await tie(south[0], south[3], .cooperation, note: "Besuchskreis")
        try await tie(south[1], south[2], .memberOf)

        // open proposals and entries waiting for review
        try await tie(south[3], operators.seniorOffices[southDistrict.id] ?? office, .cooperation, .proposed,
                      note: "Gemeinsamer Seniorennachmittag")
        try await tie(cluster[4], office, .cooperation, .proposed)
        for (profile, quartier) in ActorSamples.waiting {
            let area = geography.all(.statisticalDistrict).first { $0.name.contains(quartier) } ?? west
            _ = try await insert(ActorSamples.placed(profile, street: "", point: nil, area: area), status: .submitted)
        }
        return added
    }

    /// An actor for every sample Seniorenbüro, Begegnungszentrum and café, running the place and its offers.
    private mutating func placeOperators() async throws -> Operators {
        var operators = Operators()
        for place in try await ActorPlaces.samplePlaces(on: sql) {
            guard let district = geography.areas[place.areaID].flatMap({ geography.parent(of: $0) }),
                  let profile = ActorSamples.placeOperator(place)
            else { continue }
            let id = try await insert((profile, [place.areaID]))
            operators.placeOfActor[id] = place.id
            try await ActorPlaces.link(place: place.id, to: id, on: sql)
            switch place.typeKey {
            case "seniorenbuero": operators.seniorOffices[district.id] = id
            case "begegnungszentrum": operators.centres[district.id] = id
            default: operators.cafes[district.id] = id
            }
        }
        return operators
    }

    /// The city's network office, which every Seniorenbüro belongs to; the centres cooperate with the Seniorenbüros
    /// and run an offer at them, and every other district's café runs one with its centre.
    private mutating func networkOffice(_ operators: Operators, workingIn district: AreaRecord) async throws -> UUID {
        let office = try await insert((ActorSamples.office, geography.children(of: district).map(\.id)))
        for district in geography.all(.district) {
            guard let seniorOffice = operators.seniorOffices[district.id] else { continue }
            try await tie(seniorOffice, office, .memberOf)
            if let centre = operators.centres[district.id] {
                try await tie(seniorOffice, centre, .cooperation, note: "Mittagstisch und Besuchsdienst")
                // one offer of the centre at the Seniorenbüro: a derived tie "gemeinsames Angebot"
                if let place = operators.placeOfActor[seniorOffice] { try await ActorPlaces.handFirstOffer(at: place, to: centre, on: sql) }
            }
            if let cafe = operators.cafes[district.id], let centre = operators.centres[district.id], district.id % 2 == 0 {
                try await tie(cafe, centre, .jointOffer, note: "Erzählcafé")
            }
        }
        return office
    }

    private mutating func insert(_ sample: (ActorProfile, workAreaIDs: [Int]), status: ActorStatus = .approved) async throws -> UUID {
        added += 1
        return try await ActorWriter.insert(ActorRow(profile: sample.0, status: status, isSample: true), workAreaIDs: sample.workAreaIDs,
                                            now: now, on: sql)
    }

    private func tie(_ a: UUID, _ b: UUID, _ kind: TieKind, _ status: TieStatus = .confirmed, note: String = "") async throws {
        _ = try await ActorWriter.proposeTie(ActorTieRow(sourceActorID: a, targetActorID: b, kind: kind, status: status, note: note,
                                                         isSample: true), now: now, on: sql)
    }
}
