@testable import App
import Foundation
import SQLKit
import Testing
import Vapor
import VaporTesting

/// The Dortmund geography is parsed (and its neighbours computed) once per test process.
let dortmund: GeographyDataset = {
    do { return try GeographyDataset.load(directory: Bootstrap.bundledDortmund()) } catch {
        fatalError("Dortmund-Geografie nicht lesbar: \(error)")
    }
}()

/// Runs `test` against a fresh, migrated database with the Dortmund geography: an in-memory SQLite database, or a
/// private schema in the PostgreSQL database named by `TEST_DATABASE_URL` (dropped afterwards).
func withTestApp(_ test: (Application) async throws -> Void) async throws {
    var config = AppConfig(database: .sqlite(path: ":memory:"), seedSampleContent: false, passwordCost: 4)
    var schema: String?
    if let url = ProcessInfo.processInfo.environment["TEST_DATABASE_URL"], !url.isEmpty {
        config.database = .postgres(url: url)
        schema = "test_" + UUID().uuidString.replacingOccurrences(of: "-", with: "").lowercased().prefix(16)
        config.postgresSchema = schema
    }
    // Swift Testing runs every test at once; PostgreSQL has a limited number of connections (200 in
    // scripts/with-postgres.sh), so only so many test apps may hold connections at the same time.
    if schema != nil { await TestAppLimiter.postgres.acquire() }
    let app = try await Application.make(.testing)
    do {
        try configure(app, config: config)
        try await Bootstrap.prepare(app, dataset: dortmund)
        try await test(app)
    } catch {
        await cleanUp(app, schema: schema)
        if schema != nil { await TestAppLimiter.postgres.release() }
        throw error
    }
    await cleanUp(app, schema: schema)
    if schema != nil { await TestAppLimiter.postgres.release() }
}

/// A counting semaphore for test apps.
actor TestAppLimiter {
    static let postgres = TestAppLimiter(limit: Int(ProcessInfo.processInfo.environment["TEST_DATABASE_SLOTS"] ?? "") ?? 12)
    private var available: Int
    private var waiters: [CheckedContinuation<Void, Never>] = []

    init(limit: Int) { available = limit }

    func acquire() async {
        if available > 0 {
            available -= 1
            return
        }
        await withCheckedContinuation { waiters.append($0) }
    }

    func release() {
        if waiters.isEmpty { available += 1 } else { waiters.removeFirst().resume() }
    }
}

private func cleanUp(_ app: Application, schema: String?) async {
    if let schema {
        try? await app.sql.raw("DROP SCHEMA IF EXISTS \(ident: schema) CASCADE").run()
    }
    try? await app.asyncShutdown()
}

/// A browser-like client: keeps cookies, finds the form token, posts URL-encoded forms.
struct Browser {
    let app: Application
    var cookies: [String: String] = [:]

    init(_ app: Application) { self.app = app }

    var csrfToken: String? { cookies[CSRFMiddleware.cookieName] }

    @discardableResult
    mutating func get(_ path: String) async throws -> TestingHTTPResponse {
        try await send(.GET, path, body: nil)
    }

    /// Posts a form; adds the form token unless `csrf` is given explicitly (nil = leave it out).
    @discardableResult
    mutating func post(_ path: String, _ fields: [(String, String)], csrf: String?? = .none) async throws -> TestingHTTPResponse {
        if cookies[CSRFMiddleware.cookieName] == nil { try await get("/") }
        var all = fields
        switch csrf {
        case .none: all.append((CSRFMiddleware.fieldName, csrfToken ?? ""))
        case let .some(token?): all.append((CSRFMiddleware.fieldName, token))
        case .some(nil): break
        }
        let body = all.map { "\(Self.encode($0.0))=\(Self.encode($0.1))" }.joined(separator: "&")
        return try await send(.POST, path, body: body)
    }

    mutating func postRaw(_ path: String, body: ByteBuffer) async throws -> TestingHTTPResponse {
        if cookies[CSRFMiddleware.cookieName] == nil { try await get("/") }
        var headers = HTTPHeaders()
        headers.contentType = .urlEncodedForm
        headers.add(name: .cookie, value: cookieHeader)
        var result: TestingHTTPResponse?
        try await app.testing().test(.POST, path, headers: headers, body: body) { result = $0 }
        store(result!)
        return result!
    }

    private var cookieHeader: String { cookies.map { "\($0.key)=\($0.value)" }.joined(separator: "; ") }

    private mutating func send(_ method: HTTPMethod, _ path: String, body: String?) async throws -> TestingHTTPResponse {
        var headers = HTTPHeaders()
        if !cookies.isEmpty { headers.add(name: .cookie, value: cookieHeader) }
        if body != nil { headers.contentType = .urlEncodedForm }
        var result: TestingHTTPResponse?
        try await app.testing().test(method, path, headers: headers,
                                     body: body.map { ByteBuffer(string: $0) }) { result = $0 }
        store(result!)
        return result!
    }

    private mutating func store(_ response: TestingHTTPResponse) {
        for header in response.headers[.setCookie] {
            let pair = header.split(separator: ";", maxSplits: 1)[0]
            let parts = pair.split(separator: "=", maxSplits: 1).map(String.init)
            guard parts.count == 2 else { continue }
            if header.contains("Max-Age=0") || header.contains("Expires=Thu, 01 Jan 1970") || parts[1].isEmpty {
                cookies[parts[0]] = nil
            } else {
                cookies[parts[0]] = parts[1]
            }
        }
    }

    static func encode(_ s: String) -> String {
        var allowed = CharacterSet.alphanumerics
        allowed.insert(charactersIn: "-._*")
        return s.addingPercentEncoding(withAllowedCharacters: allowed)!
    }
}

extension Browser {
    static let password = "Sonnenblume-Kiosk-2026"

    /// Registers an account, confirms the address with the link from the mail (which logs in) and stays logged in.
    mutating func register(email: String = "anna@example.org", firstName: String = "Anna", initial: String = "B",
                           quartier: String = "borsigplatz", confirm: Bool = true) async throws {
        let response = try await post("/konto/registrieren", [
            ("email", email), ("password", Self.password), ("firstName", firstName), ("initial", initial),
            ("homeArea", quartier),
        ])
        #expect(response.status == .seeOther, "Registrierung fehlgeschlagen: \(response.body.string.prefix(500))")
        guard confirm else { return }
        let link = try #require(try await mailedLink(to: email, kind: "account.verify"), "keine Bestätigungs-E-Mail")
        let confirmed = try await get(link)
        #expect(confirmed.status == .seeOther, "Bestätigung fehlgeschlagen: \(confirmed.body.string.prefix(300))")
    }

    /// The path of the link in the newest mail of `kind` to `address` (from the outbox).
    func mailedLink(to address: String, kind: String) async throws -> String? {
        try await app.sql.select().column("link").from("outbox").where("to_address", .equal, address)
            .where("kind", .equal, kind).orderBy("created_at", .descending).first()?
            .decode(column: "link", as: String?.self)
    }
}

extension TestingHTTPResponse {
    var text: String { body.string }
}

/// Grants a role directly in the database.
func grant(_ role: Role, to email: String, area: Int? = nil, in app: Application) async throws {
    let sql = app.sql
    let id = try #require(try await RoleQueries.userID(email: email, on: sql))
    _ = try await RoleQueries.grant(RoleGrant(role: role, areaID: area), to: id, by: nil, detail: role.germanName, now: app.clock.now, on: sql)
}

/// Makes the account an editor of a new approved actor ("Verein von …"): editing rights in Begegnung follow from
/// the actors a person edits. Returns the actor's id.
@discardableResult
func makeActorEditor(_ email: String, in app: Application) async throws -> UUID {
    let userID = try #require(try await RoleQueries.userID(email: email, on: app.sql))
    return try await ActorFixture.actor(app, name: "Verein von \(email)", editor: userID)
}
