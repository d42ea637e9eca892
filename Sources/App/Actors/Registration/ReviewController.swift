import Foundation
import SQLKit
import Vapor

/// The coordinators' review of submitted actors: approve, or reject with a reason the editors see.
enum ReviewController {
    @Sendable static func queue(req: Request) async throws -> Response {
        guard req.currentUser != nil else { return AccountController.loginRedirect(req) }
        _ = try req.requireRole(.coordinator)
        return try await render(req, errors: [:], notice: req.notice(from: Texts.Actors.notices), status: .ok)
    }

    private static func render(_ req: Request, errors: [UUID: String], notice: String?,
                               status: HTTPResponseStatus) async throws -> Response {
        let submitted = try await ActorQueries.actors(status: .submitted, on: req.sql)
        let rejected = try await ActorQueries.actors(status: .rejected, on: req.sql)
        let changes = try await ActorChanges.pending(on: req.sql)
        return ReviewPage.page(submitted: submitted, changes: changes, rejected: rejected, errors: errors, geography: req.geography,
                               notice: notice, context: req.pageContext).response(status)
    }

    struct DecisionForm: Content { var decision: String?; var reason: String? }

    @Sendable static func decide(req: Request) async throws -> Response {
        let user = try req.requireRole(.coordinator)
        let actor = try await ActorAccess.actor(req)
        let form = try req.content.decode(DecisionForm.self)
        let status: ActorStatus
        switch form.decision {
        case "freigeben": status = .approved
        case "ablehnen": status = .rejected
        default: throw GermanError(status: .unprocessableEntity, reason: Texts.Actors.decisionUnknown)
        }
        var reason = ""
        if status == .rejected {
            switch TextInput.clean(form.reason, maxLength: 1_000, multiline: true) {
            case let .success(text): reason = text
            case let .failure(problem):
                let message = problem == .empty ? Texts.Actors.reasonMissing : TextInput.message(problem, field: Texts.Actors.reasonWhat)
                return try await render(req, errors: [actor.id: message], notice: nil, status: .unprocessableEntity)
            }
        }
        let decidedReason = reason
        let now = req.now
        try await req.db.transaction { db in
            let sql = db.sql
            try await ActorWriter.decide(actor.id, status: status, reason: decidedReason, by: user.id, now: now, on: sql)
            let base = req.application.appConfig.publicURL
            for editor in try await ActorQueries.editors(of: actor.id, on: sql) {
                try await Outbox.notify(userID: editor.userID, subject: Texts.Actors.decisionMailSubject(status, actor.name),
                                        text: Texts.Actors.decisionMailText(status, actor.name, reason: decidedReason),
                                        link: .actor(actor.id.uuidString.lowercased()), kind: .actorDecision,
                                        now: now, publicURL: base, on: sql)
            }
        }
        return .seeOther(SiteURL.actorsReview, notice: status == .approved ? "freigegeben" : "abgelehnt")
    }

    /// Takes a waiting change to an approved actor over, or discards it; the editor who proposed it is told.
    @Sendable static func decideChange(req: Request) async throws -> Response {
        _ = try req.requireRole(.coordinator)
        guard let pending = try await ActorChanges.pending(of: try req.uuidParameter(), on: req.sql) else {
            throw GermanError(status: .notFound, reason: Texts.Actors.changeGone)
        }
        let accept: Bool
        switch try req.content.decode(DecisionForm.self).decision {
        case "uebernehmen": accept = true
        case "verwerfen": accept = false
        default: throw GermanError(status: .unprocessableEntity, reason: Texts.Actors.decisionUnknown)
        }
        let now = req.now
        try await req.db.transaction { db in
            let sql = db.sql
            try await ActorChanges.decide(pending, accept: accept, now: now, on: sql)
            if let editor = pending.change.submittedBy {
                try await Outbox.notify(userID: editor, subject: Texts.Actors.changeDecisionSubject(accept, pending.actor.name),
                                        text: Texts.Actors.changeDecisionText(accept, pending.actor.name),
                                        link: .actor(pending.actor.id.uuidString.lowercased()), kind: .actorDecision,
                                        now: now, publicURL: req.application.appConfig.publicURL, on: sql)
            }
        }
        return .seeOther(SiteURL.actorsReview, notice: accept ? "aenderung-uebernommen" : "aenderung-verworfen")
    }
}
