import Foundation
import Vapor

/// Creating, editing, changing the status of and the history of places and offers: the same steps for both kinds
/// (`EditableKind` says what differs). Whoever may edit an item is decided by `EditScope`.
enum EditFlow<Kind: EditableKind> {
    struct StatusForm: Content { var status: String? }

    static func register(_ app: Application) {
        let id = SiteURL.parameter("id")
        app.get(Kind.urls.new.pathComponents, use: newForm)
        app.post(Kind.urls.new.pathComponents, use: create)
        app.get(Kind.urls.edit(id).pathComponents, use: editForm)
        app.post(Kind.urls.edit(id).pathComponents, use: update)
        app.post(Kind.urls.status(id).pathComponents, use: setStatus)
        app.get(Kind.urls.history(id).pathComponents, use: history)
    }

    /// The statuses the form offers: draft and published, and the current one so that saving keeps it.
    static func statuses(current: PublicationStatus?) -> [PublicationStatus] {
        let offered: [PublicationStatus] = [.draft, .published]
        guard let current, !offered.contains(current) else { return offered }
        return offered + [current]
    }

    // MARK: new

    @Sendable static func newForm(req: Request) async throws -> Response {
        guard let user = req.currentUser else { return AccountController.loginRedirect(req) }
        let page = try await emptyPage(req, user: user, scope: try req.editScope(user), item: nil) { _ in Kind.newForm(req) }
        return try await Kind.page(page, req: req).response()
    }

    @Sendable static func create(req: Request) async throws -> Response {
        let user = try req.requireUser()
        let scope = try req.editScope(user)
        var page = try await emptyPage(req, user: user, scope: scope, item: nil) { _ in try req.content.decode(Kind.Form.self) }
        guard var item = validate(&page, scope: scope, geography: req.geography) else {
            return try await Kind.page(page, req: req).response(.unprocessableEntity)
        }
        item.ownerUserID = user.id
        let created = item
        let id = try await req.db.transaction { db in
            try await Kind.insert(created, by: user.id, now: req.now, on: db.sql)
        }
        return .seeOther(Kind.urls.edit(id.uuidString), notice: "angelegt")
    }

    // MARK: edit

    @Sendable static func editForm(req: Request) async throws -> Response {
        guard let user = req.currentUser else { return AccountController.loginRedirect(req) }
        let (item, scope) = try await editable(req, user: user)
        var page = try await emptyPage(req, user: user, scope: scope, item: item) {
            Kind.form(for: item, choices: $0, geography: req.geography)
        }
        page.notice = req.notice(from: Texts.Editing.notices)
        return try await Kind.page(page, req: req).response()
    }

    @Sendable static func update(req: Request) async throws -> Response {
        let user = try req.requireUser()
        let (old, scope) = try await editable(req, user: user)
        var page = try await emptyPage(req, user: user, scope: scope, item: old) { _ in try req.content.decode(Kind.Form.self) }
        // an item outside the person's Quartiere (e.g. one they own) may stay where it is
        guard var item = validate(&page, scope: scope.allowing(old.areaID), geography: req.geography) else {
            return try await Kind.page(page, req: req).response(.unprocessableEntity)
        }
        item.id = old.id
        item.ownerUserID = old.ownerUserID
        item.isSample = old.isSample
        var changed = Kind.Form.changes(from: old, to: item)
        if item.status != old.status { changed.append(Texts.Editing.statusChange(item.status.label)) }
        let summary = Texts.Editing.changeSummary(changed)
        let changedItem = item
        try await req.db.transaction { db in
            try await Kind.update(changedItem, by: user.id, summary: summary, now: req.now, on: db.sql)
        }
        return .seeOther(Kind.urls.edit(old.id.uuidString), notice: "gespeichert")
    }

    @Sendable static func setStatus(req: Request) async throws -> Response {
        let user = try req.requireUser()
        let (item, _) = try await editable(req, user: user)
        let form = try req.content.decode(StatusForm.self)
        guard let status = form.status.flatMap(PublicationStatus.init(rawValue:)), Kind.allStatuses.contains(status) else {
            throw GermanError(status: .unprocessableEntity, reason: Texts.Editing.statusUnknown)
        }
        if status != item.status {
            try await req.db.transaction { db in
                try await MeetingsWriter.setStatus(Kind.itemKind, id: item.id, status: status, by: user.id, now: req.now,
                                                   on: db.sql)
            }
        }
        return .seeOther(Kind.urls.edit(item.id.uuidString), notice: "status")
    }

    // MARK: history

    @Sendable static func history(req: Request) async throws -> Response {
        guard let user = req.currentUser else { return AccountController.loginRedirect(req) }
        let (item, _) = try await editable(req, user: user)
        let changes = try await HistoryQueries.changes(of: Kind.itemKind, id: item.id, on: req.sql)
        return EditingPages.history(title: item.heading, kind: Kind.itemKind, editPath: Kind.urls.edit(item.id.uuidString).path,
                                    isSample: item.isSample, changes: changes, context: req.pageContext).response()
    }

    // MARK: helpers

    /// The item of the `id` parameter if the person may edit it: 404 when it does not exist, 403 otherwise.
    static func editable(_ req: Request, user: CurrentUser) async throws -> (Kind.Item, EditScope) {
        let scope = try req.editScope(user)
        guard let item = try await Kind.find(try req.uuidParameter(), on: req.sql) else { throw Abort(.notFound) }
        guard scope.mayEdit(ownerID: item.ownerUserID, actorID: item.actorID, areaID: item.areaID) else { throw Abort(.forbidden) }
        return (item, scope)
    }

    /// The page without errors; `form` makes the form from the page's choices.
    private static func emptyPage(_ req: Request, user: CurrentUser, scope: EditScope, item: Kind.Item?,
                                  form: (Kind.Choices) throws -> Kind.Form) async throws -> EditPage<Kind> {
        let choices = try await Kind.choices(for: scope, editing: item, on: req.sql)
        return EditPage(item: item, form: try form(choices), choices: choices,
                        actorOptions: try await Kind.actorField.options(for: user, current: item?.actorID, on: req.sql),
                        statuses: statuses(current: item?.status))
    }

    /// The item the page's form describes, with the chosen actor; nil with the page's errors set.
    private static func validate(_ page: inout EditPage<Kind>, scope: EditScope, geography: GeographySnapshot) -> Kind.Item? {
        var check = page.form.validate(choices: page.choices, scope: scope, statuses: page.statuses, geography: geography)
        let actorID = Kind.actorField.chosen(page.form.chosenActor, options: page.actorOptions, errors: &check.errors)
        page.errors = check.errors
        page.areaChoices = check.areaChoices
        guard check.errors.isEmpty, var item = check.item else { return nil }
        item.actorID = actorID
        return item
    }
}
