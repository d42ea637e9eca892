import Fluent
import Foundation
import GemeinsamCore
import SQLKit
import Vapor

/// Sample places and offers ("Beispiel"): a Seniorenbüro in every Stadtbezirk and further places, each with
/// offers on varied schedules. Locations are approximate (a street in the right Quartier, no house number).
struct SampleMeetings: SampleContent.Seeder {
    var name: String { "Begegnung" }

    private struct PlaceTemplate: Sendable {
        var type: String
        var name: @Sendable (String) -> String
        var stepFree: Bool
        var wc: Bool
    }

    private struct OfferTemplate: Sendable {
        var title: String
        var text: String
        var category: OfferCategory
        var audiences: [Audience]
        var languages: [String]
        var cost: CostKind
        var cents: Int?
        var registration: String?
        var schedule: @Sendable (CalendarDate) throws -> Schedule
    }

    private static let placeTemplates: [PlaceTemplate] = [
        PlaceTemplate(type: "seniorenbuero", name: { "Seniorenbüro \($0)" }, stepFree: true, wc: true),
        PlaceTemplate(type: "begegnungszentrum", name: { "Begegnungszentrum \($0)" }, stepFree: true, wc: true),
        PlaceTemplate(type: "bibliothek", name: { "Stadtteilbibliothek \($0)" }, stepFree: true, wc: false),
        PlaceTemplate(type: "cafe", name: { "Nachbarschaftscafé \($0)" }, stepFree: false, wc: false),
    ]

    private static func t(_ h: Int, _ m: Int = 0) throws -> CalendarTime { try CalendarTime(hour: h, minute: m) }

    private static let offerTemplates: [OfferTemplate] = [
        OfferTemplate(title: "Offener Treff mit Kaffee und Kuchen",
                      text: "Einfach vorbeikommen, ins Gespräch kommen und Nachbarinnen und Nachbarn kennenlernen.\n\nKaffee und Kuchen gibt es gegen eine kleine Spende.",
                      category: .meeting, audiences: [.everyone], languages: ["de"], cost: .donation, cents: nil, registration: nil,
                      schedule: { try .weekly(on: [.tuesday], from: t(14), to: t(16), firstDate: $0) }),
        OfferTemplate(title: "Sitzgymnastik",
                      text: "Sanfte Bewegung im Sitzen, für alle, die beweglich bleiben möchten. Keine Vorkenntnisse nötig.",
                      category: .movement, audiences: [.seniors], languages: ["de"], cost: .free, cents: nil, registration: nil,
                      schedule: { try .weekly(on: [.monday, .thursday], from: t(10), to: t(11), firstDate: $0) }),
        OfferTemplate(title: "Handy- und Tablet-Sprechstunde",
                      text: "Fragen zu Smartphone, Tablet oder Videotelefonie? Ehrenamtliche helfen Schritt für Schritt.\n\nBitte das eigene Gerät mitbringen.",
                      category: .digital, audiences: [.seniors, .everyone], languages: ["de", "tr"], cost: .free, cents: nil,
                      registration: "Bitte vorher im Seniorenbüro anmelden, telefonisch oder persönlich.",
                      schedule: { try .weekly(on: [.wednesday], everyWeeks: 2, from: t(10), to: t(12), firstDate: $0) }),
        OfferTemplate(title: "Spielenachmittag",
                      text: "Rommé, Skat, Mensch ärgere dich nicht und neue Spiele – allein kommen, gemeinsam spielen.",
                      category: .games, audiences: [.everyone], languages: ["de"], cost: .free, cents: nil, registration: nil,
                      schedule: { try .weekly(on: [.friday], from: t(15), to: t(17, 30), firstDate: $0) }),
        OfferTemplate(title: "Mittagstisch",
                      text: "Gemeinsam essen statt allein: ein warmes Mittagessen in netter Runde.",
                      category: .food, audiences: [.seniors, .everyone], languages: ["de"], cost: .amount, cents: 450,
                      registration: "Anmeldung bis zum Vortag, 12 Uhr.",
                      schedule: { try .weekly(on: [.monday, .wednesday, .friday], from: t(12), to: t(13, 30), firstDate: $0) }),
        OfferTemplate(title: "Sprachcafé Deutsch",
                      text: "Deutsch sprechen üben in entspannter Runde. Alle Sprachniveaus sind willkommen.",
                      category: .education, audiences: [.migration, .everyone], languages: ["de", "ar", "uk"], cost: .free, cents: nil,
                      registration: nil,
                      schedule: { try .weekly(on: [.thursday], from: t(17), to: t(18, 30), firstDate: $0) }),
        OfferTemplate(title: "Quartiersspaziergang",
                      text: "Gemeinsam das Quartier entdecken, in gemütlichem Tempo, mit Pausen. Treffpunkt vor dem Eingang.",
                      category: .outings, audiences: [.everyone], languages: ["de"], cost: .free, cents: nil, registration: nil,
                      schedule: { try .monthly(ordinal: 1, weekday: .saturday, from: t(10), to: t(12), firstDate: $0) }),
        OfferTemplate(title: "Repair-Café",
                      text: "Kaputter Toaster, wackeliger Stuhl? Ehrenamtliche reparieren gemeinsam mit Ihnen.",
                      category: .crafts, audiences: [.everyone], languages: ["de"], cost: .donation, cents: nil, registration: nil,
                      schedule: { try .monthly(ordinal: -1, weekday: .saturday, from: t(11), to: t(15), firstDate: $0) }),
        OfferTemplate(title: "Beratung rund ums Älterwerden",
                      text: "Pflege, Wohnen, Freizeit: Wir beraten Sie vertraulich und kostenlos.",
                      category: .advice, audiences: [.seniors, .families], languages: ["de", "tr", "ru"], cost: .free, cents: nil,
                      registration: "Termin nach Vereinbarung oder in der offenen Sprechstunde.",
                      schedule: { try .weekly(on: [.tuesday, .thursday], from: t(9), to: t(12), firstDate: $0) }),
        OfferTemplate(title: "Singkreis",
                      text: "Volkslieder, Schlager und Lieder aus aller Welt. Notenkenntnisse braucht niemand.",
                      category: .culture, audiences: [.everyone, .seniors], languages: ["de"], cost: .free, cents: nil, registration: nil,
                      schedule: { try .weekly(on: [.wednesday], everyWeeks: 2, from: t(16), to: t(17, 30), firstDate: $0) }),
        OfferTemplate(title: "Frauenfrühstück",
                      text: "Ein Frühstück unter Frauen mit Zeit zum Reden und Zuhören.",
                      category: .meeting, audiences: [.women], languages: ["de", "tr", "ar"], cost: .amount, cents: 300,
                      registration: nil,
                      schedule: { try .monthly(ordinal: 2, weekday: .sunday, from: t(10), to: t(12), firstDate: $0) }),
        OfferTemplate(title: "Nachbarschaftsfest im Advent",
                      text: "Glühwein, Waffeln und Musik: ein Fest für die ganze Nachbarschaft.",
                      category: .meeting, audiences: [.everyone, .families], languages: ["de"], cost: .free, cents: nil,
                      registration: nil,
                      schedule: { first in
                          let date = try CalendarDate(year: first.year, month: 12, day: 12)
                          return try .once(on: date < first ? first.adding(days: 14)! : date, from: t(15), to: t(19))
                      }),
    ]

    /// A point inside the area but away from its label, different for each place of the area.
    private static func spot(in shape: GeoShape, index: Int) -> GeoPoint {
        let center = shape.representativePoint
        let offsets: [(Double, Double)] = [(0.0025, 0.004), (-0.0025, -0.004), (0.003, -0.005), (-0.003, 0.005), (0.0015, 0.0)]
        for k in 0..<offsets.count {
            let (dLat, dLon) = offsets[(index + k) % offsets.count]
            let candidate = GeoPoint(lat: center.lat + dLat, lon: center.lon + dLon)
            if shape.contains(candidate) { return candidate }
        }
        return center
    }

    func seed(_ app: Application) async throws -> Int {
        // one transaction: hundreds of small inserts, one commit
        try await app.db.transaction { db in try await seed(app, on: db.sql) }
    }

    private func seed(_ app: Application, on sql: any SQLDatabase) async throws -> Int {
        let existing = try await sql.select().column("id").from("places").where("is_sample", .equal, true).limit(1).all()
        guard existing.isEmpty else { return 0 }
        let geography = app.geographyStore.snapshot
        let types = Dictionary(try await PlaceQueries.types(on: sql).map { ($0.key, $0.id) }, uniquingKeysWith: { a, _ in a })
        let now = app.clock.now
        let today = EuropeBerlinTime.localDateTime(at: now)!.date
        let firstDate = today.adding(days: -(today.weekday.rawValue - 1) - 28)!  // a Monday four weeks ago
        var added = 0
        var offerIndex = 0
        for (districtIndex, district) in geography.all(.district).enumerated() {
            let quartiere = geography.children(of: district)
            guard !quartiere.isEmpty else { continue }
            let placesHere = districtIndex % 3 == 0 ? 4 : 3
            for p in 0..<placesHere {
                let template = Self.placeTemplates[p % Self.placeTemplates.count]
                let quartier = quartiere[(p * 2 + districtIndex) % quartiere.count]
                let point = Self.spot(in: quartier.shape, index: p)
                let street = geography.streets.entries.first { entry in
                    entry.subdistricts.contains { $0.code.hasPrefix(quartier.code) }
                }?.name ?? quartier.name
                let place = PlaceRow(
                    name: template.name(p == 0 ? district.name : quartier.name),
                    typeID: types[template.type] ?? types["sonstiges"]!,
                    street: street, postalCode: "", city: "Dortmund", lat: point.lat, lon: point.lon, areaID: quartier.id,
                    stepFree: template.stepFree, accessibleWC: template.wc, elevator: template.stepFree && p == 0,
                    hearingLoop: p == 0, disabledParking: p == 0,
                    openingHours: p == 0 ? "Mo–Fr 9–13 Uhr, Di und Do auch 14–16 Uhr" : "zu den Angebotszeiten",
                    phone: p == 0 ? "0231 50-\(String(format: "%05d", 10000 + districtIndex * 111))" : "",
                    email: "", website: "",
                    description: "Beispielort: Die Lage ist ungefähr, eine Hausnummer fehlt absichtlich.",
                    status: .published, isSample: true)
                let placeID = try await MeetingsWriter.insertPlace(place, by: nil, now: now, on: sql)
                if p == 0 {
                    try await MeetingsWriter.insertRoom(RoomRow(
                        placeID: placeID, name: "Gruppenraum", capacity: 20, equipment: "Tische, Stühle, Beamer, Küche",
                        accessible: true, bookable: true,
                        bookingRules: "Für nicht-kommerzielle Gruppen aus dem Stadtbezirk kostenlos. Anfragen mindestens eine Woche vorher.",
                        isSample: true), by: nil, now: now, on: sql)
                }
                added += 1
                let offersHere = p == 0 ? 3 : 2
                for _ in 0..<offersHere {
                    let template = Self.offerTemplates[offerIndex % Self.offerTemplates.count]
                    offerIndex += 1
                    let start = firstDate.adding(days: offerIndex % 3 * 7)!
                    let offer = OfferRow(
                        title: template.title, description: template.text, category: template.category,
                        audiences: KeyList.encode(template.audiences), languages: KeyList.encode(template.languages),
                        costKind: template.cost,
                        costCents: template.cents, registrationRequired: template.registration != nil,
                        registrationHow: template.registration ?? "", placeID: placeID, meetingPoint: "",
                        areaID: quartier.id, organiser: place.name,
                        contact: place.phone.isEmpty ? "Vor Ort ansprechen" : "Telefon \(place.phone)",
                        status: .published, isSample: true)
                    try await MeetingsWriter.insertOffer(try Offer(offer, schedule: try template.schedule(start)), by: nil,
                                                         now: now, on: sql)
                    added += 1
                }
            }
        }
        return added
    }
}
