import Foundation
import GemeinsamCore
import SQLKit

/// SQL for accounts, roles and the audit log.
enum AccountQueries {
    struct Credentials: Sendable { var id: UUID; var passwordHash: String }

    static func currentUser(id: UUID, on sql: any SQLDatabase) async throws -> CurrentUser? {
        guard let user = try await user(id: id, on: sql) else { return nil }
        return CurrentUser(id: id, email: user.email, firstName: user.firstName, initial: user.initial,
                           homeAreaID: user.homeAreaID, grants: try await grants(of: id, on: sql),
                           emailVerified: user.emailVerifiedAt != nil,
                           actorIDs: try await ActorQueries.approvedActorIDs(editedBy: id, on: sql),
                           mailLanguage: user.language.flatMap(Language.withCode) ?? .german)
    }

    static func setLanguage(userID: UUID, _ language: Language, on sql: any SQLDatabase) async throws {
        try await sql.update("users").set("language", to: SQLBind(language.code)).where("id", .equal, SQLBind(userID)).run()
    }

    static func user(id: UUID, on sql: any SQLDatabase) async throws -> UserRow? {
        try await sql.select().column("*").from("users").where("id", .equal, id).row(UserRow.self)
    }

    static func user(email: String, on sql: any SQLDatabase) async throws -> UserRow? {
        try await sql.select().column("*").from("users").where("email", .equal, email).row(UserRow.self)
    }

    static func grants(of userID: UUID, on sql: any SQLDatabase) async throws -> [RoleGrant] {
        try await sql.select().column("*").from("user_roles").where("user_id", .equal, userID)
            .rows(UserRoleRow.self).compactMap(\.grant)
    }

    static func credentials(email: String, on sql: any SQLDatabase) async throws -> Credentials? {
        try await user(email: email, on: sql).map { Credentials(id: $0.id, passwordHash: $0.passwordHash) }
    }

    static func passwordHash(userID: UUID, on sql: any SQLDatabase) async throws -> String? {
        try await user(id: userID, on: sql)?.passwordHash
    }

    static func emailExists(_ email: String, on sql: any SQLDatabase) async throws -> Bool {
        try await user(email: email, on: sql) != nil
    }

    struct NewUser: Sendable {
        var email: String
        var passwordHash: String
        var firstName: String
        var initial: String?
        var homeAreaID: Int?
        var isSample = false
        /// Accounts made by an admin, the sample content or the demo set-up need no confirmation mail.
        var verified = false
        /// The language mails are written in (catalog code).
        var language = Language.german.code
    }

    /// Inserts the account; returns nil when the e-mail address is already registered (also under a race).
    static func insert(_ user: NewUser, now: Date, on sql: any SQLDatabase) async throws -> UUID? {
        let id = UUID()
        do {
            try await sql.insert(into: "users")
                .columns("id", "email", "password_hash", "first_name", "initial", "home_area_id", "created_at", "is_sample",
                         "email_verified_at", "language")
                .values(SQLBind(id), SQLBind(user.email), SQLBind(user.passwordHash), SQLBind(user.firstName),
                        SQLBind(user.initial), SQLBind(user.homeAreaID), SQLBind(now.timeIntervalSince1970),
                        SQLBind(user.isSample), SQLBind(user.verified ? now.timeIntervalSince1970 : nil),
                        SQLBind(user.language))
                .run()
        } catch {
            if try await emailExists(user.email, on: sql) { return nil }
            throw error
        }
        return id
    }

    static func updatePasswordHash(userID: UUID, hash: String, now: Date, on sql: any SQLDatabase) async throws {
        try await sql.update("users").set("password_hash", to: hash).set("password_changed_at", to: now.timeIntervalSince1970)
            .where("id", .equal, userID).run()
    }

    static func markVerified(userID: UUID, now: Date, on sql: any SQLDatabase) async throws {
        try await sql.update("users").set("email_verified_at", to: now.timeIntervalSince1970)
            .where("id", .equal, userID).where("email_verified_at", .is, SQLLiteral.null).run()
    }

    /// Removes the account and everything personal that hangs on it; audit entries keep only the action.
    static func delete(userID: UUID, on sql: any SQLDatabase) async throws {
        // what was sent to the address without an account link: invitations and their mails
        if let email = try await user(id: userID, on: sql)?.email {
            try await sql.delete(from: "actor_invitations").where("email", .equal, email).run()
            try await sql.delete(from: "outbox").where("to_address", .equal, email).run()
        }
        try await MeetingsPrivacy.forget(userID: userID, on: sql)
        try await ExchangeAccountData.delete(userID: userID, on: sql)
        try await sql.delete(from: "user_roles").where("user_id", .equal, userID).run()
        try await sql.update("audit_entries").set("actor_id", to: SQLLiteral.null).where("actor_id", .equal, userID).run()
        try await sql.update("audit_entries").set("subject_id", to: SQLLiteral.null).where("subject_id", .equal, userID).run()
        try await sql.delete(from: "users").where("id", .equal, userID).run()
    }

    /// Everything stored about a person, for the download on the account page (Art. 15/20 DSGVO).
    struct Export: Encodable {
        struct Account: Encodable {
            var id: String
            var email: String
            var firstName: String
            var initial: String?
            var publicName: String
            var homeQuartier: String?
            var createdAt: Date
        }
        struct Grant: Encodable { var role: String; var roleName: String; var area: String? }
        struct AuditEntry: Encodable { var at: Date; var action: String; var detail: String }
        struct ActorMembership: Encodable { var id: String; var name: String; var status: String }
        var exportedAt: Date
        var account: Account
        var roles: [Grant]
        var roleChangesConcerningYou: [AuditEntry]
        var roomRequests: [MeetingsPrivacy.RoomRequest]
        var changesYouMadeToPlacesAndOffers: [MeetingsPrivacy.ItemChange]
        var nachbarschaftsboerse: ExchangeAccountData.Export?
        var actorsYouEdit: [ActorMembership]
        var invitationsYouSent: [String]
        var invitationsToYou: [String]
        var actorChangesWaitingForReview: [String]
        struct Session: Encodable { var startedAt: Date; var lastSeenAt: Date; var endsAt: Date }
        var sessions: [Session]
        var note: String
    }

    static func export(userID: UUID, geography: GeographySnapshot, now: Date,
                       on sql: any SQLDatabase) async throws -> Export? {
        guard let user = try await user(id: userID, on: sql) else { return nil }
        let home = user.homeAreaID.flatMap { geography.areas[$0]?.name }
        let roles = try await grants(of: userID, on: sql).map {
            Export.Grant(role: $0.role.rawValue, roleName: $0.role.germanName, area: $0.areaID.flatMap { geography.areas[$0]?.name })
        }
        let audit = try await sql.select().column("*").from("audit_entries")
            .where("subject_id", .equal, userID).orderBy("at").rows(AuditEntryRow.self).map {
                Export.AuditEntry(at: Date(timeIntervalSince1970: $0.at), action: $0.action, detail: $0.detail)
            }
        return Export(
            exportedAt: now,
            account: .init(id: userID.uuidString, email: user.email, firstName: user.firstName, initial: user.initial,
                           publicName: user.publicName, homeQuartier: home,
                           createdAt: Date(timeIntervalSince1970: user.createdAt)),
            roles: roles, roleChangesConcerningYou: audit,
            roomRequests: try await MeetingsPrivacy.roomRequests(userID: userID, on: sql),
            changesYouMadeToPlacesAndOffers: try await MeetingsPrivacy.changes(userID: userID, on: sql),
            nachbarschaftsboerse: try await ExchangeAccountData.export(userID: userID, geography: geography, on: sql),
            actorsYouEdit: try await ActorQueries.actors(editedBy: userID, on: sql).map {
                Export.ActorMembership(id: $0.id.uuidString.lowercased(), name: $0.name, status: $0.status.label)
            },
            invitationsYouSent: try await sql.select().column("email").from("actor_invitations").where("invited_by", .equal, userID)
                .all().map { try $0.decode(column: "email", as: String.self) },
            invitationsToYou: try await sql.raw("""
                SELECT a.name FROM actor_invitations i JOIN actors a ON a.id = i.actor_id WHERE i.email = \(bind: user.email)
                """).all().map { try $0.decode(column: "name", as: String.self) },
            actorChangesWaitingForReview: try await sql.raw("""
                SELECT a.name FROM actor_changes c JOIN actors a ON a.id = c.actor_id WHERE c.submitted_by = \(bind: userID)
                """).all().map { try $0.decode(column: "name", as: String.self) },
            sessions: try await sql.select().column("*").from("auth_sessions").where("user_id", .equal, userID)
                .orderBy("created_at").rows(AuthSessionRow.self).map {
                    Export.Session(startedAt: Date(timeIntervalSince1970: $0.createdAt),
                                   lastSeenAt: Date(timeIntervalSince1970: $0.lastSeenAt),
                                   endsAt: Date(timeIntervalSince1970: $0.expiresAt))
                },
            note: Texts.Account.exportNote)
    }
}
