import Vapor

/// The Einsamkeitsmonitor: the anonymous survey, its management, the dashboard with estimates, the gap analysis
/// and the analysts' command line (`gemeinsam survey …`).
enum MonitorFeature: Feature {
    static var migrations: [NumberedMigration] {
        [.init(5, CreateSurvey()), .init(5, CreateSurveyResponse()), .init(12, CreateSurveyRefusals()),
         .init(14, AddSurveyLanguages())]
    }

    static func configure(_ app: Application) throws {
        app.monitorCache = MonitorCache(clock: app.clock)
    }

    static func routes(_ app: Application) throws {
        // public survey
        app.get(SiteURL.survey.pathComponents, use: SurveyController.form)
        app.post(SiteURL.survey.pathComponents, use: SurveyController.submit)
        app.get(SiteURL.surveyPaper.pathComponents, use: SurveyController.paper)
        app.get(SiteURL.surveyThanks.pathComponents, use: SurveyController.thanks)
        // monitor
        app.get(SiteURL.monitor.pathComponents, use: DashboardController.dashboard)
        app.get(SiteURL.monitorGaps.pathComponents, use: GapController.gaps)
        app.get(SiteURL.monitorFreeTexts.pathComponents, use: FreeTextController.freeTexts)
        app.post(SiteURL.monitorFreeTextReview.pathComponents, use: FreeTextController.review)
        app.get(SiteURL.monitorCSV(SiteURL.parameter("tabelle")).pathComponents, use: MonitorCSVController.csv)
        // management
        app.get(SiteURL.monitorManage.pathComponents, use: MonitorManageController.page)
        app.get(SiteURL.monitorQuestionnaireJSON(SiteURL.parameter("id")).pathComponents,
                use: MonitorManageController.questionnaireJSON)
        app.post(SiteURL.monitorQuestionnaireVersion.pathComponents, use: MonitorManageController.newVersion)
        app.post(SiteURL.monitorWaves.pathComponents, use: MonitorManageController.newWave)
        app.post(SiteURL.monitorWaveWeighting.pathComponents, use: MonitorManageController.setWeighting)
        app.post(SiteURL.monitorCodes.pathComponents, use: MonitorManageController.createCodes)
        app.post(SiteURL.monitorMargins.pathComponents, use: MarginUploadController.upload)
    }

    static func commands(_ app: Application) {
        app.asyncCommands.use(SurveyCommand(), as: "survey")
    }

    static var sampleContent: [any SampleContent.Seeder] { [MonitorSampleSeeder()] }
}
