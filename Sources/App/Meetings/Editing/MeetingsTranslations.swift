import Foundation
import Vapor

/// Offers and places on the translation page: those who may edit them may translate them (`EditScope`).
enum OfferTranslations: TranslatableKind {
    static let kind = ContentKind.offer

    static func editableItem(_ req: Request, user: CurrentUser) async throws -> TranslatableItem {
        guard let offer = try await OfferQueries.offer(try req.uuidParameter(), on: req.sql) else { throw Abort(.notFound) }
        guard EditScope.mayEdit(user, ownerUserID: offer.ownerUserID, actorID: offer.organiserActorID, areaID: offer.areaID)
        else { throw Abort(.forbidden) }
        let id = ContentLanguage.id(offer.id)
        return TranslatableItem(id: id, title: offer.title, description: offer.description, pageURL: .offer(id))
    }
}

enum PlaceTranslations: TranslatableKind {
    static let kind = ContentKind.place

    static func editableItem(_ req: Request, user: CurrentUser) async throws -> TranslatableItem {
        guard let place = try await PlaceQueries.place(try req.uuidParameter(), on: req.sql) else { throw Abort(.notFound) }
        guard EditScope.mayEdit(user, ownerUserID: place.ownerUserID, actorID: place.ownerActorID, areaID: place.areaID)
        else { throw Abort(.forbidden) }
        let id = ContentLanguage.id(place.id)
        return TranslatableItem(id: id, title: place.name, description: place.description, pageURL: .place(id))
    }
}
