import Crypto
import Foundation
import Vapor

/// Protects every state-changing form with a token (double-submit cookie): the page embeds the token that the
/// browser also holds in an HttpOnly, SameSite=Lax cookie; a POST must carry both and they must be equal. Another
/// site can neither read the cookie nor guess the token. No server state is needed, so anonymous visitors do not
/// create sessions. The token changes at log-in and log-out; with secure cookies the cookie is `__Host-` prefixed,
/// so no subdomain can plant one.
struct CSRFMiddleware: AsyncMiddleware {
    static let cookieName = "gemeinsam_csrf"
    static let fieldName = "_csrf"
    let secureCookies: Bool

    static func cookieName(secure: Bool) -> String { secure ? "__Host-" + cookieName : cookieName }

    func respond(to request: Request, chainingTo next: any AsyncResponder) async throws -> Response {
        let name = Self.cookieName(secure: secureCookies)
        let existing = request.cookies[name].flatMap { Self.isWellFormed($0.string) ? $0.string : nil }
        let token = existing ?? Self.newToken()
        request.storage[CSRFTokenKey.self] = token

        if [.POST, .PUT, .PATCH, .DELETE].contains(request.method), !request.url.path.hasPrefix("/api/") {
            // without the cookie the request cannot be valid: refuse it before reading the body
            guard let existing else { throw CSRFError() }
            let sent: String?
            if request.headers.contentType == .formData {
                // uploads (multipart): the token is one part; the multipart parser is linear
                _ = try await RequestLimits.collect(request)
                sent = try? request.content.get(String.self, at: Self.fieldName)
            } else {
                sent = RequestLimits.value(of: Self.fieldName, in: try await RequestLimits.collectForm(request))
            }
            guard let sent, Self.constantTimeEqual(sent, existing) else { throw CSRFError() }
        }

        let response = try await next.respond(to: request)
        if let rotated = request.storage[RotatedCSRFKey.self] {
            response.cookies[name] = cookie(rotated)
        } else if existing == nil {
            response.cookies[name] = cookie(token)
        }
        return response
    }

    private func cookie(_ token: String) -> HTTPCookies.Value {
        HTTPCookies.Value(string: token, maxAge: 60 * 60 * 24 * 7, path: "/", isSecure: secureCookies,
                          isHTTPOnly: true, sameSite: .lax)
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
    var reason: String { Texts.Errors.csrf }
}

private struct CSRFTokenKey: StorageKey { typealias Value = String }
private struct RotatedCSRFKey: StorageKey { typealias Value = String }

extension Request {
    var csrfToken: String { storage[CSRFTokenKey.self] ?? "" }

    /// A new form token from the next response on (at log-in and log-out).
    func rotateCSRFToken() {
        let token = CSRFMiddleware.newToken()
        storage[RotatedCSRFKey.self] = token
        storage[CSRFTokenKey.self] = token
    }
}

extension Data {
    func base64URLEncodedString() -> String {
        base64EncodedString().replacingOccurrences(of: "+", with: "-").replacingOccurrences(of: "/", with: "_")
            .replacingOccurrences(of: "=", with: "")
    }
}
