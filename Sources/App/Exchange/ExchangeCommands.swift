import Fluent
import Foundation
import GemeinsamCore
import SQLKit
import Vapor

enum ExchangeCommands {
    static func register(on app: Application) {
        app.asyncCommands.use(DeliverMailCommand(), as: "deliver-mail")
        app.asyncCommands.use(SendDigestsCommand(), as: "send-digests")
        app.asyncCommands.use(BenchSeedListingsCommand(), as: "bench-seed-listings")
        app.asyncCommands.use(BenchSuggestionsCommand(), as: "bench-suggestions")
    }
}

/// `gemeinsam deliver-mail`: sends queued notifications now (the server also does it every 30 seconds).
struct DeliverMailCommand: AsyncCommand {
    struct Signature: CommandSignature {}
    var help: String { "Verschickt wartende Benachrichtigungen (E-Mail) und setzt abgelaufene Einträge auf „abgelaufen“." }

    func run(using context: CommandContext, signature: Signature) async throws {
        let app = context.application
        try await app.autoMigrate()
        let sql = app.sql
        let expired = try await ListingQueries.sweep(today: ExchangeSupport.today(), on: sql)
        let result = try await Outbox.deliver(transport: app.mailTransport, from: app.appConfig.mailSender, limit: 10_000, on: sql)
        context.console.info("Abgelaufen: \(expired). E-Mail über \(app.mailTransport.name): \(result)")
        if result.unavailable != nil { throw ExitCode(3) }
    }
}

/// `gemeinsam send-digests [--force]`: writes today's digest mails into the outbox and delivers them.
struct SendDigestsCommand: AsyncCommand {
    struct Signature: CommandSignature {
        @Flag(name: "force", help: "Auch senden, wenn die Zusammenfassung heute schon verschickt wurde")
        var force: Bool
    }
    var help: String { "Verschickt die tägliche Zusammenfassung neuer Einträge (für cron, z. B. täglich 7 Uhr)." }

    func run(using context: CommandContext, signature: Signature) async throws {
        let app = context.application
        try await Bootstrap.prepare(app)
        let sql = app.sql
        let mails = try await DigestQueries.send(today: ExchangeSupport.today(), force: signature.force,
                                                 publicURL: app.appConfig.publicURL, geography: app.geographyStore.snapshot, on: sql)
        let result = try await Outbox.deliver(transport: app.mailTransport, from: app.appConfig.mailSender, limit: 10_000, on: sql)
        context.console.info("Zusammenfassungen: \(mails). E-Mail über \(app.mailTransport.name): \(result)")
    }
}

/// `gemeinsam bench-seed-listings N`: adds N listings (marked as sample) spread over all Quartiere, for benchmarks.
struct BenchSeedListingsCommand: AsyncCommand {
    struct Signature: CommandSignature {
        @Argument(name: "count", help: "Anzahl der Einträge")
        var count: Int
    }
    var help: String { "Legt N Beispiel-Einträge für Messungen an (als Beispiel markiert)." }

    func run(using context: CommandContext, signature: Signature) async throws {
        let app = context.application
        try await Bootstrap.prepare(app)
        let n = max(0, min(signature.count, 1_000_000))
        let listings = BenchData.listings(count: n, geography: app.geographyStore.snapshot, today: ExchangeSupport.today())
        let start = Date()
        try await ListingQueries.insertMany(listings, on: app.sql)
        context.console.info("\(n) Einträge angelegt in \(String(format: "%.1f", Date().timeIntervalSince(start))) s")
    }
}

/// `gemeinsam bench-suggestions [N]`: times the suggestions (SQL + ranking) for N open listings spread over the table.
struct BenchSuggestionsCommand: AsyncCommand {
    struct Signature: CommandSignature {
        @Argument(name: "count", help: "Anzahl der Einträge, für die Vorschläge berechnet werden")
        var count: Int
    }
    var help: String { "Misst die Dauer der Vorschläge (passende Einträge in der Nähe) für N offene Einträge." }

    func run(using context: CommandContext, signature: Signature) async throws {
        let app = context.application
        try await Bootstrap.prepare(app)
        let sql = app.sql
        let geography = app.geographyStore.snapshot
        let today = ExchangeSupport.today()
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
            guard let listing = try await ListingQueries.detail(id: id, on: sql) else { continue }
            let start = DispatchTime.now().uptimeNanoseconds
            let suggestions = try await ListingQueries.suggestions(for: listing, geography: geography, today: today, on: sql)
            times.append(Double(DispatchTime.now().uptimeNanoseconds - start) / 1e6)
            found += suggestions.count
        }
        times.sort()
        func pct(_ p: Double) -> String { String(format: "%.2f", times[min(times.count - 1, Int(Double(times.count) * p))]) }
        context.console.info("Einträge in der Datenbank: \(total), offen: \(ids.count); gemessen: \(times.count) Einträge, "
                             + "\(found) Vorschläge")
        context.console.info("Vorschläge je Eintrag (SQL + Rangfolge), ms: Median \(pct(0.5)), p95 \(pct(0.95)), p99 \(pct(0.99)), "
                             + "Maximum \(String(format: "%.2f", times.last ?? 0))")
        // the Quartier list: query and rendering separately
        if let area = geography.area(kind: .statisticalDistrict, slug: "hombruch") {
            let areas = ExchangeSupport.visibleAreas(for: area, geography: geography).keys.sorted()
            var query: [Double] = [], render: [Double] = []
            for _ in 0..<300 {
                let t0 = DispatchTime.now().uptimeNanoseconds
                let (cards, more) = try await ListingQueries.open(areas: areas, filter: .init(), today: today, limit: 20, offset: 0, on: sql)
                let t1 = DispatchTime.now().uptimeNanoseconds
                let main = ListingPages.quartierMain(area, cards: cards, more: more, page: 1, filter: .init(), geography: geography,
                                                     today: today)
                let html = ListingPages.quartier(area, main: main, context: PageContext(user: nil, csrfToken: "x", path: "/")).render()
                let t2 = DispatchTime.now().uptimeNanoseconds
                if html.isEmpty { break }
                query.append(Double(t1 - t0) / 1e6)
                render.append(Double(t2 - t1) / 1e6)
            }
            query.sort(); render.sort()
            context.console.info(String(format: "Quartiersliste Hombruch: Abfrage Median %.2f ms, Darstellung Median %.2f ms",
                                        query[query.count / 2], render[render.count / 2]))
        }
    }
}

/// Deterministic benchmark listings: every status, kind, category and timing, spread over all Quartiere.
enum BenchData {
    static func listings(count: Int, geography: GeographySnapshot, today: CalendarDate) -> [ListingQueries.NewListing] {
        let quartiere = geography.all(.statisticalDistrict)
        guard !quartiere.isEmpty else { return [] }
        let now = Date().timeIntervalSince1970
        let names = ["Anna B.", "Cem K.", "Erika M.", "Jonas W.", "Leyla A.", "Piotr S.", "Marie L.", "Hans G."]
        var out: [ListingQueries.NewListing] = []
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
            out.append(.init(
                kind: kind, category: category, title: "Messung \(i): \(German.Exchange.category(category))",
                body: "Eintrag für die Leistungsmessung im Quartier \(area.name). Nicht echt.",
                areaID: area.id, districtID: area.parentID ?? area.id, publicName: names[next() % names.count], timing: timing,
                timingNote: nil, validUntil: validUntil, status: status, isSample: true,
                createdAt: now - Double(age * 86_400 + next() % 86_400)))
        }
        return out
    }
}
