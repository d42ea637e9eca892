import Foundation
import GemeinsamCore
import SQLKit
import Vapor

/// `gemeinsam bench-seed-listings N`: adds N listings (marked as sample) spread over all Quartiere, for benchmarks.
struct BenchSeedListingsCommand: AsyncCommand {
    struct Signature: CommandSignature {
        @Argument(name: "count", help: Texts.ExchangeCommands.benchCountHelp)
        var count: Int
    }
    var help: String { Texts.ExchangeCommands.benchSeedHelp }

    func run(using context: CommandContext, signature: Signature) async throws {
        let app = try await CommandIO.prepared(context)
        let n = max(0, min(signature.count, 1_000_000))
        let listings = BenchData.listings(count: n, geography: app.geographyStore.snapshot, now: app.clock.now)
        let start = DispatchTime.now().uptimeNanoseconds
        try await ListingQueries.insertMany(listings, on: app.sql)
        context.console.info(Texts.ExchangeCommands.benchSeeded(n, seconds: Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9))
    }
}

/// `gemeinsam bench-suggestions [N]`: times the suggestions (SQL + ranking) for N open listings spread over the table.
struct BenchSuggestionsCommand: AsyncCommand {
    struct Signature: CommandSignature {
        @Argument(name: "count", help: Texts.ExchangeCommands.benchSuggestionsCountHelp)
        var count: Int
    }
    var help: String { Texts.ExchangeCommands.benchSuggestionsHelp }

    func run(using context: CommandContext, signature: Signature) async throws {
        let app = try await CommandIO.prepared(context)
        let sql = app.sql
        let geography = app.geographyStore.snapshot
        let today = app.clock.today
        let total = try await sql.select().column(SQLFunction("COUNT", args: SQLLiteral.all), as: "n").from("listings")
            .first()?.decode(column: "n", as: Int.self) ?? 0
        let ids = try await sql.select().column("id").from("listings").where("status", .equal, SQLBind("open"))
            .where("valid_until", .greaterThanOrEqual, SQLBind(today.iso)).orderBy("id").all()
            .map { try $0.decode(column: "id", as: Int.self) }
        let n = max(1, min(signature.count, ids.count))
        let step = max(1, ids.count / n)
        var times: [Double] = []
        var found = 0
        for id in stride(from: 0, to: ids.count, by: step).prefix(n).map({ ids[$0] }) {
            guard let listing = try await ListingQueries.find(id, on: sql) else { continue }
            let start = DispatchTime.now().uptimeNanoseconds
            let suggestions = try await ListingQueries.suggestions(for: listing, geography: geography, today: today, on: sql)
            times.append(Double(DispatchTime.now().uptimeNanoseconds - start) / 1e6)
            found += suggestions.count
        }
        times.sort()
        func pct(_ p: Double) -> String { String(format: "%.2f", times[min(times.count - 1, Int(Double(times.count) * p))]) }
        context.console.info(Texts.ExchangeCommands.benchCounted(total: total, open: ids.count, measured: times.count, found: found))
        context.console.info(Texts.ExchangeCommands.benchSuggestionTimes(median: pct(0.5), p95: pct(0.95), p99: pct(0.99),
                                                                 maximum: String(format: "%.2f", times.last ?? 0)))
        // the Quartier list: query and rendering separately
        if let area = geography.area(kind: .statisticalDistrict, slug: "hombruch") {
            let areas = ListingQueries.visibleAreas(for: area, geography: geography).keys.sorted()
            var query: [Double] = [], render: [Double] = []
            for _ in 0..<300 {
                let t0 = DispatchTime.now().uptimeNanoseconds
                let (listings, more) = try await ListingQueries.open(areas: areas, filter: .init(), today: today, limit: 20,
                                                                     offset: 0, on: sql)
                let t1 = DispatchTime.now().uptimeNanoseconds
                let main = ListingPages.quartierMain(area, listings: listings, more: more, page: 1, filter: .init(),
                                                     geography: geography, today: today)
                let html = ListingPages.quartier(area, main: main, context: PageContext(user: nil, csrfToken: "x", path: "/")).render()
                let t2 = DispatchTime.now().uptimeNanoseconds
                if html.isEmpty { break }
                query.append(Double(t1 - t0) / 1e6)
                render.append(Double(t2 - t1) / 1e6)
            }
            query.sort(); render.sort()
            context.console.info(Texts.ExchangeCommands.benchQuartierList(query: String(format: "%.2f", query[query.count / 2]),
                                                                   render: String(format: "%.2f", render[render.count / 2])))
        }
    }
}

/// Deterministic benchmark listings: every status, kind, category and timing, spread over all Quartiere.
enum BenchData {
    static func listings(count: Int, geography: GeographySnapshot, now date: Date) -> [ListingRow] {
        let quartiere = geography.all(.statisticalDistrict)
        guard !quartiere.isEmpty else { return [] }
        let today = AppClock.today(at: date)
        let now = date.timeIntervalSince1970
        let names = ["Anna B.", "Cem K.", "Erika M.", "Jonas W.", "Leyla A.", "Piotr S.", "Marie L.", "Hans G."]
        var out: [ListingRow] = []
        out.reserveCapacity(count)
        var seed: UInt64 = 42
        func next() -> Int {
            seed = seed &* 6364136223846793005 &+ 1442695040888963407
            return Int((seed >> 33) % 1_000_000)
        }
        for i in 0..<count {
            let area = quartiere[next() % quartiere.count]
            let kind: CoreExchange.Kind = next() % 2 == 0 ? .request : .offer
            let category = CoreExchange.Category.allCases[next() % CoreExchange.Category.allCases.count]
            let age = next() % 60
            let created = today.adding(days: -age) ?? today
            let timing: CoreExchange.Timing = switch next() % 3 {
            case 0: .once(today.adding(days: next() % 30) ?? today)
            case 1: .regular
            default: .flexible
            }
            let statusRoll = next() % 10
            let status: CoreExchange.Status = statusRoll < 6 ? .open : statusRoll == 6 ? .matched : statusRoll == 7 ? .done
                : statusRoll == 8 ? .withdrawn : .expired
            let validUntil = CoreExchange.Rules.clampedValidUntil(created.adding(days: 30) ?? today, timing: timing)
            let publicName = names[next() % names.count]
            let createdAt = now - Double(age * 86_400 + next() % 86_400)
            out.append(ListingRow(
                kind: kind, category: category, title: Texts.ExchangeCommands.benchTitle(i, category: category),
                body: Texts.ExchangeCommands.benchBody(area.name), areaID: area.id, districtID: area.parentID ?? area.id,
                publicName: publicName, timing: timing.code, timingDate: timing.date, validUntil: validUntil, status: status,
                createdAt: createdAt, updatedAt: createdAt, isSample: true))
        }
        return out
    }
}
