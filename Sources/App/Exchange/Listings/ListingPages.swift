import Foundation
import GemeinsamCore
import Plot

/// Views of the Börse: overview, Quartier list, new listing (the detail page: `ListingDetailPages`).
enum ListingPages {
    static func overview(newest: [Listing], selected: String?, error: String?, geography: GeographySnapshot,
                         today: CalendarDate, context: PageContext) -> HTML {
        var errors = FormErrors()
        if let error { errors.add("quartier", error) }
        return Layout.page(title: Texts.Exchange.title, context: context, main: .group(
            .h1(.text(Texts.Exchange.title)),
            .p(.class("lead"), .text(Texts.Exchange.intro)),
            FormView.errorSummary(errors),
            .form(
                .class("search-form"), .method(.get), .action(SiteURL.boerse(.overview).path),
                FormView.select(name: "quartier", label: Texts.Exchange.chooseQuartier,
                                groups: ExchangeViews.quartierOptions(geography), selected: selected,
                                placeholder: Texts.Exchange.pleaseChoose, hint: Texts.Exchange.chooseQuartierHint, errors: errors),
                FormView.submit(Texts.Exchange.show)
            ),
            .p(.a(.class("button-link"), .href(SiteURL.boerse(.create).path), .text(Texts.Exchange.newListing))),
            .if(context.user == nil, .p(.class("hint"), .text(Texts.Exchange.newListingLoginHint))),
            .section(
                .attribute(named: "aria-labelledby", value: "neueste"),
                .h2(.id("neueste"), .text(Texts.Exchange.newestCitywide)),
                newest.isEmpty ? .p(.class("empty-state"), .text(Texts.Exchange.emptyList))
                    : ExchangeViews.cardList(newest, geography: geography, today: today)
            ),
            ExchangeViews.safetyBox()
        ))
    }

    static func quartier(_ area: AreaRecord, main: Node<HTML.BodyContext>, context: PageContext) -> HTML {
        Layout.page(title: Texts.Exchange.quartierTitle(area.name), context: context,
                    description: Texts.Exchange.quartierIntro(area.name), main: main)
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
        let kindOptions = [FormView.OptionGroup(label: Texts.Exchange.kindLabel, options: CoreExchange.Kind.allCases.map {
            FormView.Option(value: $0.rawValue, label: Texts.Exchange.kind($0))
        })]
        let categoryOptions = [FormView.OptionGroup(label: Texts.Exchange.categoryLabel, options: ExchangeViews.categoryOptions())]
        return .group(
            .p(.class("eyebrow"), .a(.href(SiteURL.boerse(.overview).path), .text(Texts.Exchange.title))),
            .h1(.safeText(Texts.Exchange.quartierTitle(area.name))),
            .p(.safeText(Texts.Exchange.quartierIntro(area.name)), .text(" "),
               .a(.attr("href", SiteURL.quartier(area.slug).path), .safeText(Texts.Exchange.moreAbout(area.name)))),
            .p(.a(.class("button-link"), .href(SiteURL.boerse(.create).path), .text(Texts.Exchange.newListing))),
            .form(
                .class("filter-form"), .method(.get), .action(base),
                .fieldset(
                    .element(named: "legend", nodes: [.text(Texts.Exchange.filterLegend)]),
                    .div(.class("filter-row"),
                         FormView.select(name: "art", label: Texts.Exchange.kindLabel, groups: kindOptions,
                                         selected: filter.kind?.rawValue, placeholder: Texts.Exchange.allKinds,
                                         errors: FormErrors(), required: false),
                         FormView.select(name: "kategorie", label: Texts.Exchange.categoryLabel, groups: categoryOptions,
                                         selected: filter.category?.rawValue, placeholder: Texts.Exchange.allCategories,
                                         errors: FormErrors(), required: false),
                         FormView.submit(Texts.Exchange.filterButton))
                )
            ),
            .section(
                .attribute(named: "aria-labelledby", value: "eintraege"),
                .h2(.id("eintraege"), .text(Texts.Exchange.openListings)),
                listings.isEmpty ? .p(.class("empty-state"), .text(Texts.Exchange.emptyList))
                    : ExchangeViews.cardList(listings, geography: geography, today: today),
                .if(page > 1 || more, .nav(
                    .class("pagination"), .attribute(named: "aria-label", value: Texts.Exchange.pages),
                    .ul(.class("inline-list"),
                        .if(page > 1, .li(.a(.attr("href", pageLink(page - 1)), .attribute(named: "rel", value: "prev"),
                                             .text(Texts.Exchange.previousPage)))),
                        .if(more, .li(.a(.attr("href", pageLink(page + 1)), .attribute(named: "rel", value: "next"),
                                        .text(Texts.Exchange.nextPage)))))
                ))
            ),
            ExchangeViews.safetyBox()
        )
    }

    static func create(form: ListingForm, errors: FormErrors, geography: GeographySnapshot, today: CalendarDate,
                       context: PageContext) -> HTML {
        Layout.page(title: Texts.Exchange.createTitle, context: context, main: .group(
            .p(.class("eyebrow"), .a(.href(SiteURL.boerse(.overview).path), .text(Texts.Exchange.title))),
            .h1(.text(Texts.Exchange.createTitle)),
            .p(.text(Texts.Exchange.createIntro)),
            FormView.errorSummary(errors),
            .form(
                .method(.post), .action(SiteURL.boerse(.create).path), .attribute(named: "novalidate", value: "novalidate"),
                FormView.csrfField(context.csrfToken),
                listingFields(form: form, errors: errors, geography: geography, today: today, quartier: true),
                FormView.submit(Texts.Exchange.createButton)
            ),
            ExchangeViews.safetyBox()
        ))
    }

    /// The fields shared by the account form and the kiosk intake.
    static func listingFields(form: ListingForm, errors: FormErrors, geography: GeographySnapshot, today: CalendarDate,
                              quartier: Bool) -> Node<HTML.FormContext> {
        .group(
            FormView.choices(name: "kind", legend: Texts.Exchange.kindLegend, kind: .radio, options: CoreExchange.Kind.allCases.map {
                .init(value: $0.rawValue, label: Texts.Exchange.kindLong($0))
            }, selected: Set([form.kind].compactMap { $0 }), errors: errors, columns: true),
            FormView.select(name: "category", label: Texts.Exchange.categoryLabel,
                            groups: [.init(label: Texts.Exchange.categoryLabel, options: ExchangeViews.categoryOptions())],
                            selected: form.category, placeholder: Texts.Exchange.pleaseChoose, errors: errors),
            FormView.input(name: "title", label: Texts.Exchange.titleLabel, value: form.title ?? "",
                           hint: Texts.Exchange.titleHint, maxLength: ListingForm.titleMax, errors: errors),
            FormView.textarea(name: "body", label: Texts.Exchange.bodyLabel, value: form.body ?? "",
                              hint: Texts.Exchange.bodyHint, maxLength: ListingForm.bodyMax, rows: 5, errors: errors),
            .if(quartier, FormView.select(name: "quartier", label: Texts.Exchange.quartierLabel,
                                          groups: ExchangeViews.quartierOptions(geography), selected: form.quartier,
                                          placeholder: Texts.Exchange.pleaseChoose, hint: Texts.Exchange.quartierHint, errors: errors)),
            FormView.choices(name: "timing", legend: Texts.Exchange.timingLegend, kind: .radio,
                             options: CoreExchange.Timing.Code.allCases.map { .init(value: $0.rawValue, label: Texts.Exchange.timingCode($0)) },
                             selected: [form.timing ?? "flexible"], errors: errors),
            FormView.input(name: "date", label: Texts.Exchange.dateLabel, value: form.date ?? "", hint: Texts.Exchange.dateHint,
                           inputMode: "numeric", required: false, maxLength: 10, errors: errors),
            FormView.input(name: "timingNote", label: Texts.Exchange.timingNoteLabel, value: form.timingNote ?? "",
                           hint: Texts.Exchange.timingNoteHint, required: false, maxLength: ListingForm.noteMax, errors: errors),
            FormView.input(name: "validUntil", label: Texts.Exchange.validUntilLabel, value: form.validUntil ?? "",
                           hint: Texts.Exchange.validUntilHint(CoreExchange.Rules.defaultValidityDays),
                           inputMode: "numeric", required: false, maxLength: 10, errors: errors)
        )
    }
}
