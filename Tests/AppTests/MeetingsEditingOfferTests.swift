@testable import App
import Foundation
import GemeinsamCore
import SQLKit
import Testing
import Vapor
import VaporTesting

/// Offers: the form, its German validation, the schedule, status and history.
@Suite(.serialized) struct MeetingsEditingOfferTests {
    @Test func editorCreatesAWeeklyOfferAtTheirPlace() async throws {
        try await withTestApp { app in
            var editor = try await EditFixture.browser(app, email: "anna@example.org", actorEditor: true)
            let owner = try await EditFixture.userID(app, "anna@example.org")
            let place = try await EditFixture.place(app, owner: owner)
            let form = try await editor.get("/angebote/neu?ort=\(place)")
            #expect(form.status == .ok)
            #expect(form.text.contains("<option value=\"\(place.uuidString)\" selected=\"selected\">Nachbarschaftstreff (Borsigplatz)"))
            #expect(form.text.contains("Deutsche Gebärdensprache"))

            let created = try await editor.post("/angebote/neu", EditFixture.offerFields(title: "Spielenachmittag", place: place))
            #expect(created.status == .seeOther, "\(created.text.prefix(3000))")
            let id = try EditFixture.redirectID(created)
            let sql = EditFixture.sql(app)
            let row = try #require(try await sql.select().columns("area_id", "place_id", "owner_user_id", "audiences", "languages", "schedule", "status")
                .from("offers").where("id", .equal, id).first())
            #expect(try row.decode(column: "place_id", as: UUID?.self) == place)
            #expect(try row.decode(column: "area_id", as: Int.self) == (try EditFixture.quartier(app, "borsigplatz").id))
            #expect(try row.decode(column: "owner_user_id", as: UUID?.self) == owner)
            #expect(try row.decode(column: "audiences", as: String.self) == ",alle,senioren,")
            #expect(try row.decode(column: "languages", as: String.self) == ",de,tr,")
            let schedule = try OfferSchedule.decode(try row.decode(column: "schedule", as: String.self))
            #expect(schedule.kind == .weekly(weekdays: [.tuesday, .thursday], intervalWeeks: 1))
            #expect(schedule.startTime.text == "10:00" && schedule.endTime.text == "11:30")
            // the dates are expanded into occurrences
            let occurrences = try await sql.select().column("id").from("occurrences").where("offer_id", .equal, id).all()
            #expect(occurrences.count > 50)
            let edit = try await editor.get("/angebote/\(id)/bearbeiten")
            #expect(edit.text.contains("value=\"Spielenachmittag\""))
            #expect(edit.text.contains("jeden Dienstag und Donnerstag"))
        }
    }

    @Test func outdoorOfferMonthlyWithCancelledDatesAndAmount() async throws {
        try await withTestApp { app in
            var editor = try await EditFixture.browser(app, email: "anna@example.org", actorEditor: true)
            var fields = EditFixture.offerFields(title: "Quartiersspaziergang")
            fields = EditFixture.replacing(fields, "scheduleKind", with: "monthly")
            fields = EditFixture.removing(fields, "weekdays")
            fields += [("ordinal", "-1"), ("monthWeekday", "SA")]
            fields = EditFixture.replacing(fields, "costKind", with: "amount")
            fields += [("costAmount", "3,50")]
            fields = EditFixture.replacing(fields, "registration", with: "ja")
            fields += [("registrationHow", "Telefonisch bis Freitag")]
            let year = EditFixture.today().year + 1
            fields += [("cancelledDates", "26.12.\(year)\n\(year)-05-30\n")]
            let created = try await editor.post("/angebote/neu", fields)
            #expect(created.status == .seeOther, "\(created.text.prefix(3000))")
            let row = try #require(try await EditFixture.sql(app).select().columns("schedule", "cost_cents", "meeting_point", "place_id", "registration_how")
                .from("offers").first())
            let schedule = try OfferSchedule.decode(try row.decode(column: "schedule", as: String.self))
            #expect(schedule.kind == .monthly(ordinal: -1, weekday: .saturday))
            #expect(schedule.cancelledDates.count == 2)
            #expect(try row.decode(column: "cost_cents", as: Int?.self) == 350)
            #expect(try row.decode(column: "meeting_point", as: String.self) == "Am Brunnen auf dem Borsigplatz")
            #expect(try row.decode(column: "place_id", as: UUID?.self) == nil)
            #expect(try row.decode(column: "registration_how", as: String.self) == "Telefonisch bis Freitag")
            let edit = try await editor.get(try #require(created.headers.first(name: .location)))
            #expect(edit.text.contains("value=\"3,50\""))
            #expect(edit.text.contains("26.12.\(year)"))
        }
    }

    static let badOfferInput: [(fields: [(String, String)], field: String, message: String)] = {
        let ok = EditFixture.offerFields()
        return [
            (EditFixture.replacing(EditFixture.replacing(ok, "startTime", with: "16:00"), "endTime", with: "14:00"),
             "endTime", "Das Ende liegt vor dem Beginn."),
            (EditFixture.replacing(ok, "firstDate", with: "31.02.2026"), "firstDate", "Den 31. Februar 2026 gibt es nicht."),
            (EditFixture.replacing(EditFixture.replacing(EditFixture.replacing(ok, "firstDate", with: "31.02.2026"), "startTime", with: "17:00"),
                                   "endTime", with: "15:00"), "endTime", "Das Ende liegt vor dem Beginn."),
            (EditFixture.replacing(ok, "firstDate", with: "morgen"), "firstDate", "ist kein Datum"),
            (EditFixture.replacing(ok, "startTime", with: "25:00"), "startTime", "Die Uhrzeit 25:00 gibt es nicht."),
            (EditFixture.replacing(ok, "category", with: "kaffeeklatsch"), "category", "Kategorie aus der Liste"),
            (EditFixture.removing(ok, "audiences"), "audiences", "mindestens eine Zielgruppe"),
            (EditFixture.replacing(ok, "audiences", with: "aliens"), "audiences", "Zielgruppen aus der Liste"),
            (EditFixture.removing(ok, "languages"), "languages", "mindestens eine Sprache"),
            (EditFixture.removing(ok, "weekdays"), "weekdays", "mindestens einen Wochentag"),
            (EditFixture.replacing(ok, "interval", with: "60"), "interval", "zwischen 1 und 52 Wochen"),
            (EditFixture.replacing(ok, "title", with: String(repeating: "x", count: 100_000)), "title", "zu lang"),
            (EditFixture.replacing(ok, "description", with: "Hallo\u{0000}Welt"), "description", "Steuerzeichen"),
            (EditFixture.replacing(ok, "description", with: String(repeating: "a", count: 5_001)), "description", "höchstens 5000 Zeichen"),
            (EditFixture.replacing(ok, "description", with: ""), "description", "Bitte geben Sie eine Beschreibung ein"),
            (EditFixture.replacing(ok, "costKind", with: "amount") + [("costAmount", "3,505")], "costAmount", "zwei Nachkommastellen"),
            (EditFixture.replacing(ok, "costKind", with: "amount"), "costAmount", "Betrag in Euro ein"),
            (EditFixture.replacing(ok, "registration", with: "ja"), "registrationHow", "wie man sich anmeldet"),
            (EditFixture.replacing(ok, "meetingArea", with: "atlantis"), "meetingArea", "Quartier des Treffpunkts"),
            (EditFixture.replacing(ok, "meetingPoint", with: ""), "place", "Ort oder geben Sie einen Treffpunkt"),
            (EditFixture.replacing(ok, "place", with: UUID().uuidString), "place", "Ort aus der Liste"),
            (EditFixture.replacing(ok, "lastDate", with: "01.01.2000"), "lastDate", "Das letzte Datum liegt vor dem ersten."),
            (EditFixture.replacing(ok, "cancelledDates", with: "30.02.2027"), "cancelledDates", "Den 30. Februar 2027 gibt es nicht."),
            (EditFixture.replacing(ok, "scheduleKind", with: "daily"), "scheduleKind", "wie oft das Angebot"),
            (EditFixture.replacing(ok, "status", with: "paused"), "status", "Bitte wählen Sie einen Status"),
        ]
    }()

    @Test func badOfferInputShowsAGermanMessageNextToTheField() async throws {
        try await withTestApp { app in
            var editor = try await EditFixture.browser(app, email: "anna@example.org", actorEditor: true)
            for bad in Self.badOfferInput {
                let res = try await editor.post("/angebote/neu", bad.fields)
                #expect(res.status == .unprocessableEntity, "\(bad.field)")
                #expect(res.text.contains("id=\"\(bad.field)-error\""), "\(bad.field)")
                #expect(res.text.contains(bad.message), "\(bad.field): \(bad.message)")
                #expect(res.text.contains("aria-describedby"))
            }
            #expect(try await EditFixture.count(app, "offers") == 0)
        }
    }

    @Test func aTenMegabyteDescriptionIsRefusedWith413() async throws {
        try await withTestApp { app in
            var editor = try await EditFixture.browser(app, email: "anna@example.org", actorEditor: true)
            let res = try await editor.post("/angebote/neu", EditFixture.replacing(EditFixture.offerFields(), "description",
                                                                                   with: String(repeating: "x", count: 10 * 1024 * 1024)))
            #expect(res.status == .payloadTooLarge)
            #expect(res.text.contains("zu groß"))
        }
    }

    @Test func markupInTheDescriptionIsEscapedAndParagraphsKept() async throws {
        try await withTestApp { app in
            var editor = try await EditFixture.browser(app, email: "anna@example.org", actorEditor: true)
            let text = "<img src=x onerror=alert(1)>\r\n\r\nZweiter Absatz"
            let created = try await editor.post("/angebote/neu", EditFixture.replacing(EditFixture.offerFields(title: "<i>Titel</i>"),
                                                                                      "description", with: text))
            #expect(created.status == .seeOther)
            let stored = try await EditFixture.sql(app).select().column("description").from("offers").first()?
                .decode(column: "description", as: String.self)
            #expect(stored == "<img src=x onerror=alert(1)>\n\nZweiter Absatz")
            let page = try await editor.get(try #require(created.headers.first(name: .location)))
            #expect(!page.text.contains("<img src=x"))
            #expect(page.text.contains("&lt;img src=x onerror=alert(1)&gt;"))
            #expect(!page.text.contains("<i>Titel</i>"))
            // an invalid form shows the input escaped too
            let invalid = try await editor.post("/angebote/neu", EditFixture.replacing(EditFixture.offerFields(title: "<script>x</script>"),
                                                                                      "category", with: ""))
            #expect(invalid.status == .unprocessableEntity)
            #expect(!invalid.text.contains("<script>x"))
            #expect(invalid.text.contains("&lt;script&gt;x&lt;/script&gt;"))
        }
    }

    @Test func editPauseCancelAndHistoryWithADeletedAccount() async throws {
        try await withTestApp { app in
            var editor = try await EditFixture.browser(app, email: "anna@example.org", actorEditor: true)
            let owner = try await EditFixture.userID(app, "anna@example.org")
            let offer = try await EditFixture.offer(app, place: nil, owner: owner)
            var manager = try await EditFixture.browser(app, email: "emil@example.org", firstName: "Emil", initial: "K",
                                                        role: .areaManager, area: "borsigplatz")
            // the area manager changes title and time
            var fields = EditFixture.offerFields(title: "Spielenachmittag am Freitag")
            fields = EditFixture.replacing(fields, "startTime", with: "15:00")
            fields = EditFixture.replacing(fields, "endTime", with: "17:30")
            let saved = try await manager.post("/angebote/\(offer)/bearbeiten", fields)
            #expect(saved.status == .seeOther, "\(saved.text.prefix(3000))")
            // the owner pauses and cancels
            #expect(try await editor.post("/angebote/\(offer)/status", [("status", "paused")]).status == .seeOther)
            #expect(try await editor.post("/angebote/\(offer)/status", [("status", "cancelled")]).status == .seeOther)
            let page = try await editor.get("/angebote/\(offer)/bearbeiten")
            #expect(page.text.contains("badge-cancelled"))
            // the form keeps the current status as an option
            #expect(page.text.contains("value=\"cancelled\" checked"))
            var history = try await editor.get("/angebote/\(offer)/verlauf")
            #expect(history.status == .ok)
            #expect(history.text.contains("Emil K."))
            #expect(history.text.contains("geändert: Titel"))
            #expect(history.text.contains("Termine"))
            #expect(history.text.contains("Status: abgesagt"))
            #expect(history.text.contains("Anna B."))
            // the area manager deletes the account: the history keeps the change, not the person
            let deleted = try await manager.post("/konto/loeschen", [("password", Browser.password)])
            #expect(deleted.status == .ok)
            history = try await editor.get("/angebote/\(offer)/verlauf")
            #expect(!history.text.contains("Emil K."))
            #expect(history.text.contains("gelöschtes Konto"))
        }
    }

    @Test func placesOfOthersAreNotOfferedAndCannotBeUsed() async throws {
        try await withTestApp { app in
            var editor = try await EditFixture.browser(app, email: "anna@example.org", actorEditor: true)
            let other = try await EditFixture.place(app, name: "Fremder Ort", owner: nil)
            let draft = try await EditFixture.place(app, name: "Eigener Entwurf", owner: try await EditFixture.userID(app, "anna@example.org"),
                                                    status: .draft)
            let form = try await editor.get("/angebote/neu")
            #expect(!form.text.contains("Fremder Ort"))
            #expect(!form.text.contains("Eigener Entwurf"))
            for place in [other, draft] {
                let res = try await editor.post("/angebote/neu", EditFixture.offerFields(place: place))
                #expect(res.status == .unprocessableEntity)
                #expect(res.text.contains("Bitte wählen Sie einen Ort aus der Liste."))
            }
            // others' offers: 403
            let foreign = try await EditFixture.offer(app, place: other)
            #expect(try await editor.get("/angebote/\(foreign)/bearbeiten").status == .forbidden)
            #expect(try await editor.post("/angebote/\(foreign)/bearbeiten", EditFixture.offerFields()).status == .forbidden)
            #expect(try await editor.post("/angebote/\(foreign)/status", [("status", "cancelled")]).status == .forbidden)
            #expect(try await editor.get("/angebote/\(foreign)/verlauf").status == .forbidden)
            #expect(try await editor.get("/angebote/\(UUID())/bearbeiten").status == .notFound)
            // an area manager of another Quartier cannot put an outdoor offer into Borsigplatz
            var manager = try await EditFixture.browser(app, email: "emil@example.org", firstName: "Emil", role: .areaManager, area: "city")
            let outside = try await manager.post("/angebote/neu", EditFixture.offerFields())
            #expect(outside.status == .unprocessableEntity)
            #expect(outside.text.contains("Dort dürfen Sie keine Angebote anlegen"))
            #expect(try await manager.get("/angebote/\(foreign)/bearbeiten").status == .forbidden)
        }
    }
}
