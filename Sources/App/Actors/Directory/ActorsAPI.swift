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
        let actors = try await ActorDirectory.actors(try filter(req), on: req.sql)
        let items = actors.map { actor(for: $0, req: req, cooperations: nil) }
        return try await ActorList(count: items.count, items: items).encodeResponse(for: req)
    }

    @Sendable static func detail(req: Request) async throws -> Response {
        let id = try req.uuidParameter(notFound: Texts.Actors.apiNotFound)
        guard let found = try await ActorQueries.actor(id, on: req.sql), found.isPublic
        else { throw GermanError(status: .notFound, reason: Texts.Actors.apiNotFound) }
        let ties = try await TieQueries.networkTies(of: found.id, on: req.sql).map { tie in
            let other = tie.other(than: found.id)
            return Cooperation(partnerId: other.id.uuidString.lowercased(), partnerName: other.name, kind: tie.kind.rawValue,
                               kindName: tie.kind.label, derived: tie.isDerived)
        }
        return try await actor(for: found, req: req, cooperations: ties).encodeResponse(for: req)
    }

    @Sendable static func geoJSON(req: Request) async throws -> Response {
        let actors = try await ActorDirectory.actors(try filter(req), on: req.sql)
        return try ActorExport.geoJSONResponse(actors, req: req)
    }

    /// `q`, `topic`, `audience`, `legalForm` and `area` (Quartier code, or `district:N`); 400 for unknown values.
    static func filter(_ req: Request) throws -> ActorDirectory.Filter {
        var filter = ActorDirectory.Filter()
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
        let p = a.profile
        return Actor(
            id: id, name: p.name, legalForm: p.legalForm.rawValue, legalFormName: p.legalForm.label,
            topics: p.topicList.map(\.rawValue), audiences: p.audienceList.map(\.rawValue), hasFixedPlace: p.hasFixedPlace,
            street: p.street, postalCode: p.postalCode, lat: p.lat, lon: p.lon,
            area: p.areaID.flatMap { MeetingsAPI.areaRef($0, geography) },
            workAreas: a.workAreaIDs.compactMap { MeetingsAPI.areaRef($0, geography) },
            contact: Contact(email: p.contactEmail, phone: p.contactPhone, website: p.website), description: p.description,
            foundedYear: p.foundedYear, size: p.sizeRange.rawValue, url: SiteURL.actor(id).absoluteURL(base: base),
            isSample: a.isSample, cooperations: cooperations)
    }
}
