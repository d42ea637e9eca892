import GemeinsamCore
import Vapor

typealias CoreExchange = GemeinsamCore.Exchange

/// The Nachbarschaftsbörse: listings, contact requests, moderation, volunteer hours, the daily digest, the API.
enum ExchangeFeature: Feature {
    static var migrations: [NumberedMigration] {
        [.init(3, CreateListing()), .init(3, CreateContactRequest()), .init(3, CreateExchangeModeration()),
         .init(3, CreateVolunteerHours()), .init(7, AddVolunteerHoursActor())]
    }

    static func routes(_ app: Application) throws {
        let id = SiteURL.parameter("id")
        func path(_ p: BoersePath) -> [PathComponent] { SiteURL.boerse(p).pathComponents }
        let routes = app.grouped(VerifiedAccountMiddleware())

        routes.get(path(.overview), use: ListingController.overview)
        ContentTranslationController<ListingTranslations>.register(routes)
        routes.get(path(.quartier(SiteURL.parameter("slug"))), use: ListingController.quartier)
        routes.get(path(.create), use: ListingController.createForm)
        routes.post(path(.create), use: ListingController.create)
        routes.get(path(.listing(id)), use: ListingController.show)
        routes.post(path(.listingStatus(id)), use: ListingController.changeStatus)
        routes.post(path(.listingContact(id)), use: ContactController.request)
        routes.post(path(.listingReport(id)), use: ReportController.reportListing)

        routes.get(path(.request(id)), use: ContactController.show)
        routes.post(path(.requestAccept(id)), use: ContactController.accept)
        routes.post(path(.requestDecline(id)), use: ContactController.decline)
        routes.post(path(.requestWithdraw(id)), use: ContactController.withdraw)
        routes.post(path(.requestMessage(id)), use: ContactController.message)
        routes.post(path(.requestBlock(id)), use: ContactController.block)
        routes.post(path(.messageReport(id)), use: ReportController.reportMessage)

        routes.get(path(.mine), use: ExchangeAccountController.mine)
        routes.post(path(.digest), use: ExchangeAccountController.digest)
        routes.post(path(.unblock), use: ExchangeAccountController.unblock)
        routes.get(path(.notifications), use: ExchangeAccountController.notifications)

        routes.get(path(.moderation), use: ModerationController.queue)
        routes.post(path(.moderationDecide), use: ModerationController.decide)

        routes.get(path(.volunteer), use: VolunteerController.overview)
        routes.post(path(.volunteer), use: VolunteerController.log)
        routes.get(path(.volunteerCSV), use: VolunteerController.csv)
        routes.get(path(.volunteerCertificate), use: VolunteerController.certificate)
        routes.post(path(.volunteerConfirm), use: VolunteerController.confirm)

        app.get(APIURL.listings.pathComponents, use: ExchangeAPI.list)
    }

    static func commands(_ app: Application) {
        ExchangeCommands.register(on: app)
    }

    static func jobs(_ config: AppConfig) -> [Job] {
        var jobs = [Job(name: "exchange.expire-listings", interval: 600) { app in
            let now = app.clock.now
            if try await ListingQueries.sweep(today: AppClock.today(at: now), now: now, on: app.sql) > 0 {
                app.renderCache.invalidate()
            }
        }]
        if let hour = config.digestHour {
            jobs.append(Job(name: "exchange.digest", interval: Double(config.backgroundIntervalSeconds)) { app in
                let now = app.clock.now
                guard let local = EuropeBerlinTime.localDateTime(at: now), local.time.minutesSinceMidnight >= hour * 60
                else { return }
                let mails = try await DigestQueries.send(today: local.date, now: now, publicURL: app.appConfig.publicURL,
                                                         geography: app.geographyStore.snapshot, on: app.sql)
                if mails > 0 { app.logger.notice("\(Texts.ExchangeCommands.digestQueued(mails))") }
            })
        }
        return jobs
    }

    static var sampleContent: [any SampleContent.Seeder] { [ExchangeSampleSeeder()] }
}
