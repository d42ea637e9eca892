@testable import App
import Foundation
import GemeinsamCore
import SQLKit
import Testing
import Vapor
import VaporTesting

@Suite struct ExchangeVolunteerTests {
    @Test func anActorsEditorsConfirmHoursAndTheCertificateNamesTheActor() async throws {
        try await withTestApp { app in
            // setup: Ben helped Anna; the hours are for the actor "Nachbarschaftsverein Nord", edited by Dora
            var anna = try await ExchangeTest.person(app, "anna@example.org", first: "Anna", initial: "B")
            let listing = try await ExchangeTest.createListing(&anna)
            var ben = try await ExchangeTest.person(app, "ben@example.org", first: "Ben", initial: "K")
            var dora = try await ExchangeTest.person(app, "dora@example.org", first: "Dora")
            let doraID = try #require(try await RoleQueries.userID(email: "dora@example.org", on: ExchangeTest.sql(app)))
            let actor = try await ActorFixture.actor(app, name: "Nachbarschaftsverein Nord", editor: doraID)
            let draft = try await ActorFixture.actor(app, name: "Noch nicht frei", status: .submitted)
            let request = try await ExchangeTest.requestContact(&ben, listing: listing)
            #expect(try await anna.post("/boerse/anfragen/\(request.uuidString.lowercased())/annehmen", [("contactWay", "email")]).status == .seeOther)
            let date = FormInput.dateText(app.clock.today)
            let fields = [("match", request.uuidString), ("date", date), ("duration", "2:00"), ("activity", "Umzugshilfe")]
            // an actor that is not approved cannot be chosen
            let refused = try await ben.post("/konto/ehrenamt", fields + [("actor", draft.uuidString)])
            #expect(refused.status == .unprocessableEntity && refused.text.contains("id=\"actor-error\""))
            // act
            #expect(try await ben.post("/konto/ehrenamt", fields + [("actor", actor.uuidString)]).status == .seeOther)
            let entry = try #require(try await ExchangeTest.sql(app).select().column("id").from("volunteer_hours").first()?
                .decode(column: "id", as: UUID.self))
            // check: Dora is told and sees it; Anna (the helped person) and Ben (the helper) may not confirm
            #expect(try await Outbox.forUser(doraID, on: ExchangeTest.sql(app)).contains { $0.subject.contains("Ben K.") })
            #expect(try await dora.get("/konto/ehrenamt").text.contains("Umzugshilfe"))
            #expect(try await anna.post("/konto/ehrenamt/bestaetigen", [("entry", entry.uuidString), ("decision", "confirm")]).status == .forbidden)
            #expect(try await ben.post("/konto/ehrenamt/bestaetigen", [("entry", entry.uuidString), ("decision", "confirm")]).status == .unprocessableEntity)
            #expect(try await dora.post("/konto/ehrenamt/bestaetigen", [("entry", entry.uuidString), ("decision", "confirm")]).status == .seeOther)
            let certificate = try await ben.get("/konto/ehrenamt/bescheinigung?jahr=\(app.clock.today.year)&organisation=\(QueryText.escape("Nachbarschaftsverein Nord"))")
            #expect(certificate.status == .ok && certificate.text.contains("Nachbarschaftsverein Nord") && certificate.text.contains("2:00"))
        }
    }

    @Test func hoursAreLoggedConfirmedSummedExportedAndCertified() async throws {
        try await withTestApp { app in
            var anna = try await ExchangeTest.person(app, "anna@example.org", first: "Anna", initial: "B")
            let listing = try await ExchangeTest.createListing(&anna)
            var ben = try await ExchangeTest.person(app, "ben@example.org", first: "Ben", initial: "K")
            #expect(try await ben.get("/konto/ehrenamt").text.contains("sobald eine Ihrer Anfragen angenommen wurde"))
            let request = try await ExchangeTest.requestContact(&ben, listing: listing)
            #expect(try await anna.post("/boerse/anfragen/\(request.uuidString.lowercased())/annehmen", [("contactWay", "email")]).status == .seeOther)
            let today = app.clock.today
            let date = FormInput.dateText(today)
            // bad input
            let tomorrow = FormInput.dateText(today.adding(days: 1)!)
            for (fields, field) in [
                ([("match", request.uuidString), ("date", tomorrow), ("duration", "1:00"), ("activity", "Einkauf")], "date"),
                ([("match", request.uuidString), ("date", date), ("duration", "13:00"), ("activity", "Einkauf")], "duration"),
                ([("match", request.uuidString), ("date", date), ("duration", "eine Stunde"), ("activity", "Einkauf")], "duration"),
                ([("match", UUID().uuidString), ("date", date), ("duration", "1:00"), ("activity", "Einkauf")], "match"),
                ([("match", request.uuidString), ("date", date), ("duration", "1:00"), ("activity", "")], "activity"),
                ([("match", request.uuidString), ("date", date), ("duration", "1:00"), ("activity", "x"), ("actor", UUID().uuidString)], "actor"),
            ] as [([(String, String)], String)] {
                let res = try await ben.post("/konto/ehrenamt", fields)
                #expect(res.status == .unprocessableEntity && res.text.contains("id=\"\(field)-error\""), "\(field)")
            }
            #expect(try await ben.post("/konto/ehrenamt", [("match", request.uuidString), ("date", date), ("duration", "1:30"),
                                                            ("activity", "=Einkauf getragen")]).status == .seeOther)
            #expect(try await ben.post("/konto/ehrenamt", [("match", request.uuidString), ("date", date), ("duration", "45"),
                                                            ("activity", "Spaziergang")]).status == .seeOther)
            let entryIDs = try await ExchangeTest.sql(app).select().column("id").from("volunteer_hours").orderBy("minutes").all()
                .map { try $0.decode(column: "id", as: UUID.self) }
            // only the helped person confirms
            var cara = try await ExchangeTest.person(app, "cara@example.org", first: "Cara")
            #expect(try await cara.post("/konto/ehrenamt/bestaetigen", [("entry", entryIDs[0].uuidString), ("decision", "confirm")]).status == .forbidden)
            #expect(try await ben.post("/konto/ehrenamt/bestaetigen", [("entry", entryIDs[0].uuidString), ("decision", "confirm")]).status == .unprocessableEntity)
            #expect(try await anna.get("/konto/ehrenamt").text.contains("Ben K."))
            #expect(try await anna.post("/konto/ehrenamt/bestaetigen", [("entry", entryIDs[1].uuidString), ("decision", "confirm")]).status == .seeOther)
            #expect(try await anna.post("/konto/ehrenamt/bestaetigen", [("entry", entryIDs[0].uuidString), ("decision", "reject")]).status == .seeOther)
            let overview = try await ben.get("/konto/ehrenamt")
            #expect(overview.text.contains("1:30 Stunden (1,5 h)"))
            #expect(overview.text.contains("nicht bestätigt"))
            let csv = try await ben.get("/konto/ehrenamt.csv?jahr=\(today.year)")
            #expect(csv.headers.first(name: .contentType)?.hasPrefix("text/csv") == true)
            #expect(csv.text.contains("Datum;Minuten;Stunden"))
            #expect(csv.text.contains(";90;\"1,5\";'=Einkauf getragen;") || csv.text.contains(";90;1,5;'=Einkauf getragen;"))
            let org = Texts.Volunteer.defaultOrganisation
            let certificate = try await ben.get("/konto/ehrenamt/bescheinigung?jahr=\(today.year)&organisation=\(QueryText.escape(org))")
            #expect(certificate.status == .ok)
            #expect(certificate.text.contains("Bescheinigung über ehrenamtliche Tätigkeit"))
            #expect(certificate.text.contains("1:30") && certificate.text.contains("= 1,5 Stunden"))
            #expect(!certificate.text.contains("Spaziergang"))   // rejected hours are not certified
            #expect(try await ben.get("/konto/ehrenamt/bescheinigung?jahr=2001&organisation=x").status == .notFound)
            #expect(try await ben.get("/konto/ehrenamt?jahr=abc").status == .badRequest)
            #expect(try await cara.get("/konto/ehrenamt/bescheinigung?jahr=\(today.year)&organisation=\(QueryText.escape(org))").status == .notFound)
        }
    }

    @Test func kioskMatchesAreConfirmedByTheKioskTeam() async throws {
        try await withTestApp { app in
            var kira = try await ExchangeTest.person(app, "kira@example.org", first: "Kira")
            let site = try await ExchangeTest.kiosk(app, staff: "kira@example.org")
            let listing = try await ExchangeTest.intake(&kira, ExchangeTest.intakeFields(site: site))
            var ben = try await ExchangeTest.person(app, "ben@example.org", first: "Ben", initial: "K")
            let request = try await ExchangeTest.requestContact(&ben, listing: listing)
            #expect(try await kira.post("/kiosk/anfragen/\(request.uuidString.lowercased())", [("outcome", "acceptKiosk")]).status == .seeOther)
            #expect(try await ben.post("/konto/ehrenamt", [("match", request.uuidString), ("date", FormInput.dateText(app.clock.today)),
                                                            ("duration", "2:00"), ("activity", "Arztbegleitung")]).status == .seeOther)
            let dashboard = try await kira.get("/kiosk")
            #expect(dashboard.text.contains("Arztbegleitung"))
            let entry = try #require(try await ExchangeTest.sql(app).select().column("id").from("volunteer_hours").first()?.decode(column: "id", as: UUID.self))
            var other = try await ExchangeTest.person(app, "otto@example.org", first: "Otto")
            _ = try await ExchangeTest.kiosk(app, staff: "otto@example.org", name: "Anderer Kiosk")
            #expect(try await other.post("/kiosk/stunden", [("entry", entry.uuidString), ("decision", "confirm")]).status == .unprocessableEntity)
            #expect(try await kira.post("/kiosk/stunden", [("entry", entry.uuidString), ("decision", "confirm")]).status == .seeOther)
            let overview = try await ben.get("/konto/ehrenamt")
            #expect(overview.text.contains("Träger Test e. V."))
            #expect(overview.text.contains("Kiosk-Team NachbarBude Test"))
        }
    }
}
