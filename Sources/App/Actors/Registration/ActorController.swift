import Foundation
import GemeinsamCore
import SQLKit
import Vapor

/// The actor page, "Meine Akteure", self-registration and editing.
enum ActorController {
    @Sendable static func show(req: Request) async throws -> Response {
        var shown = try await ActorAccess.visible(req)
        try await ContentLanguage.localize(&shown, .actor, id: ContentLanguage.id(shown.id), title: \.row.profile.name,
                                           description: \.row.profile.description, reader: req.language, on: req.sql)
        let actor = shown
        let mayEdit = try await ActorAccess.mayEdit(actor, user: req.currentUser, on: req.sql)
        async let places = ActorPlaces.places(of: actor.id, on: req.sql)
        async let offers = ActorPlaces.offers(of: actor.id, on: req.sql)
        async let rooms = ActorPlaces.rooms(of: actor.id, on: req.sql)
        async let ties = TieQueries.networkTies(of: actor.id, on: req.sql)
        var map: String?
        if let point = actor.mapPoint(req.geography) {
            let maps = req.application.geographyStore.maps
            map = SVGWriter.addingMarkers(to: maps.cityPlain, projection: maps.cityProjection, markers: [(1, point)])
        }
        return ActorPage.page(actor, places: try await places, offers: try await offers, rooms: try await rooms,
                              ties: try await ties, map: map, mayEdit: mayEdit, geography: req.geography,
                              notice: req.notice(from: Texts.Actors.notices), context: req.pageContext).response()
    }

    @Sendable static func mine(req: Request) async throws -> Response {
        guard let user = req.currentUser else { return AccountController.loginRedirect(req) }
        let actors = try await ActorQueries.actors(editedBy: user.id, on: req.sql)
        var incoming: [UUID: Int] = [:]
        for actor in actors where actor.isPublic {
            incoming[actor.id] = try await TieQueries.proposedTies(of: actor.id, on: req.sql)
                .filter { $0.targetID == actor.id && $0.status == .proposed }.count
        }
        return MinePage.page(actors: actors, openProposals: incoming, notice: req.notice(from: Texts.Actors.notices),
                             context: req.pageContext).response()
    }

    @Sendable static func newForm(req: Request) async throws -> Response {
        guard req.currentUser != nil else { return AccountController.loginRedirect(req) }
        return ActorFormPage.page(actor: nil, form: ActorForm(), errors: FormErrors(), areaChoices: [], geography: req.geography,
                                  context: req.pageContext).response()
    }

    @Sendable static func create(req: Request) async throws -> Response {
        let user = try req.requireUser()
        let (checked, invalid) = try posted(req, editing: nil)
        guard let input = checked.profile else { return invalid() }
        let now = req.now
        let id = try await req.db.transaction { db in
            let sql = db.sql
            let id = try await ActorWriter.insert(ActorRow(profile: input, submittedBy: user.id), workAreaIDs: checked.workAreaIDs,
                                                  now: now, on: sql)
            for coordinator in try await RoleQueries.userIDs(with: .coordinator, on: sql) {
                try await Outbox.notify(userID: coordinator, subject: Texts.Actors.reviewMailSubject(input.name),
                                        text: Texts.Actors.reviewMailText(input.name), link: .actorsReview,
                                        kind: .actorReview, now: now, publicURL: req.application.appConfig.publicURL, on: sql)
            }
            return id
        }
        return .seeOther(SiteURL.actor(id.uuidString.lowercased()), notice: "eingereicht")
    }

    @Sendable static func editForm(req: Request) async throws -> Response {
        guard let user = req.currentUser else { return AccountController.loginRedirect(req) }
        let actor = try await ActorAccess.editable(req, user: user)
        return ActorFormPage.page(actor: actor, form: ActorForm(actor, geography: req.geography), errors: FormErrors(),
                                  areaChoices: [], geography: req.geography, context: req.pageContext).response()
    }

    @Sendable static func update(req: Request) async throws -> Response {
        let user = try req.requireUser()
        let actor = try await ActorAccess.editable(req, user: user)
        let (checked, invalid) = try posted(req, editing: actor)
        guard let profile = checked.profile else { return invalid() }
        let now = req.now
        let proposal = ActorChangeRow.Proposal(profile: profile, workAreaIDs: checked.workAreaIDs)
        if try await ActorChanges.needsReview(actor, by: user, on: req.sql),
           proposal != ActorChangeRow.Proposal(profile: actor.profile, workAreaIDs: actor.workAreaIDs) {
            try await req.db.transaction { db in
                let sql = db.sql
                try await ActorChanges.propose(proposal, for: actor.id, by: user.id, now: now, on: sql)
                try await Outbox.notify(userIDs: try await RoleQueries.userIDs(with: .coordinator, on: sql),
                                        subject: Texts.Actors.changeMailSubject(actor.name),
                                        text: Texts.Actors.changeMailText(actor.name), link: .actorsReview,
                                        kind: .actorReview, now: now, publicURL: req.application.appConfig.publicURL, on: sql)
            }
            return .seeOther(SiteURL.actor(actor.id.uuidString.lowercased()), notice: "aenderung-eingereicht")
        }
        try await req.db.transaction { db in
            let sql = db.sql
            try await ActorWriter.update(actor.id, profile, workAreaIDs: checked.workAreaIDs, now: now, on: sql)
            // a rejected entry that was corrected goes back to the coordinators
            if actor.status == .rejected { try await ActorWriter.resubmit(actor.id, now: now, on: sql) }
        }
        return .seeOther(SiteURL.actor(actor.id.uuidString.lowercased()),
                         notice: actor.status == .rejected ? "erneut-eingereicht" : "gespeichert")
    }

    /// The posted form, checked; `invalid` shows it again with the messages (422).
    private static func posted(_ req: Request, editing actor: ActorQueries.Actor?) throws
        -> (checked: ActorForm.Checked, invalid: () -> Response) {
        let form = try req.content.decode(ActorForm.self)
        let checked = form.validate(geography: req.geography, currentYear: currentYear(req))
        return (checked, {
            ActorFormPage.page(actor: actor, form: form, errors: checked.errors, areaChoices: checked.areaChoices,
                               geography: req.geography, context: req.pageContext).response(.unprocessableEntity)
        })
    }

    /// This year in Dortmund, the latest founding year the form accepts.
    private static func currentYear(_ req: Request) -> Int {
        EuropeBerlinTime.localDateTime(at: req.now)?.date.year ?? Calendar(identifier: .gregorian).component(.year, from: req.now)
    }
}
