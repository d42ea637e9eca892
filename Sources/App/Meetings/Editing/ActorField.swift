import Foundation
import Plot
import SQLKit

/// "Für welchen Akteur?" on the place, offer and room-request forms: which actors a person may choose (see
/// `ActorChoice`), the chosen one, and the select.
struct ActorField: Sendable {
    /// The form field.
    let name: String
    let label: String
    let hint: String

    static var placeOperator: ActorField { ActorField(name: "ownerActor", label: Texts.Actors.placeActorLabel,
                                          hint: Texts.Actors.placeActorHint) }
    static var offerOrganiser: ActorField { ActorField(name: "organiserActor", label: Texts.Actors.offerActorLabel,
                                           hint: Texts.Actors.offerActorHint) }
    static var requester: ActorField { ActorField(name: "actor", label: Texts.Actors.bookingActorLabel,
                                      hint: Texts.Actors.bookingActorHint) }

    /// The actors the person may choose, and `current` (the one already linked); none for a visitor.
    func options(for user: CurrentUser?, current: UUID?, on sql: any SQLDatabase) async throws -> [FormView.Option] {
        guard let user else { return [] }
        return try await ActorChoice.options(for: user, including: current, on: sql)
    }

    /// The chosen actor, nil for "none"; a value not among the options adds a German error to the field.
    func chosen(_ raw: String?, options: [FormView.Option], errors: inout FormErrors) -> UUID? {
        ActorChoice.resolve(raw, options: options, field: name, errors: &errors)
    }

    /// The select; nothing when the person may choose no actor.
    func select(options: [FormView.Option], selected: String?, errors: FormErrors) -> Node<HTML.FormContext> {
        .if(!options.isEmpty, FormView.select(
            name: name, label: label, options: options, selected: selected?.lowercased(),
            placeholder: Texts.Actors.choiceNone, hint: hint, required: false, errors: errors))
    }
}
