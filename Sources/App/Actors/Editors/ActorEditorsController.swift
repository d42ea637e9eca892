import Foundation
import SQLKit
import Vapor

/// Several editors per actor: editors invite others by e-mail; the invited person accepts with their account.
enum ActorEditorsController {
    @Sendable static func page(req: Request) async throws -> Response {
        guard let user = req.currentUser else { return AccountController.loginRedirect(req) }
        let actor = try await ActorAccess.editable(req, user: user)
        return try await render(req, actor: actor, email: "", errors: FormErrors(), status: .ok)
    }

    struct InviteForm: Content { var email: String? }

    /// Invitation mails per inviting editor and per actor and day: enough for a team, too few to spam anyone.
    static let inviterLimiter = RateLimiter(limit: 10, window: 86_400)
    static let actorLimiter = RateLimiter(limit: 20, window: 86_400)

    @Sendable static func invite(req: Request) async throws -> Response {
        let user = try req.requireUser()
        let actor = try await ActorAccess.editable(req, user: user)
        let form = try req.content.decode(InviteForm.self)
        var errors = FormErrors()
        guard let email = EmailAddress.validate(form.email, field: "email", errors: &errors) else {
            return try await render(req, actor: actor, email: form.email ?? "", errors: errors, status: .unprocessableEntity)
        }
        if let existing = try await RoleQueries.userID(email: email, on: req.sql),
           try await ActorQueries.isEditor(actorID: actor.id, userID: existing, on: req.sql) {
            errors.add("email", Texts.Actors.alreadyEditor)
            return try await render(req, actor: actor, email: email, errors: errors, status: .unprocessableEntity)
        }
        let salt = try await Settings.salt(on: req.sql)
        for (limiter, key) in [(inviterLimiter, "invite|" + user.id.uuidString), (actorLimiter, "invite-actor|" + actor.id.uuidString)] {
            if case let .limited(until) = try await limiter.attempt(RateLimiter.key(key, salt: salt), now: req.now, on: req.sql) {
                throw RegistrationController.tooMany(Texts.Actors.invitationsTooMany, until: until, now: req.now)
            }
        }
        let now = req.now
        try await req.db.transaction { db in
            let sql = db.sql
            let token = try await ActorWriter.invite(actorID: actor.id, email: email, by: user.id, now: now, on: sql)
            try await Outbox.enqueue(userID: nil, to: email, subject: Texts.Actors.inviteMailSubject(actor.name),
                                     text: Texts.Actors.inviteMailText(actor.name, inviter: user.publicName),
                                     link: .actorInvitation(token), kind: .actorInvitation, now: req.now,
                                     publicURL: req.application.appConfig.publicURL, on: sql)
        }
        return .seeOther(SiteURL.actorEditors(actor.id.uuidString.lowercased()), notice: "eingeladen")
    }

    struct RemoveForm: Content { var user: String?; var invitation: String? }

    /// Removes an editor (also oneself) or withdraws an invitation; the last editor cannot be removed.
    @Sendable static func remove(req: Request) async throws -> Response {
        let user = try req.requireUser()
        let actor = try await ActorAccess.editable(req, user: user)
        let form = try req.content.decode(RemoveForm.self)
        let page = SiteURL.actorEditors(actor.id.uuidString.lowercased())
        if let raw = form.invitation, let id = UUID(uuidString: raw) {
            guard try await ActorQueries.invitations(of: actor.id, now: req.now, on: req.sql).contains(where: { $0.id == id })
            else { throw Abort(.notFound) }
            try await ActorWriter.deleteInvitation(id, on: req.sql)
            return .seeOther(page, notice: "einladung-zurueckgezogen")
        }
        guard let raw = form.user, let userID = UUID(uuidString: raw) else {
            throw GermanError(status: .unprocessableEntity, reason: Texts.Actors.removeWhom)
        }
        let editors = try await ActorQueries.editors(of: actor.id, on: req.sql)
        guard editors.contains(where: { $0.userID == userID }) else { throw Abort(.notFound) }
        guard editors.count > 1 else { throw GermanError(status: .conflict, reason: Texts.Actors.lastEditor) }
        try await ActorWriter.removeEditor(actorID: actor.id, userID: userID, on: req.sql)
        if userID == user.id, !user.has(.coordinator) { return .seeOther(SiteURL.actorsMine, notice: "ausgetreten") }
        return .seeOther(page, notice: "entfernt")
    }

    // MARK: accepting an invitation

    @Sendable static func invitation(req: Request) async throws -> Response {
        let (_, actor) = try await openInvitation(req)
        return EditorPages.invitation(actor: actor, token: req.parameters.get("token") ?? "", context: req.pageContext).response()
    }

    @Sendable static func accept(req: Request) async throws -> Response {
        let user = try req.requireVerifiedUser()
        let (invitation, actor) = try await openInvitation(req)
        // the invitation is for the invited address only, not for whoever holds the link
        guard user.email.lowercased() == invitation.email.lowercased() else {
            throw GermanError(status: .forbidden, reason: Texts.Actors.invitationOtherAddress)
        }
        let now = req.now
        try await req.db.transaction { db in
            let sql = db.sql
            try await ActorWriter.addEditor(actorID: actor.id, userID: user.id, now: now, on: sql)
            try await ActorWriter.deleteInvitation(invitation.id, on: sql)
        }
        return .seeOther(SiteURL.actor(actor.id.uuidString.lowercased()), notice: "redaktion")
    }

    /// The open invitation of the `token` parameter and its actor; 404 with a German message otherwise.
    private static func openInvitation(_ req: Request) async throws -> (ActorInvitationRow, ActorQueries.Actor) {
        guard let token = req.parameters.get("token"), CSRFMiddleware.isWellFormed(token),
              let invitation = try await ActorQueries.invitation(tokenHash: ActorWriter.tokenHash(token), now: req.now, on: req.sql)
        else { throw GermanError(status: .notFound, reason: Texts.Actors.invitationInvalid) }
        guard let actor = try await ActorQueries.actor(invitation.actorID, on: req.sql) else { throw Abort(.notFound) }
        return (invitation, actor)
    }

    private static func render(_ req: Request, actor: ActorQueries.Actor, email: String, errors: FormErrors,
                               status: HTTPResponseStatus) async throws -> Response {
        let editors = try await ActorQueries.editors(of: actor.id, on: req.sql)
        let invitations = try await ActorQueries.invitations(of: actor.id, now: req.now, on: req.sql)
        return EditorPages.editors(actor: actor, editors: editors, invitations: invitations, email: email, errors: errors,
                                   notice: req.notice(from: Texts.Actors.notices), context: req.pageContext).response(status)
    }
}
