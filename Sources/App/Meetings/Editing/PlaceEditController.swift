import Foundation
import SQLKit
import Vapor

/// Creating, editing, pausing and the history of places.
enum PlaceEditController {
    struct StatusForm: Content { var status: String? }

    static let formStatuses: [PublicationStatus] = [.draft, .published]
    static let allStatuses: [PublicationStatus] = [.draft, .published, .paused]

    // MARK: new

    @Sendable static func newForm(req: Request) async throws -> Response {
        guard let user = req.currentUser else { return AccountController.loginRedirect(req) }
        _ = try req.editScope(user)
        return try await render(req, place: nil, form: PlaceForm(), errors: FormErrors(), choices: [], status: .ok)
    }

    @Sendable static func create(req: Request) async throws -> Response {
        let user = try req.requireUser()
        let scope = try req.editScope(user)
        let form = try req.content.decode(PlaceForm.self)
        let types = try await PlaceQueries.types(on: req.sql)
        let checked = form.validate(types: types, geography: req.geography, scope: scope, allowedStatuses: formStatuses)
        var errors = checked.errors
        let actorID = ActorChoice.resolve(form.ownerActor, options: try await ActorChoice.options(for: user, including: nil, on: req.sql),
                                          field: "ownerActor", errors: &errors)
        guard errors.isEmpty, var input = checked.input else {
            return try await render(req, place: nil, form: form, errors: errors, choices: checked.areaChoices,
                                    status: .unprocessableEntity)
        }
        input.ownerUserID = user.id
        input.ownerActorID = actorID
        let place = input
        let id = try await req.db.transaction { db in
            try await MeetingsWriter.insertPlace(place, by: user.id, now: req.now, on: db.sql)
        }
        return .seeOther(SiteURL.placeEdit(id.uuidString).path, notice: "angelegt")
    }

    // MARK: edit

    @Sendable static func editForm(req: Request) async throws -> Response {
        guard let user = req.currentUser else { return AccountController.loginRedirect(req) }
        let place = try await editable(req, user: user)
        let form = PlaceForm(place.place, typeKey: place.typeKey)
        return try await render(req, place: place, form: form, errors: FormErrors(), choices: [], status: .ok,
                                notice: req.notice(from: German.Editing.notices))
    }

    @Sendable static func update(req: Request) async throws -> Response {
        let user = try req.requireUser()
        let place = try await editable(req, user: user)
        let scope = try req.editScope(user)
        let form = try req.content.decode(PlaceForm.self)
        let types = try await PlaceQueries.types(on: req.sql)
        // an item outside the person's Quartiere (e.g. owned) may stay where it is
        var checkScope = scope
        if !scope.mayPlace(in: place.areaID) { checkScope.areaIDs.append(place.areaID) }
        let checked = form.validate(types: types, geography: req.geography, scope: checkScope,
                                    allowedStatuses: statuses(current: place.status))
        var errors = checked.errors
        let actorOptions = try await ActorChoice.options(for: user, including: place.ownerActorID, on: req.sql)
        let actorID = ActorChoice.resolve(form.ownerActor, options: actorOptions, field: "ownerActor", errors: &errors)
        guard errors.isEmpty, var input = checked.input else {
            return try await render(req, place: place, form: form, errors: errors, choices: checked.areaChoices,
                                    status: .unprocessableEntity)
        }
        input.id = place.id
        input.ownerUserID = place.ownerUserID
        input.ownerActorID = actorID
        input.isSample = place.isSample
        var changed = PlaceForm.changes(from: place.place, to: input)
        if input.status != place.status { changed.append(German.Editing.statusChange(input.status.label)) }
        let summary = German.Editing.changeSummary(changed)
        let changedPlace = input
        try await req.db.transaction { db in
            try await MeetingsWriter.updatePlace(changedPlace, by: user.id, summary: summary, now: req.now, on: db.sql)
        }
        return .seeOther(SiteURL.placeEdit(place.id.uuidString).path, notice: "gespeichert")
    }

    @Sendable static func setStatus(req: Request) async throws -> Response {
        let user = try req.requireUser()
        let place = try await editable(req, user: user)
        let form = try req.content.decode(StatusForm.self)
        guard let status = form.status.flatMap(PublicationStatus.init(rawValue:)), allStatuses.contains(status) else {
            throw GermanError(status: .unprocessableEntity, reason: German.Editing.statusUnknown)
        }
        if status != place.status {
            try await req.db.transaction { db in
                try await MeetingsWriter.setStatus(.place, id: place.id, status: status, by: user.id, now: req.now, on: db.sql)
            }
        }
        return .seeOther(SiteURL.placeEdit(place.id.uuidString).path, notice: "status")
    }

    @Sendable static func history(req: Request) async throws -> Response {
        guard let user = req.currentUser else { return AccountController.loginRedirect(req) }
        let place = try await editable(req, user: user)
        let changes = try await HistoryQueries.changes(of: .place, id: place.id, on: req.sql)
        return EditingPages.history(title: place.name, kind: .place, editPath: SiteURL.placeEdit(place.id.uuidString).path,
                                    isSample: place.isSample, changes: changes, context: req.pageContext).response()
    }

    // MARK: helpers

    /// The place of the `id` parameter if the person may edit it: 404 when it does not exist, 403 otherwise.
    static func editable(_ req: Request, user: CurrentUser) async throws -> PlaceWithType {
        let scope = try req.editScope(user)
        guard let place = try await PlaceQueries.place(try req.uuidParameter(), on: req.sql) else { throw Abort(.notFound) }
        guard scope.mayEdit(ownerID: place.ownerUserID, areaID: place.areaID) else { throw Abort(.forbidden) }
        return place
    }

    static func statuses(current: PublicationStatus) -> [PublicationStatus] {
        formStatuses.contains(current) ? formStatuses : formStatuses + [current]
    }

    private static func render(_ req: Request, place: PlaceWithType?, form: PlaceForm, errors: FormErrors,
                               choices: [AreaRecord], status: HTTPResponseStatus, notice: String? = nil) async throws -> Response {
        let types = try await PlaceQueries.types(on: req.sql)
        var rooms: [RoomRow] = []
        if let place { rooms = try await RoomQueries.rooms(ofPlace: place.id, on: req.sql) }
        let actors = try await ActorChoice.options(for: try req.requireUser(), including: place?.ownerActorID, on: req.sql)
        return PlacePages.form(place: place, form: form, errors: errors, types: types, areaChoices: choices, actorOptions: actors,
                               statuses: statuses(current: place?.status ?? .draft), rooms: rooms,
                               geography: req.geography, notice: notice, context: req.pageContext).response(status)
    }
}
