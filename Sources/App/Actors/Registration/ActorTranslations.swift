import Foundation
import Vapor

/// Actor profiles on the translation page: the actor's editors and the Koordinierungsstelle may translate the name
/// and description (`ActorAccess`).
enum ActorTranslations: TranslatableKind {
    static let kind = ContentKind.actor

    static func editableItem(_ req: Request, user: CurrentUser) async throws -> TranslatableItem {
        let actor = try await ActorAccess.editable(req, user: user)
        let id = ContentLanguage.id(actor.id)
        return TranslatableItem(id: id, title: actor.name, description: actor.profile.description, pageURL: .actor(id))
    }
}
