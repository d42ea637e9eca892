@testable import App
import Foundation
import SQLKit
import Testing
import Vapor
import VaporTesting

@Suite struct AccountTests {
    @Test func registerLogsInAndShowsAccount() async throws {
        try await withTestApp { app in
            // setup
            var browser = Browser(app)
            // act
            try await browser.register()
            let account = try await browser.get("/konto")
            // check
            #expect(account.status == .ok)
            #expect(account.text.contains("Anna B."))
            #expect(account.text.contains("href=\"/quartiere/borsigplatz\""))
            #expect(browser.cookies["gemeinsam_session"] != nil)
            let row = try #require(try await app.sql.select().columns("password_hash", "email")
                .from("users").first())
            let hash = try row.decode(column: "password_hash", as: String.self)
            #expect(hash.hasPrefix("$2"))                      // bcrypt, never the password itself
            #expect(try row.decode(column: "email", as: String.self) == "anna@example.org")
        }
    }

    @Test func sessionCookieIsHttpOnlyAndLax() async throws {
        try await withTestApp { app in
            var browser = Browser(app)
            try await browser.register(email: "c@example.org", firstName: "Cem")
            try await browser.post("/konto/abmelden", [])
            let response = try await browser.post("/konto/anmelden", [("email", "c@example.org"), ("password", Browser.password)])
            let cookies = response.headers[.setCookie].filter { $0.hasPrefix("gemeinsam_session=") }
            #expect(cookies.count == 1)
            #expect(cookies.allSatisfy { $0.contains("HttpOnly") && $0.contains("SameSite=Lax") && !$0.contains("Secure") })
        }
    }

    static let badRegistrations: [(fields: [(String, String)], field: String, message: String)] = [
        ([("email", "kein-at-zeichen"), ("password", Browser.password), ("firstName", "Anna"), ("homeArea", "city")],
         "email", "gültige E-Mail-Adresse"),
        ([("email", "a@example.org"), ("password", "kurz"), ("firstName", "Anna"), ("homeArea", "city")],
         "password", "mindestens 10 Zeichen"),
        ([("email", "a@example.org"), ("password", "passwort123"), ("firstName", "Anna"), ("homeArea", "city")],
         "password", "zu bekannt"),
        ([("email", "a@example.org"), ("password", "1234567890"), ("firstName", "Anna"), ("homeArea", "city")],
         "password", "zu bekannt"),
        ([("email", "a@example.org"), ("password", Browser.password), ("firstName", ""), ("homeArea", "city")],
         "firstName", "Bitte geben Sie Ihren Vornamen ein"),
        ([("email", "a@example.org"), ("password", Browser.password), ("firstName", "<b>Anna</b>"), ("homeArea", "city")],
         "firstName", "nur Ihren Vornamen"),
        ([("email", "a@example.org"), ("password", Browser.password), ("firstName", "An\u{0000}na"), ("homeArea", "city")],
         "firstName", "Steuerzeichen"),
        ([("email", "a@example.org"), ("password", Browser.password), ("firstName", String(repeating: "x", count: 100_000)), ("homeArea", "city")],
         "firstName", "zu lang"),
        ([("email", "a@example.org"), ("password", Browser.password), ("firstName", "Anna"), ("initial", "Bx"), ("homeArea", "city")],
         "initial", "nur einen Buchstaben"),
        ([("email", "a@example.org"), ("password", Browser.password), ("firstName", "Anna"), ("homeArea", "atlantis")],
         "homeArea", "Quartier aus der Liste"),
    ]

    @Test(arguments: 0..<10)
    func badRegistrationShowsTheErrorNextToTheField(index: Int) async throws {
        let (fields, field, message) = Self.badRegistrations[index]
        try await withTestApp { app in
            var browser = Browser(app)
            let response = try await browser.post("/konto/registrieren", fields)
            #expect(response.status == .unprocessableEntity)
            #expect(response.text.contains("id=\"\(field)-error\""))
            #expect(response.text.contains(message))
            #expect(response.text.contains("role=\"alert\""))
            #expect(response.text.contains("aria-describedby=\"") && response.text.contains("\(field)-error\""))
            #expect(!response.text.contains("<b>Anna"))   // markup comes back escaped
            let count = try await app.sql.select().column(SQLFunction("COUNT", args: SQLLiteral.all), as: "n")
                .from("users").first()?.decode(column: "n", as: Int.self)
            #expect(count == 0)
        }
    }

    @Test func duplicateRegistrationLooksLikeANewOneAndTellsTheOwner() async throws {
        try await withTestApp { app in
            // setup
            var first = Browser(app)
            try await first.register()
            var second = Browser(app)
            var third = Browser(app)
            // act
            let duplicate = try await second.post("/konto/registrieren", [
                ("email", "ANNA@example.org"), ("password", Browser.password), ("firstName", "Anna"), ("homeArea", "city"),
            ])
            let fresh = try await third.post("/konto/registrieren", [
                ("email", "neu@example.org"), ("password", Browser.password), ("firstName", "Nora"), ("homeArea", "city"),
            ])
            // check: the same answer, so nobody learns which addresses have an account
            #expect(duplicate.status == .seeOther && fresh.status == .seeOther)
            #expect(duplicate.headers.first(name: .location) == fresh.headers.first(name: .location))
            #expect(second.cookies["gemeinsam_session"] == nil && third.cookies["gemeinsam_session"] == nil)
            let page = try await second.get(try #require(duplicate.headers.first(name: .location)))
            #expect(!page.text.contains("schon ein Konto") && !page.text.contains("anna@example.org"))
            #expect(try await first.mailedLink(to: "anna@example.org", kind: "account.existing") != nil)
            #expect(try await ExchangeTest.count(app, "users") == 2)
        }
    }

    @Test func formsWithoutOrWithWrongTokenAreRejected() async throws {
        try await withTestApp { app in
            var browser = Browser(app)
            let fields = [("email", "a@example.org"), ("password", Browser.password), ("firstName", "A"), ("homeArea", "city")]
            let missing = try await browser.post("/konto/registrieren", fields, csrf: .some(nil))
            #expect(missing.status == .forbidden)
            #expect(missing.text.contains("Formular abgelaufen"))
            let wrong = try await browser.post("/konto/registrieren", fields, csrf: "A" + String(repeating: "b", count: 42))
            #expect(wrong.status == .forbidden)
            // a token without the cookie (another site's form) fails too
            let token = browser.csrfToken!
            browser.cookies[CSRFMiddleware.cookieName] = nil
            var headers = HTTPHeaders()
            headers.contentType = .urlEncodedForm
            try await app.testing().test(.POST, "/konto/anmelden", headers: headers,
                                         body: ByteBuffer(string: "email=a%40example.org&password=x&_csrf=\(token)")) { res in
                #expect(res.status == .forbidden)
            }
        }
    }

    @Test func loginLogoutAndWrongPassword() async throws {
        try await withTestApp { app in
            var browser = Browser(app)
            try await browser.register()
            try await browser.post("/konto/abmelden", [])
            #expect(try await browser.get("/konto").status == .seeOther)

            let wrong = try await browser.post("/konto/anmelden", [("email", "anna@example.org"), ("password", "falsch-falsch")])
            #expect(wrong.status == .unprocessableEntity)
            #expect(wrong.text.contains("E-Mail-Adresse oder Passwort stimmen nicht"))

            let unknown = try await browser.post("/konto/anmelden", [("email", "niemand@example.org"), ("password", "egal-egal-egal")])
            #expect(unknown.text.contains("E-Mail-Adresse oder Passwort stimmen nicht"))   // same message: no account probing

            let ok = try await browser.post("/konto/anmelden", [("email", "Anna@Example.org"), ("password", Browser.password)])
            #expect(ok.status == .seeOther)
            #expect(ok.headers.first(name: .location) == "/konto")
            #expect(try await browser.get("/konto").status == .ok)
        }
    }

    @Test func loginGivesAFreshSessionId() async throws {
        try await withTestApp { app in
            var browser = Browser(app)
            try await browser.register()
            let before = browser.cookies["gemeinsam_session"]
            try await browser.post("/konto/anmelden", [("email", "anna@example.org"), ("password", Browser.password)])
            #expect(browser.cookies["gemeinsam_session"] != nil)
            #expect(browser.cookies["gemeinsam_session"] != before)
        }
    }

    @Test func tenFailuresBlockTheAccountWith429() async throws {
        try await withTestApp { app in
            var browser = Browser(app)
            try await browser.register()
            try await browser.post("/konto/abmelden", [])
            for _ in 0..<10 {
                let r = try await browser.post("/konto/anmelden", [("email", "anna@example.org"), ("password", "falsch-falsch")])
                #expect(r.status == .unprocessableEntity)
            }
            // now even the right password is refused, with a German time and Retry-After
            let blocked = try await browser.post("/konto/anmelden", [("email", "anna@example.org"), ("password", Browser.password)])
            #expect(blocked.status == .tooManyRequests)
            #expect(blocked.text.contains("Zu viele fehlgeschlagene Anmeldeversuche"))
            #expect(blocked.text.contains("Uhr erneut"))
            let retry = Int(blocked.headers.first(name: "Retry-After") ?? "") ?? 0
            #expect(retry > 0 && retry <= 15 * 60)
            // the throttle table holds no e-mail address
            let keys = try await app.sql.select().column("key").from("login_failures").all()
                .map { try $0.decode(column: "key", as: String.self) }
            #expect(!keys.isEmpty && keys.allSatisfy { !$0.contains("anna") && $0.count == 64 })
        }
    }

    @Test func dataDownloadContainsMyDataButNoHash() async throws {
        try await withTestApp { app in
            var browser = Browser(app)
            try await browser.register()
            let response = try await browser.get("/konto/daten.json")
            #expect(response.status == .ok)
            #expect(response.headers.contentType == .json)
            #expect(response.headers.first(name: .contentDisposition)?.contains("attachment") == true)
            let json = try #require(try JSONSerialization.jsonObject(with: Data(response.text.utf8)) as? [String: Any])
            let account = try #require(json["account"] as? [String: Any])
            #expect(account["email"] as? String == "anna@example.org")
            #expect(account["homeQuartier"] as? String == "Borsigplatz")
            #expect(!response.text.contains("$2b$") && !response.text.contains("$2a$"))
        }
    }

    @Test func anonymousVisitorsAreSentToLogin() async throws {
        try await withTestApp { app in
            for path in ["/konto", "/konto/daten.json", "/konto/passwort", "/konto/loeschen"] {
                try await app.testing().test(.GET, path) { res in
                    #expect(res.status == .seeOther)
                    #expect(res.headers.first(name: .location) == "/konto/anmelden")
                }
            }
        }
    }

    @Test func changePassword() async throws {
        try await withTestApp { app in
            var browser = Browser(app)
            try await browser.register()
            let wrong = try await browser.post("/konto/passwort", [("currentPassword", "falsch-falsch"), ("newPassword", "Kastanie-Wiese-Bank")])
            #expect(wrong.status == .unprocessableEntity)
            #expect(wrong.text.contains("bisherige Passwort stimmt nicht"))
            let weak = try await browser.post("/konto/passwort", [("currentPassword", Browser.password), ("newPassword", "qwertzuiop")])
            #expect(weak.text.contains("zu bekannt"))
            let ok = try await browser.post("/konto/passwort", [("currentPassword", Browser.password), ("newPassword", "Kastanie-Wiese-Bank")])
            #expect(ok.status == .ok)
            #expect(ok.text.contains("Ihr Passwort wurde geändert"))
            try await browser.post("/konto/abmelden", [])
            let login = try await browser.post("/konto/anmelden", [("email", "anna@example.org"), ("password", "Kastanie-Wiese-Bank")])
            #expect(login.status == .seeOther)
        }
    }

    @Test func deleteAccountRemovesPersonalData() async throws {
        try await withTestApp { app in
            var browser = Browser(app)
            try await browser.register()
            try await grant(.kioskStaff, to: "anna@example.org", in: app)
            let wrong = try await browser.post("/konto/loeschen", [("password", "falsch-falsch")])
            #expect(wrong.status == .unprocessableEntity)
            #expect(wrong.text.contains("nicht gelöscht"))
            let ok = try await browser.post("/konto/loeschen", [("password", Browser.password)])
            #expect(ok.status == .ok)
            #expect(ok.text.contains("Ihr Konto wurde gelöscht"))
            let sql = app.sql
            #expect(try await sql.select().column("id").from("users").all().isEmpty)
            #expect(try await sql.select().column("id").from("user_roles").all().isEmpty)
            let audit = try await sql.select().columns("subject_id", "detail").from("audit_entries").all()
            #expect(try audit.allSatisfy { try $0.decode(column: "subject_id", as: UUID?.self) == nil })
            #expect(try await browser.get("/konto").status == .seeOther)
            let login = try await browser.post("/konto/anmelden", [("email", "anna@example.org"), ("password", Browser.password)])
            #expect(login.status == .unprocessableEntity)
        }
    }

    @Test func invalidUTF8AndOversizedBodiesGet4xx() async throws {
        try await withTestApp { app in
            var browser = Browser(app)
            var invalid = ByteBuffer(string: "email=a%40b.de&firstName=")
            invalid.writeBytes([0xFF, 0xFE, 0xC3])
            invalid.writeString("&_csrf=\(browser.csrfToken ?? "")")
            _ = try await browser.get("/")
            var body = ByteBuffer(string: "_csrf=\(browser.csrfToken!)&firstName=")
            body.writeBytes([0xFF, 0xFE])
            let bad = try await browser.postRaw("/konto/registrieren", body: body)
            #expect(bad.status.code >= 400 && bad.status.code < 500)
            let huge = ByteBuffer(string: "_csrf=\(browser.csrfToken!)&firstName=" + String(repeating: "x", count: 400_000))
            let tooLarge = try await browser.postRaw("/konto/registrieren", body: huge)
            #expect(tooLarge.status == .payloadTooLarge)
            #expect(tooLarge.text.contains("zu groß"))
        }
    }
}
