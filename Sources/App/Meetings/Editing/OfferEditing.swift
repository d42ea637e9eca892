import Foundation
import Plot
import SQLKit
import Vapor

/// Offers in `EditFlow`: /angebote/neu, /angebote/{id}/bearbeiten, publishing, pausing, cancelling, the history.
enum OfferEditing: EditableKind {
    static let itemKind = ItemKind.offer
    static let allStatuses = PublicationStatus.allCases
    static let actorField = ActorField.offerOrganiser

    static let urls = EditURLs(new: .offerNew, edit: { .offerEdit($0) }, status: { .offerStatus($0) },
                               history: { .offerHistory($0) }, publicPage: { .offer($0) })

    static func find(_ id: UUID, on sql: any SQLDatabase) async throws -> Offer? {
        try await OfferQueries.offer(id, on: sql)
    }

    /// The places the offer can take place at.
    static func choices(for scope: EditScope, editing offer: Offer?, on sql: any SQLDatabase) async throws -> [PlaceRow] {
        try await PlaceQueries.choices(for: scope, including: offer?.placeID, on: sql)
    }

    static func newForm(_ req: Request) -> OfferForm {
        var form = OfferForm()
        // ?ort=<id> preselects a place (link "Angebot an diesem Ort anlegen")
        if let raw = try? req.query.get(String.self, at: "ort"), UUID(uuidString: raw) != nil { form.place = raw }
        return form
    }

    static func form(for offer: Offer, choices: [PlaceRow], geography: GeographySnapshot) -> OfferForm {
        OfferForm(offer, geography: geography)
    }

    static func insert(_ offer: Offer, by userID: UUID, now: Date, on sql: any SQLDatabase) async throws -> UUID {
        try await MeetingsWriter.insertOffer(offer, by: userID, now: now, on: sql)
    }

    static func update(_ offer: Offer, by userID: UUID, summary: String, now: Date, on sql: any SQLDatabase) async throws {
        try await MeetingsWriter.updateOffer(offer, by: userID, summary: summary, now: now, on: sql)
    }

    static func page(_ page: EditPage<OfferEditing>, req: Request) async throws -> HTML {
        OfferPages.form(page, geography: req.geography, context: req.pageContext)
    }
}

extension Offer: EditableItem {
    var id: UUID {
        get { row.id }
        set { row.id = newValue }
    }

    var ownerUserID: UUID? {
        get { row.ownerUserID }
        set { row.ownerUserID = newValue }
    }

    var actorID: UUID? {
        get { row.organiserActorID }
        set { row.organiserActorID = newValue }
    }

    var isSample: Bool {
        get { row.isSample }
        set { row.isSample = newValue }
    }

    var areaID: Int { row.areaID }
    var status: PublicationStatus { row.status }
    var heading: String { row.title }
}

extension OfferForm: EditForm {
    var chosenActor: String? { organiserActor }
}
