import Foundation
import GemeinsamCore
import Plot

/// The review queue and the log of decisions.
enum ModerationPages {
    static func queue(items: [ModerationQueries.QueueItem], log: [LoggedDecision], notice: String?,
                      geography: GeographySnapshot, context: PageContext) -> HTML {
        let hidden = items.filter(\.about.itemHidden)
        let visible = items.filter { !$0.about.itemHidden }
        return Layout.page(title: Texts.Moderation.title, context: context, main: .group(
            .h1(.text(Texts.Moderation.title)),
            .p(.text(Texts.Moderation.intro)),
            .statusNotice(notice),
            .h2(.text(Texts.Moderation.queueHeading)),
            hidden.isEmpty ? .p(.class("empty-state"), .text(Texts.Moderation.queueEmpty))
                : .ul(.class("moderation-list"), .forEach(hidden) { item(geography: geography, $0, context: context) }),
            .if(!visible.isEmpty, .group(
                .h2(.text(Texts.Moderation.reportedHeading)),
                .ul(.class("moderation-list"), .forEach(visible) { item(geography: geography, $0, context: context) })
            )),
            .h2(.text(Texts.Moderation.logHeading)),
            log.isEmpty ? .p(.text(Texts.Moderation.logEmpty)) : .table(
                .class("data"),
                .caption(.text(Texts.Moderation.logCaption)),
                .thead(.tr(.forEach(Texts.Moderation.logColumns) { .th(.attribute(named: "scope", value: "col"), .text($0)) })),
                .tbody(.forEach(log) { e in
                    .tr(.td(.text(ExchangeViews.dateTime(e.at))),
                        .td(.text((e.isMessage ? Texts.Moderation.messageItem : Texts.Moderation.listingItem)
                                  + (e.listingID.map(Texts.Moderation.toNumber) ?? ""))),
                        .td(.text(Texts.Moderation.decision(e.decision))), .td(.safeText(e.note)), .td(.safeText(e.moderator)))
                })
            )
        ))
    }

    private static func item(geography: GeographySnapshot, _ item: ModerationQueries.QueueItem,
                             context: PageContext) -> Node<HTML.ListContext> {
        let id = (item.messageID?.uuidString.lowercased() ?? String(item.about.itemListingID))
        return .li(
            .class("moderation-item"),
            .h3(.text(Texts.Moderation.itemHeading(isMessage: item.isMessage)),
                .a(.attr("href", SiteURL.listing(item.about.itemListingID).path), .safeText("„\(item.about.title)“"))),
            .p(.class("listing-facts"), .safeText([
                geography.areas[item.about.areaID]?.name ?? "", Texts.Moderation.reports(item.reports),
                item.reasons.map(Texts.Exchange.reportReason).joined(separator: ", "),
            ].joined(separator: " · "))),
            .element(named: "blockquote", nodes: [.safeText(ExchangeViews.excerpt(item.about.itemText, max: 400))]),
            .form(
                .method(.post), .action(SiteURL.boerse(.moderationDecide).path),
                FormView.csrfField(context.csrfToken),
                FormView.hidden("listing", String(item.about.itemListingID)),
                .if(item.messageID != nil, FormView.hidden("message", item.messageID?.uuidString ?? "")),
                FormView.input(name: "note", label: Texts.Moderation.noteLabel, required: false, maxLength: 300,
                               id: "note-\(id)", errors: FormErrors()),
                .div(.class("button-row"),
                     .button(.type(.submit), .name("decision"), .value("restore"), .class("button button-secondary"),
                             .text(Texts.Moderation.restore)),
                     .button(.type(.submit), .name("decision"), .value("remove"), .class("button"),
                             .text(Texts.Moderation.remove)))
            )
        )
    }
}
