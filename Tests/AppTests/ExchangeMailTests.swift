@testable import App
import Foundation
import GemeinsamCore
import SQLKit
import Testing
import Vapor
import VaporTesting

@Suite struct ExchangeMailTests {
    static func tempDir() -> String {
        NSTemporaryDirectory() + "gemeinsam-mail-" + UUID().uuidString
    }

    @Test func outboxIsDeliveredAsFilesAndMarkedSent() async throws {
        try await withTestApp { app in
            var anna = try await ExchangeTest.person(app, "anna@example.org", first: "Anna")
            let listing = try await ExchangeTest.createListing(&anna, ExchangeTest.listingFields(title: "Hilfe für Ältere"))
            var ben = try await ExchangeTest.person(app, "ben@example.org", first: "Ben")
            let sql = ExchangeTest.sql(app)
            // setup: the verification mails of registration are not part of this test
            try await sql.delete(from: "outbox").where("kind", .equal, NotificationKind.accountVerification.rawValue).run()
            _ = try await ExchangeTest.requestContact(&ben, listing: listing)
            let dir = Self.tempDir()
            defer { try? FileManager.default.removeItem(atPath: dir) }
            let result = try await Outbox.deliver(transport: FileMailTransport(directory: dir), from: "Gemeinsam Dortmund <noreply@example.org>", now: app.clock.now, on: sql)
            #expect(result == .init(sent: 1, failed: 0, waiting: 0, unavailable: nil))
            let files = try FileManager.default.contentsOfDirectory(atPath: dir)
            #expect(files.count == 1 && files[0].hasSuffix(".eml"))
            let mail = try String(contentsOfFile: dir + "/" + files[0], encoding: .utf8)
            #expect(mail.contains("To: anna@example.org\r\n"))
            #expect(mail.contains("Subject: =?UTF-8?B?"))                            // umlauts encoded
            #expect(mail.contains("From: Gemeinsam Dortmund <noreply@example.org>"))
            #expect(mail.contains("http://localhost:8080/boerse/anfragen/"))
            #expect(mail.contains("Content-Type: text/plain; charset=utf-8"))
            #expect(try await anna.get("/konto/benachrichtigungen").text.contains("per E-Mail verschickt"))
            // nothing is sent twice
            #expect(try await Outbox.deliver(transport: FileMailTransport(directory: dir), from: "x@example.org", now: app.clock.now, on: sql).sent == 0)
        }
    }

    @Test func missingSendmailKeepsMailsQueuedAndAWorkingOneSendsThem() async throws {
        try await withTestApp { app in
            let sql = ExchangeTest.sql(app)
            try await Outbox.enqueue(userID: nil, to: "x@example.org", subject: "Test\nBcc: evil@example.org", text: "Hallo",
                                     link: nil, kind: .message, now: app.clock.now, publicURL: "http://localhost", on: sql)
            let missing = try await Outbox.deliver(transport: SendmailTransport(path: "/nicht/da/sendmail"), from: "a@example.org", now: app.clock.now, on: sql)
            #expect(missing.sent == 0 && missing.waiting == 1 && missing.unavailable != nil)
            // a stand-in sendmail that stores what it gets
            let dir = Self.tempDir()
            try FileManager.default.createDirectory(atPath: dir, withIntermediateDirectories: true)
            defer { try? FileManager.default.removeItem(atPath: dir) }
            let script = dir + "/sendmail"
            try "#!/bin/sh\necho \"$@\" > \(dir)/args\ncat > \(dir)/mail\n".write(toFile: script, atomically: true, encoding: .utf8)
            try FileManager.default.setAttributes([.posixPermissions: 0o755], ofItemAtPath: script)
            let sent = try await Outbox.deliver(transport: SendmailTransport(path: script), from: "a@example.org", now: app.clock.now, on: sql)
            #expect(sent.sent == 1 && sent.waiting == 0)
            #expect(try String(contentsOfFile: dir + "/args", encoding: .utf8).trimmingCharacters(in: .whitespacesAndNewlines) == "-t -i")
            let mail = try String(contentsOfFile: dir + "/mail", encoding: .utf8)
            #expect(mail.contains("Subject: Test Bcc: evil@example.org\r\n"))      // no header injection
            #expect(!mail.contains("\r\nBcc:"))
            // a failing sendmail counts attempts and keeps the mail
            try await Outbox.enqueue(userID: nil, to: "y@example.org", subject: "Zwei", text: "x", link: nil, kind: .message, now: app.clock.now,
                                     publicURL: "http://localhost", on: sql)
            let failing = dir + "/failing"
            try "#!/bin/sh\ncat > /dev/null\nexit 75\n".write(toFile: failing, atomically: true, encoding: .utf8)
            try FileManager.default.setAttributes([.posixPermissions: 0o755], ofItemAtPath: failing)
            let failed = try await Outbox.deliver(transport: SendmailTransport(path: failing), from: "a@example.org", now: app.clock.now, on: sql)
            #expect(failed.failed == 1 && failed.waiting == 1)
        }
    }

    @Test func dailyDigestIsOneMailPerSubscriberAndDay() async throws {
        try await withTestApp { app in
            var sub = try await ExchangeTest.person(app, "sub@example.org", first: "Sabine")
            #expect(try await sub.post("/konto/boerse/zusammenfassung", [("action", "on"), ("quartier", "borsigplatz")]).status == .unprocessableEntity)
            #expect(try await sub.post("/konto/boerse/zusammenfassung", [("action", "on"), ("quartier", "borsigplatz"),
                                                                          ("categories[]", "errands"), ("categories[]", "bogus")]).status == .unprocessableEntity)
            // the page's check boxes send "categories" (one or several times); "categories[]" is read the same way
            #expect(try await sub.post("/konto/boerse/zusammenfassung", [("action", "on"), ("quartier", "borsigplatz"),
                                                                          ("categories", "walks")]).status == .seeOther)
            #expect(try await sub.post("/konto/boerse/zusammenfassung", [("action", "on"), ("quartier", "borsigplatz"),
                                                                          ("categories", "errands"), ("categories", "walks")]).status == .seeOther)
            #expect(try await sub.post("/konto/boerse/zusammenfassung", [("action", "on"), ("quartier", "borsigplatz"),
                                                                          ("categories[]", "errands"), ("categories[]", "walks")]).status == .seeOther)
            let sql = ExchangeTest.sql(app)
            try await sql.update("digest_subscriptions").set("last_sent_at", to: SQLBind(0.0)).run()
            var anna = try await ExchangeTest.person(app, "anna@example.org", first: "Anna")
            _ = try await ExchangeTest.createListing(&anna, ExchangeTest.listingFields(category: "errands", title: "Einkauf eins"))
            _ = try await ExchangeTest.createListing(&anna, ExchangeTest.listingFields(category: "walks", title: "Spaziergang zwei"))
            _ = try await ExchangeTest.createListing(&anna, ExchangeTest.listingFields(category: "repairs", title: "Reparatur drei"))
            _ = try await ExchangeTest.createListing(&anna, ExchangeTest.listingFields(category: "errands", title: "Einkauf Hafen", quartier: "hafen"))
            let today = app.clock.today
            let mails = try await DigestQueries.send(today: today, now: app.clock.now, publicURL: "https://gemeinsam.example", geography: app.geographyStore.snapshot, on: sql)
            #expect(mails == 1)
            let body = try #require(try await sql.select().column("body").from("outbox").where("kind", .equal, SQLBind("digest")).first()?
                .decode(column: "body", as: String.self))
            #expect(body.contains("Einkauf eins") && body.contains("Spaziergang zwei"))
            #expect(!body.contains("Reparatur drei") && !body.contains("Einkauf Hafen"))
            #expect(body.contains("https://gemeinsam.example/boerse/"))
            // the same day again: nothing; forced: only what is new since
            #expect(try await DigestQueries.send(today: today, now: app.clock.now, publicURL: "x", geography: app.geographyStore.snapshot, on: sql) == 0)
            #expect(try await DigestQueries.send(today: today, now: app.clock.now, force: true, publicURL: "x", geography: app.geographyStore.snapshot, on: sql) == 0)
            #expect(try await sub.get("/konto/boerse").text.contains("checked"))
            #expect(try await sub.post("/konto/boerse/zusammenfassung", [("action", "off")]).status == .seeOther)
            #expect(try await ExchangeTest.count(app, "digest_subscriptions") == 0)
        }
    }

    @Test func backgroundRoundSweepsAndDelivers() async throws {
        try await withTestApp { app in
            let dir = Self.tempDir()
            defer { try? FileManager.default.removeItem(atPath: dir) }
            app.appConfig.mailFileDirectory = dir
            app.appConfig.digestHour = nil
            try await Outbox.enqueue(userID: nil, to: "x@example.org", subject: "Hallo", text: "x", link: nil, kind: .message, now: app.clock.now,
                                     publicURL: "http://localhost", on: ExchangeTest.sql(app))
            app.jobs = features.jobs(app.appConfig)
            try await JobLeases.register(app.jobs.jobs.map(\.name), on: app.sql)
            #expect(await JobRunner.runDue(app, owner: "test").contains("mail.deliver"))
            let waiting = try await app.sql.select().column(SQLFunction("COUNT", args: SQLLiteral.all), as: "n").from("outbox")
                .where("sent_at", .is, SQLLiteral.null).first()?.decode(column: "n", as: Int.self)
            #expect(waiting == 0)
            #expect(try FileManager.default.contentsOfDirectory(atPath: dir).count == 1)
        }
    }
}

@Suite struct ExchangeConfigurationTests {
    @Test func readsTheMailSettings() throws {
        let config = try AppConfig.fromEnvironment([
            "SENDMAIL_PATH": "/usr/lib/sendmail", "MAIL_FILE_DIR": "/tmp/mails", "MAIL_FROM": "Gemeinsam <noreply@dortmund.de>",
            "BACKGROUND_INTERVAL": "0", "DIGEST_HOUR": "aus", "DEMO_ACCOUNTS_PASSWORD": "lang-genug-123",
            "LIST_CACHE_SECONDS": "0",
        ])
        #expect(config.listCacheSeconds == 0)
        #expect(config.sendmailPath == "/usr/lib/sendmail")
        #expect(config.mailFileDirectory == "/tmp/mails")
        #expect(config.mailSender == "Gemeinsam <noreply@dortmund.de>")
        #expect(config.backgroundIntervalSeconds == 0)
        #expect(config.digestHour == nil)
        #expect(config.demoAccountsPassword == "lang-genug-123")
        let defaults = try AppConfig.fromEnvironment(["PUBLIC_URL": "https://gemeinsam.dortmund.de"])
        #expect(defaults.mailSender == "Gemeinsam Dortmund <noreply@gemeinsam.dortmund.de>")
        #expect(defaults.sendmailPath == "/usr/sbin/sendmail")
        #expect(defaults.digestHour == 7 && defaults.backgroundIntervalSeconds == 30 && defaults.demoAccountsPassword == nil)
    }

    @Test(arguments: [
        ("SENDMAIL_PATH", "sendmail"), ("MAIL_FROM", "kein-at"), ("MAIL_FROM", "a b@c.de"), ("BACKGROUND_INTERVAL", "-1"),
        ("BACKGROUND_INTERVAL", "oft"), ("DIGEST_HOUR", "24"), ("DEMO_ACCOUNTS_PASSWORD", "kurz"),
        ("LIST_CACHE_SECONDS", "-5"),
    ])
    func malformedValueNamesTheVariable(variable: String, value: String) {
        let error = #expect(throws: ConfigurationError.self) { try AppConfig.fromEnvironment([variable: value]) }
        #expect(error?.variable == variable)
        #expect(error?.description.hasPrefix("Konfigurationsfehler: \(variable)") == true)
        #expect(error?.description.contains("\n") == false)
        #expect(error?.description.contains("kurz") == false || variable != "DEMO_ACCOUNTS_PASSWORD")
    }
}

@Suite struct MailNotificationKindTests {
    @Test func migration009RenamesTheGermanKindsAndRevertsThem() async throws {
        try await withTestApp { app in
            let old = RenameNotificationKinds.renames.map(\.0) + [NotificationKind.digest.rawValue]
            for kind in old {
                try await app.sql.insert(into: "outbox")
                    .columns("id", "to_address", "subject", "body", "kind", "created_at", "attempts")
                    .values(SQLBind(UUID()), SQLBind("x@example.org"), SQLBind("s"), SQLBind("b"), SQLBind(kind),
                            SQLBind(app.clock.now.timeIntervalSince1970), SQLBind(0))
                    .run()
            }
            func kinds() async throws -> Set<String> {
                Set(try await app.sql.select().column("kind").from("outbox").all().map { try $0.decode(column: "kind", as: String.self) })
            }
            try await RenameNotificationKinds().prepare(on: app.db)
            let renamed = try await kinds()
            #expect(renamed == ["tie-proposal", "actor-invitation", "actor-review", "actor-decision", "digest"])
            #expect(renamed.allSatisfy { NotificationKind(rawValue: $0) != nil })
            try await RenameNotificationKinds().revert(on: app.db)
            #expect(try await kinds() == Set(old))
        }
    }
}
