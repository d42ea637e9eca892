import Vapor

/// The kiosk channel: kiosk and Seniorenbüro staff act for walk-in visitors without a smartphone — intake for the
/// Börse, call-backs, the printed notice, survey entry from paper — and coordinators manage the kiosks.
enum KioskFeature: Feature {
    static var migrations: [NumberedMigration] { [.init(3, CreateKioskSite())] }

    static func routes(_ app: Application) throws {
        let id = SiteURL.parameter("id")
        func path(_ p: BoersePath) -> [PathComponent] { SiteURL.boerse(p).pathComponents }

        app.get(path(.kiosk), use: KioskController.dashboard)
        app.get(path(.kioskIntake), use: KioskController.intakeForm)
        app.post(path(.kioskIntake), use: KioskController.intake)
        app.get(path(.kioskConsent), use: KioskController.consent)
        app.get(path(.kioskPrint), use: KioskController.printNotice)
        app.get(path(.kioskRequest(id)), use: KioskController.callbackForm)
        app.post(path(.kioskRequest(id)), use: KioskController.recordCallback)
        app.post(path(.kioskHours), use: KioskController.confirmHours)
        app.get(path(.kioskSites), use: KioskController.sites)
        app.post(path(.kioskSites), use: KioskController.addSite)
        app.post(path(.kioskSiteStaff), use: KioskController.changeStaff)
        app.get(SiteURL.kioskSurvey.pathComponents, use: KioskSurveyController.form)
        app.post(SiteURL.kioskSurvey.pathComponents, use: KioskSurveyController.submit)
    }
}
