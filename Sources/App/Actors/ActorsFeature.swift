import Vapor

/// The Akteursnetz: self-registered initiatives reviewed by the Koordinierungsstelle, their directory, editors,
/// cooperations, the network analysis, exports and the API.
enum ActorsFeature: Feature {
    static var migrations: [NumberedMigration] { [.init(4, CreateActor()), .init(11, AddActorEditingRights())] }

    static func routes(_ app: Application) throws {
        let id = SiteURL.parameter("id")
        // public
        app.get(SiteURL.actors.pathComponents, use: DirectoryController.directory)
        app.get(SiteURL.actorsCSV.pathComponents, use: ActorExport.csv)
        app.get(SiteURL.actorsGeoJSON.pathComponents, use: ActorExport.geoJSON)
        app.get(SiteURL.actor(id).pathComponents, use: ActorController.show)
        ContentTranslationController<ActorTranslations>.register(app)
        // registering and editing: a confirmed address is needed to write
        let app = app.grouped(VerifiedAccountMiddleware())
        app.get(SiteURL.actorsMine.pathComponents, use: ActorController.mine)
        app.get(SiteURL.actorNew.pathComponents, use: ActorController.newForm)
        app.post(SiteURL.actorNew.pathComponents, use: ActorController.create)
        app.get(SiteURL.actorEdit(id).pathComponents, use: ActorController.editForm)
        app.post(SiteURL.actorEdit(id).pathComponents, use: ActorController.update)
        app.get(SiteURL.actorEditors(id).pathComponents, use: ActorEditorsController.page)
        app.post(SiteURL.actorEditors(id).pathComponents, use: ActorEditorsController.invite)
        app.post(SiteURL.actorEditorRemove(id).pathComponents, use: ActorEditorsController.remove)
        app.get(SiteURL.actorInvitation(SiteURL.parameter("token")).pathComponents, use: ActorEditorsController.invitation)
        app.post(SiteURL.actorInvitation(SiteURL.parameter("token")).pathComponents, use: ActorEditorsController.accept)
        app.get(SiteURL.actorTies(id).pathComponents, use: TieController.page)
        app.post(SiteURL.actorTies(id).pathComponents, use: TieController.propose)
        app.post(SiteURL.tieDecision(id).pathComponents, use: TieController.decide)
        // coordinators
        app.get(SiteURL.actorsReview.pathComponents, use: ReviewController.queue)
        app.post(SiteURL.actorDecision(id).pathComponents, use: ReviewController.decide)
        app.post(SiteURL.actorChangeDecision(id).pathComponents, use: ReviewController.decideChange)
        app.get(SiteURL.network.pathComponents, use: NetworkController.page)
        app.get(SiteURL.networkCSV(SiteURL.parameter("tabelle")).pathComponents, use: NetworkController.csv)
        // API
        app.get(APIURL.actors.pathComponents, use: ActorsAPI.list)
        app.get(APIURL.actorsGeoJSON.pathComponents, use: ActorsAPI.geoJSON)
        app.get(APIURL.actor(id).pathComponents, use: ActorsAPI.detail)
    }

    static func commands(_ app: Application) {
        app.asyncCommands.use(NetworkCommand(), as: "network")
    }

    static func jobs(_ config: AppConfig) -> [Job] {
        // an invitation keeps an e-mail address: it goes when it expires, not only when it is used
        [Job(name: "actors.expire-invitations", interval: 3_600) { app in
            try await ActorWriter.deleteExpiredInvitations(now: app.clock.now, on: app.sql)
        }]
    }

    static var sampleContent: [any SampleContent.Seeder] { [ActorSampleSeeder()] }
}
