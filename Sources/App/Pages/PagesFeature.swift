import Vapor

/// The start page, the legal pages and the stylesheet.
enum PagesFeature: Feature {
    static func configure(_ app: Application) throws {
        app.stylesheet = try Stylesheet.load()
    }

    static func routes(_ app: Application) throws {
        app.get(SiteURL.home.pathComponents, use: AreaController.home)
        app.get(SiteURL.imprint.pathComponents, use: StaticPages.imprint)
        app.get(SiteURL.privacy.pathComponents, use: StaticPages.privacy)
        app.get(SiteURL.accessibility.pathComponents, use: StaticPages.accessibility)
        app.get(SiteURL.languages.pathComponents, use: LanguagesPage.show)
        app.get(SiteURL.stylesheet.pathComponents, use: Stylesheet.serve)
    }
}
