import GemeinsamCore
import Vapor

/// The language is the first part of the address (`/tr/quartiere/…`, `/leichte-sprache/…`; German has none), so a
/// link can be shared and cached. The prefix is taken off before routing, so every route exists once.
struct LanguagePrefixResponder: Responder {
    let next: any Responder

    func respond(to request: Request) -> EventLoopFuture<Response> {
        if let (language, rest) = LanguagePath.split(request.url.path) {
            request.url.path = rest
            request.storage[ChosenLanguageKey.self] = language
        }
        return next.respond(to: request)
    }
}

enum LanguagePath {
    /// The language named by the path's first component and the path without it; nil for German paths.
    static func split(_ path: String) -> (Language, String)? {
        guard path.hasPrefix("/") else { return nil }
        let afterSlash = path.dropFirst()
        let component = afterSlash.prefix { $0 != "/" }
        guard !component.isEmpty, let language = Language.withPathPrefix(String(component)) else { return nil }
        let rest = afterSlash.dropFirst(component.count)
        return (language, rest.isEmpty ? "/" : String(rest))
    }

    /// `path` (without prefix) in `language`.
    static func path(_ path: String, in language: Language) -> String {
        guard let prefix = language.pathPrefix else { return path }
        return "/" + prefix + path
    }
}

struct ChosenLanguageKey: StorageKey {
    typealias Value = Language
}

extension Request {
    /// The language from the address; German when there is none.
    var language: Language { storage[ChosenLanguageKey.self] ?? .german }
}

/// Binds the request's language for everything the request renders, and finishes the page: German fallback texts
/// get `lang="de"` in HTML, content written in another language than the page's its own `lang` (see
/// `ContentLanguage`), and the marks are removed anywhere else.
struct LanguageMiddleware: AsyncMiddleware {
    func respond(to request: Request, chainingTo next: any AsyncResponder) async throws -> Response {
        let language = request.language
        let response: Response
        if language.isSource {
            response = try await next.respond(to: request)
            // The German start page offers the browser's language, so its content depends on that header.
            if request.url.path == "/" { response.headers.add(name: .vary, value: "Accept-Language") }
        } else {
            response = try await UIText.$language.withValue(language) { try await next.respond(to: request) }
            response.headers.replaceOrAdd(name: .contentLanguage, value: language.htmlLang)
        }
        // Most pages have no marks at all: look for the markers' lead bytes without copying the body.
        guard let buffer = response.body.buffer, Self.mayContainMarker(buffer), let body = response.body.string,
              FallbackMarks.contains(body) else { return response }
        let isHTML = response.headers.contentType == .html
        response.body = .init(string: isHTML ? FallbackMarks.apply(toHTML: body) : FallbackMarks.strip(body))
        return response
    }

    /// Whether the bytes hold the UTF-8 of a marker (U+10FFF0 … U+10FFFD: F4 8F BF B0 … BD).
    static func mayContainMarker(_ buffer: ByteBuffer) -> Bool {
        buffer.withUnsafeReadableBytes { bytes in
            var index = bytes.startIndex
            while let found = bytes[index...].firstIndex(of: 0xF4) {
                if found + 3 < bytes.endIndex, bytes[found + 1] == 0x8F, bytes[found + 2] == 0xBF,
                   (0xB0...0xBD).contains(bytes[found + 3]) { return true }
                index = found + 1
            }
            return false
        }
    }
}
