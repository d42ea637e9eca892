import Vapor

/// Headers on every response: no inline script, no framing, no sniffing, minimal referrer, no powerful features;
/// HSTS behind HTTPS; and `Cache-Control: no-store` on every response to a logged-in person, so shared kiosk
/// computers and proxies keep no copy of pages with personal data.
struct SecurityHeadersMiddleware: AsyncMiddleware {
    static let contentSecurityPolicy = [
        "default-src 'self'", "script-src 'self'", "style-src 'self'", "img-src 'self' data:",
        "object-src 'none'", "base-uri 'self'", "form-action 'self'", "frame-ancestors 'none'",
    ].joined(separator: "; ")

    let secure: Bool

    func respond(to request: Request, chainingTo next: any AsyncResponder) async throws -> Response {
        let response = try await next.respond(to: request)
        Self.apply(to: &response.headers, secure: secure)
        if request.currentUser != nil || request.sessionID != nil {
            response.headers.replaceOrAdd(name: .cacheControl, value: "no-store")
        }
        return response
    }

    static func apply(to headers: inout HTTPHeaders, secure: Bool) {
        headers.replaceOrAdd(name: "Content-Security-Policy", value: contentSecurityPolicy)
        headers.replaceOrAdd(name: "X-Content-Type-Options", value: "nosniff")
        headers.replaceOrAdd(name: "Referrer-Policy", value: "strict-origin-when-cross-origin")
        headers.replaceOrAdd(name: "X-Frame-Options", value: "DENY")
        headers.replaceOrAdd(
            name: "Permissions-Policy",
            value: "geolocation=(), camera=(), microphone=(), payment=(), usb=(), interest-cohort=()")
        if secure {
            headers.replaceOrAdd(name: "Strict-Transport-Security", value: "max-age=31536000; includeSubDomains")
        }
    }
}
