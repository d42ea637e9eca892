import Fluent
import FluentPostgresDriver
import FluentSQLiteDriver
import Foundation
import Vapor

/// Largest request body accepted anywhere (forms are small; imports go through the command line).
let maxRequestBodyBytes = 256 * 1024

/// The parts of the app, in the order their migrations, routes and sample content are registered.
let features: [any Feature.Type] = [
    OperationsFeature.self, GeographyFeature.self, AccountsFeature.self, MailFeature.self, PagesFeature.self,
    MeetingsFeature.self, KioskFeature.self, ExchangeFeature.self, MonitorFeature.self, ActorsFeature.self,
    TranslationsFeature.self, GuidanceFeature.self,
]

/// Wires the application from one `AppConfig`. Does not touch the database; `Bootstrap.prepare` does that.
public func configure(_ app: Application, config: AppConfig) throws {
    app.appConfig = config
    app.clock = AppClock()

    switch config.database {
    case let .sqlite(path):
        app.databases.use(.sqlite(path == ":memory:" ? .memory : .file(path), sqlLogLevel: nil), as: .sqlite)
    case let .postgres(url):
        var postgres = try SQLPostgresConfiguration(url: url)
        if let schema = config.postgresSchema { postgres.searchPath = [schema] }
        app.databases.use(.postgres(configuration: postgres, sqlLogLevel: .trace), as: .psql)
    }
    features.migrations.forEach { app.migrations.add($0) }

    app.http.server.configuration.hostname = config.host
    app.http.server.configuration.port = config.port
    app.routes.defaultMaxBodySize = ByteCount(value: maxRequestBodyBytes)
    app.passwords.use(.bcrypt(cost: config.passwordCost))

    app.renderCache = RenderCache(clock: app.clock)
    for feature in features { try feature.configure(app) }

    // Vapor's default middleware logs paths and shows English errors; ours logs no personal data.
    app.middleware = Middlewares()
    app.middleware.use(MetricsMiddleware(metrics: app.requestMetrics))
    app.middleware.use(SecurityHeadersMiddleware(secure: config.secureCookies))
    app.middleware.use(LanguageMiddleware())
    app.middleware.use(GermanErrorMiddleware())
    app.middleware.use(RequestLimitsMiddleware())
    app.middleware.use(CSRFMiddleware(secureCookies: config.secureCookies))
    app.middleware.use(SessionMiddleware())
    app.middleware.use(RenderCacheMiddleware())

    for feature in features {
        try feature.routes(app)
        feature.commands(app)
    }
    app.jobs = features.jobs(config)
    app.responder.use { app in
        LanguagePrefixResponder(next: app.responder.default)
    }
}
