import Vapor

/// The routes of the Nachbarschaftsbörse, the kiosk channel, moderation and volunteer hours.
enum ExchangeRoutes {
    static func register(_ app: Application) {
        let id = SiteURL.parameter("id")
        func path(_ p: BoersePath) -> [PathComponent] { SiteURL.boerse(p).pathComponents }

        app.get(path(.overview), use: ListingController.overview)
        app.get(path(.quartier(SiteURL.parameter("slug"))), use: ListingController.quartier)
        app.get(path(.create), use: ListingController.createForm)
        app.post(path(.create), use: ListingController.create)
        app.get(path(.listing(id)), use: ListingController.show)
        app.post(path(.listingStatus(id)), use: ListingController.changeStatus)
        app.post(path(.listingContact(id)), use: ContactController.request)
        app.post(path(.listingReport(id)), use: ListingController.report)

        app.get(path(.request(id)), use: ContactController.show)
        app.post(path(.requestAccept(id)), use: ContactController.accept)
        app.post(path(.requestDecline(id)), use: ContactController.decline)
        app.post(path(.requestWithdraw(id)), use: ContactController.withdraw)
        app.post(path(.requestMessage(id)), use: ContactController.message)
        app.post(path(.requestBlock(id)), use: ContactController.block)
        app.post(path(.messageReport(id)), use: ContactController.reportMessage)

        app.get(path(.mine), use: ExchangeAccountController.mine)
        app.post(path(.digest), use: ExchangeAccountController.digest)
        app.post(path(.unblock), use: ExchangeAccountController.unblock)
        app.get(path(.notifications), use: ExchangeAccountController.notifications)

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

        app.get(path(.moderation), use: ModerationController.queue)
        app.post(path(.moderationDecide), use: ModerationController.decide)

        app.get(path(.volunteer), use: VolunteerController.overview)
        app.post(path(.volunteer), use: VolunteerController.log)
        app.get(path(.volunteerCSV), use: VolunteerController.csv)
        app.get(path(.volunteerCertificate), use: VolunteerController.certificate)
        app.post(path(.volunteerConfirm), use: VolunteerController.confirm)

        app.get(APIURL.listings.pathComponents, use: ExchangeAPI.list)
    }
}
