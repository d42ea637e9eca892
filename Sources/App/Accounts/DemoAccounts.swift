import Foundation
import SQLKit
import Vapor

/// Demo accounts for every role, only when `DEMO_ACCOUNTS_PASSWORD` is set (demonstrations, browser tests).
enum DemoAccounts {
    /// `actor`: the account edits a sample actor (editing rights follow from that, not from a role).
    static let accounts: [(email: String, first: String, role: Role?, quartier: String, actor: Bool)] = [
        ("demo-bewohner@beispiel.invalid", "Bea", nil, "06", false),
        ("demo-helfer@beispiel.invalid", "Hilde", nil, "05", false),
        ("demo-kiosk@beispiel.invalid", "Kira", .kioskStaff, "05", false),
        ("demo-quartier@beispiel.invalid", "Quirin", .areaManager, "05", false),
        ("demo-koordination@beispiel.invalid", "Konrad", .coordinator, "00", false),
        ("demo-akteur@beispiel.invalid", "Alma", nil, "05", true),
    ]

    static func ensure(_ app: Application) async throws {
        guard let password = app.appConfig.demoAccountsPassword else { return }
        let sql = app.sql
        let geography = app.geographyStore.snapshot
        let siteIDs = try await ExchangeSampleSeeder.ensureSites(geography: geography, now: app.clock.now, on: sql)
        for a in accounts {
            let area = geography.area(kind: .statisticalDistrict, code: a.quartier)
            let hash = try await app.password.async(on: app.threadPool, hopTo: app.eventLoopGroup.next()).hash(password)
            var id = try await RoleQueries.userID(email: a.email, on: sql)
            if let existing = id {
                try await AccountQueries.updatePasswordHash(userID: existing, hash: hash, now: app.clock.now, on: sql)
            } else {
                id = try await AccountQueries.insert(.init(email: a.email, passwordHash: hash, firstName: a.first, initial: "D",
                                                           homeAreaID: area?.id, isSample: true, verified: true), now: app.clock.now, on: sql)
            }
            guard let id else { continue }
            if a.actor { try await ActorSampleSeeder.linkDemoEditor(id, now: app.clock.now, on: sql) }
            guard let role = a.role else { continue }
            _ = try await RoleQueries.grant(RoleGrant(role: role, areaID: role.isScopedToArea ? area?.id : nil), to: id, by: nil,
                                            detail: role.germanName + " (Demo)", now: app.clock.now, on: sql)
            if role == .kioskStaff, let site = siteIDs.first { try await KioskQueries.addStaff(siteID: site, userID: id, now: app.clock.now, on: sql) }
        }
        app.logger.notice("Demo-Zugänge sind eingerichtet (DEMO_ACCOUNTS_PASSWORD). Nie in Produktion verwenden.")
    }
}
