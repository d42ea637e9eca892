import Foundation
import GemeinsamCore
import Plot

/// Views of the finding side of Begegnung.
enum MeetingsPages {
    typealias T = German.Meetings

    // MARK: Angebote in Ihrer Nähe

    static func quartierOffers(_ quartier: AreaRecord, filter: OfferFilter, items: [OfferQueries.ListItem], error: String?,
                               geography: GeographySnapshot, map: String?, now: Date, context: PageContext) -> HTML {
        quartierOffers(quartier, main: quartierOffersMain(quartier, filter: filter, items: items, error: error,
                                                          geography: geography, map: map, now: now), context: context)
    }

    /// The page around its main content (which the controller caches, see `FragmentCache`).
    static func quartierOffers(_ quartier: AreaRecord, main: Node<HTML.BodyContext>, context: PageContext) -> HTML {
        Layout.page(title: T.offersHeading(quartier.name), context: context, main: main)
    }

    /// Everything in `<main>` of the offer list; the same for every visitor with the same filters.
    static func quartierOffersMain(_ quartier: AreaRecord, filter: OfferFilter, items: [OfferQueries.ListItem], error: String?,
                                   geography: GeographySnapshot, map: String?, now: Date,
                                   paging: OfferPaging = OfferPaging(page: 1, total: 0)) -> Node<HTML.BodyContext> {
        let paging = paging.total == 0 ? OfferPaging(page: 1, total: items.count) : paging
        let countText: String = items.isEmpty ? T.noResults : paging.pageCount > 1
            ? T.resultCountPaged(paging.total, from: paging.firstNumber, to: paging.firstNumber + items.count - 1)
            : T.resultCount(paging.total)
        let firstNumber = paging.firstNumber
        let list: Node<HTML.BodyContext> = items.isEmpty ? .empty : .ol(
            .class("offer-list"), .attr("start", String(firstNumber)),
            .forEach(items.enumerated()) { index, item in
                offerListItem(item, number: firstNumber + index, quartier: quartier, geography: geography, now: now)
            })
        return .group(
            .p(.class("eyebrow"), .a(.attr("href", SiteURL.quartier(quartier.slug).path), .safeText(quartier.name))),
            .h1(.safeText(T.offersHeading(quartier.name))),
            .unwrap(error) { .div(.class("error-summary"), .attribute(named: "role", value: "alert"), .p(.safeText($0))) },
            filterForm(quartier, filter),
            .p(.class("result-count"), .attribute(named: "role", value: "status"),
               .text(countText)),
            .div(
                .class("area-grid"),
                list,
                .unwrap(map) { svg in
                    .element(named: "figure", nodes: [
                        .class("map-figure"), .raw(svg),
                        .element(named: "figcaption", nodes: [
                            .strong(.text(German.schematicMap)), .text(" – "), .text(T.mapCaption + " " + German.schematicMapNote),
                        ]),
                    ])
                }
            ),
            pager(quartier, filter: filter, paging: paging),
            .ul(.class("actions"),
                .li(.a(.attr("href", SiteURL.quartierCalendar(quartier.slug).path + filter.queryString), .text(T.calendarLink))),
                .li(.a(.attr("href", SiteURL.quartierNotice(quartier.slug).path), .text(T.noticeLink))))
        )
    }

    private static func offerListItem(_ item: OfferQueries.ListItem, number: Int, quartier: AreaRecord,
                                      geography: GeographySnapshot, now: Date) -> Node<HTML.ListContext> {
        let area = geography.areas[item.areaID]
        let whereText = [item.placeName ?? (item.meetingPoint.isEmpty ? nil : item.meetingPoint),
                         area.flatMap { $0.id == quartier.id ? nil : $0.name }].compactMap { $0 }.joined(separator: ", ")
        return .li(
            .class("offer-item"),
            .h2(.class("offer-title"), .span(.class("marker-number"), .attribute(named: "aria-hidden", value: "true"), .text("\(number)")),
                .a(.attr("href", SiteURL.offer(item.id.uuidString.lowercased()).path), .safeText(item.title)),
                .sampleBadge(item.isSample)),
            .p(.class("offer-when"), .safeText((item.schedule.map { MeetingsFormat.when($0, now: now) } ?? ""))),
            .p(.class("offer-meta"), .safeText([item.category.label, whereText.isEmpty ? nil : whereText,
                                                MeetingsFormat.cost(item.costKind, cents: item.costCents),
                                                item.stepFree ? "stufenlos erreichbar" : nil,
                                                item.registrationRequired ? "mit Anmeldung" : nil]
                .compactMap { $0 }.joined(separator: " · ")))
        )
    }

    private static func filterForm(_ quartier: AreaRecord, _ f: OfferFilter) -> Node<HTML.BodyContext> {
        .form(
            .class("filter-form"), .method(.get), .action(SiteURL.quartierOffers(quartier.slug).path),
            .element(named: "fieldset", nodes: [
                .element(named: "legend", nodes: [.text(T.filterHeading)]),
                .div(.class("filter-grid"),
                     FilterForm.select("umkreis", T.scopeLabel, [("quartier", T.scopeQuartier), ("nachbarn", T.scopeNeighbours),
                                                           ("bezirk", T.scopeDistrict)], f.scope.rawValue),
                     FilterForm.select("zeitraum", T.periodLabel, [("heute", T.periodToday), ("woche", T.periodWeek),
                                                             ("monat", T.periodMonth)], f.period.rawValue),
                     FilterForm.select("wochentag", T.weekdayLabel, [("", T.anyWeekday)] + CalendarWeekday.allCases.map {
                         (String($0.rawValue), $0.germanName) }, f.weekday.map { String($0.rawValue) } ?? ""),
                     FilterForm.select("tageszeit", T.timeOfDayLabel, [("", T.anyTime)] + OfferFilter.TimeOfDay.allCases.map {
                         ($0.rawValue, $0.label) }, f.timeOfDay?.rawValue ?? ""),
                     FilterForm.select("kategorie", T.categoryLabel, [("", T.anyCategory)] + OfferCategory.allCases.map {
                         ($0.rawValue, $0.label) }, f.category?.rawValue ?? ""),
                     FilterForm.select("zielgruppe", T.audienceLabel, [("", T.anyAudience)] + Audience.allCases.map {
                         ($0.rawValue, $0.label) }, f.audience?.rawValue ?? ""),
                     FilterForm.select("sprache", T.languageLabel, [("", T.anyLanguage)] + OfferLanguage.all.map {
                         ($0.code, $0.label) }, f.language ?? "")),
                .div(.class("checkbox-row"),
                     FilterForm.checkbox("kostenlos", T.freeLabel, f.freeOfCharge),
                     FilterForm.checkbox("stufenlos", T.stepFreeLabel, f.stepFree),
                     FilterForm.checkbox("ohneanmeldung", T.noRegistrationLabel, f.noRegistration)),
                .div(.class("button-row"),
                     .button(.type(.submit), .class("button"), .text(T.filterButton)),
                     .a(.class("button-link"), .attr("href", SiteURL.quartierOffers(quartier.slug).path), .text(T.resetFilters))),
            ])
        )
    }

    /// "Seite 2 von 4" with links to the previous and next page; nothing when everything fits on one page.
    private static func pager(_ quartier: AreaRecord, filter: OfferFilter, paging: OfferPaging) -> Node<HTML.BodyContext> {
        guard paging.pageCount > 1 else { return .empty }
        func link(_ page: Int) -> String {
            let items = filter.queryItems + (page > 1 ? [("seite", String(page))] : [])
            return SiteURL.quartierOffers(quartier.slug).path
                + (items.isEmpty ? "" : "?" + items.map { "\($0.0)=\($0.1)" }.joined(separator: "&"))
        }
        return .nav(
            .class("pager"), .attr("aria-label", T.pagerLabel),
            .if(paging.page > 1, .a(.attr("href", link(paging.page - 1)), .attr("rel", "prev"), .text(T.previousPage))),
            .span(.text(T.pageOf(paging.page, paging.pageCount))),
            .if(paging.page < paging.pageCount, .a(.attr("href", link(paging.page + 1)), .attr("rel", "next"), .text(T.nextPage)))
        )
    }

    // MARK: offer page

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
        let mayEdit = MeetingsPermissions.mayEdit(context.user, ownerUserID: offer.ownerUserID, areaID: offer.areaID)
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
                            .text(GermanCalendarText.longDate(o.date) + ", " + GermanCalendarText.timeRange(o.startTime, o.endTime)),
                            .if(o.isCancelled, .strong(.text(" – fällt aus"))))
                    }),
                    .dl(.class("facts"),
                        .dt(.text(T.costs)), .dd(.text(MeetingsFormat.cost(offer.costKind, cents: offer.costCents))),
                        .dt(.text(T.registration)),
                        .dd(.safeText(offer.registrationRequired ? (offer.registrationHow.isEmpty ? "nötig" : offer.registrationHow) : T.noRegistration)),
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
                        .p(.text("Im Quartier "), .a(.attr("href", SiteURL.quartier(a.slug).path), .safeText(a.name)),
                           .text(". Die Haltestellen und Fahrpläne nennt die Fahrplanauskunft des VRR."))
                    },
                    AreaPages.mapFigure(map)
                )
            ),
            .ul(.class("actions"),
                .li(.a(.attr("href", SiteURL.offerCalendar(idText).path), .text(T.addToCalendar))),
                .li(.text(T.printHint)),
                .if(mayEdit, .li(.a(.attr("href", SiteURL.offerEdit(idText).path), .text(T.edit)))),
                .if(mayEdit, .li(.a(.attr("href", SiteURL.offerHistory(idText).path), .text(T.history))))),
            .raw("<script type=\"application/ld+json\">" + jsonLD + "</script>")
        ))
    }

    // MARK: place page

    static func place(_ place: PlaceWithType, offers: [Offer], rooms: [RoomRow],
                      geography: GeographySnapshot, map: String?, now: Date, context: PageContext) -> HTML {
        let idText = place.id.uuidString.lowercased()
        let area = geography.areas[place.areaID]
        let mayEdit = MeetingsPermissions.mayEdit(context.user, ownerUserID: place.ownerUserID, areaID: place.areaID)
        return Layout.page(title: place.name, context: context, main: .group(
            .p(.class("eyebrow"), .safeText(place.typeName)),
            .h1(.safeText(place.name), .sampleBadge(place.isSample)),
            .if(place.isSample, .p(.class("notice"), .text(T.sampleNote))),
            .div(
                .class("area-grid"),
                .section(
                    .dl(.class("facts"),
                        .dt("Adresse"), .dd(.safeText(place.address)),
                        .dt("Quartier"), .dd(.unwrap(area, { .a(.attr("href", SiteURL.quartier($0.slug).path), .safeText($0.name)) },
                                                      else: .text("–"))),
                        .dt(.text(T.accessibility)),
                        .dd(.text(place.accessibilityFacts.isEmpty ? T.noAccessibilityInfo : place.accessibilityFacts.joined(separator: ", "))),
                        .if(!place.openingHours.isEmpty, .group(.dt(.text(T.openingHours)), .dd(.safeText(place.openingHours)))),
                        .if(!place.phone.isEmpty, .group(.dt("Telefon"), .dd(.safeText(place.phone)))),
                        .if(!place.email.isEmpty, .group(.dt("E-Mail"), .dd(.safeText(place.email)))),
                        .if(!place.website.isEmpty, .group(.dt("Internet"), .dd(.safeText(place.website))))),
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
                        .safeText(" – \(room.capacity) \(T.roomCapacity)" + (room.accessible ? ", barrierefrei" : "")
                                  + (room.bookable ? ", \(T.roomBookable)" : "")))
                })
            )),
            .ul(.class("actions"),
                .li(.a(.attr("href", SiteURL.placeCalendar(idText).path), .text(T.addToCalendar))),
                .li(.a(.attr("href", SiteURL.placeNotice(idText).path), .text(T.noticeLink))),
                .if(mayEdit, .li(.a(.attr("href", SiteURL.placeEdit(idText).path), .text(T.edit)))),
                .if(mayEdit, .li(.a(.attr("href", SiteURL.placeHistory(idText).path), .text(T.history)))))
        ))
    }

    // MARK: printed weekly notice (Aushang)

    static func notice(title: String, monday: CalendarDate, dates: [OfferQueries.DateItem], shortAddress: String,
                       contact: PlaceWithType?, context: PageContext) -> HTML {
        let days = (0..<7).compactMap { monday.adding(days: $0) }
        let byDay = Dictionary(grouping: dates, by: \.localDate)
        let sunday = monday.adding(days: 6)!
        return HTML(
            .lang(.german),
            .head(
                .meta(.charset(.utf8)),
                .meta(.name("viewport"), .content("width=device-width, initial-scale=1")),
                .title("\(T.noticeHeading(title)) – \(German.siteName)"),
                .link(.rel(.stylesheet), .href(SiteURL.stylesheet.path))
            ),
            .body(
                .class("notice-page"),
                .a(.class("skip-link"), .href("#inhalt"), .text(German.skipLink)),
                .main(
                    .id("inhalt"),
                    .header(.class("notice-header"),
                            .p(.class("notice-brand"), .text(German.siteName)),
                            .h1(.safeText(T.noticeHeading(title))),
                            .p(.class("notice-range"), .text(GermanCalendarText.dayAndMonth(monday, includeYear: false) + " bis "
                                                              + GermanCalendarText.dayAndMonth(sunday)))),
                    .if(dates.isEmpty, .p(.class("notice-empty"), .text(T.noticeEmpty))),
                    .forEach(days.filter { byDay[$0.iso] != nil }) { day in
                        .section(.class("notice-day"),
                                 .h2(.text(GermanCalendarText.longDate(day))),
                                 .ul(.forEach(byDay[day.iso] ?? []) { item in
                                     .li(.if(item.cancelled, .class("cancelled")),
                                         .strong(.text(clockRange(item))), .text(" "), .safeText(item.title),
                                         .unwrap(item.placeName ?? (item.meetingPoint.isEmpty ? nil : item.meetingPoint)) {
                                             .span(.class("notice-place"), .safeText(" – " + $0))
                                         },
                                         .if(item.cancelled, .strong(.text(" – fällt aus"))),
                                         .if(item.isSample, .span(.class("badge badge-sample"), .text(German.sampleBadge))))
                                 }))
                    },
                    .footer(.class("notice-footer"),
                            .p(.text(T.noticeMore + " "), .strong(.safeText(shortAddress))),
                            .unwrap(contact) { c in
                                .p(.text(T.noticeAsk + " "), .strong(.safeText(c.phone)), .safeText(" (\(c.name))"))
                            })
                )
            )
        )
    }

    private static func clockRange(_ item: OfferQueries.DateItem) -> String {
        guard let start = EuropeBerlinTime.localDateTime(at: item.start), let end = EuropeBerlinTime.localDateTime(at: item.end) else { return "" }
        return GermanCalendarText.timeRange(start.time, end.time)
    }
}
