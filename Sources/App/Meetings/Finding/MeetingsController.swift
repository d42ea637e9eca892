import Foundation
import GemeinsamCore
import SQLKit
import Vapor

/// Finding meeting offers: per Quartier with filters, offer and place pages, calendar feeds and printed notices.
enum MeetingsController {
    @Sendable static func quartierOffers(req: Request) async throws -> Response {
        let (quartier, geography) = try quartier(req)
        switch OfferFilter.parse(queryDictionary(req)) {
        case let .failure(error):
            return MeetingsPages.quartierOffers(
                quartier, filter: OfferFilter(), items: [], error: error.message, geography: geography, map: nil,
                now: req.now, context: req.pageContext).response(.badRequest)
        case var .success(filter):
            filter.preferredLanguage = OfferFilter.offerLanguage(for: req.language)
            guard let page = OfferPaging.page(queryDictionary(req)["seite"]) else {
                return MeetingsPages.quartierOffers(
                    quartier, filter: filter, items: [], error: Texts.Meetings.pageInvalid, geography: geography, map: nil,
                    now: req.now, context: req.pageContext).response(.badRequest)
            }
            let main = try await req.application.renderCache.html(.page(req.application.appConfig), key: "angebote|\(quartier.id)|\(filter.queryString)|\(page)") {
                let now = req.now
                let all = try await OfferQueries.upcomingIDs(
                    areaIDs: areaIDs(for: quartier, scope: filter.scope, geography: geography), filter: filter, now: now,
                    limit: OfferPaging.maximum, on: req.sql)
                var paging = OfferPaging(page: page, total: all.count)
                paging.page = min(page, paging.pageCount)
                var items = try await OfferQueries.items(Array(all[paging.range]), on: req.sql)
                try await ContentLanguage.localize(&items, .offer, id: { ContentLanguage.id($0.offer.row.id) },
                                                   title: \.offer.row.title, reader: req.language, on: req.sql)
                let markers = items.enumerated().compactMap { index, item -> (number: Int, point: GeoPoint)? in
                    guard let lat = item.placeLat, let lon = item.placeLon else { return nil }
                    return (paging.firstNumber + index, GeoPoint(lat: lat, lon: lon))
                }
                let map = quartierMap(quartier.id, markers: markers, req: req)
                return MeetingsPages.quartierOffersMain(quartier, filter: filter, items: items, error: nil, geography: geography,
                                                        map: map, now: now, paging: paging).render()
            }
            return MeetingsPages.quartierOffers(quartier, main: .raw(main), context: req.pageContext).response()
        }
    }

    @Sendable static func offer(req: Request) async throws -> Response {
        var offer = try await findOffer(req)
        try await ContentLanguage.localize(&offer, .offer, id: ContentLanguage.id(offer.id), title: \.row.title,
                                           description: \.row.description, reader: req.language, on: req.sql)
        var place = try await offer.placeID.asyncFlatMap { try await PlaceQueries.place($0, on: req.sql) }
        if let id = place?.id {
            try await ContentLanguage.localize(&place!, .place, id: ContentLanguage.id(id), title: \.row.name,
                                               reader: req.language, on: req.sql)
        }
        let map = place.flatMap { quartierMap($0.areaID, markers: [(1, GeoPoint(lat: $0.lat, lon: $0.lon))], req: req) }
        return MeetingsPages.offer(offer, place: place, geography: req.geography, map: map, now: req.now,
                                   publicURL: req.application.appConfig.publicURL, context: req.pageContext).response()
    }

    @Sendable static func place(req: Request) async throws -> Response {
        var place = try await findPlace(req)
        try await ContentLanguage.localize(&place, .place, id: ContentLanguage.id(place.id), title: \.row.name,
                                           description: \.row.description, reader: req.language, on: req.sql)
        var offers = try await OfferQueries.published(atPlace: place.id, on: req.sql)
        try await ContentLanguage.localize(&offers, .offer, id: { ContentLanguage.id($0.id) }, title: \.row.title,
                                           reader: req.language, on: req.sql)
        let rooms = try await RoomQueries.rooms(ofPlace: place.id, on: req.sql)
        let map = quartierMap(place.areaID, markers: [(1, GeoPoint(lat: place.lat, lon: place.lon))], req: req)
        return MeetingsPages.place(place, offers: offers, rooms: rooms, geography: req.geography, map: map, now: req.now,
                                   context: req.pageContext).response()
    }

    // MARK: calendar feeds (RFC 5545)

    @Sendable static func offerCalendar(req: Request) async throws -> Response {
        let offer = try await findOffer(req)
        let place = try await offer.placeID.asyncFlatMap { try await PlaceQueries.place($0, on: req.sql) }
        return try calendarResponse(name: offer.title, offers: [offer], places: place.map { [$0.id: $0] } ?? [:],
                                    req: req, filename: "angebot")
    }

    @Sendable static func placeCalendar(req: Request) async throws -> Response {
        let place = try await findPlace(req)
        let offers = try await OfferQueries.published(atPlace: place.id, on: req.sql)
        return try calendarResponse(name: place.name, offers: offers, places: [place.id: place], req: req, filename: "ort")
    }

    @Sendable static func quartierCalendar(req: Request) async throws -> Response {
        let (quartier, geography) = try quartier(req)
        guard case let .success(filter) = OfferFilter.parse(queryDictionary(req)) else {
            throw GermanError(status: .badRequest, reason: Texts.Meetings.someFilterUnknown)
        }
        var wide = filter
        wide.period = .month
        let items = try await OfferQueries.upcoming(
            areaIDs: areaIDs(for: quartier, scope: filter.scope, geography: geography), filter: wide, now: req.now, on: req.sql)
        let offers = try await OfferQueries.offers(ids: items.map(\.id), on: req.sql)
        let places = try await PlaceQueries.published(areaIDs: nil, on: req.sql)
        return try calendarResponse(name: Texts.Meetings.offersHeading(quartier.name), offers: offers,
                                    places: Dictionary(uniqueKeysWithValues: places.map { ($0.id, $0) }), req: req,
                                    filename: quartier.slug)
    }

    private static func calendarResponse(name: String, offers: [Offer],
                                         places: [UUID: PlaceWithType], req: Request, filename: String) throws -> Response {
        let base = req.application.appConfig.publicURL
        let host = URLComponents(string: base)?.host ?? "gemeinsam"
        let events = offers.map { offer -> ICalendarEvent in
            let place = offer.placeID.flatMap { places[$0] }
            return ICalendarEvent(
                uid: "offer-\(offer.id.uuidString.lowercased())@\(host)", schedule: offer.schedule, summary: offer.title,
                description: offer.description, location: place.map { "\($0.name), \($0.address)" } ?? offer.meetingPoint,
                url: SiteURL.offer(offer.id.uuidString.lowercased()).absoluteURL(base: base),
                latitude: place?.lat, longitude: place?.lon, lastModified: offer.lastChanged)
        }
        let stamp = offers.map(\.lastChanged).max() ?? Date(timeIntervalSince1970: 1_767_225_600)
        let text = ICalendarFeed(name: name, events: events).render(stamp: stamp)
        var headers = HTTPHeaders()
        headers.replaceOrAdd(name: .contentType, value: "text/calendar; charset=utf-8")
        headers.replaceOrAdd(name: .contentDisposition, value: "inline; filename=\"\(filename).ics\"")
        return Response(status: .ok, headers: headers, body: .init(string: text))
    }

    // MARK: printed weekly notice

    @Sendable static func quartierNotice(req: Request) async throws -> Response {
        let (quartier, geography) = try quartier(req)
        let areaIDs = [quartier.id] + geography.neighbours(of: quartier).map(\.id)
        return try await notice(title: quartier.name, areaIDs: areaIDs, placeID: nil,
                                pagePath: SiteURL.quartierOffers(quartier.slug).path,
                                districtOf: quartier, req: req)
    }

    @Sendable static func placeNotice(req: Request) async throws -> Response {
        let place = try await findPlace(req)
        guard let quartier = req.geography.areas[place.areaID] else { throw Abort(.notFound) }
        return try await notice(title: place.name, areaIDs: [place.areaID], placeID: place.id,
                                pagePath: SiteURL.place(place.id.uuidString.lowercased()).path,
                                districtOf: quartier, req: req)
    }

    private static func notice(title: String, areaIDs: [Int], placeID: UUID?, pagePath: String, districtOf quartier: AreaRecord,
                               req: Request) async throws -> Response {
        let now = req.now
        let today = EuropeBerlinTime.localDateTime(at: now)!.date
        let monday = today.adding(days: 1 - today.weekday.rawValue)!
        let from = EuropeBerlinTime.instant(for: monday, try CalendarTime(hour: 0))
        let to = EuropeBerlinTime.instant(for: monday.adding(days: 7)!, try CalendarTime(hour: 0))
        let dates = try await OfferQueries.dates(areaIDs: areaIDs, placeID: placeID, from: from, to: to, on: req.sql)
        let geography = req.geography
        let district = geography.parent(of: quartier)
        let districtQuartiere = district.map { geography.children(of: $0).map(\.id) } ?? [quartier.id]
        let contact = try await PlaceQueries.localContact(districtQuartierIDs: districtQuartiere, on: req.sql)
        let base = req.application.appConfig.publicURL
        let shortAddress = base.replacingOccurrences(of: "https://", with: "").replacingOccurrences(of: "http://", with: "") + pagePath
        return MeetingsPages.notice(title: title, monday: monday, dates: dates, shortAddress: shortAddress,
                                    contact: contact, context: req.pageContext).response()
    }

    // MARK: helpers

    static func quartier(_ req: Request) throws -> (AreaRecord, GeographySnapshot) {
        let geography = req.geography
        guard let slug = req.parameters.get("slug"), let area = geography.area(kind: .statisticalDistrict, slug: slug) else {
            throw Abort(.notFound)
        }
        return (area, geography)
    }

    static func areaIDs(for quartier: AreaRecord, scope: OfferFilter.Scope, geography: GeographySnapshot) -> [Int] {
        switch scope {
        case .quartier: return [quartier.id]
        case .neighbours: return [quartier.id] + geography.neighbours(of: quartier).map(\.id)
        case .district:
            guard let district = geography.parent(of: quartier) else { return [quartier.id] }
            return geography.children(of: district).map(\.id)
        }
    }

    static func queryDictionary(_ req: Request) -> [String: String] {
        (try? req.query.decode([String: String].self)) ?? [:]
    }

    /// The offer, or 404; drafts only for those who may edit them.
    static func findOffer(_ req: Request) async throws -> Offer {
        guard let offer = try await OfferQueries.offer(try req.uuidParameter(), on: req.sql) else { throw Abort(.notFound) }
        if offer.status == .draft,
           !EditScope.mayEdit(req.currentUser, ownerUserID: offer.ownerUserID, actorID: offer.organiserActorID, areaID: offer.areaID) {
            throw Abort(.notFound)
        }
        return offer
    }

    /// The Quartier's map with numbered markers; nil when there is no map of it.
    private static func quartierMap(_ areaID: Int, markers: [(number: Int, point: GeoPoint)], req: Request) -> String? {
        let maps = req.application.geographyStore.maps
        guard let svg = maps.quartier[areaID], let projection = maps.quartierProjection[areaID] else { return nil }
        return SVGWriter.addingMarkers(to: svg, projection: projection, markers: markers)
    }

    static func findPlace(_ req: Request) async throws -> PlaceWithType {
        guard let place = try await PlaceQueries.place(try req.uuidParameter(), on: req.sql) else { throw Abort(.notFound) }
        if place.status == .draft,
           !EditScope.mayEdit(req.currentUser, ownerUserID: place.ownerUserID, actorID: place.ownerActorID, areaID: place.areaID) {
            throw Abort(.notFound)
        }
        return place
    }
}
