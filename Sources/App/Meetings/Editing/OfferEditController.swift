import Foundation
import SQLKit
import Vapor

/// Creating, editing, publishing, pausing, cancelling and the history of offers.
enum OfferEditController {
    static let formStatuses: [PublicationStatus] = [.draft, .published]
    static let allStatuses: [PublicationStatus] = PublicationStatus.allCases

    // MARK: new

    @Sendable static func newForm(req: Request) async throws -> Response {
        guard let user = req.currentUser else { return AccountController.loginRedirect(req) }
        let scope = try req.editScope(user)
        var form = OfferForm()
        // ?ort=<id> preselects a place (link "Angebot an diesem Ort anlegen")
        if let raw = try? req.query.get(String.self, at: "ort"), UUID(uuidString: raw) != nil { form.place = raw }
        return try await render(req, scope: scope, offer: nil, form: form, errors: FormErrors(), status: .ok)
    }

    @Sendable static func create(req: Request) async throws -> Response {
        let user = try req.requireUser()
        let scope = try req.editScope(user)
        let form = try req.content.decode(OfferForm.self)
        let choices = try await PlaceQueries.choices(for: scope, including: nil, on: req.sql)
        let checked = form.validate(placeChoices: choices, geography: req.geography, scope: scope, currentAreaID: nil,
                                    allowedStatuses: formStatuses)
        var errors = checked.errors
        let actorID = ActorChoice.resolve(form.organiserActor, options: try await ActorChoice.options(for: user, including: nil, on: req.sql),
                                          field: "organiserActor", errors: &errors)
        guard errors.isEmpty, var input = checked.input else {
            return try await render(req, scope: scope, offer: nil, form: form, errors: errors, status: .unprocessableEntity)
        }
        input.ownerUserID = user.id
        input.organiserActorID = actorID
        let offer = input
        let id = try await req.db.transaction { db in
            try await MeetingsWriter.insertOffer(offer, by: user.id, now: req.now, on: db.sql)
        }
        return .seeOther(SiteURL.offerEdit(id.uuidString).path, notice: "angelegt")
    }

    // MARK: edit

    @Sendable static func editForm(req: Request) async throws -> Response {
        guard let user = req.currentUser else { return AccountController.loginRedirect(req) }
        let (offer, scope) = try await editable(req, user: user)
        return try await render(req, scope: scope, offer: offer, form: OfferForm(offer, geography: req.geography),
                                errors: FormErrors(), status: .ok, notice: req.notice(from: German.Editing.notices))
    }

    @Sendable static func update(req: Request) async throws -> Response {
        let user = try req.requireUser()
        let (offer, scope) = try await editable(req, user: user)
        let form = try req.content.decode(OfferForm.self)
        let choices = try await PlaceQueries.choices(for: scope, including: offer.placeID, on: req.sql)
        let checked = form.validate(placeChoices: choices, geography: req.geography, scope: scope,
                                    currentAreaID: offer.areaID, allowedStatuses: statuses(current: offer.status))
        var errors = checked.errors
        let actorOptions = try await ActorChoice.options(for: user, including: offer.organiserActorID, on: req.sql)
        let actorID = ActorChoice.resolve(form.organiserActor, options: actorOptions, field: "organiserActor", errors: &errors)
        guard errors.isEmpty, var input = checked.input else {
            return try await render(req, scope: scope, offer: offer, form: form, errors: errors, status: .unprocessableEntity)
        }
        input.id = offer.id
        input.ownerUserID = offer.ownerUserID
        input.organiserActorID = actorID
        input.isSample = offer.isSample
        var changed = OfferForm.changes(from: offer, to: input)
        if input.status != offer.status { changed.append(German.Editing.statusChange(input.status.label)) }
        let summary = German.Editing.changeSummary(changed)
        let changedOffer = input
        try await req.db.transaction { db in
            try await MeetingsWriter.updateOffer(changedOffer, by: user.id, summary: summary, now: req.now, on: db.sql)
        }
        return .seeOther(SiteURL.offerEdit(offer.id.uuidString).path, notice: "gespeichert")
    }

    @Sendable static func setStatus(req: Request) async throws -> Response {
        let user = try req.requireUser()
        let (offer, _) = try await editable(req, user: user)
        let form = try req.content.decode(PlaceEditController.StatusForm.self)
        guard let status = form.status.flatMap(PublicationStatus.init(rawValue:)), allStatuses.contains(status) else {
            throw GermanError(status: .unprocessableEntity, reason: German.Editing.statusUnknown)
        }
        if status != offer.status {
            try await req.db.transaction { db in
                try await MeetingsWriter.setStatus(.offer, id: offer.id, status: status, by: user.id, now: req.now, on: db.sql)
            }
        }
        return .seeOther(SiteURL.offerEdit(offer.id.uuidString).path, notice: "status")
    }

    @Sendable static func history(req: Request) async throws -> Response {
        guard let user = req.currentUser else { return AccountController.loginRedirect(req) }
        let (offer, _) = try await editable(req, user: user)
        let changes = try await HistoryQueries.changes(of: .offer, id: offer.id, on: req.sql)
        return EditingPages.history(title: offer.title, kind: .offer, editPath: SiteURL.offerEdit(offer.id.uuidString).path,
                                    isSample: offer.isSample, changes: changes, context: req.pageContext).response()
    }

    // MARK: helpers

    static func editable(_ req: Request, user: CurrentUser) async throws -> (Offer, EditScope) {
        let scope = try req.editScope(user)
        guard let offer = try await OfferQueries.offer(try req.uuidParameter(), on: req.sql) else { throw Abort(.notFound) }
        guard scope.mayEdit(ownerID: offer.ownerUserID, areaID: offer.areaID) else { throw Abort(.forbidden) }
        return (offer, scope)
    }

    static func statuses(current: PublicationStatus) -> [PublicationStatus] {
        formStatuses.contains(current) ? formStatuses : formStatuses + [current]
    }

    private static func render(_ req: Request, scope: EditScope, offer: Offer?, form: OfferForm,
                               errors: FormErrors, status: HTTPResponseStatus, notice: String? = nil) async throws -> Response {
        let choices = try await PlaceQueries.choices(for: scope, including: offer?.placeID, on: req.sql)
        let actors = try await ActorChoice.options(for: try req.requireUser(), including: offer?.organiserActorID, on: req.sql)
        return OfferPages.form(offer: offer, form: form, errors: errors, placeChoices: choices, actorOptions: actors,
                               statuses: statuses(current: offer?.status ?? .draft), geography: req.geography,
                               notice: notice, context: req.pageContext).response(status)
    }
}
