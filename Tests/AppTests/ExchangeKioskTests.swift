@testable import App
import Foundation
import GemeinsamCore
import SQLKit
import Testing
import Vapor
import VaporTesting

@Suite struct ExchangeKioskTests {
    @Test func onlyKioskStaffBoundToAKioskTakesIn() async throws {
        try await withTestApp { app in
            var visitor = Browser(app)
            #expect(try await visitor.get("/kiosk").status == .seeOther)
            #expect(try await visitor.post("/kiosk/aufnahme", []).status == .seeOther)
            var cara = try await ExchangeTest.person(app, "cara@example.org", first: "Cara")
            #expect(try await cara.get("/kiosk").status == .forbidden)
            #expect(try await cara.get("/kiosk/aufnahme").status == .forbidden)
            try await makeActorEditor("cara@example.org", in: app)
            #expect(try await cara.get("/kiosk/aufnahme").status == .forbidden, "Akteur-Redaktion")
            for role in [Role.coordinator, .admin, .areaManager] {
                try await grant(role, to: "cara@example.org", area: role == .areaManager ? 1 : nil, in: app)
                #expect(try await cara.get("/kiosk/aufnahme").status == .forbidden, "\(role)")
            }
            // the role alone is not enough: the account must belong to a kiosk
            try await grant(.kioskStaff, to: "cara@example.org", in: app)
            #expect(try await cara.get("/kiosk").text.contains("noch keinem Kiosk zugeordnet"))
            #expect(try await cara.post("/kiosk/aufnahme", ExchangeTest.intakeFields(site: 1)).status == .forbidden)
            // staff of one kiosk cannot act for another
            var kira = try await ExchangeTest.person(app, "kira@example.org", first: "Kira")
            let site = try await ExchangeTest.kiosk(app, staff: "kira@example.org")
            let other = try await ExchangeTest.kiosk(app, staff: "cara@example.org", name: "Zweiter Kiosk")
            #expect(try await kira.get("/kiosk?ort=\(other)").status == .forbidden)
            #expect(try await kira.get("/kiosk?ort=\(site)").status == .ok)
            #expect(try await ExchangeTest.count(app, "listings") == 0)
        }
    }

    @Test func intakeStoresConsentWithItsVersionAndFindsTheQuartierByStreet() async throws {
        try await withTestApp { app in
            var kira = try await ExchangeTest.person(app, "kira@example.org", first: "Kira")
            let site = try await ExchangeTest.kiosk(app, staff: "kira@example.org")
            let form = try await kira.get("/kiosk/aufnahme")
            #expect(form.status == .ok)
            #expect(form.text.contains("Fassung \(Texts.Kiosk.currentConsent.version)"))
            let id = try await ExchangeTest.intake(&kira, ExchangeTest.intakeFields(site: site))
            let row = try #require(try await ExchangeTest.sql(app).select()
                .columns("consent_version", "consent_at", "area_id", "public_name", "visitor_contact", "visitor_phone", "kiosk_site_id", "author_id")
                .from("listings").where("id", .equal, SQLBind(id)).first())
            #expect(try row.decode(column: "consent_version", as: String.self) == Texts.Kiosk.currentConsent.version)
            #expect(try row.decode(column: "consent_at", as: Double?.self) != nil)
            #expect(try row.decode(column: "public_name", as: String.self) == "Gerda P.")
            #expect(try row.decode(column: "visitor_phone", as: String?.self) == "0231 5550177")
            #expect(try row.decode(column: "author_id", as: UUID?.self) == nil)
            let borsigplatz = app.geographyStore.snapshot.area(kind: .statisticalDistrict, slug: "borsigplatz")!.id
            #expect(try row.decode(column: "area_id", as: Int.self) == borsigplatz)   // Oesterholzstraße → Borsigplatz
            let dashboard = try await kira.get("/kiosk?ort=\(site)&hinweis=aufgenommen&nr=\(id)")
            #expect(dashboard.text.contains("Eintrag Nr. \(id) ist gespeichert"))
            var visitor = Browser(app)
            let page = try await visitor.get("/boerse/\(id)")
            #expect(page.text.contains("vermittelt über NachbarBude Test"))
            #expect(page.text.contains("Gerda P."))
            // "kommt wieder vorbei" needs no phone; no street and no choice: the kiosk's own Quartier
            let visit = try await ExchangeTest.intake(&kira, ExchangeTest.intakeFields(site: site, street: "", reach: "visit", phone: ""))
            let visitRow = try #require(try await ExchangeTest.sql(app).select().columns("visitor_phone", "area_id").from("listings")
                .where("id", .equal, SQLBind(visit)).first())
            #expect(try visitRow.decode(column: "visitor_phone", as: String?.self) == nil)
            #expect(try visitRow.decode(column: "area_id", as: Int.self) == app.geographyStore.snapshot.area(kind: .statisticalDistrict, code: "05")!.id)
        }
    }

    @Test(arguments: [
        ("consent", "", "consent", "Einwilligung"), ("street", "Gibtsnichtweg", "street", "Diese Straße kennen wir nicht"),
        ("phone", "", "phone", "Telefonnummer"), ("firstName", "<b>", "firstName", "nur den Vornamen"),
        ("firstName", "", "firstName", "Vornamen"), ("reach", "brieftaube", "reach", "erreichbar"),
        ("title", String(repeating: "t", count: 100_000), "title", "zu lang"),
    ])
    func badIntakeIsRefused(field: String, value: String, errorField: String, message: String) async throws {
        try await withTestApp { app in
            var kira = try await ExchangeTest.person(app, "kira@example.org", first: "Kira")
            let site = try await ExchangeTest.kiosk(app, staff: "kira@example.org")
            var fields = ExchangeTest.intakeFields(site: site).map { $0.0 == field ? ($0.0, value) : $0 }
            if field == "consent" { fields.removeAll { $0.0 == "consent" } }
            let res = try await kira.post("/kiosk/aufnahme", fields)
            #expect(res.status == .unprocessableEntity)
            #expect(res.text.contains("id=\"\(errorField)-error\""))
            #expect(res.text.contains(message))
            #expect(try await ExchangeTest.count(app, "listings") == 0)
        }
    }

    @Test func repliesLandInTheKioskQueueAndStaffRecordTheCallBack() async throws {
        try await withTestApp { app in
            var kira = try await ExchangeTest.person(app, "kira@example.org", first: "Kira")
            let site = try await ExchangeTest.kiosk(app, staff: "kira@example.org")
            let listing = try await ExchangeTest.intake(&kira, ExchangeTest.intakeFields(site: site))
            var ben = try await ExchangeTest.person(app, "ben@example.org", first: "Ben", initial: "K")
            let request = try await ExchangeTest.requestContact(&ben, listing: listing)
            let dashboard = try await kira.get("/kiosk")
            #expect(dashboard.text.contains("Rückrufe fällig (1)"))
            #expect(dashboard.text.contains("Anfrage von Ben K."))
            #expect(try await kira.get("/konto/benachrichtigungen").text.contains("Rückruf nötig"))
            let path = "/kiosk/anfragen/\(request.uuidString.lowercased())"
            #expect(try await ben.get(path).status == .forbidden)
            #expect(try await kira.post(path, [("outcome", "zaubern")]).status == .unprocessableEntity)
            #expect(try await kira.post(path, [("outcome", "notReached"), ("note", "Mailbox")]).status == .seeOther)
            let later = try await kira.get("/kiosk")
            #expect(later.text.contains("Rückrufe fällig (0)"))
            #expect(later.text.contains("1 Versuch"))
            #expect(try await kira.post(path, [("outcome", "decline")]).status == .seeOther)
            #expect(try await ben.get("/boerse/anfragen/\(request.uuidString.lowercased())").text.contains("abgelehnt"))
            // the printable notice lists today's open listings nearby
            let print = try await kira.get("/kiosk/aushang")
            #expect(print.status == .ok)
            #expect(print.text.contains("Begleitung zum Arzt"))
            #expect(!print.text.contains("0231 5550177"))
            // staff may close the kiosk listing
            #expect(try await kira.post("/boerse/\(listing)/stand", [("status", "withdrawn")]).status == .seeOther)
        }
    }

    @Test func coordinatorsManageKiosksAndTheirTeams() async throws {
        try await withTestApp { app in
            var cara = try await ExchangeTest.person(app, "cara@example.org", first: "Cara")
            #expect(try await cara.get("/kiosk/orte").status == .forbidden)
            try await grant(.coordinator, to: "cara@example.org", in: app)
            #expect(try await cara.get("/kiosk/orte").status == .ok)
            let bad = try await cara.post("/kiosk/orte", [("name", ""), ("organisation", "x"), ("quartier", "atlantis"), ("phone", "x"), ("address", "")])
            #expect(bad.status == .unprocessableEntity)
            let ok = try await cara.post("/kiosk/orte", [("name", "Stadtteilbüro Eving"), ("organisation", "Stadt Dortmund"),
                                                        ("quartier", "eving"), ("phone", "0231 777"), ("address", "Deutsche Straße 1"),
                                                        ("openingHours", "Mo 9–12")])
            #expect(ok.status == .ok && ok.text.contains("Der Kiosk ist angelegt."))
            let siteID = try #require(try await KioskQueries.all(on: ExchangeTest.sql(app)).first?.id)
            _ = try await ExchangeTest.person(app, "kurt@example.org", first: "Kurt")
            // a coordinator cannot grant the role; the admin can, and it is granted with the binding
            let noRole = try await cara.post("/kiosk/orte/team", [("site", String(siteID)), ("email", "kurt@example.org"), ("action", "add")])
            #expect(noRole.status == .unprocessableEntity)
            var ada = try await ExchangeTest.person(app, "ada@example.org", first: "Ada")
            try await grant(.admin, to: "ada@example.org", in: app)
            let bound = try await ada.post("/kiosk/orte/team", [("site", String(siteID)), ("email", "kurt@example.org"), ("action", "add")])
            #expect(bound.status == .ok && bound.text.contains("gehört jetzt zum Kiosk-Team"))
            let unknown = try await ada.post("/kiosk/orte/team", [("site", String(siteID)), ("email", "nie@example.org"), ("action", "add")])
            #expect(unknown.status == .unprocessableEntity)
        }
    }
}
