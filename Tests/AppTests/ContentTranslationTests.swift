@testable import App
import Foundation
import GemeinsamCore
import SQLKit
import Testing
import Vapor
import VaporTesting

@Suite("Inhalte in mehreren Sprachen: Originalsprache, Übersetzungen, Anzeige")
struct ContentTranslationTests {
    static let turkishTitle = "Oyun öğleden sonrası"

    @Test func editorsTranslateAnOfferAndReadersSeeTheirVersion() async throws {
        try await withTestApp { app in
            // setup
            let offer = try await EditFixture.offer(app, place: nil)
            let id = ContentLanguage.id(offer)
            var coordinator = Browser(app)
            try await MonitorFixture.login(&coordinator, as: .coordinator, email: "koordination@example.org")
            // act
            let form = try await coordinator.get("/angebote/\(id)/uebersetzungen")
            let saved = try await coordinator.post("/angebote/\(id)/uebersetzungen", [
                ("aktion", "speichern"), ("sprache", "tr"), ("titel", Self.turkishTitle), ("beschreibung", "Okey ve iskambil."),
            ])
            // check
            #expect(form.status == .ok)
            #expect(form.text.contains("Noch keine Übersetzungen"))
            #expect(saved.status == .seeOther)
            #expect(saved.headers.first(name: .location) == "/angebote/\(id)/uebersetzungen?hinweis=gespeichert")
            var reader = Browser(app)
            let turkish = try await reader.get("/tr/angebote/\(id)")
            #expect(turkish.text.contains(Self.turkishTitle))
            #expect(turkish.text.contains("Okey ve iskambil."))
            let german = try await reader.get("/angebote/\(id)")
            #expect(german.text.contains("Spielenachmittag") && !german.text.contains(Self.turkishTitle))
            // Arabic readers see the German original, marked as German
            let arabic = try await reader.get("/ar/angebote/\(id)")
            #expect(arabic.text.contains("<span lang=\"de\" dir=\"ltr\">Spielenachmittag</span>"))
            // the Quartier's offer list in Turkish, too
            let list = try await reader.get("/tr/quartiere/borsigplatz/angebote")
            #expect(list.text.contains(Self.turkishTitle))
            // the page lists it, and deleting removes it
            #expect(try await coordinator.get("/angebote/\(id)/uebersetzungen").text.contains(Self.turkishTitle))
            let deleted = try await coordinator.post("/angebote/\(id)/uebersetzungen", [("aktion", "loeschen"), ("sprache", "tr")])
            #expect(deleted.status == .seeOther)
            #expect(try await reader.get("/tr/angebote/\(id)").text.contains(Self.turkishTitle) == false)
        }
    }

    @Test func theOriginalLanguageIsMarkedForReadersOfOtherLanguages() async throws {
        try await withTestApp { app in
            // setup: an offer written in Turkish
            let offer = try await EditFixture.offer(app, title: "Çay saati", place: nil)
            let id = ContentLanguage.id(offer)
            var coordinator = Browser(app)
            try await MonitorFixture.login(&coordinator, as: .coordinator, email: "koordination@example.org")
            // act
            let saved = try await coordinator.post("/angebote/\(id)/uebersetzungen", [("aktion", "original"), ("original", "tr")])
            // check: German readers get the title marked as Turkish, Turkish readers unmarked
            #expect(saved.status == .seeOther)
            var reader = Browser(app)
            let german = try await reader.get("/angebote/\(id)")
            #expect(german.text.contains("<span lang=\"tr\" dir=\"ltr\">Çay saati</span>"))
            #expect(german.text.contains("<title>Çay saati"))
            let turkish = try await reader.get("/tr/angebote/\(id)")
            #expect(turkish.text.contains("Çay saati") && !turkish.text.contains("<span lang=\"tr\" dir=\"ltr\">Çay"))
            // a translation into the original language is refused, next to the field
            let same = try await coordinator.post("/angebote/\(id)/uebersetzungen", [
                ("aktion", "speichern"), ("sprache", "tr"), ("titel", "x"),
            ])
            #expect(same.status == .unprocessableEntity)
            #expect(same.text.contains("id=\"sprache-error\""))
        }
    }

    @Test func badInputGetsAClearMessageAndNothingIsStored() async throws {
        try await withTestApp { app in
            // setup
            let offer = try await EditFixture.offer(app, place: nil)
            let path = "/angebote/\(ContentLanguage.id(offer))/uebersetzungen"
            var coordinator = Browser(app)
            try await MonitorFixture.login(&coordinator, as: .coordinator, email: "koordination@example.org")
            // act + check
            let noTitle = try await coordinator.post(path, [("aktion", "speichern"), ("sprache", "en"), ("titel", " ")])
            #expect(noTitle.status == .unprocessableEntity)
            #expect(noTitle.text.contains("id=\"titel-error\""))
            let tooLong = try await coordinator.post(path, [("aktion", "speichern"), ("sprache", "en"),
                                                           ("titel", String(repeating: "a", count: 201))])
            #expect(tooLong.status == .unprocessableEntity)
            #expect(tooLong.text.contains("höchstens 200 Zeichen"))
            let unknown = try await coordinator.post(path, [("aktion", "speichern"), ("sprache", "xx"), ("titel", "Games")])
            #expect(unknown.status == .unprocessableEntity)
            #expect(unknown.text.contains("id=\"sprache-error\""))
            let control = try await coordinator.post(path, [("aktion", "speichern"), ("sprache", "en"), ("titel", "a\u{0007}b")])
            #expect(control.status == .unprocessableEntity)
            #expect(try await coordinator.post(path, [("aktion", "irgendwas")]).status == .badRequest)
            #expect(try await coordinator.post(path, [("aktion", "loeschen"), ("sprache", "en")]).status == .badRequest)
            #expect(try await ExchangeTest.count(app, "content_languages") == 0)
            #expect(try await coordinator.get("/angebote/\(UUID().uuidString.lowercased())/uebersetzungen").status == .notFound)
        }
    }

    @Test func onlyEditorsMayTranslate() async throws {
        try await withTestApp { app in
            // setup
            let offer = try await EditFixture.offer(app, place: nil)
            let place = try await EditFixture.place(app)
            let actor = try await ActorFixture.actor(app, name: "Verein")
            var resident = try await ExchangeTest.person(app, "anna@example.org", first: "Anna")
            // check: visitors are sent to the login, residents without rights get 403
            for path in ["/angebote/\(ContentLanguage.id(offer))/uebersetzungen", "/orte/\(ContentLanguage.id(place))/uebersetzungen",
                         "/akteure/\(ContentLanguage.id(actor))/uebersetzungen"] {
                var anonymous = Browser(app)
                let visitor = try await anonymous.get(path)
                #expect(visitor.status == .seeOther || visitor.status == .found, "\(path)")
                #expect(try await resident.get(path).status == .forbidden, "\(path)")
                #expect(try await resident.post(path, [("aktion", "original"), ("original", "tr")]).status == .forbidden, "\(path)")
            }
            #expect(try await ExchangeTest.count(app, "content_languages") == 0)
        }
    }

    @Test func listingAuthorsTranslateAndTheTranslationLeavesWithTheAccount() async throws {
        try await withTestApp { app in
            // setup
            var author = try await ExchangeTest.person(app, "olena@example.org", first: "Olena")
            let listing = try await ExchangeTest.createListing(&author)
            var other = try await ExchangeTest.person(app, "bernd@example.org", first: "Bernd")
            // act
            let saved = try await author.post("/boerse/\(listing)/uebersetzungen", [
                ("aktion", "speichern"), ("sprache", "uk"), ("titel", "Допомога з покупками"), ("beschreibung", "Мені потрібна допомога."),
            ])
            // check
            #expect(saved.status == .seeOther)
            #expect(try await other.get("/boerse/\(listing)/uebersetzungen").status == .forbidden)
            #expect(try await other.get("/uk/boerse/\(listing)").text.contains("Допомога з покупками"))
            #expect(try await other.get("/uk/boerse/quartier/borsigplatz").text.contains("Допомога з покупками"))
            let export = try await author.get("/konto/daten.json")
            #expect(export.text.contains("Допомога з покупками"))
            // deleting the account deletes the translation too
            let userID = try await EditFixture.userID(app, "olena@example.org")
            try await ExchangeAccountData.delete(userID: userID, on: app.sql)
            #expect(try await ExchangeTest.count(app, "content_languages") == 0)
        }
    }

    @Test func actorEditorsTranslateTheProfileAndTheDirectoryShowsIt() async throws {
        try await withTestApp { app in
            // setup
            let actor = try await ActorFixture.actor(app, name: "Nachbarschaftsverein Borsigplatz")
            var coordinator = Browser(app)
            try await MonitorFixture.login(&coordinator, as: .coordinator, email: "koordination@example.org")
            // act
            let saved = try await coordinator.post("/akteure/\(ContentLanguage.id(actor))/uebersetzungen", [
                ("aktion", "speichern"), ("sprache", "en"), ("titel", "Borsigplatz Neighbourhood Association"),
                ("beschreibung", "An association."),
            ])
            // check
            #expect(saved.status == .seeOther)
            var reader = Browser(app)
            #expect(try await reader.get("/en/akteure/\(ContentLanguage.id(actor))").text.contains("An association."))
            #expect(try await reader.get("/en/akteure").text.contains("Borsigplatz Neighbourhood Association"))
            #expect(try await reader.get("/akteure").text.contains("Borsigplatz Neighbourhood Association") == false)
        }
    }

    @Test func readersOfALanguageSeeOffersInItFirst() async throws {
        try await withTestApp { app in
            // setup: two offers on the same day, the later one held in Turkish
            let early = try makeSchedule(minute: 10)
            let late = try makeSchedule(minute: 30)
            try await makeOffer(app, title: "Frühstück", schedule: early)
            let sql = app.sql
            let (turkishOffer, _) = try await makeOffer(app, title: "Akşam sohbeti", schedule: late)
            try await sql.update("offers").set("languages", to: KeyList.encode(["tr"])).where("id", .equal, turkishOffer).run()
            try await sql.update("offers").set("languages", to: KeyList.encode(["de"])).where("title", .equal, "Frühstück").run()
            var reader = Browser(app)
            // act
            let turkish = try await reader.get("/tr/quartiere/borsigplatz/angebote")
            let german = try await reader.get("/quartiere/borsigplatz/angebote")
            // check: Turkish readers get the Turkish offer first and a way to see only those; German readers by date
            let t = turkish.text
            #expect(try #require(t.range(of: "Akşam sohbeti")).lowerBound < (try #require(t.range(of: "Frühstück")).lowerBound))
            #expect(t.contains("sprache=tr"))
            let g = german.text
            #expect(try #require(g.range(of: "Frühstück")).lowerBound < (try #require(g.range(of: "Akşam sohbeti")).lowerBound))
        }
    }

    /// Every day at 23:`minute` for ten minutes (late, so that today's date is still to come).
    func makeSchedule(minute: Int) throws -> Schedule {
        let today = EuropeBerlinTime.localDateTime(at: Date())!.date
        return try .weekly(on: Set(CalendarWeekday.allCases), from: CalendarTime(hour: 23, minute: minute),
                           to: CalendarTime(hour: 23, minute: minute + 10), firstDate: today)
    }
}
