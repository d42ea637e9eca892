@testable import App
import Foundation
import SQLKit
import Testing
import Vapor
import VaporTesting
import NIOCore

/// Issue 11: protections on every request (parameter limits, form tokens, headers, metrics).
@Suite struct RequestProtectionTests {
    @Test func repeatedOrTooManyQueryParametersAreRefusedBeforeParsing() async throws {
        try await withTestApp { app in
            let repeated = String(repeating: "q=a&", count: 25_000)
            // (the CPU this costs is measured by bench/security, not here)
            try await app.testing().test(.GET, "/suche?" + repeated) { res in
                #expect(res.status == .badRequest)
                #expect(res.body.string.contains("zu viele oder doppelte Angaben"))
            }
            let many = (0..<201).map { "k\($0)=1" }.joined(separator: "&")
            try await app.testing().test(.GET, "/quartiere?" + many) { res in #expect(res.status == .badRequest) }
            try await app.testing().test(.GET, "/suche?q=a&q=b") { res in #expect(res.status == .badRequest) }
        }
    }

    @Test func aHugeFormWithoutCookieIsRefusedWithoutReadingIt() async throws {
        try await withTestApp { app in
            var headers = HTTPHeaders()
            headers.contentType = .urlEncodedForm
            let body = String(repeating: "q=&", count: 40_000)
            try await app.testing().test(.POST, "/konto/anmelden", headers: headers, body: ByteBuffer(string: body)) { res in
                #expect(res.status == .forbidden)
            }
            // with a form token cookie the body is checked before it is parsed
            var browser = Browser(app)
            let repeated = try await browser.postRaw("/konto/anmelden", body: ByteBuffer(string: body + "_csrf=" + (browser.csrfToken ?? "")))
            #expect(repeated.status == .badRequest)
        }
    }

    @Test func theFormTokenChangesAtLogInAndLogOut() async throws {
        try await withTestApp { app in
            var browser = Browser(app)
            try await browser.register()
            try await browser.post("/konto/abmelden", [])
            let before = browser.csrfToken
            try await browser.post("/konto/anmelden", [("email", "anna@example.org"), ("password", Browser.password)])
            let afterLogin = browser.csrfToken
            #expect(before != nil && afterLogin != nil && before != afterLogin)
            #expect(try await browser.get("/konto").status == .ok)
            try await browser.post("/konto/abmelden", [])
            #expect(browser.csrfToken != afterLogin)
        }
    }

    @Test func secureCookiesAreHostPrefixedAndHSTSIsSent() async throws {
        try await withTestApp { app in
            app.appConfig.secureCookies = true
            app.middleware = Middlewares()
            app.middleware.use(SecurityHeadersMiddleware(secure: true))
            app.middleware.use(CSRFMiddleware(secureCookies: true))
            try await app.testing().test(.GET, "/") { res in
                #expect(res.headers.first(name: "Strict-Transport-Security")?.contains("max-age=31536000") == true)
                #expect(res.headers[.setCookie].contains { $0.hasPrefix("__Host-gemeinsam_csrf=") && $0.contains("Secure") })
            }
        }
    }

    @Test func pagesForLoggedInPeopleAreNeverStored() async throws {
        try await withTestApp { app in
            var browser = Browser(app)
            let anonymous = try await browser.get("/quartiere")
            #expect(anonymous.headers.first(name: .cacheControl) != "no-store")
            try await browser.register()
            for path in ["/konto", "/quartiere", "/boerse", "/konto/boerse"] {
                #expect(try await browser.get(path).headers.first(name: .cacheControl) == "no-store", "\(path)")
            }
        }
    }

    @Test func metricsNeedTheConfiguredToken() async throws {
        try await withTestApp { app in
            try await app.testing().test(.GET, "/metrics") { res in #expect(res.status == .notFound) }
            app.appConfig.metricsToken = String(repeating: "t", count: 24)
            try await app.testing().test(.GET, "/metrics") { res in #expect(res.status == .unauthorized) }
            try await app.testing().test(.GET, "/metrics", headers: ["Authorization": "Bearer falsch"]) { res in
                #expect(res.status == .unauthorized)
            }
            try await app.testing().test(.GET, "/metrics", headers: ["Authorization": "Bearer " + String(repeating: "t", count: 24)]) { res in
                #expect(res.status == .ok)
            }
        }
    }

    @Test func theClientAddressComesFromTrustedProxiesOnly() async throws {
        try await withTestApp { app in
            func address(peer: String, forwarded: String?) -> String? {
                var headers = HTTPHeaders()
                if let forwarded { headers.add(name: .xForwardedFor, value: forwarded) }
                let request = Request(application: app, method: .GET, url: "/", headers: headers,
                                      remoteAddress: try? SocketAddress(ipAddress: peer, port: 1234), on: app.eventLoopGroup.next())
                return request.clientAddress
            }
            #expect(address(peer: "203.0.113.5", forwarded: "10.9.9.9") == "203.0.113.5")   // nobody trusted
            app.appConfig.trustedProxies = [IPRange("10.0.0.0/8")!, IPRange("::1")!]
            #expect(address(peer: "10.0.0.2", forwarded: "198.51.100.7") == "198.51.100.7")
            #expect(address(peer: "10.0.0.2", forwarded: "6.6.6.6, 198.51.100.7, 10.0.0.3") == "198.51.100.7")
            #expect(address(peer: "203.0.113.5", forwarded: "198.51.100.7") == "203.0.113.5")   // not a proxy
            #expect(address(peer: "10.0.0.2", forwarded: "kaputt") == "10.0.0.2")
        }
    }

    @Test func configurationReadsTheSecuritySettings() throws {
        let config = try AppConfig.fromEnvironment([
            "TRUSTED_PROXIES": "127.0.0.1, 10.0.0.0/8,::1", "METRICS_TOKEN": String(repeating: "x", count: 20),
            "SESSION_IDLE_STAFF_MINUTES": "30", "SESSION_MAX_RESIDENT_DAYS": "10",
        ])
        #expect(config.trustedProxies.count == 3)
        #expect(config.metricsToken?.count == 20)
        #expect(config.sessionLimits.staffIdle == 1_800 && config.sessionLimits.residentMaximum == 864_000)
        #expect(throws: ConfigurationError.self) { try AppConfig.fromEnvironment(["TRUSTED_PROXIES": "10.0.0.0/99"]) }
        #expect(throws: ConfigurationError.self) { try AppConfig.fromEnvironment(["METRICS_TOKEN": "kurz"]) }
        #expect(throws: ConfigurationError.self) { try AppConfig.fromEnvironment(["SESSION_IDLE_STAFF_MINUTES": "0"]) }
    }
}
