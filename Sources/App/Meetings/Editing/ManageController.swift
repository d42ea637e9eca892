import Foundation
import GemeinsamCore
import SQLKit
import Vapor

/// /verwalten: the places, rooms and offers a person may edit; /verwaltung/ortstypen: place types (coordinators).
enum ManageController {
    @Sendable static func overview(req: Request) async throws -> Response {
        guard let user = req.currentUser else { return AccountController.loginRedirect(req) }
        let scope = try req.editScope(user)
        let places = try await PlaceQueries.editable(in: scope, on: req.sql)
        let rooms = Dictionary(grouping: try await RoomQueries.rooms(ofPlacesIn: scope, on: req.sql), by: \.placeID)
        let offers = try await OfferQueries.editable(in: scope, on: req.sql)
        let open = try await BookingQueries.openRequestCount(for: scope, now: req.now, on: req.sql)
        return EditingPages.overview(user: user, scope: scope, places: places, rooms: rooms, offers: offers, openRequests: open,
                                     geography: req.geography, context: req.pageContext).response()
    }

    // MARK: place types

    struct PlaceTypeForm: Content { var name: String? }

    @Sendable static func placeTypes(req: Request) async throws -> Response {
        guard req.currentUser != nil else { return AccountController.loginRedirect(req) }
        _ = try req.requireRole(.coordinator)
        return try await placeTypesPage(req, name: "", errors: FormErrors(), notice: nil, status: .ok)
    }

    @Sendable static func addPlaceType(req: Request) async throws -> Response {
        _ = try req.requireRole(.coordinator)
        let form = try req.content.decode(PlaceTypeForm.self)
        var errors = FormErrors()
        let t = Texts.PlaceTypes.self
        let name = FormInput.text(form.name, field: "name", what: t.nameWhat, max: 80, errors: &errors)
        let key = Slug.make(name)
        let existing = try await PlaceQueries.types(on: req.sql)
        if errors.isEmpty {
            if key.isEmpty { errors.add("name", t.noLetters) }
            else if existing.contains(where: { $0.name.lowercased() == name.lowercased() || $0.key == key }) {
                errors.add("name", t.exists(name))
            }
        }
        if errors.isEmpty, !(try await PlaceQueries.insertType(key: key, name: name, on: req.sql)) {
            errors.add("name", t.exists(name))
        }
        guard errors.isEmpty else {
            return try await placeTypesPage(req, name: form.name ?? "", errors: errors, notice: nil, status: .unprocessableEntity)
        }
        return try await placeTypesPage(req, name: "", errors: FormErrors(), notice: t.added(name), status: .ok)
    }

    private static func placeTypesPage(_ req: Request, name: String, errors: FormErrors, notice: String?,
                                       status: HTTPResponseStatus) async throws -> Response {
        let types = try await PlaceQueries.typeUses(on: req.sql)
        return EditingPages.placeTypes(types: types, name: name, errors: errors, notice: notice, context: req.pageContext)
            .response(status)
    }
}
