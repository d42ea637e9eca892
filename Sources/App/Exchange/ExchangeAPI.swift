import Foundation
import GemeinsamCore
import Vapor

/// `GET /api/v1/listings`: open listings with public fields only — never contact data, never account ids.
enum ExchangeAPI {
    struct AreaRef: Content { var kind: String; var code: String; var name: String }
    struct Timing: Content {
        var kind: String
        @ExplicitNull var date: String?
        @ExplicitNull var note: String?
    }
    struct Item: Content {
        var id: Int
        var url: String
        var kind: String
        var category: String
        var categoryName: String
        var title: String
        var text: String
        var publicName: String
        @ExplicitNull var quartier: AreaRef?
        @ExplicitNull var district: AreaRef?
        var timing: Timing
        var validUntil: String
        var status: String
        @ExplicitNull var viaKiosk: String?
        var createdAt: Date
        var isSample: Bool
    }
    struct List: Content { var count: Int; var limit: Int; var offset: Int; var hasMore: Bool; var items: [Item] }

    @Sendable static func list(req: Request) async throws -> Response {
        let geography = req.geography
        var areas = geography.all(.statisticalDistrict).map(\.id)
        if let raw = try? req.query.get(String.self, at: "area"), !raw.isEmpty {
            let text = String(raw.prefix(60))
            let parts = text.split(separator: ":", maxSplits: 1).map(String.init)
            if parts.count == 2, parts[0] == "district" {
                guard let district = geography.area(kind: .district, code: parts[1]) else {
                    throw GermanError(status: .notFound, reason: Texts.Exchange.apiUnknownDistrict(parts[1]))
                }
                areas = geography.children(of: district).filter { $0.kind == .statisticalDistrict }.map(\.id)
            } else {
                let code = parts.count == 2 && parts[0] == "statisticalDistrict" ? parts[1] : text
                guard let quartier = geography.area(kind: .statisticalDistrict, code: code)
                        ?? geography.area(kind: .statisticalDistrict, slug: code) else {
                    throw GermanError(status: .notFound, reason: Texts.Exchange.apiUnknownQuartier(text))
                }
                areas = ListingQueries.visibleAreas(for: quartier, geography: geography).keys.sorted()
            }
        }
        var filter = ListingQueries.Filter()
        if let raw = try? req.query.get(String.self, at: "kind"), !raw.isEmpty {
            guard let kind = CoreExchange.Kind(rawValue: raw) else {
                throw GermanError(status: .badRequest, reason: Texts.Exchange.apiUnknownKind(String(raw.prefix(40))))
            }
            filter.kind = kind
        }
        if let raw = try? req.query.get(String.self, at: "category"), !raw.isEmpty {
            guard let category = CoreExchange.Category(rawValue: raw) else {
                throw GermanError(status: .badRequest, reason: Texts.Exchange.apiUnknownCategory(String(raw.prefix(40))))
            }
            filter.category = category
        }
        let limit = try intParameter(req, "limit", default: 50, range: 1...200)
        let offset = try intParameter(req, "offset", default: 0, range: 0...100_000)
        let today = req.today
        let (listings, more) = try await ListingQueries.open(areas: areas, filter: filter, today: today, limit: limit,
                                                             offset: offset, on: req.sql)
        let base = req.application.appConfig.publicURL
        let items = listings.map { c -> Item in
            let quartier = geography.areas[c.areaID]
            let district = quartier.flatMap { geography.parent(of: $0) }
            return Item(
                id: c.id, url: SiteURL.listing(c.id).absoluteURL(base: base), kind: c.kind.rawValue, category: c.category.rawValue,
                categoryName: Texts.Exchange.category(c.category), title: c.title, text: c.body, publicName: c.publicName,
                quartier: quartier.map { AreaRef(kind: $0.kind.rawValue, code: $0.code, name: $0.name) },
                district: district.map { AreaRef(kind: $0.kind.rawValue, code: $0.code, name: $0.name) },
                timing: Timing(kind: c.timeframe.code.rawValue, date: c.timeframe.date?.iso, note: c.timingNote),
                validUntil: c.validUntil.iso, status: c.effectiveStatus(today: today).rawValue, viaKiosk: c.kioskName,
                createdAt: Date(timeIntervalSince1970: c.createdAt.rounded()), isSample: c.isSample)
        }
        return try await List(count: items.count, limit: limit, offset: offset, hasMore: more, items: items).encodeResponse(for: req)
    }

    private static func intParameter(_ req: Request, _ name: String, default value: Int, range: ClosedRange<Int>) throws -> Int {
        guard let raw = try? req.query.get(String.self, at: name), !raw.isEmpty else { return value }
        guard let n = Int(raw), range.contains(n) else {
            throw GermanError(status: .badRequest, reason: Texts.Exchange.apiNumberRange(name, range))
        }
        return n
    }
}
