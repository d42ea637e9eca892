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

        app.get(path(.overview), use: ListingController.overview)
        app.get(path(.quartier(SiteURL.parameter("slug"))), use: ListingController.quartier)
        app.get(path(.create), use: ListingController.createForm)
        app.post(path(.create), use: ListingController.create)
        app.get(path(.listing(id)), use: ListingController.show)
        app.post(path(.listingStatus(id)), use: ListingController.changeStatus)
        app.post(path(.listingContact(id)), use: ContactController.request)
        app.post(path(.listingReport(id)), use: ReportController.reportListing)

        app.get(path(.request(id)), use: ContactController.show)
        app.post(path(.requestAccept(id)), use: ContactController.accept)
        app.post(path(.requestDecline(id)), use: ContactController.decline)
        app.post(path(.requestWithdraw(id)), use: ContactController.withdraw)
        app.post(path(.requestMessage(id)), use: ContactController.message)
        app.post(path(.requestBlock(id)), use: ContactController.block)
        app.post(path(.messageReport(id)), use: ReportController.reportMessage)

        app.get(path(.mine), use: ExchangeAccountController.mine)
        app.post(path(.digest), use: ExchangeAccountController.digest)
        app.post(path(.unblock), use: ExchangeAccountController.unblock)
        app.get(path(.notifications), use: ExchangeAccountController.notifications)

        app.get(path(.moderation), use: ModerationController.queue)
        app.post(path(.moderationDecide), use: ModerationController.decide)

        app.get(path(.volunteer), use: VolunteerController.overview)
        app.post(path(.volunteer), use: VolunteerController.log)
        app.get(path(.volunteerCSV), use: VolunteerController.csv)
        app.get(path(.volunteerCertificate), use: VolunteerController.certificate)
        app.post(path(.volunteerConfirm), use: VolunteerController.confirm)

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
                if mails > 0 { app.logger.notice("\(German.ExchangeCommands.digestQueued(mails))") }
            })
        }
        return jobs
    }

    static var sampleContent: [any SampleContent.Seeder] { [ExchangeSampleSeeder()] }
}
