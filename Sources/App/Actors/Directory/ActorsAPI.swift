import Foundation
import GemeinsamCore
import Vapor

/// `GET /api/v1/actors`, `/api/v1/actors/{id}`, `/api/v1/actors.geojson`: approved actors only.
enum ActorsAPI {
    struct Contact: Content { var email: String; var phone: String; var website: String }
    struct Cooperation: Content { var partnerId: String; var partnerName: String; var kind: String; var kindName: String; var derived: Bool }
    struct Actor: Content {
        var id: String
        var name: String
        var legalForm: String
        var legalFormName: String
        var topics: [String]
        var audiences: [String]
        var hasFixedPlace: Bool
        var street: String
        var postalCode: String
        var lat: Double?
        var lon: Double?
        var area: MeetingsAPI.AreaRef?
        var workAreas: [MeetingsAPI.AreaRef]
        var contact: Contact
        var description: String
        var foundedYear: Int?
        var size: String
        var url: String
        var isSample: Bool
        var cooperations: [Cooperation]?
    }
    struct ActorList: Content { var count: Int; var items: [Actor] }

    @Sendable static func list(req: Request) async throws -> Response {
        let actors = try await ActorQueries.directory(try filter(req), on: req.sql)
        let items = actors.map { actor(for: $0, req: req, cooperations: nil) }
        return try await ActorList(count: items.count, items: items).encodeResponse(for: req)
    }

    @Sendable static func detail(req: Request) async throws -> Response {
        guard let raw = req.parameters.get("id"), let id = UUID(uuidString: raw),
              let found = try await ActorQueries.actor(id, on: req.sql), found.isPublic
        else { throw GermanError(status: .notFound, reason: "Diesen Akteur gibt es nicht (oder er ist noch nicht freigegeben).") }
        let ties = try await TieQueries.networkTies(of: found.id, on: req.sql).map { tie in
            let other = tie.other(than: found.id)
            return Cooperation(partnerId: other.id.uuidString.lowercased(), partnerName: other.name, kind: tie.kind.rawValue,
                               kindName: tie.kind.label, derived: tie.isDerived)
        }
        return try await actor(for: found, req: req, cooperations: ties).encodeResponse(for: req)
    }

    @Sendable static func geoJSON(req: Request) async throws -> Response {
        let actors = try await ActorQueries.directory(try filter(req), on: req.sql)
        return try ActorExport.geoJSONResponse(actors, req: req)
    }

    /// `q`, `topic`, `audience`, `legalForm` and `area` (Quartier code, or `district:N`); 400 for unknown values.
    static func filter(_ req: Request) throws -> ActorQueries.DirectoryFilter {
        var filter = ActorQueries.DirectoryFilter()
        filter.text = String(((try? req.query.get(String.self, at: "q")) ?? "").prefix(100))
        filter.topic = try MeetingsAPI.enumParameter(req, "topic", ActorTopic.init(rawValue:))
        filter.audience = try MeetingsAPI.enumParameter(req, "audience", Audience.init(rawValue:))
        filter.legalForm = try MeetingsAPI.enumParameter(req, "legalForm", LegalForm.init(rawValue:))
        filter.areaIDs = try MeetingsAPI.areaFilter(req)
        return filter
    }

    static func actor(for a: ActorQueries.Actor, req: Request, cooperations: [Cooperation]?) -> Actor {
        let base = req.application.appConfig.publicURL
        let id = a.id.uuidString.lowercased()
        let geography = req.geography
        let i = a.input
        return Actor(
            id: id, name: i.name, legalForm: i.legalForm.rawValue, legalFormName: i.legalForm.label,
            topics: i.topics.map(\.rawValue), audiences: i.audiences.map(\.rawValue), hasFixedPlace: i.hasFixedPlace,
            street: i.street, postalCode: i.postalCode, lat: i.lat, lon: i.lon,
            area: i.areaID.flatMap { MeetingsAPI.areaRef($0, geography) },
            workAreas: i.workAreaIDs.compactMap { MeetingsAPI.areaRef($0, geography) },
            contact: Contact(email: i.contactEmail, phone: i.contactPhone, website: i.website), description: i.description,
            foundedYear: i.foundedYear, size: i.size.rawValue, url: SiteURL.actor(id).absoluteURL(base: base), isSample: a.isSample,
            cooperations: cooperations)
    }
}

/// The public downloads of the directory: CSV for spreadsheets and GeoJSON for maps.
enum ActorExport {
    @Sendable static func csv(req: Request) async throws -> Response {
        let actors = try await ActorQueries.directory(ActorController.DirectoryQuery.parse(req).filter, on: req.sql)
        let geography = req.geography
        let base = req.application.appConfig.publicURL
        var rows = [German.Actors.csvHeader]
        for a in actors {
            let i = a.input
            rows.append([
                i.name, i.legalForm.label, i.topics.map(\.label).joined(separator: ", "), i.audiences.map(\.label).joined(separator: ", "),
                i.hasFixedPlace ? i.street : German.Actors.withoutFixedPlace, i.postalCode,
                i.areaID.flatMap { geography.areas[$0]?.name } ?? "",
                i.workAreaIDs.compactMap { geography.areas[$0]?.name }.joined(separator: ", "),
                i.contactEmail, i.contactPhone, i.website, i.foundedYear.map(String.init) ?? "", i.size.label,
                SiteURL.actor(a.id.uuidString.lowercased()).absoluteURL(base: base), a.isSample ? "ja" : "nein",
            ])
        }
        var headers = HTTPHeaders()
        headers.replaceOrAdd(name: .contentType, value: "text/csv; charset=utf-8")
        headers.replaceOrAdd(name: .contentDisposition, value: "attachment; filename=\"akteure-dortmund.csv\"")
        return Response(status: .ok, headers: headers, body: .init(string: CSV.writeForSpreadsheet(rows)))
    }

    @Sendable static func geoJSON(req: Request) async throws -> Response {
        let actors = try await ActorQueries.directory(ActorController.DirectoryQuery.parse(req).filter, on: req.sql)
        return try geoJSONResponse(actors, req: req)
    }

    /// RFC 7946 FeatureCollection. Actors without an exact point are placed in their Quartier
    /// (`"location": "quartier"`).
    static func geoJSONResponse(_ actors: [ActorQueries.Actor], req: Request) throws -> Response {
        let base = req.application.appConfig.publicURL
        let geography = req.geography
        let features: [[String: Any]] = actors.compactMap { a in
            guard let point = a.mapPoint(geography) else { return nil }
            let id = a.id.uuidString.lowercased()
            let exact = a.input.lat != nil && a.input.lon != nil
            return ["type": "Feature", "id": id,
                    "geometry": ["type": "Point", "coordinates": [(point.lon * 1e6).rounded() / 1e6, (point.lat * 1e6).rounded() / 1e6]],
                    "properties": ["id": id, "name": a.name, "legalForm": a.input.legalForm.rawValue,
                                   "legalFormName": a.input.legalForm.label, "topics": a.input.topics.map(\.rawValue),
                                   "quartier": (a.input.areaID ?? a.input.workAreaIDs.first).flatMap { geography.areas[$0]?.name } ?? NSNull(),
                                   "location": exact ? "address" : "quartier",
                                   "url": SiteURL.actor(id).absoluteURL(base: base), "isSample": a.isSample] as [String: Any]]
        }
        let data = try JSONSerialization.data(withJSONObject: ["type": "FeatureCollection", "features": features],
                                              options: [.sortedKeys, .withoutEscapingSlashes])
        var headers = HTTPHeaders()
        headers.replaceOrAdd(name: .contentType, value: "application/geo+json")
        return Response(status: .ok, headers: headers, body: .init(data: data))
    }
}
