@testable import App
import Foundation
import GemeinsamCore
import SQLKit
import Testing
import Vapor
import VaporTesting

/// Mails are written in the recipient's language: the language of registration, changeable on the account page.
@Suite struct LanguageMailTests {
    private func newestSubject(to address: String, _ app: Application) async throws -> String? {
        try await app.sql.select().column("subject").from("outbox").where("to_address", .equal, address)
            .orderBy("created_at", .descending).first()?.decode(column: "subject", as: String.self)
    }

    private func storedLanguage(_ address: String, _ app: Application) async throws -> String? {
        try await app.sql.select().column("language").from("users").where("email", .equal, address).first()?
            .decode(column: "language", as: String?.self)
    }

    @Test func registeringInTurkishSendsTheConfirmationInTurkish() async throws {
        try await withTestApp { app in
            // setup
            var browser = Browser(app)
            // act
            let response = try await browser.post("/tr/konto/registrieren", [
                ("email", "ayse@example.org"), ("password", Browser.password), ("firstName", "Ayşe"), ("initial", "K"),
                ("homeArea", "nordmarkt"),
            ])
            // check
            #expect(response.status == .seeOther)
            #expect(response.headers.first(name: .location)?.hasPrefix("/tr/") == true)
            let subject = try #require(try await newestSubject(to: "ayse@example.org", app))
            #expect(subject == UIText.with(.turkish) { Texts.AccountMail.verifySubject })
            #expect(subject != Texts.AccountMail.verifySubject)
            #expect(try await storedLanguage("ayse@example.org", app) == "tr")
        }
    }

    @Test func notificationsFollowTheRecipientNotTheSender() async throws {
        try await withTestApp { app in
            // setup: a German account; the notification is caused by a request in Arabic
            var browser = Browser(app)
            try await browser.register(email: "greta@example.org")
            let id = try #require(try await RoleQueries.userID(email: "greta@example.org", on: app.sql))
            // act
            try await UIText.$language.withValue(.arabic) {
                try await Outbox.notify(userID: id, subject: Texts.AccountMail.verifySubject, text: Texts.Mail.footer,
                                        link: .account, kind: .message, now: app.clock.now,
                                        publicURL: "https://gemeinsam.example", on: app.sql)
            }
            // check
            #expect(try await newestSubject(to: "greta@example.org", app) == Texts.AccountMail.verifySubject)
            let body = try #require(try await app.sql.select().column("body").from("outbox")
                .where("to_address", .equal, "greta@example.org").orderBy("created_at", .descending).first()?
                .decode(column: "body", as: String.self))
            #expect(body.contains("https://gemeinsam.example/konto"))
            #expect(!body.contains("/ar/"))
        }
    }

    @Test func theAccountPageChangesTheMailLanguage() async throws {
        try await withTestApp { app in
            // setup
            var browser = Browser(app)
            try await browser.register(email: "olena@example.org")
            let page = try await browser.get("/konto")
            #expect(page.text.contains("name=\"language\""))
            // act
            let saved = try await browser.post("/konto/sprache", [("language", "uk")])
            // check
            #expect(saved.status == .seeOther)
            #expect(try await storedLanguage("olena@example.org", app) == "uk")
            let after = try await browser.get("/konto?hinweis=sprache")
            #expect(after.text.contains(Texts.Account.languageSaved))
            #expect(after.text.contains("<option value=\"uk\" selected=\"selected\""))
        }
    }

    @Test func anUnknownLanguageIsRefusedAndVisitorsMustLogIn() async throws {
        try await withTestApp { app in
            var visitor = Browser(app)
            let anonymous = try await visitor.post("/konto/sprache", [("language", "tr")])
            #expect(anonymous.status == .seeOther)
            #expect(anonymous.headers.first(name: .location) == "/konto/anmelden")

            var browser = Browser(app)
            try await browser.register(email: "piotr@example.org")
            for bad in ["xx", "", "<script>", String(repeating: "a", count: 5_000)] {
                let response = try await browser.post("/konto/sprache", [("language", bad)])
                #expect(response.status == .badRequest, "\(bad.prefix(10))")
                #expect(!response.text.contains("<script>"))
            }
            #expect(try await storedLanguage("piotr@example.org", app) == "de")
        }
    }
}
