@testable import App
import Foundation
import GemeinsamCore
import SQLKit
import Testing
import Vapor
import VaporTesting

@Suite(.serialized) struct ActorRegistrationTests {
    @Test func residentSubmitsCoordinatorApprovesAndTheEditorMayEditWithoutARole() async throws {
        try await withTestApp { app in
            // setup
            var anna = try await EditFixture.browser(app, email: "anna@example.org")
            var coordinator = try await EditFixture.browser(app, email: "koordination@example.org", firstName: "Kim", role: .coordinator)
            // act: submit
            let created = try await anna.post("/akteure/neu", ActorFixture.fields())
            // check
            #expect(created.status == .seeOther)
            let id = try EditFixture.redirectID(created)
            #expect(try await ActorFixture.status(app, id) == "submitted")
            let own = try await anna.get("/akteure/\(id)")
            #expect(own.status == .ok && own.text.contains("wird von der Koordinierungsstelle geprüft"))
            var visitor = Browser(app)
            #expect(!(try await visitor.get("/akteure")).text.contains("Nachbarschaftsverein Borsigplatz"))
            let stored = try #require(try await ActorQueries.actor(id, on: ActorFixture.sql(app)))
            #expect(stored.profile.areaID == (try EditFixture.quartier(app, "borsigplatz")).id)   // from the street
            #expect(stored.profile.lat == nil)
            #expect(try await anna.get("/akteure/meine").text.contains("Nachbarschaftsverein Borsigplatz"))
            let coordinatorID = try await EditFixture.userID(app, "koordination@example.org")
            #expect(try await Outbox.forUser(coordinatorID, on: ActorFixture.sql(app)).contains { $0.subject.contains("Neuer Eintrag zur Prüfung") })
            let data = try await anna.get("/konto/daten.json")
            #expect(data.text.contains("\"actorsYouEdit\"") && data.text.contains("Nachbarschaftsverein Borsigplatz"))
            // residents may not decide
            #expect(try await anna.post("/akteure/\(id)/entscheidung", [("decision", "freigeben")]).status == .forbidden)
            // act: approve
            let queue = try await coordinator.get("/akteure/pruefen")
            #expect(queue.status == .ok && queue.text.contains("Nachbarschaftsverein Borsigplatz"))
            let approve = try await coordinator.post("/akteure/\(id)/entscheidung", [("decision", "freigeben")])
            // check
            #expect(approve.status == .seeOther)
            #expect(try await ActorFixture.status(app, id) == "approved")
            #expect(try await visitor.get("/akteure").text.contains("Nachbarschaftsverein Borsigplatz"))
            let annaID = try await EditFixture.userID(app, "anna@example.org")
            // editing rights follow from the approved actor, not from a role
            let roles = try await ActorFixture.sql(app).select().column("role").from("user_roles").where("user_id", .equal, annaID).all()
            #expect(roles.isEmpty)
            #expect(try await ActorQueries.approvedActorIDs(editedBy: annaID, on: ActorFixture.sql(app)) == [id])
            let mails = try await Outbox.forUser(annaID, on: ActorFixture.sql(app))
            #expect(mails.contains { $0.subject.contains("freigegeben") })
        }
    }

    @Test func rejectionNeedsAReasonAndACorrectionGoesBackToReview() async throws {
        try await withTestApp { app in
            var anna = try await EditFixture.browser(app, email: "anna@example.org")
            var coordinator = try await EditFixture.browser(app, email: "koordination@example.org", firstName: "Kim", role: .coordinator)
            let id = try EditFixture.redirectID(try await anna.post("/akteure/neu", ActorFixture.fields()))
            let noReason = try await coordinator.post("/akteure/\(id)/entscheidung", [("decision", "ablehnen"), ("reason", "  ")])
            #expect(noReason.status == .unprocessableEntity)
            #expect(noReason.text.contains("Bitte begründen Sie die Ablehnung"))
            #expect(try await ActorFixture.status(app, id) == "submitted")
            let unknown = try await coordinator.post("/akteure/\(id)/entscheidung", [("decision", "loeschen")])
            #expect(unknown.status == .unprocessableEntity)
            let rejected = try await coordinator.post("/akteure/\(id)/entscheidung", [("decision", "ablehnen"),
                                                                                     ("reason", "Bitte ohne Privatadresse.")])
            #expect(rejected.status == .seeOther)
            #expect(try await ActorFixture.status(app, id) == "rejected")
            #expect(try await anna.get("/akteure/\(id)").text.contains("Bitte ohne Privatadresse."))
            // the editor corrects it: back to review
            let corrected = try await anna.post("/akteure/\(id)/bearbeiten",
                                                EditFixture.replacing(ActorFixture.fields(), "street", with: "Borsigplatz 1"))
            #expect(corrected.status == .seeOther)
            #expect(try await ActorFixture.status(app, id) == "submitted")
        }
    }

    @Test func badInputGetsGermanMessagesNextToTheFields() async throws {
        try await withTestApp { app in
            var anna = try await EditFixture.browser(app, email: "anna@example.org")
            let empty = try await anna.post("/akteure/neu", [])
            #expect(empty.status == .unprocessableEntity)
            for message in ["Bitte wählen Sie die Rechtsform.", "Bitte wählen Sie mindestens ein Thema.",
                            "Bitte geben Sie mindestens einen öffentlichen Kontakt an", "Bitte wählen Sie die Größe."] {
                #expect(empty.text.contains(message), "\(message)")
            }
            #expect(empty.text.contains("aria-invalid=\"true\""))
            let cases: [(String, String, String)] = [
                ("foundedYear", "1700", "zwischen 1800"), ("topics", "astrologie", "Diese Auswahl kennen wir nicht"),
                ("street", "Gibtsnichtweg 3", "Diese Straße finden wir in Dortmund nicht"),
                ("contactEmail", "keine-adresse", "gültige E-Mail-Adresse"), ("website", "javascript:alert(1)", "Internet"),
                ("name", String(repeating: "x", count: 100_000), "höchstens"), ("name", "Verein\u{0007}", "Steuerzeichen"),
                ("workAreas", "atlantis", "Diese Auswahl kennen wir nicht"), ("lat", "91", "Breitengrad"),
            ]
            for (field, value, message) in cases {
                let res = try await anna.post("/akteure/neu", EditFixture.replacing(ActorFixture.fields(), field, with: value))
                #expect(res.status == .unprocessableEntity, "\(field)=\(value.prefix(20))")
                #expect(res.text.contains(message), "\(field): \(message)")
            }
            // without a fixed place the Quartiere are needed
            var noPlace = EditFixture.replacing(ActorFixture.fields(), "place", with: "ohne")
            noPlace = EditFixture.removing(noPlace, "workAreas")
            let res = try await anna.post("/akteure/neu", noPlace)
            #expect(res.text.contains("mindestens ein Quartier"))
            #expect(try await EditFixture.count(app, "actors") == 0)
        }
    }

    @Test func onlyEditorsAndCoordinatorsMayEdit() async throws {
        try await withTestApp { app in
            var anna = try await EditFixture.browser(app, email: "anna@example.org")
            let ben = try await EditFixture.browser(app, email: "ben@example.org", firstName: "Ben", actorEditor: true)
            let areaManager = try await EditFixture.browser(app, email: "quartier@example.org", firstName: "Q", role: .areaManager,
                                                            area: "borsigplatz")
            let annaID = try await EditFixture.userID(app, "anna@example.org")
            let id = try await ActorFixture.actor(app, name: "Annas Verein", editor: annaID)
            #expect(try await anna.get("/akteure/\(id)/bearbeiten").status == .ok)
            for var other in [ben, areaManager] {
                #expect(try await other.get("/akteure/\(id)/bearbeiten").status == .forbidden)
                #expect(try await other.post("/akteure/\(id)/bearbeiten", ActorFixture.fields(name: "Gekapert")).status == .forbidden)
                #expect(try await other.get("/akteure/\(id)/redaktion").status == .forbidden)
                #expect(try await other.get("/netzwerk").status == .forbidden)
                #expect(try await other.get("/akteure/pruefen").status == .forbidden)
            }
            _ = ben; _ = areaManager
            #expect(try await ActorQueries.actor(id, on: ActorFixture.sql(app))?.name == "Annas Verein")
        }
    }
}
