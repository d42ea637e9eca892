import Vapor

/// The routes of the Nachbarschaftsbörse, the kiosk channel, moderation and volunteer hours.
enum ExchangeRoutes {
    static func register(_ app: Application) {
        app.exchangeCache = ExchangeListCache(ttl: Double(app.appConfig.listCacheSeconds))
        let id = SiteURL.parameter("id")
        // every POST of the Börse empties the list cache
        let writes = app.grouped(ExchangeCacheInvalidation())
        func path(_ p: BoersePath) -> [PathComponent] { SiteURL.boerse(p).pathComponents }

        app.get(path(.overview), use: ListingController.overview)
        app.get(path(.quartier(SiteURL.parameter("slug"))), use: ListingController.quartier)
        app.get(path(.create), use: ListingController.createForm)
        writes.post(path(.create), use: ListingController.create)
        app.get(path(.listing(id)), use: ListingController.show)
        writes.post(path(.listingStatus(id)), use: ListingController.changeStatus)
        writes.post(path(.listingContact(id)), use: ContactController.request)
        writes.post(path(.listingReport(id)), use: ListingController.report)

        app.get(path(.request(id)), use: ContactController.show)
        writes.post(path(.requestAccept(id)), use: ContactController.accept)
        writes.post(path(.requestDecline(id)), use: ContactController.decline)
        writes.post(path(.requestWithdraw(id)), use: ContactController.withdraw)
        writes.post(path(.requestMessage(id)), use: ContactController.message)
        writes.post(path(.requestBlock(id)), use: ContactController.block)
        writes.post(path(.messageReport(id)), use: ContactController.reportMessage)

        app.get(path(.mine), use: ExchangeAccountController.mine)
        writes.post(path(.digest), use: ExchangeAccountController.digest)
        writes.post(path(.unblock), use: ExchangeAccountController.unblock)
        app.get(path(.notifications), use: ExchangeAccountController.notifications)

        app.get(path(.kiosk), use: KioskController.dashboard)
        app.get(path(.kioskIntake), use: KioskController.intakeForm)
        writes.post(path(.kioskIntake), use: KioskController.intake)
        app.get(path(.kioskConsent), use: KioskController.consent)
        app.get(path(.kioskPrint), use: KioskController.printNotice)
        app.get(path(.kioskRequest(id)), use: KioskController.callbackForm)
        writes.post(path(.kioskRequest(id)), use: KioskController.recordCallback)
        writes.post(path(.kioskHours), use: KioskController.confirmHours)
        app.get(path(.kioskSites), use: KioskController.sites)
        writes.post(path(.kioskSites), use: KioskController.addSite)
        writes.post(path(.kioskSiteStaff), use: KioskController.changeStaff)

        app.get(path(.moderation), use: ModerationController.queue)
        writes.post(path(.moderationDecide), use: ModerationController.decide)

        app.get(path(.volunteer), use: VolunteerController.overview)
        writes.post(path(.volunteer), use: VolunteerController.log)
        app.get(path(.volunteerCSV), use: VolunteerController.csv)
        app.get(path(.volunteerCertificate), use: VolunteerController.certificate)
        writes.post(path(.volunteerConfirm), use: VolunteerController.confirm)

        app.get(APIURL.listings.pathComponents, use: ExchangeAPI.list)
    }
}
