@testable import App
import Foundation
import GemeinsamCore
import SQLKit
import Testing
import Vapor
import VaporTesting

/// Fixtures of the Akteursnetz: actors written directly, fields of a valid form.
enum ActorFixture {
    static func sql(_ app: Application) -> any SQLDatabase { app.sql }

    @discardableResult
    static func actor(_ app: Application, name: String, status: ActorStatus = .approved, editor: UUID? = nil,
                      topics: [ActorTopic] = [.neighbourhood, .loneliness], in slug: String = "borsigplatz") async throws -> UUID {
        let area = try EditFixture.quartier(app, slug)
        let p = area.shape.representativePoint
        let profile = ActorProfile(
            name: name, legalForm: .association, topics: ActorProfile.keys(topics), audiences: ActorProfile.keys([Audience.everyone]),
            hasFixedPlace: true, street: "Oesterholzstraße 1", postalCode: "44145", lat: p.lat, lon: p.lon, areaID: area.id,
            contactEmail: "kontakt@example.org", contactPhone: "", website: "", description: "Ein Verein.", foundedYear: 2010,
            sizeRange: .small)
        return try await ActorWriter.insert(ActorRow(profile: profile, status: status, submittedBy: editor), workAreaIDs: [area.id],
                                            now: app.clock.now, on: sql(app))
    }

    /// A cooperation both sides have confirmed.
    static func confirmedTie(_ app: Application, _ source: UUID, _ target: UUID) async throws {
        let tie = ActorTieRow(sourceActorID: source, targetActorID: target, kind: .cooperation, status: .confirmed)
        _ = try await ActorWriter.proposeTie(tie, now: app.clock.now, on: sql(app))
    }

    static func status(_ app: Application, _ id: UUID) async throws -> String? {
        try await sql(app).select().column("status").from("actors").where("id", .equal, id).first()?.decode(column: "status", as: String.self)
    }

    static func fields(name: String = "Nachbarschaftsverein Borsigplatz") -> [(String, String)] {
        [("name", name), ("legalForm", "ev"), ("description", "Wir treffen uns jeden Dienstag."), ("foundedYear", "2015"),
         ("size", "6-20"), ("topics", "nachbarschaft"), ("topics", "einsamkeit"), ("audiences", "alle"), ("place", "fest"),
         ("street", "Oesterholzstraße 12"), ("postalCode", "44145"), ("workAreas", "borsigplatz"),
         ("contactEmail", "verein@example.org")]
    }
}

@Suite(.serialized) struct ActorDirectoryTests {
    @Test func anonymousVisitorsSeeOnlyApprovedActorsAndCannotWrite() async throws {
        try await withTestApp { app in
            // setup
            let approved = try await ActorFixture.actor(app, name: "Offener Treff Nord")
            let submitted = try await ActorFixture.actor(app, name: "Geheimer Entwurf", status: .submitted)
            var browser = Browser(app)
            // act
            let list = try await browser.get("/akteure")
            // check
            #expect(list.status == .ok)
            #expect(list.text.contains("Offener Treff Nord"))
            #expect(!list.text.contains("Geheimer Entwurf"))
            #expect(try await browser.get("/akteure/\(approved)").status == .ok)
            #expect(try await browser.get("/akteure/\(submitted)").status == .notFound)
            #expect(try await browser.get("/akteure/kein-uuid").status == .notFound)
            for path in ["/akteure/neu", "/akteure/meine", "/akteure/pruefen", "/netzwerk", "/akteure/\(approved)/bearbeiten",
                         "/akteure/\(approved)/kooperationen", "/akteure/\(approved)/redaktion"] {
                let res = try await browser.get(path)
                #expect(res.status == .seeOther, "\(path)")
                #expect(res.headers.first(name: .location) == "/konto/anmelden", "\(path)")
            }
            for path in ["/akteure/neu", "/akteure/\(approved)/bearbeiten", "/akteure/\(approved)/entscheidung",
                         "/akteure/\(approved)/kooperationen", "/akteure/\(approved)/redaktion"] {
                #expect(try await browser.post(path, ActorFixture.fields()).status == .unauthorized, "\(path)")
            }
            #expect(try await browser.get("/netzwerk/csv/akteure").status == .unauthorized)
            #expect(try await EditFixture.count(app, "actors") == 2)
        }
    }

    @Test func filtersNarrowTheListAndUnknownValuesAreReported() async throws {
        try await withTestApp { app in
            try await ActorFixture.actor(app, name: "Repair-Café Borsigplatz", topics: [.making])
            try await ActorFixture.actor(app, name: "Seniorentreff Hörde", topics: [.seniors], in: "hoerde")
            var browser = Browser(app)
            let making = try await browser.get("/akteure?thema=making")
            #expect(making.text.contains("Repair-Café Borsigplatz") && !making.text.contains("Seniorentreff Hörde"))
            let area = try await browser.get("/akteure?gebiet=hoerde")
            #expect(area.text.contains("Seniorentreff Hörde") && !area.text.contains("Repair-Café Borsigplatz"))
            let district = try await browser.get("/akteure?gebiet=innenstadt-nord")
            #expect(district.text.contains("Repair-Café Borsigplatz") && !district.text.contains("Seniorentreff Hörde"))
            // the name search folds case and umlauts
            let search = try await browser.get("/akteure?q=hoerde")
            #expect(search.text.contains("Seniorentreff Hörde") && !search.text.contains("Repair-Café"))
            let bad = try await browser.get("/akteure?thema=%3Cscript%3E")
            #expect(bad.status == .badRequest)
            #expect(bad.text.contains("Thema") && !bad.text.contains("<script>"))
        }
    }

    @Test func csvAndGeoJSONExportTheApprovedActors() async throws {
        try await withTestApp { app in
            try await ActorFixture.actor(app, name: "=HYPERLINK(\"http://böse.example\")")
            try await ActorFixture.actor(app, name: "Treff; mit \"Zeichen\"")
            try await ActorFixture.actor(app, name: "Noch nicht frei", status: .submitted)
            var browser = Browser(app)
            let csv = try await browser.get("/akteure.csv")
            #expect(csv.status == .ok)
            #expect(csv.headers.contentType?.description.hasPrefix("text/csv") == true)
            let text = csv.text
            #expect(text.hasPrefix("\u{FEFF}Name;Rechtsform;"))
            #expect(text.contains("'=HYPERLINK"))          // spreadsheet formula neutralised
            #expect(text.contains("\"Treff; mit \"\"Zeichen\"\"\""))
            #expect(!text.contains("Noch nicht frei"))
            let geo = try await browser.get("/akteure.geojson")
            #expect(geo.headers.first(name: .contentType) == "application/geo+json")
            let json = try #require(try JSONSerialization.jsonObject(with: Data(geo.text.utf8)) as? [String: Any])
            let features = try #require(json["features"] as? [[String: Any]])
            #expect(features.count == 2)
            let coordinates = try #require((features.first?["geometry"] as? [String: Any])?["coordinates"] as? [Double])
            #expect(coordinates.count == 2 && (7...8).contains(coordinates[0]) && (51...52).contains(coordinates[1]))
        }
    }

    @Test func apiListsDetailsAndRejectsBadParameters() async throws {
        try await withTestApp { app in
            let partner = try await ActorFixture.actor(app, name: "Partner e. V.")
            let actor = try await ActorFixture.actor(app, name: "Hauptverein", topics: [.making])
            try await ActorFixture.confirmedTie(app, actor, partner)
            let hidden = try await ActorFixture.actor(app, name: "Entwurf", status: .submitted)
            var browser = Browser(app)
            let list = try await browser.get("/api/v1/actors?topic=making")
            let listJSON = try #require(try JSONSerialization.jsonObject(with: Data(list.text.utf8)) as? [String: Any])
            #expect(listJSON["count"] as? Int == 1)
            let detail = try await browser.get("/api/v1/actors/\(actor)")
            let detailJSON = try #require(try JSONSerialization.jsonObject(with: Data(detail.text.utf8)) as? [String: Any])
            let cooperations = try #require(detailJSON["cooperations"] as? [[String: Any]])
            #expect(cooperations.first?["partnerName"] as? String == "Partner e. V.")
            for path in ["/api/v1/actors/\(hidden)", "/api/v1/actors/nicht-da"] {
                let res = try await browser.get(path)
                #expect(res.status == .notFound, "\(path)")
                #expect(res.headers.first(name: .contentType)?.hasPrefix("application/problem+json") == true)
            }
            for path in ["/api/v1/actors?topic=xyz", "/api/v1/actors?area=district:99", "/api/v1/actors.geojson?legalForm=gmbh"] {
                let res = try await browser.get(path)
                #expect(res.status == .badRequest, "\(path)")
                #expect(res.headers.first(name: .contentType)?.hasPrefix("application/problem+json") == true)
            }
            let geo = try await browser.get("/api/v1/actors.geojson")
            #expect(geo.status == .ok && geo.headers.first(name: .contentType) == "application/geo+json")
        }
    }
}

@Suite(.serialized) struct ActorRegistrationTests {
    @Test func residentSubmitsCoordinatorApprovesAndTheEditorGetsTheRole() async throws {
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
            let roles = try await ActorFixture.sql(app).select().column("role").from("user_roles").where("user_id", .equal, annaID).all()
            #expect(try roles.map { try $0.decode(column: "role", as: String.self) }.contains(Role.actorEditor.rawValue))
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
            let ben = try await EditFixture.browser(app, email: "ben@example.org", firstName: "Ben", role: .actorEditor)
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

@Suite(.serialized) struct ActorTieTests {
    @Test func proposeConfirmAndWhoMayNot() async throws {
        try await withTestApp { app in
            // setup
            var anna = try await EditFixture.browser(app, email: "anna@example.org")
            var ben = try await EditFixture.browser(app, email: "ben@example.org", firstName: "Ben")
            let a = try await ActorFixture.actor(app, name: "Verein A", editor: try await EditFixture.userID(app, "anna@example.org"))
            let b = try await ActorFixture.actor(app, name: "Verein B", editor: try await EditFixture.userID(app, "ben@example.org"))
            let draft = try await ActorFixture.actor(app, name: "Entwurf C", status: .submitted)
            // bad proposals
            #expect(try await anna.post("/akteure/\(a)/kooperationen", [("partner", a.uuidString), ("kind", "kooperation")]).status
                    == .unprocessableEntity)
            #expect(try await anna.post("/akteure/\(a)/kooperationen", [("partner", draft.uuidString), ("kind", "kooperation")]).status
                    == .unprocessableEntity)
            #expect(try await anna.post("/akteure/\(a)/kooperationen", [("partner", b.uuidString), ("kind", "freundschaft")]).status
                    == .unprocessableEntity)
            #expect(try await ben.post("/akteure/\(a)/kooperationen", [("partner", b.uuidString), ("kind", "kooperation")]).status
                    == .forbidden)
            // act: propose
            let proposed = try await anna.post("/akteure/\(a)/kooperationen", [("partner", b.uuidString), ("kind", "kooperation"),
                                                                               ("note", "Sommerfest")])
            #expect(proposed.status == .seeOther)
            let again = try await anna.post("/akteure/\(a)/kooperationen", [("partner", b.uuidString), ("kind", "kooperation")])
            #expect(again.status == .conflict)
            let ties = try await TieQueries.proposedTies(of: a, on: ActorFixture.sql(app))
            let tie = try #require(ties.first)
            #expect(tie.status == .proposed)
            #expect(try await TieQueries.networkTies(on: ActorFixture.sql(app)).isEmpty)   // not yet
            #expect(try await ben.get("/akteure/\(b)/kooperationen").text.contains("Verein A nennt Sie als Partner"))
            // the proposer may not confirm
            #expect(try await anna.post("/kooperationen/\(tie.id!)/entscheidung", [("decision", "bestaetigen")]).status == .forbidden)
            // act: confirm
            let confirmed = try await ben.post("/kooperationen/\(tie.id!)/entscheidung", [("decision", "bestaetigen"), ("actor", b.uuidString)])
            #expect(confirmed.status == .seeOther)
            let network = try await TieQueries.networkTies(on: ActorFixture.sql(app))
            #expect(network.count == 1 && network[0].kind == .cooperation)
            var visitor = Browser(app)
            #expect(try await visitor.get("/akteure/\(a)").text.contains("Verein B"))
            // a stranger may not end it
            var carla = try await EditFixture.browser(app, email: "carla@example.org", firstName: "Carla")
            #expect(try await carla.post("/kooperationen/\(tie.id!)/entscheidung", [("decision", "beenden")]).status == .forbidden)
            // either side may end it
            #expect(try await anna.post("/kooperationen/\(tie.id!)/entscheidung", [("decision", "beenden")]).status == .seeOther)
            #expect(try await TieQueries.networkTies(on: ActorFixture.sql(app)).isEmpty)
        }
    }

    @Test func tiesAreDerivedFromOffersAtPartnersPlacesAndRoomBookings() async throws {
        try await withTestApp { app in
            let sql = ActorFixture.sql(app)
            let host = try await ActorFixture.actor(app, name: "Gastgeber")
            let guest = try await ActorFixture.actor(app, name: "Gast")
            let place = try await EditFixture.place(app)
            try await sql.update("places").set("owner_actor_id", to: host).where("id", .equal, place).run()
            let offer = try await EditFixture.offer(app, place: place)
            try await sql.update("offers").set("organiser_actor_id", to: guest).where("id", .equal, offer).run()
            let ties = try await TieQueries.networkTies(on: sql)
            #expect(ties.count == 1)
            #expect(ties.first?.kind == .jointOffer && ties.first?.note == "Spielenachmittag")
            let model = try await NetworkModel.load(on: sql, geography: app.geographyStore.snapshot)
            #expect(model.analysis.graph.edgeCount == 1 && model.analysis.components.count == 1)
            // an unapproved actor does not count
            try await sql.update("actors").set("status", to: "rejected").where("id", .equal, guest).run()
            #expect(try await TieQueries.networkTies(on: sql).isEmpty)
        }
    }
}

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
                .where("kind", .equal, "akteur-einladung").first())
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

@Suite(.serialized) struct NetworkPageTests {
    @Test func coordinatorsSeeTheNetworkWithTablesAndCSV() async throws {
        try await withTestApp { app in
            // setup: a triangle, a separate pair and an isolated actor
            let a = try await ActorFixture.actor(app, name: "Alpha")
            let b = try await ActorFixture.actor(app, name: "Beta")
            let c = try await ActorFixture.actor(app, name: "Gamma", in: "nordmarkt")
            let d = try await ActorFixture.actor(app, name: "Delta", in: "hoerde")
            let e = try await ActorFixture.actor(app, name: "Epsilon", in: "hoerde")
            try await ActorFixture.actor(app, name: "Zeta", in: "hoerde")
            for (x, y) in [(a, b), (b, c), (a, c), (d, e)] {
                try await ActorFixture.confirmedTie(app, x, y)
            }
            var coordinator = try await EditFixture.browser(app, email: "k@example.org", firstName: "Kim", role: .coordinator)
            // act
            let page = try await coordinator.get("/netzwerk")
            // check
            #expect(page.status == .ok)
            #expect(page.text.contains("<svg class=\"network-map\""))
            #expect(page.text.contains("3 Gruppen, die nicht miteinander verbunden sind"))
            #expect(page.text.contains("<caption>"))
            let groups = try await coordinator.get("/netzwerk/csv/gruppen")
            #expect(groups.text.hasPrefix("\u{FEFF}Gruppe;Akteure;Mitglieder"))
            #expect(groups.text.contains("1;3;Alpha, Beta, Gamma"))
            let actors = try await coordinator.get("/netzwerk/csv/akteure")
            // Beta in a triangle: degree 2, betweenness 0, closeness (5 other actors, 2 reachable) = 2/5 * 2/2 = 0.4
            #expect(actors.text.contains("Beta;\(b.uuidString.lowercased());1;"))
            #expect(actors.text.contains(";2;2;0;0,4;1;nein"))
            #expect(try await coordinator.get("/netzwerk/csv/unbekannt").status == .notFound)
            var resident = try await EditFixture.browser(app, email: "r@example.org", firstName: "Rita")
            #expect(try await resident.get("/netzwerk").status == .forbidden)
            #expect(try await resident.get("/netzwerk/csv/akteure").status == .forbidden)
        }
    }

    @Test func sampleContentBuildsANetworkWithTwoSeparateParts() async throws {
        try await withTestApp { app in
            _ = try await SampleContent.seed(app)
            let model = try await NetworkModel.load(on: ActorFixture.sql(app), geography: app.geographyStore.snapshot)
            #expect(model.analysis.graph.nodeCount > 30)
            #expect(model.analysis.components.count >= 2)
            #expect(!model.brokers.isEmpty && !model.hotspots.isEmpty && !model.introductions.isEmpty)
            // seeding twice adds nothing
            let before = try await EditFixture.count(app, "actors")
            _ = try await SampleContent.seed(app)
            #expect(try await EditFixture.count(app, "actors") == before)
        }
    }
}

@Suite(.serialized) struct ActorLinkTests {
    @Test func placesOffersAndBookingsNameTheirActorAndTiesFollow() async throws {
        try await withTestApp { app in
            // setup: Anna edits actor A, Ben edits actor B (both approved, both with the editing role)
            var anna = try await EditFixture.browser(app, email: "anna@example.org", role: .actorEditor)
            var ben = try await EditFixture.browser(app, email: "ben@example.org", firstName: "Ben", role: .actorEditor)
            var coordinator = try await EditFixture.browser(app, email: "k@example.org", firstName: "Kim", role: .coordinator)
            let a = try await ActorFixture.actor(app, name: "Verein A", editor: try await EditFixture.userID(app, "anna@example.org"))
            let b = try await ActorFixture.actor(app, name: "Verein B", editor: try await EditFixture.userID(app, "ben@example.org"))
            let sql = ActorFixture.sql(app)
            // Ben may not name Anna's actor for his place
            let wrong = try await ben.post("/orte/neu", try EditFixture.placeFields(app) + [("ownerActor", a.uuidString)])
            #expect(wrong.status == .unprocessableEntity && wrong.text.contains("Diesen Akteur können Sie hier nicht wählen"))
            // act: Ben's place is run by B
            let form = try await ben.get("/orte/neu")
            #expect(form.text.contains("Betrieben von (Akteur im Verzeichnis)") && form.text.contains("Verein B")
                    && !form.text.contains("Verein A"))
            let created = try await ben.post("/orte/neu", try EditFixture.placeFields(app) + [("ownerActor", b.uuidString)])
            #expect(created.status == .seeOther)
            let place = try EditFixture.redirectID(created)
            #expect(try await sql.select().column("owner_actor_id").from("places").where("id", .equal, place).first()?
                .decode(column: "owner_actor_id", as: UUID?.self) == b)
            let room = try await EditFixture.room(app, place: place)
            // Anna requests the room for A; Ben confirms: a "Raumnutzung" tie
            let day = FormInput.dateText(EditFixture.today().adding(days: 10)!)
            #expect(try await anna.post("/raeume/\(room)/anfragen", [("date", day), ("startTime", "10:00"), ("endTime", "12:00"),
                                                                     ("purpose", "Vereinstreffen"), ("actor", b.uuidString)]).status
                    == .unprocessableEntity)
            #expect(try await anna.post("/raeume/\(room)/anfragen", [("date", day), ("startTime", "10:00"), ("endTime", "12:00"),
                                                                     ("purpose", "Vereinstreffen"), ("actor", a.uuidString)]).status
                    == .seeOther)
            let booking = try #require(try await sql.select().columns("id", "requester_actor_id").from("room_bookings").first())
            #expect(try booking.decode(column: "requester_actor_id", as: UUID?.self) == a)
            #expect(try await ben.post("/buchungen/\(try booking.decode(column: "id", as: UUID.self))/entscheidung",
                                       [("action", "confirm")]).status == .seeOther)
            var ties = try await TieQueries.networkTies(on: sql)
            #expect(ties.count == 1 && ties[0].kind == .roomUse && ties[0].sourceID == a && ties[0].targetID == b)
            // the coordinator enters A's offer at B's place: a "gemeinsames Angebot" tie
            let offer = try await coordinator.post("/angebote/neu", EditFixture.offerFields(title: "Nähcafé", place: place)
                                                   + [("organiserActor", a.uuidString)])
            #expect(offer.status == .seeOther)
            ties = try await TieQueries.networkTies(on: sql)
            #expect(ties.contains { $0.kind == .jointOffer && $0.note == "Nähcafé" })
            // the actor page lists the place, the room and the offer
            var visitor = Browser(app)
            let pageB = try await visitor.get("/akteure/\(b)")
            #expect(pageB.text.contains("Quartierstreff Borsigplatz") && pageB.text.contains("Gruppenraum"))
            let pageA = try await visitor.get("/akteure/\(a)")
            #expect(pageA.text.contains("Nähcafé") && pageA.text.contains("Raumnutzung"))
        }
    }
}
