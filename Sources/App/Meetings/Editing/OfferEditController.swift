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
        let choices = try await EditingQueries.placeChoices(for: scope, including: nil, on: req.sql)
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
            try await MeetingsWriter.insertOffer(offer, by: user.id, on: db.sql)
        }
        return .seeOther(SiteURL.offerEdit(id.uuidString).path, notice: "angelegt")
    }

    // MARK: edit

    @Sendable static func editForm(req: Request) async throws -> Response {
        guard let user = req.currentUser else { return AccountController.loginRedirect(req) }
        let (offer, scope) = try await editable(req, user: user)
        return try await render(req, scope: scope, offer: offer, form: OfferForm(offer.input, geography: req.geography),
                                errors: FormErrors(), status: .ok, notice: req.editingNotice)
    }

    @Sendable static func update(req: Request) async throws -> Response {
        let user = try req.requireUser()
        let (offer, scope) = try await editable(req, user: user)
        let form = try req.content.decode(OfferForm.self)
        let choices = try await EditingQueries.placeChoices(for: scope, including: offer.input.placeID, on: req.sql)
        let checked = form.validate(placeChoices: choices, geography: req.geography, scope: scope,
                                    currentAreaID: offer.input.areaID, allowedStatuses: statuses(current: offer.input.status))
        var errors = checked.errors
        let actorOptions = try await ActorChoice.options(for: user, including: offer.input.organiserActorID, on: req.sql)
        let actorID = ActorChoice.resolve(form.organiserActor, options: actorOptions, field: "organiserActor", errors: &errors)
        guard errors.isEmpty, var input = checked.input else {
            return try await render(req, scope: scope, offer: offer, form: form, errors: errors, status: .unprocessableEntity)
        }
        input.ownerUserID = offer.input.ownerUserID
        input.organiserActorID = actorID
        input.isSample = offer.input.isSample
        var changed = OfferForm.changes(from: offer.input, to: input)
        if input.status != offer.input.status { changed.append(German.Editing.statusChange(input.status.label)) }
        let summary = German.Editing.changeSummary(changed)
        let changedOffer = input
        try await req.db.transaction { db in
            try await MeetingsWriter.updateOffer(offer.id, changedOffer, by: user.id, summary: summary, on: db.sql)
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
        if status != offer.input.status {
            try await req.db.transaction { db in
                try await MeetingsWriter.setStatus(kind: "offer", id: offer.id, status: status, by: user.id,
                                                   on: db.sql)
            }
        }
        return .seeOther(SiteURL.offerEdit(offer.id.uuidString).path, notice: "status")
    }

    @Sendable static func history(req: Request) async throws -> Response {
        guard let user = req.currentUser else { return AccountController.loginRedirect(req) }
        let (offer, _) = try await editable(req, user: user)
        let changes = try await EditingQueries.history(kind: "offer", id: offer.id, on: req.sql)
        return EditingPages.history(title: offer.input.title, kind: .offer, editPath: SiteURL.offerEdit(offer.id.uuidString).path,
                                    isSample: offer.input.isSample, changes: changes, context: req.pageContext).response()
    }

    // MARK: helpers

    static func editable(_ req: Request, user: CurrentUser) async throws -> (EditingQueries.OfferRecord, EditScope) {
        let scope = try req.editScope(user)
        guard let offer = try await EditingQueries.offer(try req.uuidParameter(), on: req.sql) else { throw Abort(.notFound) }
        guard scope.mayEdit(ownerID: offer.input.ownerUserID, areaID: offer.input.areaID) else { throw Abort(.forbidden) }
        return (offer, scope)
    }

    static func statuses(current: PublicationStatus) -> [PublicationStatus] {
        formStatuses.contains(current) ? formStatuses : formStatuses + [current]
    }

    private static func render(_ req: Request, scope: EditScope, offer: EditingQueries.OfferRecord?, form: OfferForm,
                               errors: FormErrors, status: HTTPResponseStatus, notice: String? = nil) async throws -> Response {
        let choices = try await EditingQueries.placeChoices(for: scope, including: offer?.input.placeID, on: req.sql)
        let actors = try await ActorChoice.options(for: try req.requireUser(), including: offer?.input.organiserActorID, on: req.sql)
        return OfferPages.form(offer: offer, form: form, errors: errors, placeChoices: choices, actorOptions: actors,
                               statuses: statuses(current: offer?.input.status ?? .draft), geography: req.geography,
                               notice: notice, context: req.pageContext).response(status)
    }
}
