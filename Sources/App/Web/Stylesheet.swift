import Foundation
import Vapor

/// The one stylesheet, read once from the bundle and served with a long cache lifetime and an ETag.
struct Stylesheet: Sendable {
    let body: String
    let etag: String

    static func load() throws -> Stylesheet {
        guard let url = Bundle.module.url(forResource: "gemeinsam", withExtension: "css", subdirectory: "Resources/Public"),
              let text = try? String(contentsOf: url, encoding: .utf8)
        else { throw Abort(.internalServerError, reason: "Stylesheet fehlt im Bundle") }
        var hash: UInt64 = 0xcbf29ce484222325
        for byte in text.utf8 { hash = (hash ^ UInt64(byte)) &* 0x100000001b3 }
        return Stylesheet(body: text, etag: "\"\(String(hash, radix: 16))\"")
    }

    @Sendable static func serve(req: Request) async throws -> Response {
        let sheet = req.application.stylesheet
        var headers = HTTPHeaders()
        headers.replaceOrAdd(name: .contentType, value: "text/css; charset=utf-8")
        headers.replaceOrAdd(name: .cacheControl, value: "public, max-age=3600")
        headers.replaceOrAdd(name: .eTag, value: sheet.etag)
        if req.headers.first(name: .ifNoneMatch) == sheet.etag {
            return Response(status: .notModified, headers: headers)
        }
        return Response(status: .ok, headers: headers, body: .init(string: sheet.body))
    }
}
