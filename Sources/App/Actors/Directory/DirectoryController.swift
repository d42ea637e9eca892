import Foundation
import GemeinsamCore
import Vapor

/// `/akteure`: the public directory with filters and a map.
enum DirectoryController {
    @Sendable static func directory(req: Request) async throws -> Response {
        let query = DirectoryQuery.parse(req)
        var actors = try await ActorDirectory.actors(query.filter, on: req.sql)
        try await ContentLanguage.localize(&actors, .actor, id: { ContentLanguage.id($0.id) }, title: \.row.profile.name,
                                           description: \.row.profile.description, reader: req.language, on: req.sql)
        let maps = req.application.geographyStore.maps
        let markers = actors.enumerated().compactMap { i, actor in actor.mapPoint(req.geography).map { (number: i + 1, point: $0) } }
        let map = SVGWriter.addingMarkers(to: maps.cityPlain, projection: maps.cityProjection, markers: markers)
        return DirectoryPage.page(actors: actors, query: query, map: map, geography: req.geography,
                                  context: req.pageContext).response(query.problems.isEmpty ? .ok : .badRequest)
    }
}

/// The directory's filters from the query string (also used by the CSV and GeoJSON downloads); unknown values are
/// reported, not ignored.
struct DirectoryQuery: Sendable {
    var filter = ActorDirectory.Filter()
    var areaSlug = ""
    var problems: [String] = []

    static func parse(_ req: Request) -> DirectoryQuery {
        var q = DirectoryQuery()
        var problems: [String] = []
        func value(_ name: String) -> String {
            ((try? req.query.get(String.self, at: name)) ?? "").trimmingCharacters(in: .whitespacesAndNewlines)
        }
        func key<Key: RawRepresentable<String>>(_ name: String, _ what: String) -> Key? {
            let raw = value(name)
            guard !raw.isEmpty else { return nil }
            let key = Key(rawValue: raw)
            if key == nil { problems.append(Texts.Actors.unknownFilter(what)) }
            return key
        }
        q.filter.text = String(value("q").prefix(100))
        q.filter.topic = key("thema", Texts.Actors.topic)
        q.filter.audience = key("zielgruppe", Texts.Actors.audience)
        q.filter.legalForm = key("rechtsform", Texts.Actors.legalForm)
        let area = value("gebiet")
        if !area.isEmpty {
            let geography = req.geography
            if let district = geography.area(kind: .district, slug: area) {
                q.filter.areaIDs = geography.children(of: district).map(\.id); q.areaSlug = area
            } else if let quartier = geography.area(kind: .statisticalDistrict, slug: area) {
                q.filter.areaIDs = [quartier.id]; q.areaSlug = area
            } else {
                problems.append(Texts.Actors.unknownFilter(Texts.Actors.area))
            }
        }
        q.problems = problems
        return q
    }
}
