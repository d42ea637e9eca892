import Foundation
import GemeinsamCore
import Vapor

/// `GET /api/v1/recommendations`: public offers that fit a person's needs, best first (Core's
/// `GuidanceRecommendations.rank`). Public because it reads only published offers and takes no personal data:
/// the origin is a Quartier (`area`, required) and optionally a street in it, never a house number.
enum RecommendationsAPI {
    struct Reason: Content {
        var code: String
        @ExplicitNull var value: String?
        var text: String
    }

    struct Item: Content {
        var offerId: String
        var title: String
        @ExplicitNull var distanceMeters: Int?
        var nextDate: String
        var url: String
        var reasons: [Reason]
    }

    struct List: Content { var count: Int; var items: [Item] }

    @Sendable static func recommendations(req: Request) async throws -> Response {
        let parameters = (try? req.query.decode([String: String].self)) ?? [:]
        let geography = req.geography
        guard let code = parameters["area"], !code.isEmpty else {
            throw GermanError(status: .badRequest, reason: Texts.Guidance.areaMissing)
        }
        guard let area = geography.area(kind: .statisticalDistrict, code: String(code.prefix(40))) else {
            throw GermanError(status: .badRequest, reason: Texts.Guidance.unknownArea(String(code.prefix(40))))
        }
        let origin = try origin(in: area, street: parameters["street"], geography: geography)
        let query: GuidanceRecommendations.Query
        switch GuidanceRecommendations.parseQuery(parameters, knownInterests: Set(OfferCategory.allCases.map(\.rawValue)),
                                                  knownLanguages: Set(OfferLanguage.codes)) {
        case let .success(parsed): query = parsed
        case let .failure(error): throw GermanError(status: .badRequest, reason: Texts.Guidance.queryError(error))
        }
        let now = req.now
        let sql = req.sql
        // Quartier by Quartier, nearest first, until no offer further away could change the suggestions
        // (the Quartier itself first: in a city it usually holds enough offers, and every row read costs)
        let quartiere = geography.areas.values.filter { $0.kind == .statisticalDistrict }
            .map { GuidanceRecommendations.Area(id: $0.id, shape: $0.shape) }
        let ranked = try await GuidanceRecommendations.rankNearbyFirst(
            quartiere, origin: origin, needs: query.needs, now: now, limit: query.limit, firstBatch: 1) { ids in
            try await RecommendationQueries.candidates(areaIDs: ids, needs: query.needs, from: now,
                                                       days: GuidanceRecommendations.defaultWindowDays, on: sql)
        }
        let base = req.application.appConfig.publicURL
        let items = ranked.map { r in
            Item(offerId: r.offerID, title: r.title, distanceMeters: r.distanceMeters,
                 nextDate: EventJSONLD.isoDateTime(r.nextOccurrence.start),
                 url: SiteURL.offer(r.offerID).absoluteURL(base: base), reasons: r.reasons.map(reason))
        }
        return try await List(count: items.count, items: items).encodeResponse(for: req)
    }

    /// The middle of the street's Unterbezirk in the Quartier, or of the Quartier without a street.
    static func origin(in area: AreaRecord, street raw: String?, geography: GeographySnapshot) throws -> GeoPoint {
        guard let raw, !raw.isEmpty else { return area.shape.representativePoint }
        guard case let .success(street) = TextInput.clean(raw, maxLength: 100) else {
            throw GermanError(status: .badRequest, reason: Texts.Guidance.streetInvalid)
        }
        let hit = geography.lookup(street: street, limit: 3).first { hit in
            hit.exact && hit.quartiere.contains { $0.quartier.id == area.id }
        }
        guard let subdistrict = hit?.quartiere.first(where: { $0.quartier.id == area.id })?.subdistricts.first else {
            throw GermanError(status: .badRequest, reason: Texts.Guidance.unknownStreet(String(street.prefix(40)), area.name))
        }
        return subdistrict.shape.representativePoint
    }

    static func reason(_ reason: GuidanceRecommendations.Reason) -> Reason {
        switch reason {
        case let .interest(category):
            Reason(code: "interest", value: category,
                   text: Texts.Guidance.reasonInterest(OfferCategory(rawValue: category)?.label ?? category))
        case let .language(code): Reason(code: "language", value: code, text: Texts.Guidance.reasonLanguage(OfferLanguage.label(code)))
        case .stepFree: Reason(code: "stepFree", value: nil, text: Texts.Guidance.reasonStepFree)
        case .free: Reason(code: "free", value: nil, text: Texts.Guidance.reasonFree)
        case .near: Reason(code: "near", value: nil, text: Texts.Guidance.reasonNear)
        case .dateFits: Reason(code: "dateFits", value: nil, text: Texts.Guidance.reasonDateFits)
        }
    }
}
