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
/// get `lang="de"` in HTML and lose their marks anywhere else.
struct LanguageMiddleware: AsyncMiddleware {
    func respond(to request: Request, chainingTo next: any AsyncResponder) async throws -> Response {
        let language = request.language
        guard !language.isSource else {
            let response = try await next.respond(to: request)
            // The German start page offers the browser's language, so its content depends on that header.
            if request.url.path == "/" { response.headers.add(name: .vary, value: "Accept-Language") }
            return response
        }
        let response = try await UIText.$language.withValue(language) { try await next.respond(to: request) }
        response.headers.replaceOrAdd(name: .contentLanguage, value: language.htmlLang)
        if let body = response.body.string, FallbackMarks.contains(body) {
            let isHTML = response.headers.contentType == .html
            let finished = isHTML ? FallbackMarks.apply(toHTML: body) : FallbackMarks.strip(body)
            response.body = .init(string: finished)
        }
        return response
    }
}
