@testable import App
import SQLKit
import Testing
import Vapor
import VaporTesting

@Suite struct AdminTests {
    @Test func anonymousGets401AndResidentAndOtherRoles403() async throws {
        try await withTestApp { app in
            try await app.testing().test(.GET, "/admin/rollen") { res in
                #expect(res.status == .unauthorized)
                #expect(res.body.string.contains("Bitte melden Sie sich an"))
            }
            var browser = Browser(app)
            try await browser.register()
            #expect(try await browser.get("/admin/rollen").status == .forbidden)
            #expect(try await browser.get("/admin/protokoll").status == .forbidden)
            try await makeActorEditor("anna@example.org", in: app)
            #expect(try await browser.get("/admin/rollen").status == .forbidden, "Akteur-Redaktion darf keine Rollen verwalten")
            for role in [Role.kioskStaff, .coordinator] {
                try await grant(role, to: "anna@example.org", in: app)
                let res = try await browser.get("/admin/rollen")
                #expect(res.status == .forbidden, "\(role) darf keine Rollen verwalten")
                #expect(res.text.contains("Kein Zugriff"))
            }
            let post = try await browser.post("/admin/rollen", [("action", "grant"), ("email", "anna@example.org"), ("role", "admin")])
            #expect(post.status == .forbidden)
        }
    }

    @Test func adminGrantsAndRevokesWithAuditLog() async throws {
        try await withTestApp { app in
            // setup
            var admin = Browser(app)
            try await admin.register(email: "admin@example.org", firstName: "Ada", initial: "L")
            try await grant(.admin, to: "admin@example.org", in: app)
            var resident = Browser(app)
            try await resident.register(email: "ben@example.org", firstName: "Ben", initial: "K")

            // act: grant area manager for Borsigplatz
            let missingArea = try await admin.post("/admin/rollen", [("action", "grant"), ("email", "ben@example.org"), ("role", "areaManager")])
            #expect(missingArea.status == .unprocessableEntity)
            #expect(missingArea.text.contains("Quartiersmanagement gilt für ein Quartier"))
            let granted = try await admin.post("/admin/rollen", [
                ("action", "grant"), ("email", "ben@example.org"), ("role", "areaManager"), ("area", "borsigplatz"),
            ])
            #expect(granted.status == .ok)
            #expect(granted.text.contains("vergeben"))
            let account = try await resident.get("/konto")
            #expect(account.text.contains("Quartiersmanagement (Borsigplatz)"))

            // act: revoke
            let revoked = try await admin.post("/admin/rollen", [
                ("action", "revoke"), ("email", "ben@example.org"), ("role", "areaManager"), ("area", "borsigplatz"),
            ])
            #expect(revoked.text.contains("entzogen"))

            // check: both changes are logged with who did it
            let log = try await admin.get("/admin/protokoll")
            #expect(log.status == .ok)
            #expect(log.text.contains("ben@example.org"))
            #expect(log.text.contains("admin@example.org"))
            #expect(log.text.contains("vergeben") && log.text.contains("entzogen"))
        }
    }

    @Test func badInputAndLastAdmin() async throws {
        try await withTestApp { app in
            var admin = Browser(app)
            try await admin.register(email: "admin@example.org", firstName: "Ada")
            try await grant(.admin, to: "admin@example.org", in: app)
            let unknown = try await admin.post("/admin/rollen", [("action", "grant"), ("email", "nobody@example.org"), ("role", "coordinator")])
            #expect(unknown.status == .unprocessableEntity)
            #expect(unknown.text.contains("kein Konto"))
            let badRole = try await admin.post("/admin/rollen", [("action", "grant"), ("email", "admin@example.org"), ("role", "kaiser")])
            #expect(badRole.text.contains("Bitte wählen Sie eine Rolle"))
            let selfRevoke = try await admin.post("/admin/rollen", [("action", "revoke"), ("email", "admin@example.org"), ("role", "admin")])
            #expect(selfRevoke.status == .unprocessableEntity)
            #expect(selfRevoke.text.contains("einzige Administration"))
        }
    }
}
