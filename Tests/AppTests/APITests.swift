@testable import App
import Foundation
import Testing
import Vapor
import VaporTesting

@Suite struct APITests {
    private func json(_ res: TestingHTTPResponse) throws -> [String: Any] {
        try #require(try JSONSerialization.jsonObject(with: Data(res.body.string.utf8)) as? [String: Any])
    }

    @Test func listsAllAreasAndFilters() async throws {
        try await withTestApp { app in
            try await app.testing().test(.GET, "/api/v1/areas") { res in
                #expect(res.status == .ok)
                let body = try json(res)
                #expect(body["count"] as? Int == 244)
            }
            try await app.testing().test(.GET, "/api/v1/areas?kind=statisticalDistrict") { res in
                let body = try json(res)
                #expect(body["count"] as? Int == 62)
                let items = try #require(body["items"] as? [[String: Any]])
                let borsig = try #require(items.first { $0["name"] as? String == "Borsigplatz" })
                #expect(borsig["code"] as? String == "06")
                #expect(borsig["population"] as? Int == 13570)
                #expect((borsig["parent"] as? [String: Any])?["kind"] as? String == "district")
                #expect((borsig["parent"] as? [String: Any])?["code"] as? String == "2")
                let centroid = try #require(borsig["centroid"] as? [String: Double])
                #expect(abs(centroid["lat"]! - 51.52) < 0.05 && abs(centroid["lon"]! - 7.48) < 0.05)
                #expect(borsig["url"] as? String == "http://localhost:8080/quartiere/borsigplatz")
                #expect(items.contains { $0["population"] is NSNull })
            }
            try await app.testing().test(.GET, "/api/v1/areas?kind=statisticalDistrict&parent=2") { res in
                let body = try json(res)
                #expect(body["count"] as? Int == 3)
            }
            try await app.testing().test(.GET, "/api/v1/areas?parent=statisticalDistrict:06") { res in
                let items = try #require(try json(res)["items"] as? [[String: Any]])
                #expect(!items.isEmpty && items.allSatisfy { $0["kind"] as? String == "subdistrict" })
            }
        }
    }

    @Test(arguments: [
        ("/api/v1/areas?kind=galaxy", 400), ("/api/v1/areas?parent=2", 400), ("/api/v1/areas?parent=district:99", 404),
        ("/api/v1/areas/galaxy/1", 404), ("/api/v1/areas/district/99", 404), ("/api/v1/areas/lookup", 400),
        ("/api/v1/areas/lookup?street=", 400), ("/api/v1/areas/lookup?street=%07abc", 400), ("/api/v1/nichts", 404),
    ])
    func badRequestsGetProblemJSON(path: String, status: Int) async throws {
        try await withTestApp { app in
            try await app.testing().test(.GET, path) { res in
                #expect(Int(res.status.code) == status)
                #expect(res.headers.first(name: .contentType)?.hasPrefix("application/problem+json") == true)
                let body = try json(res)
                #expect(body["status"] as? Int == status)
                #expect((body["title"] as? String)?.isEmpty == false)
                #expect((body["detail"] as? String)?.isEmpty == false)
                #expect(body["type"] as? String == "about:blank")
            }
        }
    }

    @Test func areaDetailHasNeighboursChildrenAndGeometry() async throws {
        try await withTestApp { app in
            try await app.testing().test(.GET, "/api/v1/areas/statisticalDistrict/06") { res in
                #expect(res.status == .ok)
                let body = try json(res)
                #expect((body["area"] as? [String: Any])?["name"] as? String == "Borsigplatz")
                #expect((body["neighbours"] as? [Any])?.isEmpty == false)
                #expect((body["children"] as? [Any])?.isEmpty == false)
                #expect(body["approximateBoundary"] as? Bool == true)
                #expect((body["geometry"] as? [String: Any])?["type"] as? String == "MultiPolygon")
            }
        }
    }

    @Test func streetLookupReturnsQuartiereWithSubdistricts() async throws {
        try await withTestApp { app in
            try await app.testing().test(.GET, "/api/v1/areas/lookup?street=oesterholzstr.") { res in
                #expect(res.status == .ok)
                let body = try json(res)
                let items = try #require(body["items"] as? [[String: Any]])
                let first = try #require(items.first)
                #expect(first["street"] as? String == "Oesterholzstraße")
                let quartiere = try #require(first["quartiere"] as? [[String: Any]])
                #expect(quartiere.first?["name"] as? String == "Borsigplatz")
                let subs = try #require(quartiere.first?["subdistricts"] as? [[String: Any]])
                #expect(Set(subs.compactMap { $0["code"] as? String }) == ["061", "062"])
            }
            try await app.testing().test(.GET, "/api/v1/areas/lookup?street=xyzxyzxyz") { res in
                #expect(res.status == .ok)
                let body = try json(res)
                #expect(body["count"] as? Int == 0)
            }
        }
    }

    @Test func openAPIDocumentDescribesEveryAPIRoute() async throws {
        try await withTestApp { app in
            try await app.testing().test(.GET, "/api/v1/openapi.json") { res in
                #expect(res.status == .ok)
                let body = try json(res)
                #expect(body["openapi"] as? String == "3.1.0")
                let paths = try #require(body["paths"] as? [String: Any])
                let registered = app.routes.all.map { "/" + $0.path.map { component -> String in
                    if case let .parameter(name) = component { return "{\(name)}" }
                    return component.description
                }.joined(separator: "/") }.filter { $0.hasPrefix("/api/") }
                for route in registered { #expect(paths[route] != nil, "\(route) fehlt im OpenAPI-Dokument") }
                #expect((body["servers"] as? [[String: String]])?.first?["url"] == "http://localhost:8080")
            }
        }
    }
}

@Suite struct OperationsTests {
    @Test func healthReportsDatabase() async throws {
        try await withTestApp { app in
            try await app.testing().test(.GET, "/healthz") { res in
                #expect(res.status == .ok)
                #expect(res.body.string.contains("\"database\":\"ok\""))
            }
        }
    }

    @Test func metricsCountRequestsPerRoutePattern() async throws {
        try await withTestApp { app in
            app.appConfig.metricsToken = String(repeating: "m", count: 32)
            try await app.testing().test(.GET, "/quartiere/borsigplatz") { _ in }
            try await app.testing().test(.GET, "/quartiere/atlantis") { _ in }
            try await app.testing().test(.GET, "/metrics", headers: ["Authorization": "Bearer " + String(repeating: "m", count: 32)]) { res in
                #expect(res.status == .ok)
                let text = res.body.string
                #expect(text.contains(#"gemeinsam_http_requests_total{route="/quartiere/:slug",method="GET",status="200"} 1"#))
                #expect(text.contains(#"gemeinsam_http_requests_total{route="/quartiere/:slug",method="GET",status="404"} 1"#))
                #expect(text.contains("gemeinsam_http_request_duration_seconds_bucket"))
                #expect(!text.contains("borsigplatz"))   // concrete paths never reach the metrics
            }
        }
    }
}
