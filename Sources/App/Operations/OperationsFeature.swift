import Vapor

/// What runs the installation: settings shared by all instances, background job leases, health, metrics, the
/// OpenAPI document and the commands that prepare data.
enum OperationsFeature: Feature {
    static var migrations: [NumberedMigration] {
        [.init(1, CreateSetting()), .init(8, CreateJobLease())]
    }

    static func configure(_ app: Application) throws {
        app.requestMetrics = RequestMetrics()
        app.openAPIDocument = try OpenAPIController.load(publicURL: app.appConfig.publicURL)
    }

    static func routes(_ app: Application) throws {
        app.get(SiteURL.health.pathComponents, use: OperationsController.health)
        app.get(SiteURL.metrics.pathComponents, use: OperationsController.metrics)
        app.get(SiteURL.benchMinimal.pathComponents, use: OperationsController.minimalPage)
        app.get(APIURL.openAPI.pathComponents, use: OpenAPIController.document)
    }

    static func commands(_ app: Application) {
        app.asyncCommands.use(SeedSampleCommand(), as: "seed-sample")
    }
}
