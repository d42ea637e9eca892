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

    @Test func anInvitationIsForTheInvitedAddressOnly() async throws {
        try await withTestApp { app in
            // setup
            var anna = try await EditFixture.browser(app, email: "anna@example.org")
            let id = try await ActorFixture.actor(app, name: "Annas Verein", editor: try await EditFixture.userID(app, "anna@example.org"))
            #expect(try await anna.post("/akteure/\(id)/redaktion", [("email", "ben@example.org")]).status == .seeOther)
            let link = try #require(try await anna.mailedLink(to: "ben@example.org", kind: NotificationKind.actorInvitation.rawValue))
            // act: someone else who got hold of the link, and Ben before confirming his address
            var mallory = try await EditFixture.browser(app, email: "mallory@example.org", firstName: "Mallory")
            let stolen = try await mallory.post(link, [])
            var ben = Browser(app)
            try await ben.register(email: "ben@example.org", firstName: "Ben", confirm: false)
            let unconfirmed = try await ben.post(link, [])
            // check
            #expect(stolen.status == .forbidden && stolen.text.contains("andere E-Mail-Adresse"))
            #expect(unconfirmed.status == .unauthorized)                          // not logged in before confirming
            let sql = ActorFixture.sql(app)
            #expect(try await !ActorQueries.isEditor(actorID: id, userID: try await EditFixture.userID(app, "mallory@example.org"), on: sql))
            #expect(try await EditFixture.count(app, "actor_invitations") == 1)   // still open for Ben
            let confirm = try #require(try await ben.mailedLink(to: "ben@example.org", kind: NotificationKind.accountVerification.rawValue))
            _ = try await ben.get(confirm)
            #expect(try await ben.post(link, []).status == .seeOther)
            let roles = try await sql.select().column("role").from("user_roles").all()
            #expect(roles.isEmpty)                                                // no role: rights follow the actor
        }
    }

    @Test func removedEditorsNoLongerEditTheActorsPlaces() async throws {
        try await withTestApp { app in
            // setup: Anna and Ben edit the approved actor; Ben enters a place it runs
            var anna = try await EditFixture.browser(app, email: "anna@example.org")
            let id = try await ActorFixture.actor(app, name: "Annas Verein", editor: try await EditFixture.userID(app, "anna@example.org"))
            var ben = try await EditFixture.browser(app, email: "ben@example.org", firstName: "Ben")
            let benID = try await EditFixture.userID(app, "ben@example.org")
            try await ActorWriter.addEditor(actorID: id, userID: benID, now: app.clock.now, on: ActorFixture.sql(app))
            let created = try await ben.post("/orte/neu", try EditFixture.placeFields(app) + [("ownerActor", id.uuidString.lowercased())])
            #expect(created.status == .seeOther)
            let edit = try #require(created.headers.first(name: .location)).split(separator: "?")[0]
            #expect(try await ben.get(String(edit)).status == .ok)
            #expect(try await anna.get(String(edit)).status == .ok)             // the actor's other editor, too
            // act
            #expect(try await anna.post("/akteure/\(id)/redaktion/entfernen", [("user", benID.uuidString)]).status == .seeOther)
            // check
            #expect(try await ben.get(String(edit)).status == .forbidden)
            #expect(try await ben.get("/orte/neu").status == .forbidden)
        }
    }

    @Test func aNewEditorsChangesToAnApprovedActorWaitForReview() async throws {
        try await withTestApp { app in
            // setup: Anna entered the actor before its approval; Ben joins later
            _ = try await EditFixture.browser(app, email: "anna@example.org")
            let id = try await ActorFixture.actor(app, name: "Annas Verein", editor: try await EditFixture.userID(app, "anna@example.org"))
            app.clock.set(app.clock.now.addingTimeInterval(60))
            var ben = try await EditFixture.browser(app, email: "ben@example.org", firstName: "Ben")
            try await ActorWriter.addEditor(actorID: id, userID: try await EditFixture.userID(app, "ben@example.org"),
                                            now: app.clock.now, on: ActorFixture.sql(app))
            var coordinator = try await EditFixture.browser(app, email: "k@example.org", firstName: "Konrad", role: .coordinator)
            var visitor = Browser(app)
            // act
            let changed = try await ben.post("/akteure/\(id)/bearbeiten", ActorFixture.fields(name: "Bens Umbenennung"))
            // check: nothing public changed, the coordinators see the change
            #expect(changed.status == .seeOther)
            #expect(changed.headers.first(name: .location)?.contains("aenderung-eingereicht") == true)
            #expect(try await visitor.get("/akteure/\(id)").text.contains("Annas Verein"))
            #expect(try await !visitor.get("/akteure/\(id)").text.contains("Bens Umbenennung"))
            let review = try await coordinator.get("/akteure/pruefen")
            #expect(review.text.contains("Bens Umbenennung"))
            #expect(try await ben.post("/akteure/\(id)/aenderung", [("decision", "uebernehmen")]).status == .forbidden)
            #expect(try await coordinator.post("/akteure/\(id)/aenderung", [("decision", "vielleicht")]).status == .unprocessableEntity)
            #expect(try await coordinator.post("/akteure/\(id)/aenderung", [("decision", "uebernehmen")]).status == .seeOther)
            #expect(try await visitor.get("/akteure/\(id)").text.contains("Bens Umbenennung"))
            #expect(try await coordinator.post("/akteure/\(id)/aenderung", [("decision", "uebernehmen")]).status == .notFound)
        }
    }

    @Test func invitationsAreLimitedPerEditor() async throws {
        try await withTestApp { app in
            var anna = try await EditFixture.browser(app, email: "anna@example.org")
            let id = try await ActorFixture.actor(app, name: "Annas Verein", editor: try await EditFixture.userID(app, "anna@example.org"))
            for i in 0..<10 {
                #expect(try await anna.post("/akteure/\(id)/redaktion", [("email", "person\(i)@example.org")]).status == .seeOther)
            }
            let refused = try await anna.post("/akteure/\(id)/redaktion", [("email", "noch-eine@example.org")])
            #expect(refused.status == .tooManyRequests)
            #expect(refused.headers.first(name: "Retry-After") != nil)
        }
    }

    @Test func invitationsToAnAddressAreInItsExportAndGoWithTheAccount() async throws {
        try await withTestApp { app in
            // setup: Ben has an account; Anna invites him
            var anna = try await EditFixture.browser(app, email: "anna@example.org")
            var ben = try await EditFixture.browser(app, email: "ben@example.org", firstName: "Ben")
            let id = try await ActorFixture.actor(app, name: "Annas Verein", editor: try await EditFixture.userID(app, "anna@example.org"))
            #expect(try await anna.post("/akteure/\(id)/redaktion", [("email", "ben@example.org")]).status == .seeOther)
            // act, check
            let export = try await ben.get("/konto/daten.json").text
            #expect(export.contains("invitationsToYou") && export.contains("Annas Verein"))
            #expect(try await ben.post("/konto/loeschen", [("password", Browser.password)]).status == .ok)
            #expect(try await EditFixture.count(app, "actor_invitations") == 0)
            let left = try await app.sql.select().column("id").from("outbox").where("to_address", .equal, "ben@example.org").all()
            #expect(left.isEmpty)
        }
    }
}
