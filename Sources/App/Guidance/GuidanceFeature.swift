import Vapor

/// Wegbegleitung (issue 13): taking lonely people by the hand. So far: the public recommendations API over the
/// published offers (`RecommendationsAPI`, ranking in Core) and the analysts' outcome command
/// (`gemeinsam guidance outcomes`); service points, cases and the guides' pages follow.
enum GuidanceFeature: Feature {
    static func routes(_ app: Application) throws {
        app.get(APIURL.recommendations.pathComponents, use: RecommendationsAPI.recommendations)
    }

    static func commands(_ app: Application) {
        app.asyncCommands.use(GuidanceCommand(), as: "guidance")
    }
}
