@testable import App
import Foundation
import GemeinsamCore
import SQLKit
import Testing
import Vapor
import VaporTesting

@Suite(.serialized) struct ActorEditorTests {
    @Test func editorsInviteByMailAndTheInviteeAccepts() async throws {
        try await withTestApp { app in
            var anna = try await EditFixture.browser(app, email: "anna@example.org")
            let id = try await ActorFixture.actor(app, name: "Annas Verein", editor: try await EditFixture.userID(app, "anna@example.org"))
            #expect(try await anna.post("/akteure/\(id)/redaktion", [("email", "kein@")]).status == .unprocessableEntity)
            #expect(try await anna.post("/akteure/\(id)/redaktion", [("email", "anna@example.org")]).status == .unprocessableEntity)
            let invited = try await anna.post("/akteure/\(id)/redaktion", [("email", "Ben@Example.org")])
            #expect(invited.status == .seeOther)
            let sql = ActorFixture.sql(app)
            let mail = try #require(try await sql.select().columns("to_address", "body", "link").from("outbox")
                .where("kind", .equal, NotificationKind.actorInvitation.rawValue).first())
            #expect(try mail.decode(column: "to_address", as: String.self) == "ben@example.org")
            let link = try mail.decode(column: "link", as: String.self)
            #expect(link.hasPrefix("/akteure/einladung/"))
            // only the hash of the token is stored
            let token = String(link.dropFirst("/akteure/einladung/".count))
            let stored = try await sql.select().column("token_hash").from("actor_invitations").first()?.decode(column: "token_hash", as: String.self)
            #expect(stored == ActorWriter.tokenHash(token) && stored != token)
            // act: Ben registers and accepts
            var ben = Browser(app)
            #expect(try await ben.get(link).status == .ok)
            #expect(try await ben.post(link, []).status == .unauthorized)
            try await ben.register(email: "ben@example.org", firstName: "Ben")
            let accepted = try await ben.post(link, [])
            #expect(accepted.status == .seeOther)
            let benID = try await EditFixture.userID(app, "ben@example.org")
            #expect(try await ActorQueries.isEditor(actorID: id, userID: benID, on: sql))
            #expect(try await EditFixture.count(app, "actor_invitations") == 0)   // the address is gone
            #expect(try await ben.get(link).status == .notFound)                 // used up
            #expect(try await ben.get("/akteure/einladung/falsch").status == .notFound)
            // Ben leaves; the last editor cannot
            #expect(try await ben.post("/akteure/\(id)/redaktion/entfernen", [("user", benID.uuidString)]).status == .seeOther)
            let annaID = try await EditFixture.userID(app, "anna@example.org")
            #expect(try await anna.post("/akteure/\(id)/redaktion/entfernen", [("user", annaID.uuidString)]).status == .conflict)
        }
    }
}
