import Foundation
import GemeinsamCore
import Vapor

enum ExchangeCommands {
    static func register(on app: Application) {
        app.asyncCommands.use(ExpireListingsCommand(), as: "expire-listings")
        app.asyncCommands.use(SendDigestsCommand(), as: "send-digests")
        app.asyncCommands.use(BenchSeedListingsCommand(), as: "bench-seed-listings")
        app.asyncCommands.use(BenchSuggestionsCommand(), as: "bench-suggestions")
    }
}

/// `gemeinsam expire-listings`: stores "expired" for listings past their last day now (the server does it every
/// ten minutes) and forgets old phone numbers of kiosk visitors.
struct ExpireListingsCommand: AsyncCommand {
    struct Signature: CommandSignature {}
    var help: String { Texts.ExchangeCommands.expireHelp }

    func run(using context: CommandContext, signature: Signature) async throws {
        let app = try await CommandIO.migrated(context)
        let now = app.clock.now
        let expired = try await ListingQueries.sweep(today: AppClock.today(at: now), now: now, on: app.sql)
        context.console.info(Texts.ExchangeCommands.expired(expired))
    }
}

/// `gemeinsam send-digests [--force]`: writes today's digest mails into the outbox and delivers them.
struct SendDigestsCommand: AsyncCommand {
    struct Signature: CommandSignature {
        @Flag(name: "force", help: Texts.ExchangeCommands.digestForceHelp)
        var force: Bool
    }
    var help: String { Texts.ExchangeCommands.digestHelp }

    func run(using context: CommandContext, signature: Signature) async throws {
        let app = try await CommandIO.prepared(context)
        let now = app.clock.now
        let mails = try await DigestQueries.send(today: AppClock.today(at: now), now: now, force: signature.force,
                                                 publicURL: app.appConfig.publicURL, geography: app.geographyStore.snapshot,
                                                 on: app.sql)
        let result = try await Outbox.deliver(transport: app.mailTransport, from: app.appConfig.mailSender, limit: 10_000,
                                              now: now, on: app.sql)
        context.console.info(Texts.ExchangeCommands.digestsSent(mails) + " "
                             + Texts.Mail.deliveredBy(app.mailTransport.name, result.description))
    }
}
