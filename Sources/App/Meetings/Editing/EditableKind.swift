import Foundation
import Plot
import SQLKit
import Vapor

/// What differs between the kinds of items edited through `EditFlow`: places (`PlaceEditing`) and offers
/// (`OfferEditing`).
protocol EditableKind {
    associatedtype Form: EditForm where Form.Item == Item, Form.Choices == Choices
    associatedtype Item
    associatedtype Choices

    static var itemKind: ItemKind { get }
    /// Every status the item can have; the edit page has a button for each other one.
    static var allStatuses: [PublicationStatus] { get }
    static var actorField: ActorField { get }

    static var urls: EditURLs { get }

    static func find(_ id: UUID, on sql: any SQLDatabase) async throws -> Item?
    static func choices(for scope: EditScope, editing item: Item?, on sql: any SQLDatabase) async throws -> Choices

    /// The form of a new item (it may take values from the address, e.g. a place for a new offer).
    static func newForm(_ req: Request) -> Form
    static func form(for item: Item, choices: Choices, geography: GeographySnapshot) -> Form

    static func insert(_ item: Item, by userID: UUID, now: Date, on sql: any SQLDatabase) async throws -> UUID
    static func update(_ item: Item, by userID: UUID, summary: String, now: Date, on sql: any SQLDatabase) async throws

    static func page(_ page: EditPage<Self>, req: Request) async throws -> HTML
}

/// A place or an offer as `EditFlow` sees it.
protocol EditableItem: Sendable {
    var id: UUID { get set }
    var ownerUserID: UUID? { get set }
    /// The actor of the Akteursnetz the item belongs to.
    var actorID: UUID? { get set }
    var isSample: Bool { get set }
    var areaID: Int { get }
    var status: PublicationStatus { get }
    /// The name or title.
    var heading: String { get }
}

/// The form of a place or an offer as sent, and its checks.
protocol EditForm: Content, Sendable {
    associatedtype Item: EditableItem
    /// What the form offers besides fixed lists (place types; the places an offer can take place at).
    associatedtype Choices: Sendable

    /// The value of the `ActorField`.
    var chosenActor: String? { get }
    var status: String? { get }

    /// The item the form describes (without owner and actor, which `EditFlow` adds), or the errors; `statuses` are
    /// those the form offers.
    func validate(choices: Choices, scope: EditScope, statuses: [PublicationStatus],
                  geography: GeographySnapshot) -> EditCheck<Item>
    /// German names of what changed, for the history ("Name", "Adresse").
    static func changes(from old: Item, to new: Item) -> [String]
}

extension EditForm {
    /// The chosen status if the form offers it; a German error otherwise.
    func checkedStatus(_ offered: [PublicationStatus], errors: inout FormErrors) -> PublicationStatus? {
        guard let status = status.flatMap(PublicationStatus.init(rawValue:)), offered.contains(status) else {
            errors.add("status", Texts.Editing.statusMissing)
            return nil
        }
        return status
    }
}

/// The addresses of a kind's pages (by the item's id).
struct EditURLs: Sendable {
    let new: SiteURL
    let edit: @Sendable (String) -> SiteURL
    let status: @Sendable (String) -> SiteURL
    let history: @Sendable (String) -> SiteURL
    let publicPage: @Sendable (String) -> SiteURL
}

/// The outcome of checking a form: the item, or the errors (and, for a place, the Quartiere to choose from).
struct EditCheck<Item: Sendable>: Sendable {
    var item: Item?
    var errors: FormErrors
    var areaChoices: [AreaRecord] = []
}

/// Everything the form page of a place or an offer shows.
struct EditPage<Kind: EditableKind>: Sendable {
    /// nil for a new item.
    var item: Kind.Item?
    var form: Kind.Form
    var errors = FormErrors()
    var choices: Kind.Choices
    var areaChoices: [AreaRecord] = []
    var actorOptions: [FormView.Option]
    /// The statuses the form offers.
    var statuses: [PublicationStatus]
    var notice: String?
}
