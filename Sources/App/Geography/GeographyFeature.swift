import Vapor

/// The city's areas (Stadtbezirke, Quartiere, Unterbezirke), their pages, search and API, and the import command.
enum GeographyFeature: Feature {
    static var migrations: [NumberedMigration] { [.init(1, CreateArea())] }

    static func configure(_ app: Application) throws {
        app.geographyStore = GeographyStore()
    }

    static func routes(_ app: Application) throws {
        app.get(SiteURL.search.pathComponents, use: AreaController.search)
        app.get(SiteURL.quartiere.pathComponents, use: AreaController.quartiere)
        app.get(SiteURL.quartier(SiteURL.parameter("slug")).pathComponents, use: AreaController.quartier)
        app.get(SiteURL.districts.pathComponents, use: AreaController.districts)
        app.get(SiteURL.district(SiteURL.parameter("slug")).pathComponents, use: AreaController.district)
        app.get(APIURL.areas.pathComponents, use: AreaAPI.list)
        app.get(APIURL.areaLookup.pathComponents, use: AreaAPI.lookup)
        app.get(APIURL.area(kind: SiteURL.parameter("kind"), code: SiteURL.parameter("code")).pathComponents,
                use: AreaAPI.detail)
    }

    static func commands(_ app: Application) {
        app.asyncCommands.use(ImportGeographyCommand(), as: "import-geography")
    }
}
