import Foundation
import GemeinsamCore
import Plot

/// Views of the finding side of Begegnung: the offer list of a Quartier (offer, place and notice pages in the
/// extensions beside it).
enum MeetingsPages {
    typealias T = Texts.Meetings

    // MARK: Angebote in Ihrer Nähe

    static func quartierOffers(_ quartier: AreaRecord, filter: OfferFilter, items: [OfferQueries.ListItem], error: String?,
                               geography: GeographySnapshot, map: String?, now: Date, context: PageContext) -> HTML {
        quartierOffers(quartier, main: quartierOffersMain(quartier, filter: filter, items: items, error: error,
                                                          geography: geography, map: map, now: now), context: context)
    }

    /// The page around its main content (which the controller keeps in the render cache).
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
            .unwrap(filter.language == nil ? filter.preferredLanguage : nil) { code in
                .p(.class("hint"), .text(T.preferredLanguageFirst(OfferLanguage.label(code)) + " "),
                   .a(.attr("href", SiteURL.quartierOffers(quartier.slug).path + filter.with(language: code).queryString),
                      .text(T.onlyPreferredLanguage(OfferLanguage.label(code)))))
            },
            .div(
                .class("area-grid"),
                list,
                .unwrap(map) { svg in
                    .element(named: "figure", nodes: [
                        .class("map-figure"), .raw(svg),
                        .element(named: "figcaption", nodes: [
                            .strong(.text(Texts.schematicMap)), .text(" – "), .text(T.mapCaption + " " + Texts.schematicMapNote),
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
                                                item.stepFree ? T.stepFreeAccess : nil,
                                                item.registrationRequired ? T.withRegistration : nil]
                .compactMap { $0 }.joined(separator: " · ")))
        )
    }

    private static func filterForm(_ quartier: AreaRecord, _ f: OfferFilter) -> Node<HTML.BodyContext> {
        .form(
            .class("filter-form"), .method(.get), .action(SiteURL.quartierOffers(quartier.slug).path),
            .element(named: "fieldset", nodes: [
                .element(named: "legend", nodes: [.text(T.filterHeading)]),
                .div(.class("filter-grid"),
                     FilterForm.select("umkreis", T.scopeLabel, OfferFilter.Scope.allCases.map { ($0.rawValue, $0.label) }, f.scope.rawValue),
                     FilterForm.select("zeitraum", T.periodLabel, OfferFilter.Period.allCases.map { ($0.rawValue, $0.label) }, f.period.rawValue),
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
            return SiteURL.quartierOffers(quartier.slug).path + OfferFilter.queryString(items)
        }
        return .nav(
            .class("pager"), .attr("aria-label", T.pagerLabel),
            .if(paging.page > 1, .a(.attr("href", link(paging.page - 1)), .attr("rel", "prev"), .text(T.previousPage))),
            .span(.text(T.pageOf(paging.page, paging.pageCount))),
            .if(paging.page < paging.pageCount, .a(.attr("href", link(paging.page + 1)), .attr("rel", "next"), .text(T.nextPage)))
        )
    }
}
