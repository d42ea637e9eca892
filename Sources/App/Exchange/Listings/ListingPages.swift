import Foundation
import GemeinsamCore
import Plot

/// Views of the Börse: overview, Quartier list, new listing (the detail page: `ListingDetailPages`).
enum ListingPages {
    static func overview(newest: [Listing], selected: String?, error: String?, geography: GeographySnapshot,
                         today: CalendarDate, context: PageContext) -> HTML {
        var errors = FormErrors()
        if let error { errors.add("quartier", error) }
        return Layout.page(title: German.Exchange.title, context: context, main: .group(
            .h1(.text(German.Exchange.title)),
            .p(.class("lead"), .text(German.Exchange.intro)),
            FormView.errorSummary(errors),
            .form(
                .class("search-form"), .method(.get), .action(SiteURL.boerse(.overview).path),
                FormView.select(name: "quartier", label: German.Exchange.chooseQuartier,
                                groups: ExchangeViews.quartierOptions(geography), selected: selected,
                                placeholder: German.Exchange.pleaseChoose, hint: German.Exchange.chooseQuartierHint, errors: errors),
                FormView.submit(German.Exchange.show)
            ),
            .p(.a(.class("button-link"), .href(SiteURL.boerse(.create).path), .text(German.Exchange.newListing))),
            .if(context.user == nil, .p(.class("hint"), .text(German.Exchange.newListingLoginHint))),
            .section(
                .attribute(named: "aria-labelledby", value: "neueste"),
                .h2(.id("neueste"), .text(German.Exchange.newestCitywide)),
                newest.isEmpty ? .p(.class("empty-state"), .text(German.Exchange.emptyList))
                    : ExchangeViews.cardList(newest, geography: geography, today: today)
            ),
            ExchangeViews.safetyBox()
        ))
    }

    static func quartier(_ area: AreaRecord, main: Node<HTML.BodyContext>, context: PageContext) -> HTML {
        Layout.page(title: German.Exchange.quartierTitle(area.name), context: context,
                    description: German.Exchange.quartierIntro(area.name), main: main)
    }

    /// The main part of a Quartier's Börse page: the same for every visitor, so it can be cached.
    static func quartierMain(_ area: AreaRecord, listings: [Listing], more: Bool, page: Int, filter: ListingQueries.Filter,
                             geography: GeographySnapshot, today: CalendarDate) -> Node<HTML.BodyContext> {
        let base = SiteURL.boerse(.quartier(area.slug)).path
        func pageLink(_ p: Int) -> String {
            var items: [String] = []
            if let k = filter.kind { items.append("art=\(k.rawValue)") }
            if let c = filter.category { items.append("kategorie=\(c.rawValue)") }
            if p > 1 { items.append("seite=\(p)") }
            return base + (items.isEmpty ? "" : "?" + items.joined(separator: "&"))
        }
        let kindOptions = [FormView.OptionGroup(label: German.Exchange.kindLabel, options: CoreExchange.Kind.allCases.map {
            FormView.Option(value: $0.rawValue, label: German.Exchange.kind($0))
        })]
        let categoryOptions = [FormView.OptionGroup(label: German.Exchange.categoryLabel, options: ExchangeViews.categoryOptions())]
        return .group(
            .p(.class("eyebrow"), .a(.href(SiteURL.boerse(.overview).path), .text(German.Exchange.title))),
            .h1(.safeText(German.Exchange.quartierTitle(area.name))),
            .p(.safeText(German.Exchange.quartierIntro(area.name)), .text(" "),
               .a(.attr("href", SiteURL.quartier(area.slug).path), .safeText(German.Exchange.moreAbout(area.name)))),
            .p(.a(.class("button-link"), .href(SiteURL.boerse(.create).path), .text(German.Exchange.newListing))),
            .form(
                .class("filter-form"), .method(.get), .action(base),
                .fieldset(
                    .element(named: "legend", nodes: [.text(German.Exchange.filterLegend)]),
                    .div(.class("filter-row"),
                         FormView.select(name: "art", label: German.Exchange.kindLabel, groups: kindOptions,
                                         selected: filter.kind?.rawValue, placeholder: German.Exchange.allKinds,
                                         errors: FormErrors(), required: false),
                         FormView.select(name: "kategorie", label: German.Exchange.categoryLabel, groups: categoryOptions,
                                         selected: filter.category?.rawValue, placeholder: German.Exchange.allCategories,
                                         errors: FormErrors(), required: false),
                         FormView.submit(German.Exchange.filterButton))
                )
            ),
            .section(
                .attribute(named: "aria-labelledby", value: "eintraege"),
                .h2(.id("eintraege"), .text(German.Exchange.openListings)),
                listings.isEmpty ? .p(.class("empty-state"), .text(German.Exchange.emptyList))
                    : ExchangeViews.cardList(listings, geography: geography, today: today),
                .if(page > 1 || more, .nav(
                    .class("pagination"), .attribute(named: "aria-label", value: German.Exchange.pages),
                    .ul(.class("inline-list"),
                        .if(page > 1, .li(.a(.attr("href", pageLink(page - 1)), .attribute(named: "rel", value: "prev"),
                                             .text(German.Exchange.previousPage)))),
                        .if(more, .li(.a(.attr("href", pageLink(page + 1)), .attribute(named: "rel", value: "next"),
                                        .text(German.Exchange.nextPage)))))
                ))
            ),
            ExchangeViews.safetyBox()
        )
    }

    static func create(form: ListingForm, errors: FormErrors, geography: GeographySnapshot, today: CalendarDate,
                       context: PageContext) -> HTML {
        Layout.page(title: German.Exchange.createTitle, context: context, main: .group(
            .p(.class("eyebrow"), .a(.href(SiteURL.boerse(.overview).path), .text(German.Exchange.title))),
            .h1(.text(German.Exchange.createTitle)),
            .p(.text(German.Exchange.createIntro)),
            FormView.errorSummary(errors),
            .form(
                .method(.post), .action(SiteURL.boerse(.create).path), .attribute(named: "novalidate", value: "novalidate"),
                FormView.csrfField(context.csrfToken),
                listingFields(form: form, errors: errors, geography: geography, today: today, quartier: true),
                FormView.submit(German.Exchange.createButton)
            ),
            ExchangeViews.safetyBox()
        ))
    }

    /// The fields shared by the account form and the kiosk intake.
    static func listingFields(form: ListingForm, errors: FormErrors, geography: GeographySnapshot, today: CalendarDate,
                              quartier: Bool) -> Node<HTML.FormContext> {
        .group(
            FormView.choices(name: "kind", legend: German.Exchange.kindLegend, kind: .radio, options: CoreExchange.Kind.allCases.map {
                .init(value: $0.rawValue, label: German.Exchange.kindLong($0))
            }, selected: Set([form.kind].compactMap { $0 }), errors: errors, columns: true),
            FormView.select(name: "category", label: German.Exchange.categoryLabel,
                            groups: [.init(label: German.Exchange.categoryLabel, options: ExchangeViews.categoryOptions())],
                            selected: form.category, placeholder: German.Exchange.pleaseChoose, errors: errors),
            FormView.input(name: "title", label: German.Exchange.titleLabel, value: form.title ?? "",
                           hint: German.Exchange.titleHint, maxLength: ListingForm.titleMax, errors: errors),
            FormView.textarea(name: "body", label: German.Exchange.bodyLabel, value: form.body ?? "",
                              hint: German.Exchange.bodyHint, maxLength: ListingForm.bodyMax, rows: 5, errors: errors),
            .if(quartier, FormView.select(name: "quartier", label: German.Exchange.quartierLabel,
                                          groups: ExchangeViews.quartierOptions(geography), selected: form.quartier,
                                          placeholder: German.Exchange.pleaseChoose, hint: German.Exchange.quartierHint, errors: errors)),
            FormView.choices(name: "timing", legend: German.Exchange.timingLegend, kind: .radio,
                             options: CoreExchange.Timing.Code.allCases.map { .init(value: $0.rawValue, label: German.Exchange.timingCode($0)) },
                             selected: [form.timing ?? "flexible"], errors: errors),
            FormView.input(name: "date", label: German.Exchange.dateLabel, value: form.date ?? "", hint: German.Exchange.dateHint,
                           inputMode: "numeric", required: false, maxLength: 10, errors: errors),
            FormView.input(name: "timingNote", label: German.Exchange.timingNoteLabel, value: form.timingNote ?? "",
                           hint: German.Exchange.timingNoteHint, required: false, maxLength: ListingForm.noteMax, errors: errors),
            FormView.input(name: "validUntil", label: German.Exchange.validUntilLabel, value: form.validUntil ?? "",
                           hint: German.Exchange.validUntilHint(CoreExchange.Rules.defaultValidityDays),
                           inputMode: "numeric", required: false, maxLength: 10, errors: errors)
        )
    }
}
