import Foundation
import SQLKit
import Vapor

/// Cooperations: an editor of actor A proposes a tie of a kind to B; B's editors confirm or decline. Either side
/// may end a tie, and A may withdraw a proposal.
enum TieController {
    @Sendable static func page(req: Request) async throws -> Response {
        guard let user = req.currentUser else { return AccountController.loginRedirect(req) }
        let actor = try await tieActor(req, user: user)
        return try await render(req, actor: actor, form: ProposeForm(), errors: FormErrors(), status: .ok)
    }

    struct ProposeForm: Content { var partner: String?; var kind: String?; var note: String? }

    @Sendable static func propose(req: Request) async throws -> Response {
        let user = try req.requireUser()
        let actor = try await tieActor(req, user: user)
        let form = try req.content.decode(ProposeForm.self)
        var errors = FormErrors()
        let partner = try await form.partner.flatMap(UUID.init(uuidString:)).asyncFlatMap { try await ActorQueries.actor($0, on: req.sql) }
        if (form.partner ?? "").isEmpty { errors.add("partner", Texts.Actors.partnerMissing) }
        else if partner == nil || partner?.isPublic != true { errors.add("partner", Texts.Actors.partnerUnknown) }
        else if partner?.id == actor.id { errors.add("partner", Texts.Actors.partnerSelf) }
        let kind = form.kind.flatMap(TieKind.init(rawValue:))
        if kind == nil { errors.add("kind", Texts.Actors.kindMissing) }
        let note = FormInput.optionalText(form.note, field: "note", max: 300, errors: &errors)
        guard errors.isEmpty, let partner, let kind else {
            return try await render(req, actor: actor, form: form, errors: errors, status: .unprocessableEntity)
        }
        let tie = ActorTieRow(sourceActorID: actor.id, targetActorID: partner.id, kind: kind, note: note, proposedBy: user.id)
        let now = req.now
        let created = try await req.db.transaction { db -> Bool in
            let sql = db.sql
            guard try await ActorWriter.proposeTie(tie, now: now, on: sql) else { return false }
            for editor in try await ActorQueries.editors(of: partner.id, on: sql) {
                try await Outbox.notify(userID: editor.userID, subject: Texts.Actors.proposalMailSubject(actor.name),
                                        text: Texts.Actors.proposalMailText(actor.name, partner: partner.name, kind: kind),
                                        link: .actorTies(partner.id.uuidString.lowercased()), kind: .tieProposal, now: req.now,
                                        publicURL: req.application.appConfig.publicURL, on: sql)
            }
            return true
        }
        if !created {
            errors.add("partner", Texts.Actors.tieExists)
            return try await render(req, actor: actor, form: form, errors: errors, status: .conflict)
        }
        return .seeOther(SiteURL.actorTies(actor.id.uuidString.lowercased()), notice: "vorgeschlagen")
    }

    struct DecisionForm: Content { var decision: String?; var actor: String? }

    /// `decision`: bestaetigen / ablehnen (the target's editors), zurueckziehen / beenden (either side).
    /// `actor` is the side the person acts for, to return to its page.
    @Sendable static func decide(req: Request) async throws -> Response {
        let user = try req.requireUser()
        guard let tie = try await TieQueries.tie(try req.uuidParameter(), on: req.sql), let tieID = tie.id else { throw Abort(.notFound) }
        let form = try req.content.decode(DecisionForm.self)
        let isCoordinator = user.has(.coordinator)
        let editsSource = try await ActorQueries.isEditor(actorID: tie.sourceID, userID: user.id, on: req.sql) || isCoordinator
        let editsTarget = try await ActorQueries.isEditor(actorID: tie.targetID, userID: user.id, on: req.sql) || isCoordinator
        guard editsSource || editsTarget else { throw Abort(.forbidden) }
        let back = form.actor.flatMap(UUID.init(uuidString:)).flatMap { [tie.sourceID, tie.targetID].contains($0) ? $0 : nil }
            ?? (editsTarget ? tie.targetID : tie.sourceID)
        let page = SiteURL.actorTies(back.uuidString.lowercased())
        switch form.decision {
        case "bestaetigen", "ablehnen":
            guard editsTarget else { throw Abort(.forbidden) }
            guard tie.status == .proposed else { return .seeOther(page, notice: "nicht-offen") }
            let status: TieStatus = form.decision == "bestaetigen" ? .confirmed : .declined
            try await ActorWriter.decideTie(tieID, status: status, by: user.id, now: req.now, on: req.sql)
            return .seeOther(page, notice: status == .confirmed ? "bestaetigt" : "abgelehnt-kooperation")
        case "zurueckziehen", "beenden":
            try await ActorWriter.deleteTie(tieID, on: req.sql)
            return .seeOther(page, notice: "beendet")
        default:
            throw GermanError(status: .unprocessableEntity, reason: Texts.Actors.decisionUnknown)
        }
    }

    /// The actor of the `id` parameter, if the person may manage its ties and it is approved.
    private static func tieActor(_ req: Request, user: CurrentUser) async throws -> ActorQueries.Actor {
        let actor = try await ActorAccess.editable(req, user: user)
        guard actor.isPublic else { throw GermanError(status: .conflict, reason: Texts.Actors.tiesNeedApproval) }
        return actor
    }

    private static func render(_ req: Request, actor: ActorQueries.Actor, form: ProposeForm, errors: FormErrors,
                               status: HTTPResponseStatus) async throws -> Response {
        let ties = try await TieQueries.proposedTies(of: actor.id, on: req.sql)
        let derived = try await TieQueries.networkTies(of: actor.id, on: req.sql).filter(\.isDerived)
        let partners = try await ActorQueries.actors(status: .approved, on: req.sql).filter { $0.id != actor.id }
        return TiesPage.page(actor: actor, ties: ties, derived: derived, partners: partners, form: form, errors: errors,
                             notice: req.notice(from: Texts.Actors.notices), context: req.pageContext).response(status)
    }
}
