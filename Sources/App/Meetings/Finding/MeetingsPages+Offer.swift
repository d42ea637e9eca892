import Foundation
import GemeinsamCore
import Plot

/// The public page of an offer.
extension MeetingsPages {
    static func offer(_ offer: Offer, place: PlaceWithType?, geography: GeographySnapshot,
                      map: String?, now: Date, publicURL: String, context: PageContext) -> HTML {
        let area = geography.areas[offer.areaID]
        let idText = offer.id.uuidString.lowercased()
        let next = offer.schedule.upcomingOccurrences(at: now, limit: 8, includeCancelled: true)
        let jsonLD = EventJSONLD(
            name: offer.title, description: offer.description, url: SiteURL.offer(idText).absoluteURL(base: publicURL),
            place: .init(name: place?.name ?? (offer.meetingPoint.isEmpty ? (area?.name ?? "Dortmund") : offer.meetingPoint),
                         streetAddress: place?.street, postalCode: place?.postalCode, locality: "Dortmund",
                         latitude: place?.lat, longitude: place?.lon),
            organizer: .init(name: offer.organiser), isAccessibleForFree: offer.costKind == .free,
            languages: offer.languageList).render(next.filter { _ in offer.status == .published })
        let mayEdit = EditScope.mayEdit(context.user, ownerUserID: offer.ownerUserID, actorID: offer.organiserActorID, areaID: offer.areaID)
        return Layout.page(title: offer.title, context: context, description: String(offer.description.prefix(160)), main: .group(
            .p(.class("eyebrow"), .text(offer.category.label)),
            .h1(.safeText(offer.title), .sampleBadge(offer.isSample)),
            .if(offer.isSample, .p(.class("notice"), .text(T.sampleNote))),
            .if(offer.status == .cancelled, .p(.class("notice notice-warning"), .text(T.cancelledOffer))),
            .if(offer.status == .paused, .p(.class("notice notice-warning"), .text(T.pausedOffer))),
            .if(offer.status == .draft, .p(.class("notice"), .text(T.draftOffer))),
            MeetingsFormat.paragraphs(offer.description),
            .div(
                .class("area-grid"),
                .section(
                    .attribute(named: "aria-labelledby", value: "wann"),
                    .h2(.id("wann"), .text(T.when)),
                    .p(.class("offer-when"), .safeText(MeetingsFormat.when(offer.schedule, now: now))),
                    .h3(.text(T.nextDates)),
                    .ul(.class("date-list"), .forEach(next) { o in
                        .li(.if(o.isCancelled, .class("cancelled")),
                            .text(CalendarText.longDate(o.date) + ", " + CalendarText.timeRange(o.startTime, o.endTime)),
                            .if(o.isCancelled, .strong(.text(T.cancelledDate))))
                    }),
                    .dl(.class("facts"),
                        .dt(.text(T.costs)), .dd(.text(MeetingsFormat.cost(offer.costKind, cents: offer.costCents))),
                        .dt(.text(T.registration)),
                        .dd(.safeText(offer.registrationRequired ? (offer.registrationHow.isEmpty ? T.registrationNeeded : offer.registrationHow) : T.noRegistration)),
                        .dt(.text(T.audiences)), .dd(.text(MeetingsFormat.audiences(offer.audienceList))),
                        .dt(.text(T.languages)), .dd(.text(MeetingsFormat.languages(offer.languageList))),
                        .dt(.text(T.organiser)), .dd(.safeText(offer.organiser)),
                        .dt(.text(T.contact)), .dd(.safeText(offer.contact)))
                ),
                .section(
                    .attribute(named: "aria-labelledby", value: "wo"),
                    .h2(.id("wo"), .text(T.whereHeading)),
                    .unwrap(place, { p in
                        .group(
                            .p(.a(.attr("href", SiteURL.place(p.id.uuidString.lowercased()).path), .safeText(p.name))),
                            .p(.safeText(p.address)),
                            .h3(.text(T.accessibility)),
                            .p(.text(p.accessibilityFacts.isEmpty ? T.noAccessibilityInfo : p.accessibilityFacts.joined(separator: ", ")))
                        )
                    }, else: .p(.safeText(T.outdoor + (offer.meetingPoint.isEmpty ? "" : ": " + offer.meetingPoint)))),
                    .h3(.text(T.howToGetThere)),
                    .unwrap(area) { a in
                        .p(.text(T.inQuartier + " "), .a(.attr("href", SiteURL.quartier(a.slug).path), .safeText(a.name)),
                           .text(T.transitHint))
                    },
                    AreaPages.mapFigure(map)
                )
            ),
            .ul(.class("actions"),
                .li(.a(.attr("href", SiteURL.offerCalendar(idText).path), .text(T.addToCalendar))),
                .li(.text(T.printHint)),
                .if(mayEdit, .li(.a(.attr("href", SiteURL.offerEdit(idText).path), .text(T.edit)))),
                .if(mayEdit, .li(.a(.attr("href", SiteURL.offerHistory(idText).path), .text(T.history)))),
                .if(mayEdit, .li(.a(.attr("href", SiteURL.contentTranslations(.offer, idText).path),
                                    .text(Texts.ContentTranslations.link))))),
            .raw("<script type=\"application/ld+json\">" + jsonLD + "</script>")
        ))
    }
}
