import Vapor

/// The kiosk channel: kiosk and Seniorenbüro staff act for walk-in visitors without a smartphone — intake for the
/// Börse, call-backs, the printed notice, survey entry from paper — and coordinators manage the kiosks.
enum KioskFeature: Feature {
    static var migrations: [NumberedMigration] { [.init(3, CreateKioskSite())] }

    static func routes(_ app: Application) throws {
        let id = SiteURL.parameter("id")
        func path(_ p: BoersePath) -> [PathComponent] { SiteURL.boerse(p).pathComponents }

        app.get(path(.kiosk), use: KioskDashboardController.dashboard)
        app.get(path(.kioskIntake), use: KioskIntakeController.intakeForm)
        app.post(path(.kioskIntake), use: KioskIntakeController.intake)
        app.get(path(.kioskConsent), use: KioskPrintController.consent)
        app.get(path(.kioskPrint), use: KioskPrintController.printNotice)
        app.get(path(.kioskRequest(id)), use: KioskCallbackController.callbackForm)
        app.post(path(.kioskRequest(id)), use: KioskCallbackController.recordCallback)
        app.post(path(.kioskHours), use: KioskHoursController.confirmHours)
        app.get(path(.kioskSites), use: KioskSitesController.sites)
        app.post(path(.kioskSites), use: KioskSitesController.addSite)
        app.post(path(.kioskSiteStaff), use: KioskSitesController.changeStaff)
        app.get(SiteURL.kioskSurvey.pathComponents, use: KioskSurveyController.form)
        app.post(SiteURL.kioskSurvey.pathComponents, use: KioskSurveyController.submit)
    }
}
