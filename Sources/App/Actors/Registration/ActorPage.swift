import Foundation
import GemeinsamCore
import Plot

/// The page of one actor: facts, map, what it runs in Begegnung and its cooperations.
enum ActorPage {
    private typealias T = Texts.Actors

    static func page(_ actor: ActorQueries.Actor, places: [ActorPlaces.Item], offers: [ActorPlaces.Item],
                     rooms: [ActorPlaces.Item], ties: [TieQueries.Tie], map: String?, mayEdit: Bool,
                     geography: GeographySnapshot, notice: String?, context: PageContext) -> HTML {
        let p = actor.profile
        let idText = actor.id.uuidString.lowercased()
        return Layout.page(title: actor.name, context: context, description: String(p.description.prefix(160)), main: .group(
            .p(.class("eyebrow"), .a(.href(SiteURL.actors.path), .text(T.directoryTitle))),
            .h1(.safeText(actor.name)),
            .statusNotice(notice),
            .if(actor.isSample, .p(.class("notice"), .text(T.sampleNote))),
            .if(actor.status == .submitted, .p(.class("notice"), .text(T.submittedNote))),
            .if(actor.status == .rejected, .div(.class("notice notice-warning"),
                                                .p(.text(T.rejectedNote)), .p(.safeText(actor.rejectionReason)))),
            .div(
                .class("area-grid"),
                .div(.p(.safeText(p.description)), facts(actor, geography: geography)),
                .unwrap(map) { svg in
                    ActorViews.mapFigure(svg, caption: p.hasFixedPlace && p.lat != nil ? T.mapCaptionOne : T.mapCaptionArea)
                }
            ),
            itemSection(T.placesHeading, T.noPlaces, places) { SiteURL.place($0.uuidString.lowercased()).path },
            itemSection(T.offersHeading, T.noOffers, offers) { SiteURL.offer($0.uuidString.lowercased()).path },
            itemSection(T.roomsHeading, T.noRooms, rooms) { SiteURL.room($0.uuidString.lowercased()).path },
            .h2(.text(T.cooperationsHeading)),
            .if(ties.isEmpty, .p(.text(T.noCooperations))),
            .if(!ties.isEmpty, ActorViews.table(caption: T.cooperationsCaption(actor.name), columns: [T.partner, T.kind, T.basis],
                                                rows: .forEach(ties) { tie in
                let other = tie.other(than: actor.id)
                return .tr(.td(ActorViews.link(other.id, other.name)),
                           .td(.text(tie.kind.label)),
                           .td(.safeText(tie.isDerived ? T.derivedBasis(tie.kind, tie.note) : T.confirmedBasis)))
            })),
            .if(mayEdit, .group(
                .h2(.text(T.manageHeading)),
                .ul(.class("actions"),
                    .li(.a(.attr("href", SiteURL.actorEdit(idText).path), .text(T.editLink))),
                    .li(.a(.attr("href", SiteURL.actorEditors(idText).path), .text(T.editorsLink))),
                    .li(.a(.attr("href", SiteURL.contentTranslations(.actor, idText).path), .text(Texts.ContentTranslations.link))),
                    .if(actor.isPublic, .li(.a(.attr("href", SiteURL.actorTies(idText).path), .text(T.tiesLink)))))
            ))
        ))
    }

    private static func facts(_ actor: ActorQueries.Actor, geography: GeographySnapshot) -> Node<HTML.BodyContext> {
        let p = actor.profile
        let area = p.areaID.flatMap { geography.areas[$0] }
        let workAreas = actor.workAreaIDs.compactMap { geography.areas[$0] }
        let address = [p.street, p.postalCode.isEmpty ? nil : p.postalCode + T.postalCodeCity].compactMap { $0 }.joined(separator: ", ")
        return .dl(.class("facts"),
            .dt(.text(T.legalForm)), .dd(.text(p.legalForm.label)),
            .dt(.text(T.topicsLabel)), .dd(.text(p.topicList.map(\.label).joined(separator: ", "))),
            .dt(.text(T.audiencesLabel)), .dd(.text(p.audienceList.map(\.label).joined(separator: ", "))),
            .dt(.text(T.addressLabel)),
            .dd(p.hasFixedPlace
                ? .group(.safeText(address), .unwrap(area) { .group(.text(" ("), quartierLink($0), .text(")")) })
                : .text(T.withoutFixedPlace)),
            .if(!workAreas.isEmpty, .group(
                .dt(.text(T.workAreasLabel)),
                .dd(.group(workAreas.enumerated().map { i, q in .group(.if(i > 0, .text(", ")), quartierLink(q)) })))),
            .unwrap(p.foundedYear) { .group(.dt(.text(T.foundedLabel)), .dd(.text(String($0)))) },
            .dt(.text(T.sizeLabel)), .dd(.text(p.sizeRange.label)),
            .if(!p.contactEmail.isEmpty, .group(.dt(.text(T.emailLabel)),
                                                .dd(.a(.attr("href", "mailto:" + p.contactEmail), .safeText(p.contactEmail))))),
            .if(!p.contactPhone.isEmpty, .group(.dt(.text(T.phoneLabel)), .dd(.safeText(p.contactPhone)))),
            .if(!p.website.isEmpty, .group(.dt(.text(T.websiteLabel)), .dd(.a(.attr("href", p.website), .safeText(p.website))))))
    }

    private static func quartierLink(_ quartier: AreaRecord) -> Node<HTML.BodyContext> {
        .a(.attr("href", SiteURL.quartier(quartier.slug).path), .safeText(quartier.name))
    }

    private static func itemSection(_ heading: String, _ empty: String, _ items: [ActorPlaces.Item],
                                    link: (UUID) -> String) -> Node<HTML.BodyContext> {
        .group(
            .h2(.text(heading)),
            .if(items.isEmpty, .p(.text(empty))),
            .if(!items.isEmpty, .ul(.forEach(items) { item in
                .li(.a(.attr("href", link(item.id)), .safeText(item.name)),
                    .if(!item.detail.isEmpty, .safeText(" – " + item.detail)))
            }))
        )
    }
}
