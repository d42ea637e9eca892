import Vapor

/// `gemeinsam deliver-mail`: sends queued notifications now (the server also does it every 30 seconds).
struct DeliverMailCommand: AsyncCommand {
    struct Signature: CommandSignature {}
    var help: String { Texts.Mail.deliverHelp }

    func run(using context: CommandContext, signature: Signature) async throws {
        let app = try await CommandIO.migrated(context)
        let result = try await Outbox.deliver(transport: app.mailTransport, from: app.appConfig.mailSender, limit: 10_000,
                                              now: app.clock.now, on: app.sql)
        context.console.info(Texts.Mail.deliveredBy(app.mailTransport.name, result.description))
        if result.unavailable != nil { throw ExitCode(3) }
    }
}
