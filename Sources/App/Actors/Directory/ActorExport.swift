import Foundation
import GemeinsamCore
import Vapor

/// The public downloads of the directory: CSV for spreadsheets and GeoJSON for maps.
enum ActorExport {
    @Sendable static func csv(req: Request) async throws -> Response {
        let actors = try await ActorDirectory.actors(DirectoryQuery.parse(req).filter, on: req.sql)
        let geography = req.geography
        let base = req.application.appConfig.publicURL
        var rows = [Texts.Actors.csvHeader]
        for a in actors {
            let p = a.profile
            rows.append([
                p.name, p.legalForm.label, p.topicList.map(\.label).joined(separator: ", "),
                p.audienceList.map(\.label).joined(separator: ", "), p.hasFixedPlace ? p.street : Texts.Actors.withoutFixedPlace,
                p.postalCode, p.areaID.flatMap { geography.areas[$0]?.name } ?? "",
                a.workAreaIDs.compactMap { geography.areas[$0]?.name }.joined(separator: ", "),
                p.contactEmail, p.contactPhone, p.website, p.foundedYear.map(String.init) ?? "", p.sizeRange.label,
                SiteURL.actor(a.id.uuidString.lowercased()).absoluteURL(base: base), a.isSample ? Texts.Actors.yes : Texts.Actors.no,
            ])
        }
        return csvDownload(rows, filename: "akteure-dortmund.csv")
    }

    /// A CSV file for spreadsheets (semicolons, BOM, formulas neutralised) as a download.
    static func csvDownload(_ rows: [[String]], filename: String) -> Response {
        var headers = HTTPHeaders()
        headers.replaceOrAdd(name: .contentType, value: "text/csv; charset=utf-8")
        headers.replaceOrAdd(name: .contentDisposition, value: "attachment; filename=\"\(filename)\"")
        return Response(status: .ok, headers: headers, body: .init(string: CSV.writeForSpreadsheet(rows)))
    }

    @Sendable static func geoJSON(req: Request) async throws -> Response {
        let actors = try await ActorDirectory.actors(DirectoryQuery.parse(req).filter, on: req.sql)
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
            let exact = a.profile.point != nil
            return ["type": "Feature", "id": id,
                    "geometry": ["type": "Point", "coordinates": [(point.lon * 1e6).rounded() / 1e6, (point.lat * 1e6).rounded() / 1e6]],
                    "properties": ["id": id, "name": a.name, "legalForm": a.profile.legalForm.rawValue,
                                   "legalFormName": a.profile.legalForm.label, "topics": a.profile.topicList.map(\.rawValue),
                                   "quartier": a.homeAreaID.flatMap { geography.areas[$0]?.name } ?? NSNull(),
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
