import Foundation
import SQLKit
import Vapor

/// Who may see and edit an actor: everyone sees approved actors; its editors and coordinators also the others and
/// may edit it.
enum ActorAccess {
    /// The actor of the `id` parameter; 404 when there is none.
    static func actor(_ req: Request) async throws -> ActorQueries.Actor {
        guard let actor = try await ActorQueries.actor(try req.uuidParameter(), on: req.sql) else { throw Abort(.notFound) }
        return actor
    }

    /// The actor of the `id` parameter if the person may see it; 404 otherwise.
    static func visible(_ req: Request) async throws -> ActorQueries.Actor {
        let actor = try await actor(req)
        if actor.isPublic { return actor }
        guard try await mayEdit(actor, user: req.currentUser, on: req.sql) else { throw Abort(.notFound) }
        return actor
    }

    /// The actor of the `id` parameter if the person may edit it: 404 when it does not exist, 403 otherwise.
    static func editable(_ req: Request, user: CurrentUser) async throws -> ActorQueries.Actor {
        let actor = try await actor(req)
        guard try await mayEdit(actor, user: user, on: req.sql) else { throw Abort(.forbidden) }
        return actor
    }

    static func mayEdit(_ actor: ActorQueries.Actor, user: CurrentUser?, on sql: any SQLDatabase) async throws -> Bool {
        guard let user else { return false }
        if user.has(.coordinator) { return true }
        return try await ActorQueries.isEditor(actorID: actor.id, userID: user.id, on: sql)
    }
}
