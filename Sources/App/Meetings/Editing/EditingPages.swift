import Foundation
import GemeinsamCore
import Plot

/// Views of /verwalten, the change history and the place types.
enum EditingPages {
    // MARK: /verwalten

    static func overview(user: CurrentUser, scope: EditScope, places: [PlaceWithType], rooms: [UUID: [RoomRow]],
                         offers: [OfferQueries.WithPlaceName], openRequests: Int, geography: GeographySnapshot,
                         context: PageContext) -> HTML {
        let t = Texts.Manage.self
        let areaNames = scope.areaIDs.compactMap { geography.areas[$0]?.name }
        return Layout.page(title: t.title, context: context, main: .group(
            .h1(.text(t.title)),
            .p(.safeText(scope.everything ? t.introCoordinator
                         : areaNames.isEmpty ? t.introEditor : t.introAreaManager(areaNames))),
            .ul(
                .class("actions"),
                .li(.a(.href(SiteURL.placeNew.path), .text(t.newPlace))),
                .li(.a(.href(SiteURL.offerNew.path), .text(t.newOffer))),
                .li(.a(.href(SiteURL.bookings.path), .text(t.bookings(openRequests)))),
                .if(user.has(.coordinator), .li(.a(.href(SiteURL.placeTypes.path), .text(t.placeTypes))))
            ),
            .h2(.text(t.placesHeading(places.count))),
            .if(places.isEmpty, .p(.class("empty-state"), .text(t.noPlaces))),
            .if(!places.isEmpty, .ul(.class("item-list"), .forEach(places) { place in
                .li(
                    .class("item"),
                    .h3(.safeText(place.name), .text(" "), .sampleBadge(place.isSample), .statusBadge(place.status)),
                    .p(.class("item-meta"), .safeText("\(place.typeName) · \(geography.areas[place.areaID]?.name ?? "")"
                                                      + " · \(t.status): \(place.status.label)")),
                    .ul(
                        .class("inline-list"),
                        .li(.a(.attr("href", SiteURL.placeEdit(place.id.uuidString).path), .text(t.edit),
                               .span(.class("visually-hidden"), .safeText(": " + place.name)))),
                        .li(.a(.attr("href", SiteURL.placeHistory(place.id.uuidString).path), .text(t.history),
                               .span(.class("visually-hidden"), .safeText(": " + place.name)))),
                        .li(.a(.attr("href", SiteURL.offerNew.path + "?ort=" + place.id.uuidString), .text(t.offerHere),
                               .span(.class("visually-hidden"), .safeText(": " + place.name)))),
                        .li(.a(.attr("href", SiteURL.roomNew(place: place.id.uuidString).path), .text(t.newRoom),
                               .span(.class("visually-hidden"), .safeText(": " + place.name))))
                    ),
                    .unwrap(rooms[place.id]) { placeRooms in .p(
                        .text(t.rooms + ": "),
                        .group(placeRooms.enumerated().map { (index, room) -> Node<HTML.BodyContext> in
                            .group(
                                .if(index > 0, .text(", ")),
                                .a(.attr("href", SiteURL.room(room.id.uuidString).path), .safeText(room.name)),
                                .if(!room.bookable, .text(" " + t.notBookable))
                            )
                        })
                    ) }
                )
            })),
            .h2(.text(t.offersHeading(offers.count))),
            .if(offers.isEmpty, .p(.class("empty-state"), .text(t.noOffers))),
            .if(!offers.isEmpty, .ul(.class("item-list"), .forEach(offers) { offer in
                .li(
                    .class("item"),
                    .h3(.safeText(offer.title), .text(" "), .sampleBadge(offer.isSample), .statusBadge(offer.status)),
                    .p(.class("item-meta"), .safeText((offer.placeName ?? offer.meetingPoint)
                                                      + " · \(geography.areas[offer.areaID]?.name ?? "")"
                                                      + " · \(t.status): \(offer.status.label)")),
                    .ul(
                        .class("inline-list"),
                        .li(.a(.attr("href", SiteURL.offerEdit(offer.id.uuidString).path), .text(t.edit),
                               .span(.class("visually-hidden"), .safeText(": " + offer.title)))),
                        .li(.a(.attr("href", SiteURL.offerHistory(offer.id.uuidString).path), .text(t.history),
                               .span(.class("visually-hidden"), .safeText(": " + offer.title))))
                    )
                )
            }))
        ))
    }

    // MARK: history

    static func history(title: String, kind: ItemKind, editPath: String, isSample: Bool,
                        changes: [HistoryQueries.Change], context: PageContext) -> HTML {
        let t = Texts.History.self
        let heading = kind == .place ? t.placeHeading : t.offerHeading
        return Layout.page(title: "\(heading): \(title)", context: context, main: .group(
            .h1(.text(heading)),
            .p(.class("lead"), .safeText(title), .text(" "), .sampleBadge(isSample)),
            .p(.a(.attr("href", editPath), .text(t.back))),
            .if(changes.isEmpty, .p(.text(t.empty))),
            .if(!changes.isEmpty, .table(
                .class("data"),
                .caption(.text(t.caption)),
                .thead(.tr(.th(.attribute(named: "scope", value: "col"), .text(t.when)),
                           .th(.attribute(named: "scope", value: "col"), .text(t.who)),
                           .th(.attribute(named: "scope", value: "col"), .text(t.what)))),
                .tbody(.forEach(changes) { change in
                    .tr(.td(.text(timestamp(change.date))),
                        .td(.safeText(change.who ?? (isSample ? t.system : t.deletedAccount))),
                        .td(.safeText(change.summary)))
                })
            ))
        ))
    }

    /// "03.02.2026, 14:05 Uhr" in Europe/Berlin.
    static func timestamp(_ date: Date) -> String {
        guard let local = EuropeBerlinTime.localDateTime(at: date) else { return "" }
        return "\(FormInput.dateText(local.date)), \(local.time.text) Uhr"
    }

    // MARK: place types

    static func placeTypes(types: [PlaceQueries.TypeUse], name: String, errors: FormErrors, notice: String?,
                           context: PageContext) -> HTML {
        let t = Texts.PlaceTypes.self
        return Layout.page(title: t.title, context: context, main: .group(
            .h1(.text(t.title)),
            .p(.text(t.intro)),
            .statusNotice(notice),
            FormView.errorSummary(errors),
            .form(
                .method(.post), .action(SiteURL.placeTypes.path), .attribute(named: "novalidate", value: "novalidate"),
                FormView.csrfField(context.csrfToken),
                FormView.input(name: "name", label: t.nameLabel, value: name, hint: t.nameHint, maxLength: 80, errors: errors),
                FormView.submit(t.add)
            ),
            .table(
                .class("data"),
                .caption(.text(t.caption)),
                .thead(.tr(.th(.attribute(named: "scope", value: "col"), .text(t.name)),
                           .th(.attribute(named: "scope", value: "col"), .text(t.key)),
                           .th(.attribute(named: "scope", value: "col"), .class("num"), .text(t.places)))),
                .tbody(.forEach(types) { type in
                    .tr(.td(.safeText(type.name)), .td(.safeText(type.key)), .td(.class("num"), .text(String(type.places))))
                })
            ),
            .p(.a(.href(SiteURL.offersManage.path), .text(Texts.Manage.back)))
        ))
    }
}
