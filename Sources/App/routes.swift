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

    // Begegnung: finding
    app.get(SiteURL.quartierOffers(SiteURL.parameter("slug")).pathComponents, use: MeetingsController.quartierOffers)
    app.get(SiteURL.quartierCalendar(SiteURL.parameter("slug")).pathComponents, use: MeetingsController.quartierCalendar)
    app.get(SiteURL.quartierNotice(SiteURL.parameter("slug")).pathComponents, use: MeetingsController.quartierNotice)
    app.get(SiteURL.offer(SiteURL.parameter("id")).pathComponents, use: MeetingsController.offer)
    app.get(SiteURL.offerCalendar(SiteURL.parameter("id")).pathComponents, use: MeetingsController.offerCalendar)
    app.get(SiteURL.place(SiteURL.parameter("id")).pathComponents, use: MeetingsController.place)
    app.get(SiteURL.placeCalendar(SiteURL.parameter("id")).pathComponents, use: MeetingsController.placeCalendar)
    app.get(SiteURL.placeNotice(SiteURL.parameter("id")).pathComponents, use: MeetingsController.placeNotice)

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

    // Nachbarschaftsbörse, kiosk, moderation, volunteer hours, GET /api/v1/listings
    ExchangeRoutes.register(app)
    // Einsamkeitsmonitor
    MonitorRoutes.register(app)
    // Akteursnetz
    ActorsRoutes.register(app)

    // API
    app.get(APIURL.areas.pathComponents, use: AreaAPI.list)
    app.get(APIURL.areaLookup.pathComponents, use: AreaAPI.lookup)
    app.get(APIURL.area(kind: SiteURL.parameter("kind"), code: SiteURL.parameter("code")).pathComponents, use: AreaAPI.detail)
    app.get(APIURL.places.pathComponents, use: MeetingsAPI.places)
    app.get(APIURL.placesGeoJSON.pathComponents, use: MeetingsAPI.placesGeoJSON)
    app.get(APIURL.offers.pathComponents, use: MeetingsAPI.offers)
    app.get(APIURL.offer(SiteURL.parameter("id")).pathComponents, use: MeetingsAPI.offer)
    app.get(APIURL.occurrences.pathComponents, use: MeetingsAPI.occurrences)
    app.get(APIURL.openAPI.pathComponents, use: OpenAPIController.document)

    // operations
    app.get(SiteURL.health.pathComponents, use: OperationsController.health)
    app.get(SiteURL.metrics.pathComponents, use: OperationsController.metrics)
    app.get(SiteURL.benchMinimal.pathComponents, use: OperationsController.minimalPage)

    // Begegnung: editing and rooms
    let id = SiteURL.parameter("id")
    app.get(SiteURL.offersManage.pathComponents, use: ManageController.overview)
    app.get(SiteURL.placeTypes.pathComponents, use: ManageController.placeTypes)
    app.post(SiteURL.placeTypes.pathComponents, use: ManageController.addPlaceType)
    app.get(SiteURL.placeNew.pathComponents, use: PlaceEditController.newForm)
    app.post(SiteURL.placeNew.pathComponents, use: PlaceEditController.create)
    app.get(SiteURL.placeEdit(id).pathComponents, use: PlaceEditController.editForm)
    app.post(SiteURL.placeEdit(id).pathComponents, use: PlaceEditController.update)
    app.post(SiteURL.placeStatus(id).pathComponents, use: PlaceEditController.setStatus)
    app.get(SiteURL.placeHistory(id).pathComponents, use: PlaceEditController.history)
    app.get(SiteURL.offerNew.pathComponents, use: OfferEditController.newForm)
    app.post(SiteURL.offerNew.pathComponents, use: OfferEditController.create)
    app.get(SiteURL.offerEdit(id).pathComponents, use: OfferEditController.editForm)
    app.post(SiteURL.offerEdit(id).pathComponents, use: OfferEditController.update)
    app.post(SiteURL.offerStatus(id).pathComponents, use: OfferEditController.setStatus)
    app.get(SiteURL.offerHistory(id).pathComponents, use: OfferEditController.history)
    app.get(SiteURL.roomNew(place: id).pathComponents, use: RoomController.newForm)
    app.post(SiteURL.roomNew(place: id).pathComponents, use: RoomController.create)
    app.get(SiteURL.room(id).pathComponents, use: RoomController.show)
    app.get(SiteURL.roomEdit(id).pathComponents, use: RoomController.editForm)
    app.post(SiteURL.roomEdit(id).pathComponents, use: RoomController.update)
    app.post(SiteURL.roomRequest(id).pathComponents, use: RoomController.request)
    app.get(SiteURL.bookings.pathComponents, use: BookingController.list)
    app.post(SiteURL.bookingDecision(id).pathComponents, use: BookingController.decide)
}
