import Fluent
import Vapor

/// Accounts, login, sessions, roles, the admin pages and the audit log.
enum AccountsFeature: Feature {
    static var migrations: [NumberedMigration] {
        [.init(1, CreateUser()), .init(1, CreateLoginFailure()), .init(1, SessionRecord.migration)]
    }

    static func configure(_ app: Application) throws {
        app.dummyPasswordHash = DummyPasswordHash()
    }

    static func routes(_ app: Application) throws {
        app.get(SiteURL.register.pathComponents, use: AccountController.registerForm)
        app.post(SiteURL.register.pathComponents, use: AccountController.register)
        app.get(SiteURL.login.pathComponents, use: AccountController.loginForm)
        app.post(SiteURL.login.pathComponents, use: AccountController.login)
        app.post(SiteURL.logout.pathComponents, use: AccountController.logout)
        app.get(SiteURL.account.pathComponents, use: AccountController.account)
        app.get(SiteURL.accountData.pathComponents, use: AccountController.download)
        app.get(SiteURL.accountPassword.pathComponents, use: AccountController.passwordForm)
        app.post(SiteURL.accountPassword.pathComponents, use: AccountController.changePassword)
        app.get(SiteURL.accountDelete.pathComponents, use: AccountController.deleteForm)
        app.post(SiteURL.accountDelete.pathComponents, use: AccountController.delete)
        app.get(SiteURL.adminRoles.pathComponents, use: AdminController.roles)
        app.post(SiteURL.adminRoles.pathComponents, use: AdminController.changeRole)
        app.get(SiteURL.adminAudit.pathComponents, use: AdminController.audit)
    }

    static func commands(_ app: Application) {
        app.asyncCommands.use(CreateAdminCommand(), as: "create-admin")
    }
}
