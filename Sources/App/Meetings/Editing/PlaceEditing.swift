import Foundation
import Plot
import SQLKit
import Vapor

/// Places in `EditFlow`: /orte/neu, /orte/{id}/bearbeiten (with the place's rooms), its status and history.
enum PlaceEditing: EditableKind {
    static let itemKind = ItemKind.place
    static let allStatuses: [PublicationStatus] = [.draft, .published, .paused]
    static let actorField = ActorField.placeOperator

    static let urls = EditURLs(new: .placeNew, edit: { .placeEdit($0) }, status: { .placeStatus($0) },
                               history: { .placeHistory($0) }, publicPage: { .place($0) })

    static func find(_ id: UUID, on sql: any SQLDatabase) async throws -> PlaceRow? {
        try await PlaceQueries.place(id, on: sql)?.row
    }

    /// The place types.
    static func choices(for scope: EditScope, editing place: PlaceRow?, on sql: any SQLDatabase) async throws -> [PlaceTypeRow] {
        try await PlaceQueries.types(on: sql)
    }

    static func newForm(_ req: Request) -> PlaceForm { PlaceForm() }

    static func form(for place: PlaceRow, choices types: [PlaceTypeRow], geography: GeographySnapshot) -> PlaceForm {
        PlaceForm(place, typeKey: types.first { $0.id == place.typeID }?.key)
    }

    static func insert(_ place: PlaceRow, by userID: UUID, now: Date, on sql: any SQLDatabase) async throws -> UUID {
        try await MeetingsWriter.insertPlace(place, by: userID, now: now, on: sql)
    }

    static func update(_ place: PlaceRow, by userID: UUID, summary: String, now: Date, on sql: any SQLDatabase) async throws {
        try await MeetingsWriter.updatePlace(place, by: userID, summary: summary, now: now, on: sql)
    }

    static func page(_ page: EditPage<PlaceEditing>, req: Request) async throws -> HTML {
        var rooms: [RoomRow] = []
        if let place = page.item { rooms = try await RoomQueries.rooms(ofPlace: place.id, on: req.sql) }
        return PlacePages.form(page, rooms: rooms, context: req.pageContext)
    }
}

extension PlaceRow: EditableItem {
    var actorID: UUID? {
        get { ownerActorID }
        set { ownerActorID = newValue }
    }

    var heading: String { name }
}

extension PlaceForm: EditForm {
    var chosenActor: String? { ownerActor }
}
