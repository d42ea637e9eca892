import Foundation
import Vapor

/// Roles: admins grant and revoke them; every change lands in the audit log.
enum AdminController {
    struct RoleForm: Content {
        var action: String?
        var email: String?
        var role: String?
        var area: String?
    }

    @Sendable static func roles(req: Request) async throws -> Response {
        _ = try req.requireRole(.admin)
        return try await page(req, errors: FormErrors(), form: RoleForm(), notice: nil, status: .ok)
    }

    @Sendable static func changeRole(req: Request) async throws -> Response {
        let admin = try req.requireRole(.admin)
        let form = try req.content.decode(RoleForm.self)
        var errors = FormErrors()
        let email = EmailAddress.validate(form.email, errors: &errors)
        let role = form.role.flatMap(Role.init(rawValue:)).flatMap { Role.grantable.contains($0) ? $0 : nil }
        if role == nil { errors.add("role", UIText.text("adminController.changeRole.1")) }
        var areaID: Int?
        if role?.isScopedToArea == true {
            areaID = form.area.flatMap { req.geography.area(kind: .statisticalDistrict, slug: $0)?.id }
            if areaID == nil { errors.add("area", UIText.text("adminController.changeRole.2")) }
        }
        let action = form.action == "revoke" ? "revoke" : "grant"
        var userID: UUID?
        if let email, errors.isEmpty {
            userID = try await RoleQueries.userID(email: email, on: req.sql)
            if userID == nil { errors.add("email", "Zu dieser E-Mail-Adresse gibt es kein Konto.") }
        }
        guard errors.isEmpty, let userID, let role, let email else {
            return try await page(req, errors: errors, form: form, notice: nil, status: .unprocessableEntity)
        }
        let grant = RoleGrant(role: role, areaID: areaID)
        let areaName = areaID.flatMap { req.geography.areas[$0]?.name }
        let detail = role.germanName + (areaName.map { " (\($0))" } ?? "")
        let notice: String
        if action == "grant" {
            let added = try await RoleQueries.grant(grant, to: userID, by: admin.id, detail: detail, now: req.now, on: req.sql)
            notice = added ? "Rolle „\(detail)“ an \(email) vergeben." : UIText.text("adminController.changeRole.3", ["email": "\(email)", "detail": "\(detail)"])
        } else {
            if role == .admin, userID == admin.id, try await RoleQueries.countAdmins(on: req.sql) <= 1 {
                errors.add("role", UIText.text("adminController.changeRole.4"))
                return try await page(req, errors: errors, form: form, notice: nil, status: .unprocessableEntity)
            }
            try await RoleQueries.revoke(grant, from: userID, by: admin.id, detail: detail, now: req.now, on: req.sql)
            notice = "Rolle „\(detail)“ von \(email) entzogen."
        }
        return try await page(req, errors: FormErrors(), form: RoleForm(), notice: notice, status: .ok)
    }

    @Sendable static func audit(req: Request) async throws -> Response {
        _ = try req.requireRole(.admin)
        let rows = try await RoleQueries.auditLog(on: req.sql)
        return AdminPages.audit(rows: rows, context: req.pageContext).response()
    }

    private static func page(_ req: Request, errors: FormErrors, form: RoleForm, notice: String?,
                             status: HTTPResponseStatus) async throws -> Response {
        let holders = try await RoleQueries.holders(on: req.sql)
        return AdminPages.roles(holders: holders, form: form, errors: errors, notice: notice,
                                geography: req.geography, context: req.pageContext).response(status)
    }
}
