import Vapor

func routes(_ app: Application) throws {
    // pages
    app.get(SiteURL.home.pathComponents, use: AreaController.home)
    app.get(SiteURL.search.pathComponents, use: AreaController.search)
    app.get(SiteURL.quartiere.pathComponents, use: AreaController.quartiere)
    app.get(SiteURL.quartier(SiteURL.parameter("slug")).pathComponents, use: AreaController.quartier)
    app.get(SiteURL.districts.pathComponents, use: AreaController.districts)
    app.get(SiteURL.district(SiteURL.parameter("slug")).pathComponents, use: AreaController.district)
    app.get(SiteURL.imprint.pathComponents, use: StaticPages.imprint)
    app.get(SiteURL.privacy.pathComponents, use: StaticPages.privacy)
    app.get(SiteURL.accessibility.pathComponents, use: StaticPages.accessibility)
    app.get(SiteURL.stylesheet.pathComponents, use: Stylesheet.serve)

    // accounts
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

    // Einsamkeitsmonitor
    MonitorRoutes.register(app)

    // API
    app.get(APIURL.areas.pathComponents, use: AreaAPI.list)
    app.get(APIURL.areaLookup.pathComponents, use: AreaAPI.lookup)
    app.get(APIURL.area(kind: SiteURL.parameter("kind"), code: SiteURL.parameter("code")).pathComponents, use: AreaAPI.detail)
    app.get(APIURL.openAPI.pathComponents, use: OpenAPIController.document)

    // operations
    app.get(SiteURL.health.pathComponents, use: OperationsController.health)
    app.get(SiteURL.metrics.pathComponents, use: OperationsController.metrics)
}
