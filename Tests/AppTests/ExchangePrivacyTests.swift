@testable import App
import Foundation
import GemeinsamCore
import SQLKit
import Testing
import Vapor
import VaporTesting

/// Contact data never appears in any page or API response before acceptance — for every role and for anonymous
/// visitors — and afterwards only for the two sides.
@Suite struct ExchangePrivacyTests {
    static let requesterPhone = "0231 5550199"
    static let authorPhone = "0231 5550111"
    static let visitorPhone = "0231 5550177"

    /// Every page a person might open around the listing and the request.
    static func pages(listing: Int, kioskListing: Int, request: UUID, kioskRequest: UUID) -> [String] {
        let r = request.uuidString.lowercased(), k = kioskRequest.uuidString.lowercased()
        return [
            "/", "/boerse", "/boerse/quartier/borsigplatz", "/boerse/quartier/nordmarkt", "/boerse/\(listing)",
            "/boerse/\(kioskListing)", "/boerse/anfragen/\(r)", "/boerse/anfragen/\(k)", "/kiosk/anfragen/\(k)", "/kiosk",
            "/kiosk/aushang", "/kiosk/orte", "/moderation", "/konto/boerse", "/konto/benachrichtigungen", "/konto/ehrenamt",
            "/quartiere/borsigplatz", "/quartiere/nordmarkt", "/admin/rollen", "/api/v1/listings", "/api/v1/listings?area=06",
            "/api/v1/listings?area=district:2", "/konto/ehrenamt.csv",
        ]
    }

    /// Fails when one of `secrets` appears on one of the pages for this viewer.
    static func expectNothing(_ secrets: [String], for viewer: inout Browser, name: String, pages: [String]) async throws {
        for page in pages {
            let res = try await viewer.get(page)
            for secret in secrets {
                #expect(!res.text.contains(secret), "\(name) sieht „\(secret)“ auf \(page) (HTTP \(res.status.code))")
            }
        }
    }

    @Test func contactDataStaysHiddenForEveryRoleUntilAcceptance() async throws {
        try await withTestApp { app in
            // setup: the author, the requester, one account per role, a kiosk with its team and another kiosk
            var anna = try await ExchangeTest.person(app, "anna@example.org", first: "Anna", initial: "B")
            var ben = try await ExchangeTest.person(app, "ben@example.org", first: "Ben", initial: "K", quartier: "nordmarkt")
            var kira = try await ExchangeTest.person(app, "kira@example.org", first: "Kira", initial: "S")
            let site = try await ExchangeTest.kiosk(app, staff: "kira@example.org")
            var viewers: [(String, Browser)] = [("anonym", Browser(app))]
            viewers.append(("Bewohnerin", try await ExchangeTest.person(app, "cara@example.org", first: "Cara")))
            let roles: [(String, Role, Int?)] = [
                ("other-kiosk@example.org", .kioskStaff, nil),
                ("quartier@example.org", .areaManager, app.geographyStore.snapshot.area(kind: .statisticalDistrict, slug: "borsigplatz")?.id),
                ("koordination@example.org", .coordinator, nil), ("admin@example.org", .admin, nil),
            ]
            for (email, role, area) in roles {
                let browser = try await ExchangeTest.person(app, email, first: "Rolf")
                try await grant(role, to: email, area: area, in: app)
                viewers.append((role.rawValue, browser))
            }
            viewers.append(("Akteur-Redaktion", try await ExchangeTest.person(app, "akteur@example.org", first: "Rolf")))
            try await makeActorEditor("akteur@example.org", in: app)
            _ = try await ExchangeTest.kiosk(app, staff: "other-kiosk@example.org", name: "Anderer Kiosk", quartier: "06")

            // act: a listing, a request with a phone number, a kiosk listing with a request
            let listing = try await ExchangeTest.createListing(&anna)
            let request = try await ExchangeTest.requestContact(&ben, listing: listing, way: "phone", phone: Self.requesterPhone)
            let kioskListing = try await ExchangeTest.intake(&kira, ExchangeTest.intakeFields(site: site, phone: Self.visitorPhone))
            let kioskRequest = try await ExchangeTest.requestContact(&ben, listing: kioskListing, message: "Ich begleite Sie gern.")
            let pages = Self.pages(listing: listing, kioskListing: kioskListing, request: request, kioskRequest: kioskRequest)

            // check before acceptance: nobody sees the other side's data, the kiosk visitor's phone only the kiosk team
            let all = [Self.requesterPhone, "ben@example.org", "anna@example.org", Self.visitorPhone]
            for i in viewers.indices {
                try await Self.expectNothing(all, for: &viewers[i].1, name: viewers[i].0, pages: pages)
            }
            try await Self.expectNothing([Self.requesterPhone, "ben@example.org", Self.visitorPhone], for: &anna, name: "Autorin", pages: pages)
            try await Self.expectNothing(["anna@example.org", Self.visitorPhone], for: &ben, name: "Anfragender", pages: pages)
            try await Self.expectNothing([Self.requesterPhone, "ben@example.org", "anna@example.org"], for: &kira, name: "Kiosk-Team", pages: pages)
            #expect(try await kira.get("/kiosk/anfragen/\(kioskRequest.uuidString.lowercased())").text.contains(Self.visitorPhone))
            let threadBefore = try await anna.get("/boerse/anfragen/\(request.uuidString.lowercased())")
            #expect(threadBefore.text.contains("sobald die Anfrage angenommen ist"))

            // act: accept with a phone number; the kiosk accepts "meet at the kiosk"
            let accepted = try await anna.post("/boerse/anfragen/\(request.uuidString.lowercased())/annehmen",
                                               [("contactWay", "phone"), ("phone", Self.authorPhone)])
            #expect(accepted.status == .seeOther)
            let outcome = try await kira.post("/kiosk/anfragen/\(kioskRequest.uuidString.lowercased())", [("outcome", "acceptKiosk"), ("note", "")])
            #expect(outcome.status == .seeOther)

            // check: both sides see each other's chosen way, nobody else does
            let annaThread = try await anna.get("/boerse/anfragen/\(request.uuidString.lowercased())")
            #expect(annaThread.text.contains(Self.requesterPhone))
            let benThread = try await ben.get("/boerse/anfragen/\(request.uuidString.lowercased())")
            #expect(benThread.text.contains(Self.authorPhone))
            #expect(!benThread.text.contains("anna@example.org"))             // she chose the phone, not the mail
            let benKiosk = try await ben.get("/boerse/anfragen/\(kioskRequest.uuidString.lowercased())")
            #expect(benKiosk.text.contains("0231 1234567"))                    // the kiosk's public phone
            #expect(!benKiosk.text.contains(Self.visitorPhone))
            for i in viewers.indices {
                try await Self.expectNothing(all + [Self.authorPhone], for: &viewers[i].1, name: viewers[i].0 + " (danach)", pages: pages)
            }
            // no contact data in any mail either
            let mails = try await ExchangeTest.sql(app).select().column("body").from("outbox").all()
                .map { try $0.decode(column: "body", as: String.self) }
            #expect(!mails.isEmpty)
            for body in mails { for secret in all + [Self.authorPhone] { #expect(!body.contains(secret)) } }
        }
    }

    @Test func visitorPhoneIsSharedOnlyWhenTheVisitorAgreed() async throws {
        try await withTestApp { app in
            var kira = try await ExchangeTest.person(app, "kira@example.org", first: "Kira")
            let site = try await ExchangeTest.kiosk(app, staff: "kira@example.org")
            var ben = try await ExchangeTest.person(app, "ben@example.org", first: "Ben")
            let listing = try await ExchangeTest.intake(&kira, ExchangeTest.intakeFields(site: site, phone: Self.visitorPhone))
            let request = try await ExchangeTest.requestContact(&ben, listing: listing, way: "phone", phone: Self.requesterPhone)
            let path = "/boerse/anfragen/\(request.uuidString.lowercased())"
            #expect(!(try await ben.get(path)).text.contains(Self.visitorPhone))
            #expect(try await kira.post("/kiosk/anfragen/\(request.uuidString.lowercased())", [("outcome", "acceptPhone")]).status == .seeOther)
            #expect(try await ben.get(path).text.contains(Self.visitorPhone))
            #expect(try await kira.get(path).text.contains(Self.requesterPhone))   // the kiosk passes it on
        }
    }
}
