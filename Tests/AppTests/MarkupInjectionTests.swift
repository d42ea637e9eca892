@testable import App
import Foundation
import SQLKit
import Testing
import Vapor
import VaporTesting

/// Stored text must never leave its element or attribute: the class of bug behind the `<head>` injection through a
/// place's name (issue 11, finding 1). Every free-text column that people can write is poisoned, then every kind of
/// page is read as a visitor and as a coordinator.
@Suite struct MarkupInjectionTests {
    static let payload = "\"'></script></title><x-evil>"

    /// The free-text columns people (editors, residents, actors) write.
    static let poisoned: [(table: String, columns: [String])] = [
        ("places", ["name", "street", "opening_hours", "phone", "website", "description"]),
        ("rooms", ["name", "equipment", "booking_rules"]),
        ("offers", ["title", "description", "meeting_point", "organiser", "contact", "registration_how"]),
        ("listings", ["title", "body", "public_name", "timing_note"]),
        ("actors", ["name", "street", "contact_phone", "website", "description"]),
    ]

    @Test func storedTextIsEscapedOnEveryKindOfPage() async throws {
        try await withTestApp { app in
            // setup
            _ = try await SampleContent.seed(app)
            for (table, columns) in Self.poisoned {
                for column in columns {
                    try await app.sql.raw("UPDATE \(ident: table) SET \(ident: column) = \(ident: column) || \(bind: Self.payload)")
                        .run()
                }
            }
            var visitor = Browser(app)
            var coordinator = Browser(app)
            try await coordinator.register(email: "koordination@example.org")
            try await grant(.coordinator, to: "koordination@example.org", in: app)

            // act
            let visitorPages = try await Self.crawl(&visitor, from: ["/", "/quartiere", "/boerse", "/akteure", "/suche?q=Treff"])
            let coordinatorPages = try await Self.crawl(&coordinator, from: ["/verwalten", "/akteure/pruefen", "/netzwerk", "/monitor"])

            // check
            #expect(visitorPages.read >= 20, "zu wenige Seitenarten gelesen: \(visitorPages.read)")
            #expect(coordinatorPages.read > 10, "zu wenige Seitenarten gelesen: \(coordinatorPages.read)")
            #expect(visitorPages.leaks + coordinatorPages.leaks == [])
        }
    }

    @Test func noPageBuildsItsOwnHead() throws {
        // Plot's `.title()`, `.description()`, `.url()` and `.socialImageLink()` also write og/twitter meta tags with
        // the value unescaped; the one `<head>` is `Layout.head`.
        let sources = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().appendingPathComponent("Sources/App")
        let unsafe = try Regex(#"(^|[^\w)\]])\.(title|description|url|socialImageLink|head)\("#)
        var offenders: [String] = []
        for case let file as URL in FileManager.default.enumerator(at: sources, includingPropertiesForKeys: nil)!
        where file.pathExtension == "swift" && file.lastPathComponent != "Layout.swift" {
            let lines = try String(contentsOf: file, encoding: .utf8).split(separator: "\n", omittingEmptySubsequences: false)
            for (number, line) in lines.enumerated() where line.contains(unsafe) {
                offenders.append("\(file.lastPathComponent):\(number + 1)")
            }
        }
        #expect(offenders == [])
    }

    /// Reads one page of each kind reachable from `start` (ids and slugs folded), at most 250 pages, and returns
    /// where the payload appeared unescaped.
    static func crawl(_ browser: inout Browser, from start: [String]) async throws -> (read: Int, leaks: [String]) {
        var queue = start
        var seenKinds = Set<String>()
        var leaks: [String] = []
        var read = 0
        while !queue.isEmpty, read < 250 {
            let path = queue.removeFirst()
            guard seenKinds.insert(kind(of: path)).inserted else { continue }
            let response = try await browser.get(path)
            guard response.headers.contentType?.subType == "html" else { continue }
            read += 1
            let html = response.body.string
            #expect(response.status.code < 500, "\(path): \(response.status)")
            if html.contains("<x-evil") || html.contains("'></script>") { leaks.append(path) }
            queue += links(in: html).filter { !seenKinds.contains(kind(of: $0)) }
        }
        return (read, leaks)
    }

    /// Internal links to pages (not files, not log-out).
    static func links(in html: String) -> [String] {
        html.matches(of: #/href="(/[^"#]*)"/#).compactMap { match in
            let link = String(match.output.1).replacingOccurrences(of: "&amp;", with: "&")
            let file = [".ics", ".csv", ".json", ".geojson", ".css", ".svg", ".pdf"]
            return file.contains(where: { link.split(separator: "?").first?.hasSuffix($0) == true })
                || link.hasPrefix("/konto/abmelden") ? nil : link
        }
    }

    /// The kind of a page: its path with ids, slugs and query values folded, so each kind is read once.
    static func kind(of path: String) -> String {
        let parts = path.split(separator: "?", maxSplits: 1)
        var segments = parts[0].split(separator: "/").map(String.init)
        for i in segments.indices {
            if segments[i].count >= 32 || segments[i].allSatisfy(\.isNumber) { segments[i] = "{id}" }
            if i > 0, ["quartiere", "stadtbezirke", "sprachen"].contains(segments[i - 1]) { segments[i] = "{slug}" }
        }
        let keys = parts.count > 1 ? parts[1].split(separator: "&").map { $0.split(separator: "=").first ?? "" }.sorted() : []
        return "/" + segments.joined(separator: "/") + "?" + keys.joined(separator: "&")
    }
}
