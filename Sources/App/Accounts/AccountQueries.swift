import Foundation
import SQLKit

/// SQL for accounts, roles and the audit log.
enum AccountQueries {
    struct Credentials: Sendable { var id: UUID; var passwordHash: String }

    static func currentUser(id: UUID, on sql: any SQLDatabase) async throws -> CurrentUser? {
        guard let row = try await sql.select()
            .columns("id", "email", "first_name", "initial", "home_area_id")
            .from("users").where("id", .equal, id).first()
        else { return nil }
        return CurrentUser(
            id: id,
            email: try row.decode(column: "email", as: String.self),
            firstName: try row.decode(column: "first_name", as: String.self),
            initial: try row.decode(column: "initial", as: String?.self),
            homeAreaID: try row.decode(column: "home_area_id", as: Int?.self),
            grants: try await grants(of: id, on: sql))
    }

    static func grants(of userID: UUID, on sql: any SQLDatabase) async throws -> [RoleGrant] {
        try await sql.select().columns("role", "area_id").from("user_roles")
            .where("user_id", .equal, userID).all()
            .compactMap { row in
                guard let role = Role(rawValue: try row.decode(column: "role", as: String.self)) else { return nil }
                return RoleGrant(role: role, areaID: try row.decode(column: "area_id", as: Int?.self))
            }
    }

    static func credentials(email: String, on sql: any SQLDatabase) async throws -> Credentials? {
        guard let row = try await sql.select().columns("id", "password_hash").from("users")
            .where("email", .equal, email).first()
        else { return nil }
        return Credentials(id: try row.decode(column: "id", as: UUID.self),
                           passwordHash: try row.decode(column: "password_hash", as: String.self))
    }

    static func passwordHash(userID: UUID, on sql: any SQLDatabase) async throws -> String? {
        try await sql.select().column("password_hash").from("users").where("id", .equal, userID).first()?
            .decode(column: "password_hash", as: String.self)
    }

    static func emailExists(_ email: String, on sql: any SQLDatabase) async throws -> Bool {
        try await sql.select().column("id").from("users").where("email", .equal, email).first() != nil
    }

    struct NewUser: Sendable {
        var email: String
        var passwordHash: String
        var firstName: String
        var initial: String?
        var homeAreaID: Int?
        var isSample = false
    }

    /// Inserts the account; returns nil when the e-mail address is already registered (also under a race).
    static func insert(_ user: NewUser, on sql: any SQLDatabase) async throws -> UUID? {
        let id = UUID()
        do {
            try await sql.insert(into: "users")
                .columns("id", "email", "password_hash", "first_name", "initial", "home_area_id", "created_at", "is_sample")
                .values(SQLBind(id), SQLBind(user.email), SQLBind(user.passwordHash), SQLBind(user.firstName),
                        SQLBind(user.initial), SQLBind(user.homeAreaID), SQLBind(Date().timeIntervalSince1970),
                        SQLBind(user.isSample))
                .run()
        } catch {
            if try await emailExists(user.email, on: sql) { return nil }
            throw error
        }
        return id
    }

    static func updatePasswordHash(userID: UUID, hash: String, on sql: any SQLDatabase) async throws {
        try await sql.update("users").set("password_hash", to: hash).where("id", .equal, userID).run()
    }

    /// Removes the account and everything personal that hangs on it; audit entries keep only the action.
    static func delete(userID: UUID, on sql: any SQLDatabase) async throws {
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
        var note: String
    }

    static func export(userID: UUID, geography: GeographySnapshot, on sql: any SQLDatabase) async throws -> Export? {
        guard let row = try await sql.select()
            .columns("email", "first_name", "initial", "home_area_id", "created_at")
            .from("users").where("id", .equal, userID).first()
        else { return nil }
        let firstName = try row.decode(column: "first_name", as: String.self)
        let initial = try row.decode(column: "initial", as: String?.self)
        let home = try row.decode(column: "home_area_id", as: Int?.self).flatMap { geography.areas[$0]?.name }
        let roles = try await grants(of: userID, on: sql).map {
            Export.Grant(role: $0.role.rawValue, roleName: $0.role.germanName, area: $0.areaID.flatMap { geography.areas[$0]?.name })
        }
        let audit = try await sql.select().columns("at", "action", "detail").from("audit_entries")
            .where("subject_id", .equal, userID).orderBy("at").all().map {
                Export.AuditEntry(at: Date(timeIntervalSince1970: try $0.decode(column: "at", as: Double.self)),
                                  action: try $0.decode(column: "action", as: String.self),
                                  detail: try $0.decode(column: "detail", as: String.self))
            }
        return Export(
            exportedAt: Date(),
            account: .init(id: userID.uuidString, email: try row.decode(column: "email", as: String.self),
                           firstName: firstName, initial: initial,
                           publicName: PublicName.make(firstName: firstName, initial: initial), homeQuartier: home,
                           createdAt: Date(timeIntervalSince1970: try row.decode(column: "created_at", as: Double.self))),
            roles: roles, roleChangesConcerningYou: audit,
            roomRequests: try await MeetingsPrivacy.roomRequests(userID: userID, on: sql),
            changesYouMadeToPlacesAndOffers: try await MeetingsPrivacy.changes(userID: userID, on: sql),
            nachbarschaftsboerse: try await ExchangeAccountData.export(userID: userID, geography: geography, on: sql),
            actorsYouEdit: try await ActorQueries.actors(editedBy: userID, on: sql).map {
                Export.ActorMembership(id: $0.id.uuidString.lowercased(), name: $0.name, status: $0.status.label)
            },
            invitationsYouSent: try await sql.select().column("email").from("actor_invitations").where("invited_by", .equal, userID)
                .all().map { try $0.decode(column: "email", as: String.self) },
            note: "Gemeinsam speichert keine Adresse, nur Ihr Quartier. Ihr Passwort ist nur als bcrypt-Hash gespeichert und deshalb nicht enthalten.")
    }
}
