import Foundation
import GemeinsamCore
import Plot

/// The public page of a place.
extension MeetingsPages {
    static func place(_ place: PlaceWithType, offers: [Offer], rooms: [RoomRow],
                      geography: GeographySnapshot, map: String?, now: Date, context: PageContext) -> HTML {
        let idText = place.id.uuidString.lowercased()
        let area = geography.areas[place.areaID]
        let mayEdit = EditScope.mayEdit(context.user, ownerUserID: place.ownerUserID, actorID: place.ownerActorID, areaID: place.areaID)
        return Layout.page(title: place.name, context: context, main: .group(
            .p(.class("eyebrow"), .safeText(place.typeName)),
            .h1(.safeText(place.name), .sampleBadge(place.isSample)),
            .if(place.isSample, .p(.class("notice"), .text(T.sampleNote))),
            .div(
                .class("area-grid"),
                .section(
                    .dl(.class("facts"),
                        .dt(.text(T.address)), .dd(.safeText(place.address)),
                        .dt(.text(T.quartier)), .dd(.unwrap(area, { .a(.attr("href", SiteURL.quartier($0.slug).path), .safeText($0.name)) },
                                                      else: .text("–"))),
                        .dt(.text(T.accessibility)),
                        .dd(.text(place.accessibilityFacts.isEmpty ? T.noAccessibilityInfo : place.accessibilityFacts.joined(separator: ", "))),
                        .if(!place.openingHours.isEmpty, .group(.dt(.text(T.openingHours)), .dd(.safeText(place.openingHours)))),
                        .if(!place.phone.isEmpty, .group(.dt(.text(T.phone)), .dd(.safeText(place.phone)))),
                        .if(!place.email.isEmpty, .group(.dt(.text(T.email)), .dd(.safeText(place.email)))),
                        .if(!place.website.isEmpty, .group(.dt(.text(T.website)), .dd(.safeText(place.website))))),
                    MeetingsFormat.paragraphs(place.description)
                ),
                AreaPages.mapFigure(map)
            ),
            .section(
                .attribute(named: "aria-labelledby", value: "angebote"),
                .h2(.id("angebote"), .text(T.offersAtPlace)),
                .if(offers.isEmpty, .p(.text(T.noOffersAtPlace))),
                .ul(.class("results"), .forEach(offers) { offer in
                    .li(.a(.attr("href", SiteURL.offer(offer.id.uuidString.lowercased()).path), .safeText(offer.title)),
                        .sampleBadge(offer.isSample),
                        .p(.class("offer-when"), .safeText(MeetingsFormat.when(offer.schedule, now: now))))
                })
            ),
            .if(!rooms.isEmpty, .section(
                .attribute(named: "aria-labelledby", value: "raeume"),
                .h2(.id("raeume"), .text(T.rooms)),
                .ul(.class("results"), .forEach(rooms) { room in
                    .li(.a(.attr("href", SiteURL.room(room.id.uuidString.lowercased()).path), .safeText(room.name)),
                        .safeText(" – \(room.capacity) \(T.roomCapacity)" + (room.accessible ? ", " + T.roomAccessible : "")
                                  + (room.bookable ? ", \(T.roomBookable)" : "")))
                })
            )),
            .ul(.class("actions"),
                .li(.a(.attr("href", SiteURL.placeCalendar(idText).path), .text(T.addToCalendar))),
                .li(.a(.attr("href", SiteURL.placeNotice(idText).path), .text(T.noticeLink))),
                .if(mayEdit, .li(.a(.attr("href", SiteURL.placeEdit(idText).path), .text(T.edit)))),
                .if(mayEdit, .li(.a(.attr("href", SiteURL.placeHistory(idText).path), .text(T.history)))),
                .if(mayEdit, .li(.a(.attr("href", SiteURL.contentTranslations(.place, idText).path),
                                    .text(Texts.ContentTranslations.link)))))
        ))
    }
}
