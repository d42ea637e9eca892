import Crypto
import Foundation
import Vapor

/// Protects every state-changing form with a token (double-submit cookie): the page embeds the token that the
/// browser also holds in an HttpOnly, SameSite=Lax cookie; a POST must carry both and they must be equal. Another
/// site can neither read the cookie nor guess the token. No server state is needed, so anonymous visitors do not
/// create sessions.
struct CSRFMiddleware: AsyncMiddleware {
    static let cookieName = "gemeinsam_csrf"
    static let fieldName = "_csrf"
    let secureCookies: Bool

    func respond(to request: Request, chainingTo next: any AsyncResponder) async throws -> Response {
        let existing = request.cookies[Self.cookieName].flatMap { Self.isWellFormed($0.string) ? $0.string : nil }
        let token = existing ?? Self.newToken()
        request.storage[CSRFTokenKey.self] = token

        if [.POST, .PUT, .PATCH, .DELETE].contains(request.method), !request.url.path.hasPrefix("/api/") {
            // the token is in the body, so the size limit is enforced here, before anything reads it
            if let data = request.body.data {
                guard data.readableBytes <= maxRequestBodyBytes else { throw Abort(.payloadTooLarge) }
            } else {
                _ = try await request.body.collect(max: maxRequestBodyBytes).get()
            }
            let sent = (try? request.content.get(String.self, at: Self.fieldName)) ?? ""
            guard let existing, Self.constantTimeEqual(sent, existing) else {
                throw CSRFError()
            }
        }

        let response = try await next.respond(to: request)
        if existing == nil {
            response.cookies[Self.cookieName] = HTTPCookies.Value(
                string: token, maxAge: 60 * 60 * 24 * 7, path: "/", isSecure: secureCookies, isHTTPOnly: true,
                sameSite: .lax)
        }
        return response
    }

    static func newToken() -> String {
        Data((0..<32).map { _ in UInt8.random(in: 0...255) }).base64URLEncodedString()
    }

    static func isWellFormed(_ token: String) -> Bool {
        token.count == 43 && token.allSatisfy { $0.isASCII && ($0.isLetter || $0.isNumber || $0 == "-" || $0 == "_") }
    }

    static func constantTimeEqual(_ a: String, _ b: String) -> Bool {
        let x = Array(a.utf8), y = Array(b.utf8)
        guard x.count == y.count else { return false }
        var diff: UInt8 = 0
        for i in 0..<x.count { diff |= x[i] ^ y[i] }
        return diff == 0
    }
}

struct CSRFError: AbortError {
    var status: HTTPResponseStatus { .forbidden }
    var reason: String { German.Errors.csrf }
}

private struct CSRFTokenKey: StorageKey { typealias Value = String }

extension Request {
    var csrfToken: String { storage[CSRFTokenKey.self] ?? "" }
}

extension Data {
    func base64URLEncodedString() -> String {
        base64EncodedString().replacingOccurrences(of: "+", with: "-").replacingOccurrences(of: "/", with: "_")
            .replacingOccurrences(of: "=", with: "")
    }
}
