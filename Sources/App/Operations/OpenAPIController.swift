import Foundation
import Vapor

/// Serves `Resources/openapi.json` with `servers` set to the configured public address.
enum OpenAPIController {
    static func load(publicURL: String) throws -> Data {
        guard let url = Bundle.module.url(forResource: "openapi", withExtension: "json", subdirectory: "Resources"),
              let data = FileManager.default.contents(atPath: url.path),
              var document = try JSONSerialization.jsonObject(with: data) as? [String: Any]
        else { throw Abort(.internalServerError) }
        document["servers"] = [["url": publicURL]]
        return try JSONSerialization.data(withJSONObject: document, options: [.sortedKeys, .withoutEscapingSlashes])
    }

    @Sendable static func document(req: Request) async throws -> Response {
        var headers = HTTPHeaders()
        headers.contentType = .json
        return Response(status: .ok, headers: headers, body: .init(data: req.application.openAPIDocument))
    }
}
