import Foundation
import SQLKit

/// "Für welchen Akteur?" on the place, offer and room-booking forms: the approved actors a person may name (their
/// own; coordinators and area managers any), so that places, offers and bookings are linked to actors and ties can
/// be derived.
enum ActorChoice {
    /// Options for the select; `current` (the actor already linked) stays choosable when editing. Coordinators and
    /// Quartiersmanagement may name any approved actor (e.g. an initiative's offer at a Seniorenbüro they enter).
    static func options(for user: CurrentUser, including current: UUID?, on sql: any SQLDatabase) async throws -> [FormView.Option] {
        var actors = user.has(.coordinator) || user.has(.areaManager)
            ? try await ActorQueries.actors(status: .approved, on: sql)
            : try await ActorQueries.actors(editedBy: user.id, on: sql).filter(\.isPublic)
        if let current, !actors.contains(where: { $0.id == current }), let linked = try await ActorQueries.actor(current, on: sql) {
            actors.append(linked)
        }
        return actors.map { FormView.Option(value: $0.id.uuidString.lowercased(), label: $0.name) }
    }

    /// The chosen actor, nil for "none"; an unknown or not allowed value adds a German error to `field`.
    static func resolve(_ raw: String?, options: [FormView.Option], field: String, errors: inout FormErrors) -> UUID? {
        guard let raw = raw?.trimmingCharacters(in: .whitespaces), !raw.isEmpty else { return nil }
        guard let id = UUID(uuidString: raw), options.contains(where: { $0.value == id.uuidString.lowercased() }) else {
            errors.add(field, Texts.Actors.choiceNotAllowed)
            return nil
        }
        return id
    }
}
