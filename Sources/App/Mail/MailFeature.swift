import NIOConcurrencyHelpers
import Vapor

/// Notifications by e-mail: the outbox and its delivery.
enum MailFeature: Feature {
    static var migrations: [NumberedMigration] { [.init(3, CreateOutbox()), .init(9, RenameNotificationKinds())] }

    static func commands(_ app: Application) {
        app.asyncCommands.use(DeliverMailCommand(), as: "deliver-mail")
    }

    static func jobs(_ config: AppConfig) -> [Job] {
        // mails waiting while no transport is available are logged when their number changes, not every round
        let lastWaiting = NIOLockedValueBox(-1)
        return [Job(name: "mail.deliver", interval: Double(config.backgroundIntervalSeconds)) { app in
            let result = try await Outbox.deliver(transport: app.mailTransport, from: app.appConfig.mailSender,
                                                  now: app.clock.now, on: app.sql)
            let changed = lastWaiting.withLockedValue { last in defer { last = result.waiting }; return last != result.waiting }
            if result.sent > 0 || result.failed > 0 || (result.unavailable != nil && changed) {
                app.logger.notice("\(Texts.Mail.delivered(result.description))")
            }
        }, Job(name: "mail.retention", interval: 3_600) { app in
            try await Outbox.deleteOld(now: app.clock.now, on: app.sql)
        }]
    }
}
