import Foundation
import GemeinsamCore
import Plot

/// "Meine Akteure": the actors a person edits, with open cooperation requests.
enum MinePage {
    private typealias T = Texts.Actors

    static func page(actors: [ActorQueries.Actor], openProposals: [UUID: Int], notice: String?, context: PageContext) -> HTML {
        Layout.page(title: T.mineTitle, context: context, main: .group(
            .h1(.text(T.mineTitle)),
            .statusNotice(notice),
            .if(actors.isEmpty, .p(.text(T.mineEmpty))),
            .if(!actors.isEmpty, ActorViews.table(caption: T.mineCaption, columns: [T.nameLabel, T.statusLabel, T.openProposals],
                                                  rows: .forEach(actors) { actor in
                    .tr(.td(ActorViews.link(actor.id, actor.name)),
                        .td(.text(actor.status.label)),
                        .td(actor.isPublic
                            ? .a(.attr("href", SiteURL.actorTies(actor.id.uuidString.lowercased()).path),
                                 .text(T.openProposalsCount(openProposals[actor.id] ?? 0)),
                                 .span(.class("visually-hidden"), .safeText(" – " + actor.name)))
                            : .text("–")))
                })),
            .p(.a(.class("button"), .href(SiteURL.actorNew.path), .text(T.registerLink))),
            .if(context.user?.has(.coordinator) == true, .p(.a(.href(SiteURL.actorsReview.path), .text(T.reviewTitle))))
        ))
    }
}
