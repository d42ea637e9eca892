@testable import App
import Foundation
import SQLKit
import Testing
import Vapor
import VaporTesting

/// Bad input on every route as every kind of visitor (issue 11, "the bad-input tests cover every form as every
/// role"): each registered route is called with an empty form and with hostile values for the field names the
/// forms use, on real ids of sample content, as a visitor and as a coordinator. Nothing may answer with a 5xx or a
/// stack trace; hostile text never comes back unescaped.
@Suite struct RouteFuzzTests {
    static let hostile = "'\"><x-evil>" + String(repeating: "ä", count: 3_000)
    /// Field names of the app's forms (a superset is harmless: unknown fields are ignored).
    static let fieldNames = [
        "name", "title", "description", "body", "email", "password", "newPassword", "firstName", "initial", "homeArea",
        "quartier", "street", "postalCode", "city", "lat", "lon", "type", "status", "decision", "reason", "kind",
        "category", "timing", "date", "time", "start", "end", "validUntil", "phone", "website", "contactEmail",
        "message", "way", "user", "invitation", "action", "role", "area", "hours", "activity", "partner", "actor",
        "ownerActor", "organiserActor", "schedule", "weekday", "note", "code", "entscheidung", "beginn", "ende",
        "welle", "tabelle", "q", "seite", "gebiet", "ort", "site", "visitorName", "visitorPhone", "consent",
    ]

    @Test func noRouteAnswersBadInputWithAServerError() async throws {
        try await withTestApp { app in
            // setup: sample content for real ids, a visitor and a coordinator
            _ = try await SampleContent.seed(app)
            var visitor = Browser(app)
            var coordinator = try await EditFixture.browser(app, email: "koordination@example.org", role: .coordinator)
            let ids = try await Self.sampleIDs(app)
            let routes = app.routes.all.filter { route in
                [.GET, .POST].contains(route.method)
                    && !route.path.contains { $0.description.contains("abmelden") || $0.description == "loeschen" }
            }
            var failures: [String] = []
            // act
            for route in routes {
                let path = Self.path(route.path, ids: ids)
                for browser in [0, 1] {
                    let responses: [TestingHTTPResponse]
                    if route.method == .GET {
                        let query = "?" + ["q", "seite", "gebiet", "welle", "messgroesse", "kategorie", "art", "ort"]
                            .map { "\($0)=\(BrowserEncoding.encode(Self.hostile))" }.joined(separator: "&")
                        responses = browser == 0 ? [try await visitor.get(path + query)] : [try await coordinator.get(path + query)]
                    } else {
                        let fields = Self.fieldNames.map { ($0, Self.hostile) }
                        responses = browser == 0
                            ? [try await visitor.post(path, []), try await visitor.post(path, fields)]
                            : [try await coordinator.post(path, []), try await coordinator.post(path, fields)]
                    }
                    for response in responses {
                        let text = response.body.string
                        if response.status.code >= 500 || text.contains("Fatal error") || text.contains("<x-evil") {
                            failures.append("\(route.method) \(path) as \(browser == 0 ? "visitor" : "coordinator"): "
                                + "\(response.status.code) \(text.prefix(200))")
                        }
                    }
                }
            }
            // check
            #expect(routes.count > 100)
            #expect(failures == [])
        }
    }

    /// A real id for each kind of path (by its first segment), a fresh one where there is none.
    static func sampleIDs(_ app: Application) async throws -> [String: String] {
        var ids: [String: String] = [:]
        for (segment, table) in [("orte", "places"), ("angebote", "offers"), ("raeume", "rooms"), ("akteure", "actors"),
                                 ("boerse", "listings"), ("buchungen", "room_bookings"), ("kiosk", "kiosk_sites")] {
            if let row = try await app.sql.select().column("id").from(table).limit(1).first() {
                ids[segment] = (try? row.decode(column: "id", as: UUID.self).uuidString.lowercased())
                    ?? (try? row.decode(column: "id", as: Int.self)).map(String.init)
            }
        }
        return ids
    }

    static func path(_ components: [PathComponent], ids: [String: String]) -> String {
        let first = components.first?.description ?? ""
        return "/" + components.map { component -> String in
            switch component {
            case let .constant(text): text
            case let .parameter(name) where name == "slug": "borsigplatz"
            case let .parameter(name) where name == "tabelle": "quartiere"
            case .parameter: ids[first] ?? UUID().uuidString.lowercased()
            case .anything, .catchall: "x"
            }
        }.joined(separator: "/")
    }
}

/// Form encoding as the test browser does it.
enum BrowserEncoding {
    static func encode(_ s: String) -> String { Browser.encode(s) }
}
