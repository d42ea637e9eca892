@testable import App
import Foundation
import SQLKit
import Testing
import Vapor
import VaporTesting

/// Personal data goes when it is no longer needed (issue 11): old mails, account mails with their links, expired
/// invitations — deleted by the retention jobs, not only when used.
@Suite struct RetentionTests {
    @Test func oldMailsAndExpiredInvitationsAreDeletedByTheJobs() async throws {
        try await withTestApp { app in
            // setup: a verification mail, a Börse mail and an invitation, all new
            var anna = try await EditFixture.browser(app, email: "anna@example.org")
            let id = try await ActorFixture.actor(app, name: "Annas Verein", editor: try await EditFixture.userID(app, "anna@example.org"))
            #expect(try await anna.post("/akteure/\(id)/redaktion", [("email", "ben@example.org")]).status == .seeOther)
            try await Outbox.enqueue(userID: nil, to: "cara@example.org", subject: "Hallo", text: "Hallo", link: nil,
                                     kind: .message, now: app.clock.now, publicURL: "http://localhost", on: app.sql)
            app.jobs = features.jobs(app.appConfig)
            let start = app.clock.now
            // act, check: after two days the account mails and the invitation's link are gone, the Börse mail stays
            app.clock.set(start.addingTimeInterval(2 * 86_400))
            try await JobRunner.runNow("mail.retention", app)
            let kinds = try await app.sql.select().column("kind").from("outbox").all().map { try $0.decode(column: "kind", as: String.self) }
            #expect(kinds == [NotificationKind.message.rawValue])
            #expect(try await EditFixture.count(app, "actor_invitations") == 1)
            // after 15 days the invitation has expired and goes; after 31 days every mail
            app.clock.set(start.addingTimeInterval(15 * 86_400))
            try await JobRunner.runNow("actors.expire-invitations", app)
            #expect(try await EditFixture.count(app, "actor_invitations") == 0)
            app.clock.set(start.addingTimeInterval(31 * 86_400))
            try await JobRunner.runNow("mail.retention", app)
            #expect(try await EditFixture.count(app, "outbox") == 0)
        }
    }
}
