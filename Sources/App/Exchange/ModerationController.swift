import Foundation
import GemeinsamCore
import Plot
import Vapor

/// The review queue for Quartiersmanagement (its Quartiere) and the Koordinierungsstelle (everything).
enum ModerationController {
    static func moderates(_ user: CurrentUser, areaID: Int) -> Bool {
        user.has(.coordinator) || user.managedAreaIDs.contains(areaID)
    }

    /// nil: every area (coordinator); otherwise the managed Quartiere.
    static func scope(_ user: CurrentUser) throws -> [Int]? {
        if user.has(.coordinator) { return nil }
        guard user.has(.areaManager), !user.managedAreaIDs.isEmpty else { throw Abort(.forbidden) }
        return user.managedAreaIDs
    }

    @Sendable static func queue(req: Request) async throws -> Response {
        guard let user = req.currentUser else { return AccountController.loginRedirect(req) }
        let areas = try scope(user)
        let notice = (try? req.query.get(String.self, at: "hinweis")) == "entschieden" ? German.Moderation.decided : nil
        return ModerationPages.queue(items: try await ModerationQueries.queue(areas: areas, on: req.sql),
                                     log: try await ModerationQueries.log(areas: areas, on: req.sql), notice: notice,
                                     geography: req.geography, context: req.pageContext).response()
    }

    struct DecisionForm: Content {
        var listing: String?
        var message: String?
        var decision: String?
        var note: String?
    }

    @Sendable static func decide(req: Request) async throws -> Response {
        let user = try req.requireUser()
        _ = try scope(user)
        let form = try req.content.decode(DecisionForm.self)
        guard let decision = form.decision, ["restore", "remove"].contains(decision) else {
            throw GermanError(status: .unprocessableEntity, reason: "Bitte wählen Sie „Wieder anzeigen“ oder „Entfernen“.")
        }
        var note = ""
        switch TextInput.clean(form.note, maxLength: 300) {
        case let .success(n): note = n
        case .failure(.empty): note = ""
        case let .failure(p): throw GermanError(status: .unprocessableEntity, reason: TextInput.message(p, field: "eine Begründung"))
        }
        guard let listingID = form.listing.flatMap({ Int($0) }),
              let listing = try await ListingQueries.detail(id: listingID, on: req.sql)
        else { throw GermanError(status: .notFound, reason: German.Exchange.notFound) }
        guard moderates(user, areaID: listing.card.areaID) else { throw Abort(.forbidden) }
        var messageID: UUID?
        if let raw = form.message, !raw.isEmpty {
            guard let id = UUID(uuidString: raw), let owner = try await ContactQueries.requestOfMessage(id, on: req.sql),
                  try await ContactQueries.find(owner.request, on: req.sql)?.listingID == listingID
            else { throw GermanError(status: .notFound, reason: "Diese Nachricht gibt es nicht.") }
            messageID = id
        }
        try await ModerationQueries.decide(listingID: messageID == nil ? listingID : nil, messageID: messageID,
                                           areaID: listing.card.areaID, decision: decision, note: note,
                                           moderator: user.id, on: req.sql)
        return ExchangeSupport.seeOther(req, .boerse(.moderation), query: "hinweis=entschieden")
    }
}

enum ModerationPages {
    static func queue(items: [ModerationQueries.QueueItem], log: [ModerationQueries.LogEntry], notice: String?,
                      geography: GeographySnapshot, context: PageContext) -> HTML {
        let hidden = items.filter(\.hidden)
        let visible = items.filter { !$0.hidden }
        return Layout.page(title: German.Moderation.title, context: context, main: .group(
            .h1(.text(German.Moderation.title)),
            .p(.text(German.Moderation.intro)),
            .unwrap(notice) { ExchangeViews.notice($0) },
            .h2(.text(German.Moderation.queueHeading)),
            hidden.isEmpty ? .p(.class("empty-state"), .text(German.Moderation.queueEmpty))
                : .ul(.class("moderation-list"), .forEach(hidden) { item(geography: geography, $0, context: context) }),
            .if(!visible.isEmpty, .group(
                .h2(.text(German.Moderation.reportedHeading)),
                .ul(.class("moderation-list"), .forEach(visible) { item(geography: geography, $0, context: context) })
            )),
            .h2(.text(German.Moderation.logHeading)),
            log.isEmpty ? .p(.text(German.Moderation.logEmpty)) : .table(
                .class("data"),
                .caption(.text("Die letzten Entscheidungen, neueste zuerst")),
                .thead(.tr(.th(.attribute(named: "scope", value: "col"), "Zeitpunkt"),
                           .th(.attribute(named: "scope", value: "col"), "Gegenstand"),
                           .th(.attribute(named: "scope", value: "col"), "Entscheidung"),
                           .th(.attribute(named: "scope", value: "col"), "Begründung"),
                           .th(.attribute(named: "scope", value: "col"), "durch"))),
                .tbody(.forEach(log) { e in
                    .tr(.td(.text(ExchangeViews.dateTime(e.at))),
                        .td(.text((e.isMessage ? German.Moderation.messageItem : German.Moderation.listingItem)
                                  + (e.listingID.map { " zu Nr. \($0)" } ?? ""))),
                        .td(.text(German.Moderation.decision(e.decision))), .td(.safeText(e.note)), .td(.safeText(e.moderator)))
                })
            )
        ))
    }

    private static func item(geography: GeographySnapshot, _ item: ModerationQueries.QueueItem,
                             context: PageContext) -> Node<HTML.ListContext> {
        let id = (item.messageID?.uuidString.lowercased() ?? String(item.listingID))
        return .li(
            .class("moderation-item"),
            .h3(.text(item.kind == "message" ? German.Moderation.messageItem + " zu " : German.Moderation.listingItem + " "),
                .a(.attr("href", SiteURL.listing(item.listingID).path), .safeText("„\(item.title)“"))),
            .p(.class("listing-facts"), .safeText([
                geography.areas[item.areaID]?.name ?? "", German.Moderation.reports(item.reports),
                item.reasons.map(German.Exchange.reportReason).joined(separator: ", "),
            ].joined(separator: " · "))),
            .element(named: "blockquote", nodes: [.safeText(ExchangeViews.excerpt(item.text, max: 400))]),
            .form(
                .method(.post), .action(SiteURL.boerse(.moderationDecide).path),
                FormView.csrfField(context.csrfToken),
                FormView.hidden("listing", String(item.listingID)),
                .if(item.messageID != nil, FormView.hidden("message", item.messageID?.uuidString ?? "")),
                FormView.typedInput(name: "note", label: German.Moderation.noteLabel, type: "text", required: false,
                                    maxLength: 300, id: "note-\(id)", errors: FormErrors()),
                .div(.class("button-row"),
                     .button(.type(.submit), .name("decision"), .value("restore"), .class("button button-secondary"),
                             .text(German.Moderation.restore)),
                     .button(.type(.submit), .name("decision"), .value("remove"), .class("button"),
                             .text(German.Moderation.remove)))
            )
        )
    }
}
