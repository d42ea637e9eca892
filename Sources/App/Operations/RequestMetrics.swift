import Foundation
import Plot
import Prometheus
import Vapor

/// Prometheus counters and a latency histogram per route, and the `/metrics` text.
/// Each application has its own registry (no global metrics system), so tests can run side by side.
final class RequestMetrics: Sendable {
    let registry = PrometheusCollectorRegistry()
    private static var requests: MetricNameDescriptor { MetricNameDescriptor(
        namespace: "gemeinsam", metricName: "http_requests", unitName: "total", helpText: UIText.text("requestMetrics.requests")) }
    private static var duration: MetricNameDescriptor { MetricNameDescriptor(
        namespace: "gemeinsam", metricName: "http_request_duration", unitName: "seconds", helpText: "Antwortzeit nach Route") }
    private static let buckets: [Duration] = [
        .milliseconds(1), .milliseconds(2), .milliseconds(5), .milliseconds(10), .milliseconds(20), .milliseconds(50),
        .milliseconds(100), .milliseconds(250), .milliseconds(500), .seconds(1), .seconds(2.5), .seconds(5),
    ]

    func record(route: String, method: String, status: UInt, duration: Duration) {
        registry.makeCounter(descriptor: Self.requests, labels: [("route", route), ("method", method), ("status", String(status))])
            .increment()
        registry.makeDurationHistogram(descriptor: Self.duration, labels: [("route", route)], buckets: Self.buckets)
            .record(duration)
    }

    func text() -> String { registry.emitToString() }
}

/// Measures every request. The route label is the registered pattern (e.g. `/quartiere/:slug`), never the concrete
/// path, so no personal data reaches the metrics and their number stays bounded.
struct MetricsMiddleware: AsyncMiddleware {
    let metrics: RequestMetrics

    func respond(to request: Request, chainingTo next: any AsyncResponder) async throws -> Response {
        let clock = ContinuousClock()
        let start = clock.now
        let response: Response
        do {
            response = try await next.respond(to: request)
        } catch {
            response = GermanErrorMiddleware.response(for: error, request: request)
        }
        let route = request.route.map { "/" + $0.path.map(\.description).joined(separator: "/") } ?? "unmatched"
        metrics.record(route: route, method: request.method.rawValue, status: response.status.code,
                       duration: clock.now - start)
        return response
    }
}

enum OperationsController {
    @Sendable static func health(req: Request) async throws -> Response {
        var status: HTTPResponseStatus = .ok
        var database = "ok"
        do {
            _ = try await req.sql.raw("SELECT 1 AS one").first()
        } catch {
            status = .serviceUnavailable
            database = "nicht erreichbar"
        }
        struct Health: Content { var status: String; var database: String; var areas: Int }
        let body = Health(status: status == .ok ? "ok" : "gestört", database: database, areas: req.geography.areas.count)
        let response = Response(status: status)
        try response.content.encode(body)
        response.headers.replaceOrAdd(name: .cacheControl, value: "no-store")
        return response
    }

    /// The yardstick for the page benchmarks (bench/): a minimal static page rendered with Plot by this binary.
    @Sendable static func minimalPage(req: Request) async throws -> Response {
        HTML(.lang(.german), Layout.head(title: "Minimal", description: nil), .body(.p("Gemeinsam"))).response()
    }

    /// Prometheus metrics, only for a scraper with the configured bearer token (`METRICS_TOKEN`); without a token
    /// configured the route does not exist (404), so nothing is exposed behind a reverse proxy by default.
    @Sendable static func metrics(req: Request) async throws -> Response {
        guard let token = req.application.appConfig.metricsToken else { throw Abort(.notFound) }
        guard let sent = req.headers.bearerAuthorization?.token,
              CSRFMiddleware.constantTimeEqual(sent, token)
        else {
            throw GermanError(status: .unauthorized, reason: Texts.Errors.metricsToken,
                              headers: ["WWW-Authenticate": "Bearer realm=\"metrics\""])
        }
        var headers = HTTPHeaders()
        headers.replaceOrAdd(name: .contentType, value: "text/plain; version=0.0.4; charset=utf-8")
        return Response(status: .ok, headers: headers, body: .init(string: req.application.requestMetrics.text()))
    }
}
