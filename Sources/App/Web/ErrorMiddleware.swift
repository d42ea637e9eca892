import Plot
import Vapor

/// An error whose German message may be shown to the person as it is.
struct GermanError: AbortError {
    var status: HTTPResponseStatus
    var reason: String
    var headers: HTTPHeaders = [:]
}

/// Turns every error into a German HTML page or, under `/api/`, an RFC 9457 problem+json document.
/// Never shows internals; unexpected errors are logged by type only (no request data, no personal data).
struct GermanErrorMiddleware: AsyncMiddleware {
    func respond(to request: Request, chainingTo next: any AsyncResponder) async throws -> Response {
        do {
            return try await next.respond(to: request)
        } catch {
            return Self.response(for: error, request: request)
        }
    }

    static func response(for error: any Error, request: Request) -> Response {
        let status: HTTPResponseStatus
        var headers: HTTPHeaders = [:]
        var message: String?
        switch error {
        case let german as GermanError:
            status = german.status
            message = german.reason
            headers = german.headers
        case let csrf as CSRFError:
            status = csrf.status
            message = csrf.reason
        case let abort as any AbortError:
            status = abort.status
            headers = abort.headers
        case is DecodingError:
            status = .badRequest
        default:
            status = .internalServerError
        }
        if status.code >= 500 {
            request.logger.error("Unerwarteter Fehler: \(String(reflecting: type(of: error)))")
        }
        var (title, text) = texts(for: status)
        if error is CSRFError { title = Texts.Errors.csrfTitle }
        if request.url.path.hasPrefix("/api/") {
            return Problem(status: status, title: title, detail: message ?? text).response(headers: headers)
        }
        let page = ErrorPage.render(status: status, title: title, message: message ?? text, context: request.pageContext)
        let response = page.response(status)
        for (name, value) in headers where name.lowercased() != "content-type" && name.lowercased() != "content-length" {
            response.headers.replaceOrAdd(name: name, value: value)
        }
        return response
    }

    static func texts(for status: HTTPResponseStatus) -> (String, String) {
        switch status.code {
        case 400, 422: (Texts.Errors.badRequestTitle, Texts.Errors.badRequest)
        case 401: (Texts.Errors.unauthorizedTitle, Texts.Errors.unauthorized)
        case 403: (Texts.Errors.forbiddenTitle, Texts.Errors.forbidden)
        case 404, 405: (Texts.Errors.notFoundTitle, Texts.Errors.notFound)
        case 413: (Texts.Errors.tooLargeTitle, Texts.Errors.tooLarge)
        case 429: (Texts.Errors.tooManyTitle, Texts.Errors.tooManyTitle)
        default: (Texts.Errors.serverTitle, Texts.Errors.server)
        }
    }
}

/// RFC 9457 problem details.
struct Problem: Content {
    var type: String = "about:blank"
    var title: String
    var status: Int
    var detail: String

    init(status: HTTPResponseStatus, title: String, detail: String) {
        self.status = Int(status.code)
        self.title = title
        self.detail = detail
    }

    func response(headers extra: HTTPHeaders = [:]) -> Response {
        var headers = extra
        headers.replaceOrAdd(name: .contentType, value: "application/problem+json; charset=utf-8")
        let body = (try? JSONEncoder().encode(self)) ?? Data()
        return Response(status: HTTPResponseStatus(statusCode: status), headers: headers, body: .init(data: body))
    }
}

enum ErrorPage {
    static func render(status: HTTPResponseStatus, title: String, message: String, context: PageContext) -> HTML {
        Layout.page(title: title, context: context, main: .group(
            .h1(.text(title)),
            .p(.safeText(message)),
            .if(status == .unauthorized, .p(.a(.href(SiteURL.login.path), .text(Texts.Nav.login)))),
            .p(.a(.href(SiteURL.home.path), .text(Texts.Errors.backHome)))
        ))
    }
}
