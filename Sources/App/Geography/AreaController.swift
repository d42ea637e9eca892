import Vapor

/// Start page, search, and the pages of Quartiere and Stadtbezirke.
enum AreaController {
    @Sendable static func home(req: Request) async throws -> Response {
        HomePage.render(video: HomePage.SignLanguageVideo(config: req.application.appConfig),
                        context: req.pageContext).response()
    }

    @Sendable static func search(req: Request) async throws -> Response {
        let raw = try? req.query.get(String.self, at: "q")
        let outcome = SearchQuery.run(raw, geography: req.geography)
        let status: HTTPResponseStatus = if case .invalid = outcome { .badRequest } else { .ok }
        return SearchPage.render(query: raw ?? "", outcome: outcome, context: req.pageContext).response(status)
    }

    @Sendable static func quartiere(req: Request) async throws -> Response {
        AreaPages.quartiereList(geography: req.geography, context: req.pageContext).response()
    }

    @Sendable static func quartier(req: Request) async throws -> Response {
        let geography = req.geography
        guard let slug = req.parameters.get("slug"), let area = geography.area(kind: .statisticalDistrict, slug: slug) else {
            throw Abort(.notFound)
        }
        let areaIDs = [area.id] + geography.neighbours(of: area).map(\.id)
        let main = try await req.application.renderCache.html(.page(req.application.appConfig), key: "quartier|\(area.id)") {
            // this week's next offers, or this month's when the week has none
            var filter = OfferFilter()
            filter.period = .week
            var upcoming = try await OfferQueries.upcoming(areaIDs: areaIDs, filter: filter, now: req.now, limit: 6, on: req.sql)
            if upcoming.isEmpty {
                filter.period = .month
                upcoming = try await OfferQueries.upcoming(areaIDs: areaIDs, filter: filter, now: req.now, limit: 6, on: req.sql)
            }
            let exchange = try await ExchangeViews.quartierSection(area, geography: geography, today: req.today, on: req.sql)
            return AreaPages.quartierMain(area, geography: geography, map: req.application.geographyStore.maps.quartier[area.id],
                                          upcoming: upcoming, now: req.now, exchange: exchange).render()
        }
        return AreaPages.quartier(area, main: .raw(main), context: req.pageContext).response()
    }

    @Sendable static func districts(req: Request) async throws -> Response {
        AreaPages.districtsOverview(geography: req.geography, map: req.application.geographyStore.maps.city,
                                    context: req.pageContext).response()
    }

    @Sendable static func district(req: Request) async throws -> Response {
        let geography = req.geography
        guard let slug = req.parameters.get("slug"), let area = geography.area(kind: .district, slug: slug) else {
            throw Abort(.notFound)
        }
        return AreaPages.district(area, geography: geography, map: req.application.geographyStore.maps.district[area.id],
                                  context: req.pageContext).response()
    }
}

/// The search on the start page: a Quartier by name, or the Quartiere of a street.
enum SearchQuery {
    enum Outcome {
        case invalid(String)
        case results(quartiere: [AreaRecord], streets: [GeographySnapshot.StreetHit])
    }

    static let maxLength = 100

    static func run(_ raw: String?, geography: GeographySnapshot) -> Outcome {
        switch TextInput.clean(raw, maxLength: maxLength) {
        case .failure(.empty): return .invalid(Texts.Search.empty)
        case .failure(.tooLong): return .invalid(Texts.Search.tooLong)
        case .failure(.controlCharacters): return .invalid(TextInput.message(.controlCharacters, field: UIText.text("areaController.run")))
        case let .success(query):
            guard query.count >= 3 else {
                let exact = geography.quartiere(matching: query)
                return exact.isEmpty ? .invalid(Texts.Search.tooShort) : .results(quartiere: exact, streets: [])
            }
            return .results(quartiere: geography.quartiere(matching: query), streets: geography.lookup(street: query))
        }
    }
}

extension Request {
    var geography: GeographySnapshot { application.geographyStore.snapshot }
}
