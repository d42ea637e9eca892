import Foundation
import GemeinsamCore
import Vapor

/// `/api/v1/places`, `/api/v1/places.geojson`, `/api/v1/offers`, `/api/v1/offers/{id}`, `/api/v1/occurrences`.
enum MeetingsAPI {
    struct AreaRef: Content { var kind: String; var code: String; var name: String }
    struct PlaceJSON: Content {
        var id: String
        var name: String
        var type: String
        var typeName: String
        var address: String
        var lat: Double
        var lon: Double
        var area: AreaRef?
        var accessibility: [String: Bool]
        var openingHours: String
        var phone: String
        var url: String
        var calendarUrl: String
        var isSample: Bool
    }
    struct PlaceList: Content { var count: Int; var items: [PlaceJSON] }

    struct OfferJSON: Content {
        var id: String
        var title: String
        var description: String
        var category: String
        var categoryName: String
        var audiences: [String]
        var languages: [String]
        var cost: String
        @ExplicitNull var costCents: Int?
        var registrationRequired: Bool
        var registrationHow: String
        @ExplicitNull var placeId: String?
        var meetingPoint: String
        @ExplicitNull var area: AreaRef?
        var organiser: String
        var contact: String
        var schedule: String
        var nextDates: [String]
        var url: String
        var calendarUrl: String
        var isSample: Bool
    }
    struct OfferList: Content { var count: Int; var items: [OfferJSON] }

    struct OccurrenceJSON: Content {
        var offerId: String
        var title: String
        var start: String
        var end: String
        var cancelled: Bool
        var place: String?
        var url: String
    }
    struct OccurrenceList: Content { var count: Int; var items: [OccurrenceJSON] }

    // MARK: places

    @Sendable static func places(req: Request) async throws -> Response {
        let areaIDs = try areaFilter(req)
        let items = try await PlaceQueries.published(areaIDs: areaIDs, on: req.sql).map { place(for: $0, req: req) }
        return try await PlaceList(count: items.count, items: items).encodeResponse(for: req)
    }

    /// RFC 7946 FeatureCollection of the published places.
    @Sendable static func placesGeoJSON(req: Request) async throws -> Response {
        let areaIDs = try areaFilter(req)
        let places = try await PlaceQueries.published(areaIDs: areaIDs, on: req.sql).map { place(for: $0, req: req) }
        let features: [[String: Any]] = places.map { p in
            ["type": "Feature",
             "geometry": ["type": "Point", "coordinates": [(p.lon * 1e6).rounded() / 1e6, (p.lat * 1e6).rounded() / 1e6]],
             "properties": ["id": p.id, "name": p.name, "type": p.type, "typeName": p.typeName, "address": p.address,
                            "quartier": p.area?.name ?? NSNull(), "url": p.url, "isSample": p.isSample,
                            "stepFree": p.accessibility["stepFree"] ?? false] as [String: Any]]
        }
        let data = try JSONSerialization.data(withJSONObject: ["type": "FeatureCollection", "features": features],
                                              options: [.sortedKeys, .withoutEscapingSlashes])
        var headers = HTTPHeaders()
        headers.replaceOrAdd(name: .contentType, value: "application/geo+json")
        return Response(status: .ok, headers: headers, body: .init(data: data))
    }

    private static func place(for p: PlaceWithType, req: Request) -> PlaceJSON {
        let base = req.application.appConfig.publicURL
        let id = p.id.uuidString.lowercased()
        return PlaceJSON(
            id: id, name: p.name, type: p.typeKey, typeName: p.typeName, address: p.address, lat: p.lat, lon: p.lon,
            area: areaRef(p.areaID, req.geography),
            accessibility: ["stepFree": p.stepFree, "accessibleWC": p.accessibleWC, "elevator": p.elevator,
                            "hearingLoop": p.hearingLoop, "disabledParking": p.disabledParking],
            openingHours: p.openingHours, phone: p.phone, url: SiteURL.place(id).absoluteURL(base: base),
            calendarUrl: SiteURL.placeCalendar(id).absoluteURL(base: base), isSample: p.isSample)
    }

    // MARK: offers

    @Sendable static func offers(req: Request) async throws -> Response {
        let areaIDs = try areaFilter(req)
        let category = try enumParameter(req, "category", OfferCategory.init(rawValue:))
        let audience = try enumParameter(req, "audience", Audience.init(rawValue:))
        let limit = min(max((try? req.query.get(Int.self, at: "limit")) ?? 500, 1), 2000)
        let offers = try await OfferQueries.published(areaIDs: areaIDs, category: category, audience: audience, limit: limit, on: req.sql)
        let now = req.now
        let items = offers.map { offer(for: $0, req: req, now: now) }
        return try await OfferList(count: items.count, items: items).encodeResponse(for: req)
    }

    @Sendable static func offer(req: Request) async throws -> Response {
        let id = try req.uuidParameter(notFound: Texts.Meetings.offerNotFound)
        guard let found = try await OfferQueries.offer(id, on: req.sql), found.status != .draft
        else { throw GermanError(status: .notFound, reason: Texts.Meetings.offerNotFound) }
        return try await offer(for: found, req: req, now: req.now).encodeResponse(for: req)
    }

    private static func offer(for o: Offer, req: Request, now: Date) -> OfferJSON {
        let base = req.application.appConfig.publicURL
        let id = o.id.uuidString.lowercased()
        return OfferJSON(
            id: id, title: o.title, description: o.description, category: o.category.rawValue, categoryName: o.category.label,
            audiences: o.audienceList.map(\.rawValue), languages: o.languageList, cost: o.costKind.rawValue, costCents: o.costCents,
            registrationRequired: o.registrationRequired, registrationHow: o.registrationHow,
            placeId: o.placeID?.uuidString.lowercased(), meetingPoint: o.meetingPoint, area: areaRef(o.areaID, req.geography),
            organiser: o.organiser, contact: o.contact, schedule: CalendarText.describe(o.schedule),
            nextDates: o.status == .published
                ? o.schedule.upcomingOccurrences(at: now, limit: 8).map { EventJSONLD.isoDateTime($0.start) } : [],
            url: SiteURL.offer(id).absoluteURL(base: base), calendarUrl: SiteURL.offerCalendar(id).absoluteURL(base: base),
            isSample: o.isSample)
    }

    // MARK: occurrences

    @Sendable static func occurrences(req: Request) async throws -> Response {
        let from = try dateParameter(req, "from") ?? req.now
        let to = try dateParameter(req, "to") ?? from.addingTimeInterval(7 * 86_400)
        guard to > from else { throw GermanError(status: .badRequest, reason: Texts.MeetingsAPI.toBeforeFrom) }
        guard to.timeIntervalSince(from) <= 92 * 86_400 else {
            throw GermanError(status: .badRequest, reason: Texts.MeetingsAPI.rangeTooLong)
        }
        let areaIDs = try areaFilter(req) ?? req.geography.all(.statisticalDistrict).map(\.id)
        let base = req.application.appConfig.publicURL
        let items = try await OfferQueries.dates(areaIDs: areaIDs, placeID: nil, from: from, to: to, on: req.sql).map {
            OccurrenceJSON(offerId: $0.offerID.uuidString.lowercased(), title: $0.title, start: EventJSONLD.isoDateTime($0.start),
                       end: EventJSONLD.isoDateTime($0.end), cancelled: $0.cancelled, place: $0.placeName,
                       url: SiteURL.offer($0.offerID.uuidString.lowercased()).absoluteURL(base: base))
        }
        return try await OccurrenceList(count: items.count, items: items).encodeResponse(for: req)
    }

    // MARK: parameters

    /// `area` as a Quartier code ("06") or a Stadtbezirk ("district:2"); nil when absent.
    static func areaFilter(_ req: Request) throws -> [Int]? {
        guard let raw = try? req.query.get(String.self, at: "area"), !raw.isEmpty else { return nil }
        let geography = req.geography
        let parts = raw.split(separator: ":", maxSplits: 1).map(String.init)
        if parts.count == 2, parts[0] == "district", let district = geography.area(kind: .district, code: parts[1]) {
            return geography.children(of: district).map(\.id)
        }
        if let quartier = geography.area(kind: .statisticalDistrict, code: parts.count == 2 && parts[0] == "statisticalDistrict" ? parts[1] : raw) {
            return [quartier.id]
        }
        throw GermanError(status: .badRequest, reason: Texts.MeetingsAPI.unknownArea(String(raw.prefix(40))))
    }

    static func enumParameter<T>(_ req: Request, _ name: String, _ make: (String) -> T?) throws -> T? {
        guard let raw = try? req.query.get(String.self, at: name), !raw.isEmpty else { return nil }
        guard let value = make(raw) else {
            throw GermanError(status: .badRequest, reason: Texts.MeetingsAPI.unknownValue(name, String(raw.prefix(40))))
        }
        return value
    }

    static func dateParameter(_ req: Request, _ name: String) throws -> Date? {
        guard let raw = try? req.query.get(String.self, at: name), !raw.isEmpty else { return nil }
        if let date = ISO8601DateFormatter().date(from: raw) { return date }
        if let day = try? CalendarDate(iso: raw) { return EuropeBerlinTime.instant(for: day, try CalendarTime(hour: 0)) }
        throw GermanError(status: .badRequest, reason: Texts.MeetingsAPI.dateUnreadable(name))
    }

    static func areaRef(_ id: Int, _ geography: GeographySnapshot) -> AreaRef? {
        geography.areas[id].map { AreaRef(kind: $0.kind.rawValue, code: $0.code, name: $0.name) }
    }
}
