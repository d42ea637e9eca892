import Fluent
import Vapor

/// Accounts, login, sessions, roles, the admin pages and the audit log.
enum AccountsFeature: Feature {
    static var migrations: [NumberedMigration] {
        [.init(1, CreateUser()), .init(1, CreateLoginFailure()), .init(1, SessionRecord.migration),
         .init(10, AddAccountSecurity()), .init(13, AddAccountLanguage())]
    }

    static func configure(_ app: Application) throws {
        app.dummyPasswordHash = DummyPasswordHash()
    }

    static func routes(_ app: Application) throws {
        let token = "token"
        func flow(_ path: AccountPath) -> [PathComponent] { SiteURL.accounts(path).pathComponents }
        app.get(SiteURL.register.pathComponents, use: RegistrationController.form)
        app.post(SiteURL.register.pathComponents, use: RegistrationController.register)
        app.get(flow(.registered), use: RegistrationController.registered)
        app.get(flow(.verify(token: SiteURL.parameter(token))), use: RegistrationController.verify)
        app.post(flow(.resendVerification), use: RegistrationController.resend)
        app.get(SiteURL.login.pathComponents, use: LoginController.form)
        app.post(SiteURL.login.pathComponents, use: LoginController.login)
        app.post(SiteURL.logout.pathComponents, use: LoginController.logout)
        app.post(flow(.logoutEverywhere), use: LoginController.logoutEverywhere)
        app.get(flow(.unlock(token: SiteURL.parameter(token))), use: LoginController.unlock)
        app.get(flow(.forgotPassword), use: PasswordController.forgotForm)
        app.post(flow(.forgotPassword), use: PasswordController.forgot)
        app.get(flow(.resetPassword(token: SiteURL.parameter(token))), use: PasswordController.resetForm)
        app.post(flow(.resetPassword(token: SiteURL.parameter(token))), use: PasswordController.reset)
        app.get(flow(.kioskAccess), use: KioskAccessController.form)
        app.post(flow(.kioskAccess), use: KioskAccessController.create)
        app.get(SiteURL.account.pathComponents, use: AccountController.account)
        app.get(SiteURL.accountData.pathComponents, use: AccountController.download)
        app.post(SiteURL.accountLanguage.pathComponents, use: AccountController.setLanguage)
        app.get(SiteURL.accountPassword.pathComponents, use: PasswordController.changeForm)
        app.post(SiteURL.accountPassword.pathComponents, use: PasswordController.change)
        app.get(SiteURL.accountDelete.pathComponents, use: AccountController.deleteForm)
        app.post(SiteURL.accountDelete.pathComponents, use: AccountController.delete)
        app.get(SiteURL.adminRoles.pathComponents, use: AdminController.roles)
        app.post(SiteURL.adminRoles.pathComponents, use: AdminController.changeRole)
        app.get(SiteURL.adminAudit.pathComponents, use: AdminController.audit)
    }

    static func jobs(_ config: AppConfig) -> [Job] {
        // ended sessions, used or expired tokens, old rate-limit events and login failures are deleted
        [Job(name: "accounts.expire", interval: 600) { app in
            let now = app.clock.now
            try await AuthSessions.deleteExpired(now: now, on: app.sql)
            try await AccountTokens.deleteExpired(now: now, on: app.sql)
            try await RateLimiter.deleteOld(now: now, on: app.sql)
            try await app.sql.delete(from: "login_failures")
                .where("failed_at", .lessThan, now.timeIntervalSince1970 - 86_400).run()
        }]
    }

    static func commands(_ app: Application) {
        app.asyncCommands.use(CreateAdminCommand(), as: "create-admin")
    }
}
