import Vapor

enum Commands {
    static func register(on app: Application) {
        app.asyncCommands.use(ImportGeographyCommand(), as: "import-geography")
        app.asyncCommands.use(CreateAdminCommand(), as: "create-admin")
        app.asyncCommands.use(SeedSampleCommand(), as: "seed-sample")
        app.asyncCommands.use(BenchSeedMeetingsCommand(), as: "bench-seed-meetings")
        ExchangeCommands.register(on: app)
        app.asyncCommands.use(SurveyCommand(), as: "survey")
    }
}
