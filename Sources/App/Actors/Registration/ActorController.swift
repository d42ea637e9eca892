import Foundation
import GemeinsamCore
import SQLKit
import Vapor

/// The public directory and actor pages, self-registration, editing, and the coordinators' review.
enum ActorController {
    // MARK: directory

    @Sendable static func directory(req: Request) async throws -> Response {
        let query = DirectoryQuery.parse(req)
        let actors = try await ActorQueries.directory(query.filter, on: req.sql)
        let maps = req.application.geographyStore.maps
        let markers = actors.enumerated().compactMap { i, actor in actor.mapPoint(req.geography).map { (number: i + 1, point: $0) } }
        let map = SVGWriter.addingMarkers(to: maps.cityPlain, projection: maps.cityProjection, markers: markers)
        return ActorPages.directory(actors: actors, query: query, map: map, geography: req.geography,
                                    context: req.pageContext).response(query.problems.isEmpty ? .ok : .badRequest)
    }

    /// The directory's filters from the query string; unknown values are reported, not ignored.
    struct DirectoryQuery: Sendable {
        var filter = ActorQueries.DirectoryFilter()
        var areaSlug = ""
        var problems: [String] = []

        static func parse(_ req: Request) -> DirectoryQuery {
            var q = DirectoryQuery()
            func value(_ name: String) -> String {
                ((try? req.query.get(String.self, at: name)) ?? "").trimmingCharacters(in: .whitespacesAndNewlines)
            }
            q.filter.text = String(value("q").prefix(100))
            let topic = value("thema"), audience = value("zielgruppe"), legal = value("rechtsform"), area = value("gebiet")
            if !topic.isEmpty {
                q.filter.topic = ActorTopic(rawValue: topic)
                if q.filter.topic == nil { q.problems.append(German.Actors.unknownFilter(German.Actors.topic)) }
            }
            if !audience.isEmpty {
                q.filter.audience = Audience(rawValue: audience)
                if q.filter.audience == nil { q.problems.append(German.Actors.unknownFilter(German.Actors.audience)) }
            }
            if !legal.isEmpty {
                q.filter.legalForm = LegalForm(rawValue: legal)
                if q.filter.legalForm == nil { q.problems.append(German.Actors.unknownFilter(German.Actors.legalForm)) }
            }
            if !area.isEmpty {
                let geography = req.geography
                if let district = geography.area(kind: .district, slug: area) {
                    q.filter.areaIDs = geography.children(of: district).map(\.id); q.areaSlug = area
                } else if let quartier = geography.area(kind: .statisticalDistrict, slug: area) {
                    q.filter.areaIDs = [quartier.id]; q.areaSlug = area
                } else {
                    q.problems.append(German.Actors.unknownFilter(German.Actors.area))
                }
            }
            return q
        }
    }

    // MARK: actor page

    @Sendable static func show(req: Request) async throws -> Response {
        let actor = try await visibleActor(req)
        let user = req.currentUser
        let mayEdit = try await mayEdit(actor, user: user, on: req.sql)
        async let places = ActorQueries.places(of: actor.id, on: req.sql)
        async let offers = ActorQueries.offers(of: actor.id, on: req.sql)
        async let rooms = ActorQueries.rooms(of: actor.id, on: req.sql)
        async let ties = TieQueries.networkTies(of: actor.id, on: req.sql)
        var map: String?
        if let point = actor.mapPoint(req.geography) {
            let maps = req.application.geographyStore.maps
            map = SVGWriter.addingMarkers(to: maps.cityPlain, projection: maps.cityProjection, markers: [(1, point)])
        }
        return ActorPages.actor(actor, places: try await places, offers: try await offers, rooms: try await rooms,
                                ties: try await ties, map: map, mayEdit: mayEdit, geography: req.geography,
                                notice: req.actorsNotice, context: req.pageContext).response()
    }

    // MARK: register and edit

    @Sendable static func mine(req: Request) async throws -> Response {
        guard let user = req.currentUser else { return AccountController.loginRedirect(req) }
        let actors = try await ActorQueries.actors(editedBy: user.id, on: req.sql)
        var incoming: [UUID: Int] = [:]
        for actor in actors where actor.isPublic {
            incoming[actor.id] = try await TieQueries.proposedTies(of: actor.id, on: req.sql)
                .filter { $0.targetID == actor.id && $0.status == .proposed }.count
        }
        return ActorPages.mine(actors: actors, openProposals: incoming, notice: req.actorsNotice, context: req.pageContext).response()
    }

    @Sendable static func newForm(req: Request) async throws -> Response {
        guard req.currentUser != nil else { return AccountController.loginRedirect(req) }
        return ActorPages.form(actor: nil, form: ActorForm(), errors: FormErrors(), areaChoices: [], geography: req.geography,
                               context: req.pageContext).response()
    }

    @Sendable static func create(req: Request) async throws -> Response {
        let user = try req.requireUser()
        let form = try req.content.decode(ActorForm.self)
        let checked = form.validate(geography: req.geography, currentYear: currentYear())
        guard let input = checked.input else {
            return ActorPages.form(actor: nil, form: form, errors: checked.errors, areaChoices: checked.areaChoices,
                                   geography: req.geography, context: req.pageContext).response(.unprocessableEntity)
        }
        let id = try await req.db.transaction { db in
            let sql = db.sql
            let id = try await ActorWriter.insert(input, submittedBy: user.id, on: sql)
            for coordinator in try await RoleQueries.userIDs(with: .coordinator, on: sql) {
                try await Outbox.notify(userID: coordinator, subject: German.Actors.reviewMailSubject(input.name),
                                        text: German.Actors.reviewMailText(input.name), link: .actorsReview,
                                        kind: "akteur-pruefen", publicURL: req.application.appConfig.publicURL, on: sql)
            }
            return id
        }
        return .seeOther(SiteURL.actor(id.uuidString.lowercased()).path, notice: "eingereicht")
    }

    @Sendable static func editForm(req: Request) async throws -> Response {
        guard let user = req.currentUser else { return AccountController.loginRedirect(req) }
        let actor = try await editable(req, user: user)
        return ActorPages.form(actor: actor, form: ActorForm(actor.input, geography: req.geography), errors: FormErrors(),
                               areaChoices: [], geography: req.geography, context: req.pageContext).response()
    }

    @Sendable static func update(req: Request) async throws -> Response {
        let user = try req.requireUser()
        let actor = try await editable(req, user: user)
        let form = try req.content.decode(ActorForm.self)
        let checked = form.validate(geography: req.geography, currentYear: currentYear())
        guard let input = checked.input else {
            return ActorPages.form(actor: actor, form: form, errors: checked.errors, areaChoices: checked.areaChoices,
                                   geography: req.geography, context: req.pageContext).response(.unprocessableEntity)
        }
        try await req.db.transaction { db in
            let sql = db.sql
            try await ActorWriter.update(actor.id, input, on: sql)
            // a rejected entry that was corrected goes back to the coordinators
            if actor.status == .rejected { try await ActorWriter.resubmit(actor.id, on: sql) }
        }
        return .seeOther(SiteURL.actor(actor.id.uuidString.lowercased()).path,
                         notice: actor.status == .rejected ? "erneut-eingereicht" : "gespeichert")
    }

    // MARK: review (coordinators)

    @Sendable static func reviewQueue(req: Request) async throws -> Response {
        guard req.currentUser != nil else { return AccountController.loginRedirect(req) }
        _ = try req.requireRole(.coordinator)
        return try await review(req, errors: [:], notice: req.actorsNotice, status: .ok)
    }

    private static func review(_ req: Request, errors: [UUID: String], notice: String?,
                               status: HTTPResponseStatus) async throws -> Response {
        let submitted = try await ActorQueries.actors(status: .submitted, on: req.sql)
        let rejected = try await ActorQueries.actors(status: .rejected, on: req.sql)
        return ActorPages.review(submitted: submitted, rejected: rejected, errors: errors, reasons: [:], geography: req.geography,
                                 notice: notice, context: req.pageContext).response(status)
    }

    struct DecisionForm: Content { var decision: String?; var reason: String? }

    @Sendable static func decide(req: Request) async throws -> Response {
        let user = try req.requireRole(.coordinator)
        guard let actor = try await ActorQueries.actor(try req.uuidParameter(), on: req.sql) else { throw Abort(.notFound) }
        let form = try req.content.decode(DecisionForm.self)
        let status: ActorStatus
        switch form.decision {
        case "freigeben": status = .approved
        case "ablehnen": status = .rejected
        default: throw GermanError(status: .unprocessableEntity, reason: German.Actors.decisionUnknown)
        }
        var reason = ""
        if status == .rejected {
            if (form.reason ?? "").trimmingCharacters(in: .whitespacesAndNewlines).isEmpty {
                return try await reviewWithError(req, actor: actor, message: German.Actors.reasonMissing)
            }
            switch TextInput.clean(form.reason, maxLength: 1_000, multiline: true) {
            case let .success(text) where !text.isEmpty: reason = text
            case .success:
                return try await reviewWithError(req, actor: actor, message: German.Actors.reasonMissing)
            case let .failure(problem):
                return try await reviewWithError(req, actor: actor, message: TextInput.message(problem, field: German.Actors.reasonWhat))
            }
        }
        let decidedReason = reason
        try await req.db.transaction { db in
            let sql = db.sql
            try await ActorWriter.decide(actor.id, status: status, reason: decidedReason, by: user.id, on: sql)
            let base = req.application.appConfig.publicURL
            for editor in try await ActorQueries.editors(of: actor.id, on: sql) {
                try await Outbox.notify(userID: editor.userID, subject: German.Actors.decisionMailSubject(status, actor.name),
                                        text: German.Actors.decisionMailText(status, actor.name, reason: decidedReason),
                                        link: .actor(actor.id.uuidString.lowercased()), kind: "akteur-entscheidung",
                                        publicURL: base, on: sql)
            }
        }
        return .seeOther(SiteURL.actorsReview.path, notice: status == .approved ? "freigegeben" : "abgelehnt")
    }

    private static func reviewWithError(_ req: Request, actor: ActorQueries.Actor, message: String) async throws -> Response {
        try await review(req, errors: [actor.id: message], notice: nil, status: .unprocessableEntity)
    }

    // MARK: helpers

    /// The actor of the `id` parameter: everyone sees approved actors; editors and coordinators also the others.
    static func visibleActor(_ req: Request) async throws -> ActorQueries.Actor {
        guard let actor = try await ActorQueries.actor(try req.uuidParameter(), on: req.sql) else { throw Abort(.notFound) }
        if actor.isPublic { return actor }
        guard try await mayEdit(actor, user: req.currentUser, on: req.sql) else { throw Abort(.notFound) }
        return actor
    }

    /// The actor of the `id` parameter if the person may edit it: 404 when it does not exist, 403 otherwise.
    static func editable(_ req: Request, user: CurrentUser) async throws -> ActorQueries.Actor {
        guard let actor = try await ActorQueries.actor(try req.uuidParameter(), on: req.sql) else { throw Abort(.notFound) }
        guard try await mayEdit(actor, user: user, on: req.sql) else { throw Abort(.forbidden) }
        return actor
    }

    static func mayEdit(_ actor: ActorQueries.Actor, user: CurrentUser?, on sql: any SQLDatabase) async throws -> Bool {
        guard let user else { return false }
        if user.has(.coordinator) { return true }
        return try await ActorQueries.isEditor(actorID: actor.id, userID: user.id, on: sql)
    }

    static func currentYear() -> Int {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = TimeZone(identifier: "Europe/Berlin") ?? .gmt
        return calendar.component(.year, from: Date())
    }
}

extension Request {
    /// The notice shown after a redirect (`?hinweis=…`), only from a fixed list.
    var actorsNotice: String? {
        (try? query.get(String.self, at: "hinweis")).flatMap { German.Actors.notices[$0] }
    }
}
