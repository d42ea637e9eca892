import Foundation
import GemeinsamCore
import Plot

/// Views of the Börse: overview, Quartier list, listing detail, new listing.
enum ListingPages {
    static func overview(newest: [ListingCard], selected: String?, error: String?, geography: GeographySnapshot,
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
                                placeholder: "Bitte wählen", hint: German.Exchange.chooseQuartierHint, errors: errors),
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
    static func quartierMain(_ area: AreaRecord, cards: [ListingCard], more: Bool, page: Int, filter: ListingQueries.Filter,
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
        let categoryOptions = [FormView.OptionGroup(label: German.Exchange.categoryLabel, options: FormView.categoryOptions())]
        return .group(
            .p(.class("eyebrow"), .a(.href(SiteURL.boerse(.overview).path), .text(German.Exchange.title))),
            .h1(.safeText(German.Exchange.quartierTitle(area.name))),
            .p(.safeText(German.Exchange.quartierIntro(area.name)), .text(" "),
               .a(.attr("href", SiteURL.quartier(area.slug).path), .safeText("Mehr über \(area.name)"))),
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
                .h2(.id("eintraege"), .text("Offene Einträge")),
                cards.isEmpty ? .p(.class("empty-state"), .text(German.Exchange.emptyList))
                    : ExchangeViews.cardList(cards, geography: geography, today: today),
                .if(page > 1 || more, .nav(
                    .class("pagination"), .attribute(named: "aria-label", value: "Seiten"),
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

    /// What the detail page shows to whom; built by the controller after all permission checks.
    struct DetailModel {
        var listing: ListingDetail
        var status: CoreExchange.Status
        var manages: Bool
        var isKioskStaff: Bool
        var isModerator: Bool
        var visitorContact: (kind: String?, phone: String?)?
        var requests: [ContactRequestRecord]
        var ownRequest: ContactRequestRecord?
        var suggestions: [(ListingCard, CoreExchange.Suggestion)]
        var notice: String?
        var canReport: Bool
        var contactForm = ContactForm()
        var contactErrors = FormErrors()
        var reportErrors = FormErrors()
        var kiosk: KioskSite? = nil
    }

    static func detail(_ m: DetailModel, geography: GeographySnapshot, today: CalendarDate, context: PageContext) -> HTML {
        let card = m.listing.card
        let area = geography.areas[card.areaID]
        let id = String(card.id)
        let paragraphs = card.body.split(separator: "\n", omittingEmptySubsequences: true).map(String.init)
        return Layout.page(title: card.title, context: context, description: ExchangeViews.excerpt(card.body, max: 150),
                           main: .group(
            .p(.class("eyebrow"), .a(.href(SiteURL.boerse(.overview).path), .text(German.Exchange.title)),
               .unwrap(area) { a in .group(.text(" › "), .a(.attr("href", SiteURL.boerse(.quartier(a.slug)).path), .safeText(a.name))) }),
            .p(.class("listing-meta"), ExchangeViews.kindBadge(card.kind), .text(" "),
               .span(.class("badge badge-category"), .text(German.Exchange.category(card.category))),
               .text(" "), ExchangeViews.statusBadge(m.status),
               .if(card.isSample, .group(.text(" "), ExchangeViews.sampleBadge(true)))),
            .h1(.safeText(card.title)),
            .unwrap(m.notice) { ExchangeViews.notice($0) },
            .if(m.listing.isRemoved, ExchangeViews.notice(German.Exchange.removedNotice)),
            .if(m.listing.hidden && !m.listing.isRemoved, ExchangeViews.notice(German.Exchange.hiddenNotice)),
            .if(m.status != .open && !m.listing.hidden, .p(.class("notice"), .text(German.Exchange.notOpenNotice))),
            .div(.class("listing-body"), .forEach(paragraphs) { .p(.safeText($0)) }),
            .dl(
                .class("facts"), .attribute(named: "aria-label", value: German.Exchange.detailFacts),
                .dt(.text(German.Exchange.factKind)), .dd(.text(German.Exchange.kindLong(card.kind))),
                .dt(.text(German.Exchange.factCategory)), .dd(.text(German.Exchange.category(card.category))),
                .dt(.text(German.Exchange.factWho)), .dd(.safeText(card.publicName)),
                .dt(.text(German.Exchange.factQuartier)),
                .dd(.unwrap(area, { .a(.attr("href", SiteURL.quartier($0.slug).path), .safeText($0.name)) }, else: .text("–"))),
                .dt(.text(German.Exchange.factWhen)), .dd(.safeText(German.Exchange.timing(card.timing, note: card.timingNote))),
                .dt(.text(German.Exchange.factValid)), .dd(.text(GermanCalendarText.longDate(card.validUntil))),
                .dt(.text(German.Exchange.factStatus)), .dd(.text(German.Exchange.status(m.status))),
                .unwrap(card.kioskName) { name in
                    .group(.dt(.text(German.Exchange.factVia)), .dd(.safeText(German.Exchange.via(name))))
                }
            ),
            .unwrap(m.kiosk) { k in
                .p(.class("notice"), .safeText(German.Exchange.kioskOffline(k.name, address: k.address, phone: k.phone, hours: k.openingHours)))
            },
            m.manages ? manage(m, id: id, context: context) : contact(m, id: id, context: context),
            .section(
                .attribute(named: "aria-labelledby", value: "passend"),
                .h2(.id("passend"), .text(German.Exchange.suggestionsHeading)),
                m.suggestions.isEmpty ? .p(.class("empty-state"), .text(German.Exchange.suggestionsEmpty))
                    : .ul(.class("listing-list"), .forEach(m.suggestions) { pair in
                        .li(ExchangeViews.card(pair.0, geography: geography, today: today, headingLevel: 3,
                                               extra: German.Exchange.proximity(pair.1.proximity)))
                    })
            ),
            ExchangeViews.safetyBox(),
            .if(m.canReport, report(m, id: id, context: context))
        ))
    }

    private static func contact(_ m: DetailModel, id: String, context: PageContext) -> Node<HTML.BodyContext> {
        let card = m.listing.card
        let label = German.Exchange.contactButton(card.kind, category: card.category)
        return .section(
            .attribute(named: "aria-labelledby", value: "kontakt"),
            .h2(.id("kontakt"), .text(label)),
            {
                if context.user == nil {
                    return .p(.text(German.Exchange.contactLoginHint + " "),
                              .a(.href(SiteURL.login.path), .text(German.Nav.login)), .text(" · "),
                              .a(.href(SiteURL.register.path), .text(German.Nav.register)))
                }
                if let own = m.ownRequest {
                    return .p(.text(German.Exchange.alreadyRequested + " "),
                              .a(.attr("href", SiteURL.boerse(.request(own.id)).path), .text("Zur Anfrage")))
                }
                if m.status != .open || m.listing.hidden {
                    return .p(.text(German.Exchange.notOpenNotice))
                }
                return .group(
                    .p(.text(German.Exchange.contactIntro)),
                    FormView.errorSummary(m.contactErrors),
                    .form(
                        .method(.post), .action(SiteURL.boerse(.listingContact(id)).path),
                        .attribute(named: "novalidate", value: "novalidate"),
                        FormView.csrfField(context.csrfToken),
                        FormView.textarea(name: "message", label: German.Exchange.messageLabel, value: m.contactForm.message ?? "",
                                          hint: German.Exchange.messageHint, rows: 4, maxLength: ContactForm.messageMax,
                                          errors: m.contactErrors),
                        contactWayFields(selected: m.contactForm.contactWay, phone: m.contactForm.phone ?? "", errors: m.contactErrors),
                        FormView.submit(German.Exchange.sendRequest)
                    )
                )
            }()
        )
    }

    static func contactWayFields(selected: String?, phone: String, errors: FormErrors,
                                 legend: String = German.Exchange.contactWayLegend) -> Node<HTML.FormContext> {
        .group(
            FormView.radios(name: "contactWay", legend: legend, options: [
                .init(value: "email", label: German.Exchange.contactWayEmail),
                .init(value: "phone", label: German.Exchange.contactWayPhone),
            ], selected: selected ?? "email", errors: errors),
            FormView.typedInput(name: "phone", label: German.Exchange.phoneLabel, type: "tel", value: phone,
                                hint: German.Exchange.phoneHint, autocomplete: "tel", required: false, maxLength: 30,
                                errors: errors)
        )
    }

    private static func manage(_ m: DetailModel, id: String, context: PageContext) -> Node<HTML.BodyContext> {
        let targets = CoreExchange.Status.allCases.filter { CoreExchange.Rules.authorMayChange(from: m.status, to: $0) }
        return .section(
            .attribute(named: "aria-labelledby", value: "verwalten"),
            .h2(.id("verwalten"), .text(German.Exchange.manageHeading)),
            .unwrap(m.visitorContact) { visitor in
                .p(.strong(.text(German.Kiosk.visitorContact + ": ")),
                   .safeText(visitor.kind == "phone" ? (visitor.phone ?? "–") : German.Kiosk.visitorVisits))
            },
            .if(!targets.isEmpty && !m.listing.isRemoved, .form(
                .method(.post), .action(SiteURL.boerse(.listingStatus(id)).path),
                FormView.csrfField(context.csrfToken),
                FormView.radios(name: "status", legend: German.Exchange.statusLegend, options: targets.map {
                    .init(value: $0.rawValue, label: German.Exchange.status($0))
                }, selected: nil, errors: FormErrors()),
                FormView.submit(German.Exchange.statusButton)
            )),
            .h3(.text(German.Exchange.requestsHeading)),
            m.requests.isEmpty ? .p(.text(German.Exchange.requestsEmpty)) : .ul(.class("results"), .forEach(m.requests) { r in
                .li(.a(.attr("href", (m.isKioskStaff && r.status == .pending ? SiteURL.boerse(.kioskRequest(r.id.uuidString.lowercased()))
                                      : SiteURL.boerse(.request(r.id))).path),
                       .safeText("\(r.requesterName): „\(ExchangeViews.excerpt(r.message, max: 60))“")),
                    .text(" – " + German.Exchange.requestStatus(r.status.rawValue)))
            })
        )
    }

    private static func report(_ m: DetailModel, id: String, context: PageContext) -> Node<HTML.BodyContext> {
        .section(
            .class("report"), .attribute(named: "aria-labelledby", value: "melden"),
            .h2(.id("melden"), .text(German.Exchange.reportHeading)),
            .p(.text(German.Exchange.reportIntro)),
            FormView.errorSummary(m.reportErrors),
            .form(
                .method(.post), .action(SiteURL.boerse(.listingReport(id)).path), .attribute(named: "novalidate", value: "novalidate"),
                FormView.csrfField(context.csrfToken),
                reportFields(errors: m.reportErrors),
                .button(.type(.submit), .class("button button-secondary"), .text(German.Exchange.reportButton))
            )
        )
    }

    static func reportFields(errors: FormErrors) -> Node<HTML.FormContext> {
        .group(
            FormView.select(name: "reason", label: German.Exchange.reportReasonLabel, groups: [
                .init(label: German.Exchange.reportReasonLabel, options: German.Exchange.reportReasons.map {
                    .init(value: $0, label: German.Exchange.reportReason($0))
                }),
            ], selected: nil, placeholder: "Bitte wählen", errors: errors),
            FormView.input(name: "note", label: German.Exchange.reportNoteLabel, required: false, maxLength: 300, errors: errors)
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
            FormView.radios(name: "kind", legend: German.Exchange.kindLegend, options: CoreExchange.Kind.allCases.map {
                .init(value: $0.rawValue, label: German.Exchange.kindLong($0))
            }, selected: form.kind, errors: errors, inline: true),
            FormView.select(name: "category", label: German.Exchange.categoryLabel,
                            groups: [.init(label: German.Exchange.categoryLabel, options: FormView.categoryOptions())],
                            selected: form.category, placeholder: "Bitte wählen", errors: errors),
            FormView.input(name: "title", label: German.Exchange.titleLabel, value: form.title ?? "",
                           hint: German.Exchange.titleHint, maxLength: ListingForm.titleMax, errors: errors),
            FormView.textarea(name: "body", label: German.Exchange.bodyLabel, value: form.body ?? "",
                              hint: German.Exchange.bodyHint, rows: 5, maxLength: ListingForm.bodyMax, errors: errors),
            .if(quartier, FormView.select(name: "quartier", label: German.Exchange.quartierLabel,
                                          groups: ExchangeViews.quartierOptions(geography), selected: form.quartier,
                                          placeholder: "Bitte wählen", hint: German.Exchange.quartierHint, errors: errors)),
            FormView.radios(name: "timing", legend: German.Exchange.timingLegend, options: CoreExchange.Timing.Code.allCases.map {
                .init(value: $0.rawValue, label: German.Exchange.timingCode($0))
            }, selected: form.timing ?? "flexible", errors: errors),
            FormView.typedInput(name: "date", label: German.Exchange.dateLabel, type: "text", value: form.date ?? "",
                                hint: German.Exchange.dateHint, inputMode: "numeric", required: false, maxLength: 10, errors: errors),
            FormView.input(name: "timingNote", label: German.Exchange.timingNoteLabel, value: form.timingNote ?? "",
                           hint: German.Exchange.timingNoteHint, required: false, maxLength: ListingForm.noteMax, errors: errors),
            FormView.typedInput(name: "validUntil", label: German.Exchange.validUntilLabel, type: "text",
                                value: form.validUntil ?? "",
                                hint: German.Exchange.validUntilHint(CoreExchange.Rules.defaultValidityDays),
                                inputMode: "numeric", required: false, maxLength: 10, errors: errors)
        )
    }
}
