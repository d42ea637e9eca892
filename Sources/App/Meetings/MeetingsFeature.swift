import Vapor

/// Begegnung: places, rooms and offers — finding them, their pages, calendars and notices, editing, room bookings,
/// the API, and the daily refresh of stored dates.
enum MeetingsFeature: Feature {
    static var migrations: [NumberedMigration] {
        [.init(2, CreatePlace()), .init(2, CreateOffer()), .init(2, CreateRoomBooking()), .init(6, AddBookingDecisionNote())]
    }

    static func routes(_ app: Application) throws {
        let id = SiteURL.parameter("id")
        let slug = SiteURL.parameter("slug")
        // finding
        app.get(SiteURL.quartierOffers(slug).pathComponents, use: MeetingsController.quartierOffers)
        app.get(SiteURL.quartierCalendar(slug).pathComponents, use: MeetingsController.quartierCalendar)
        app.get(SiteURL.quartierNotice(slug).pathComponents, use: MeetingsController.quartierNotice)
        app.get(SiteURL.offer(id).pathComponents, use: MeetingsController.offer)
        app.get(SiteURL.offerCalendar(id).pathComponents, use: MeetingsController.offerCalendar)
        app.get(SiteURL.place(id).pathComponents, use: MeetingsController.place)
        app.get(SiteURL.placeCalendar(id).pathComponents, use: MeetingsController.placeCalendar)
        app.get(SiteURL.placeNotice(id).pathComponents, use: MeetingsController.placeNotice)
        ContentTranslationController<OfferTranslations>.register(app)
        ContentTranslationController<PlaceTranslations>.register(app)
        // editing
        app.get(SiteURL.offersManage.pathComponents, use: ManageController.overview)
        app.get(SiteURL.placeTypes.pathComponents, use: ManageController.placeTypes)
        app.post(SiteURL.placeTypes.pathComponents, use: ManageController.addPlaceType)
        EditFlow<PlaceEditing>.register(app)
        EditFlow<OfferEditing>.register(app)
        // rooms
        app.get(SiteURL.roomNew(place: id).pathComponents, use: RoomController.newForm)
        app.post(SiteURL.roomNew(place: id).pathComponents, use: RoomController.create)
        app.get(SiteURL.room(id).pathComponents, use: RoomController.show)
        app.get(SiteURL.roomEdit(id).pathComponents, use: RoomController.editForm)
        app.post(SiteURL.roomEdit(id).pathComponents, use: RoomController.update)
        app.grouped(VerifiedAccountMiddleware()).post(SiteURL.roomRequest(id).pathComponents, use: RoomController.request)
        app.get(SiteURL.bookings.pathComponents, use: BookingController.list)
        app.post(SiteURL.bookingDecision(id).pathComponents, use: BookingController.decide)
        // API
        app.get(APIURL.places.pathComponents, use: MeetingsAPI.places)
        app.get(APIURL.placesGeoJSON.pathComponents, use: MeetingsAPI.placesGeoJSON)
        app.get(APIURL.offers.pathComponents, use: MeetingsAPI.offers)
        app.get(APIURL.offer(id).pathComponents, use: MeetingsAPI.offer)
        app.get(APIURL.occurrences.pathComponents, use: MeetingsAPI.occurrences)
    }

    static func commands(_ app: Application) {
        app.asyncCommands.use(BenchSeedMeetingsCommand(), as: "bench-seed-meetings")
    }

    static func jobs(_ config: AppConfig) -> [Job] {
        // checks every 10 minutes; moves the dates on once per day (Europe/Berlin) across all instances
        [Job(name: "meetings.refresh-occurrences", interval: 600, lease: 3_600) { app in
            if let refreshed = try await OccurrenceWriter.refreshIfNeeded(now: app.clock.now, on: app.db) {
                app.renderCache.invalidate()
                app.logger.notice("Termine aller Angebote fortgeschrieben: \(refreshed) Angebote")
            }
        }]
    }

    static var sampleContent: [any SampleContent.Seeder] { [SampleMeetings()] }
}
