import Foundation
import GemeinsamCore
import SQLKit
import Vapor

/// `gemeinsam bench-seed-meetings [--places 300] [--offers 2000]`: fills a database for the Begegnung benchmark
/// (bench/meetings). Weekly offers with ten dates each, spread over every Quartier, all marked as sample content.
struct BenchSeedMeetingsCommand: AsyncCommand {
    struct Signature: CommandSignature {
        @Option(name: "places") var places: Int?
        @Option(name: "offers") var offers: Int?
    }

    var help: String { "Füllt die Datenbank für den Begegnung-Benchmark (nur für Test-Datenbanken)." }

    func run(using context: CommandContext, signature: Signature) async throws {
        let app = context.application
        let placeCount = signature.places ?? 300, offerCount = signature.offers ?? 2000
        guard (1...100_000).contains(placeCount), (1...1_000_000).contains(offerCount) else {
            context.console.error("--places und --offers müssen positive Zahlen sein.")
            throw ExitCode(2)
        }
        _ = try await CommandIO.prepared(context)
        let sql = app.sql
        let geography = app.geographyStore.snapshot
        let quartiere = geography.all(.statisticalDistrict)
        let typeID = try await PlaceQueries.types(on: sql).first { $0.key == "cafe" }!.id
        let now = app.clock.now
        let today = EuropeBerlinTime.localDateTime(at: now)!.date
        let monday = today.adding(days: 1 - today.weekday.rawValue)!
        var placeIDs: [(UUID, Int)] = []
        for i in 0..<placeCount {
            let q = quartiere[i % quartiere.count]
            let p = q.shape.representativePoint
            let id = try await MeetingsWriter.insertPlace(PlaceRow(
                name: "Benchmark-Ort \(i + 1)", typeID: typeID, street: "Benchmarkstraße", postalCode: "", city: "Dortmund",
                lat: p.lat, lon: p.lon, areaID: q.id, stepFree: i % 2 == 0, isSample: true), by: nil, now: now, on: sql)
            placeIDs.append((id, q.id))
        }
        for i in 0..<offerCount {
            let (placeID, areaID) = placeIDs[i % placeIDs.count]
            let weekday = CalendarWeekday(rawValue: i % 7 + 1)!
            let start = try CalendarTime(hour: 9 + i % 10)
            let first = monday.adding(days: -14 + (i % 3) * 7)!
            let schedule = try Schedule.weekly(on: [weekday], from: start, to: try CalendarTime(hour: 10 + i % 10),
                                               firstDate: first, lastDate: first.adding(days: 69)!)
            let offer = OfferRow(
                title: "Benchmark-Angebot \(i + 1)", description: "Ein Angebot für den Lasttest.",
                category: OfferCategory.allCases[i % OfferCategory.allCases.count], audiences: KeyList.encode([Audience.everyone]),
                languages: KeyList.encode(["de"]), costKind: .free, costCents: nil, registrationRequired: false,
                registrationHow: "", placeID: placeID, meetingPoint: "", areaID: areaID, organiser: "Benchmark", contact: "",
                isSample: true)
            try await MeetingsWriter.insertOffer(try Offer(offer, schedule: schedule), by: nil, now: now, on: sql)
        }
        var counts: [Int] = []
        for table in ["places", "offers", "occurrences"] {
            counts.append(try await sql.select().column(SQLFunction("COUNT", args: SQLLiteral.all), as: "n").from(table).first()!
                .decode(column: "n", as: Int.self))
        }
        context.console.info("Orte: \(counts[0]), Angebote: \(counts[1]), Termine: \(counts[2])")
    }
}
