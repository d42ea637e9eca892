import Foundation
import GemeinsamCore
import Plot

/// The page of one listing: what it is, who may contact whom, suggestions nearby, reporting.
enum ListingDetailPages {
    /// What the detail page shows to whom; built by the controller after all permission checks.
    struct DetailModel {
        var listing: Listing
        var status: CoreExchange.Status
        var access: ListingAccess
        var visitorContact: KioskQueries.VisitorContact?
        var requests: [ContactRequest]
        var ownRequest: ContactRequest?
        var suggestions: [(Listing, CoreExchange.Suggestion)]
        var notice: String?
        var canReport: Bool
        var contactForm = ContactForm()
        var contactErrors = FormErrors()
        var reportErrors = FormErrors()
        var kiosk: KioskSiteRow? = nil
    }

    static func detail(_ m: DetailModel, geography: GeographySnapshot, today: CalendarDate, context: PageContext) -> HTML {
        let card = m.listing
        let area = geography.areas[card.areaID]
        let id = String(card.id)
        let paragraphs = card.body.split(separator: "\n", omittingEmptySubsequences: true).map(String.init)
        return Layout.page(title: card.title, context: context, description: ExchangeViews.excerpt(card.body, max: 150),
                           main: .group(
            .p(.class("eyebrow"), .a(.href(SiteURL.boerse(.overview).path), .text(Texts.Exchange.title)),
               .unwrap(area) { a in .group(.text(" › "), .a(.attr("href", SiteURL.boerse(.quartier(a.slug)).path), .safeText(a.name))) }),
            .p(.class("listing-meta"), ExchangeViews.kindBadge(card.kind), .text(" "),
               ExchangeViews.categoryBadge(card.category), .text(" "), ExchangeViews.statusBadge(m.status),
               .if(card.isSample, .group(.text(" "), .sampleBadge(true)))),
            .h1(.safeText(card.title)),
            .statusNotice(m.notice),
            .if(m.listing.isRemoved, .statusNotice(Texts.Exchange.removedNotice)),
            .if(m.listing.hidden && !m.listing.isRemoved, .statusNotice(Texts.Exchange.hiddenNotice)),
            .if(m.status != .open && !m.listing.hidden, .p(.class("notice"), .text(Texts.Exchange.notOpenNotice))),
            .div(.class("listing-body"), .forEach(paragraphs) { .p(.safeText($0)) }),
            .dl(
                .class("facts"), .attribute(named: "aria-label", value: Texts.Exchange.detailFacts),
                .dt(.text(Texts.Exchange.factKind)), .dd(.text(Texts.Exchange.kindLong(card.kind))),
                .dt(.text(Texts.Exchange.factCategory)), .dd(.text(Texts.Exchange.category(card.category))),
                .dt(.text(Texts.Exchange.factWho)), .dd(.safeText(card.publicName)),
                .dt(.text(Texts.Exchange.factQuartier)),
                .dd(.unwrap(area, { .a(.attr("href", SiteURL.quartier($0.slug).path), .safeText($0.name)) }, else: .text("–"))),
                .dt(.text(Texts.Exchange.factWhen)), .dd(.safeText(Texts.Exchange.timing(card.timeframe, note: card.timingNote))),
                .dt(.text(Texts.Exchange.factValid)), .dd(.text(CalendarText.longDate(card.validUntil))),
                .dt(.text(Texts.Exchange.factStatus)), .dd(.text(Texts.Exchange.status(m.status))),
                .unwrap(card.kioskName) { name in
                    .group(.dt(.text(Texts.Exchange.factVia)), .dd(.safeText(Texts.Exchange.via(name))))
                }
            ),
            .unwrap(m.kiosk) { k in
                .p(.class("notice"), .safeText(Texts.Exchange.kioskOffline(k.name, address: k.address, phone: k.phone, hours: k.openingHours)))
            },
            m.access.manages ? manage(m, id: id, context: context) : contact(m, id: id, context: context),
            .section(
                .attribute(named: "aria-labelledby", value: "passend"),
                .h2(.id("passend"), .text(Texts.Exchange.suggestionsHeading)),
                m.suggestions.isEmpty ? .p(.class("empty-state"), .text(Texts.Exchange.suggestionsEmpty))
                    : .ul(.class("listing-list"), .forEach(m.suggestions) { pair in
                        .li(ExchangeViews.card(pair.0, geography: geography, today: today, headingLevel: 3,
                                               extra: Texts.Exchange.proximity(pair.1.proximity)))
                    })
            ),
            ExchangeViews.safetyBox(),
            .if(m.canReport, report(m, id: id, context: context))
        ))
    }

    private static func contact(_ m: DetailModel, id: String, context: PageContext) -> Node<HTML.BodyContext> {
        let card = m.listing
        let label = Texts.Exchange.contactButton(card.kind, category: card.category)
        return .section(
            .attribute(named: "aria-labelledby", value: "kontakt"),
            .h2(.id("kontakt"), .text(label)),
            {
                if context.user == nil {
                    return .p(.text(Texts.Exchange.contactLoginHint + " "),
                              .a(.href(SiteURL.login.path), .text(Texts.Nav.login)), .text(" · "),
                              .a(.href(SiteURL.register.path), .text(Texts.Nav.register)))
                }
                if let own = m.ownRequest {
                    return .p(.text(Texts.Exchange.alreadyRequested + " "),
                              .a(.attr("href", SiteURL.boerse(.request(own.id)).path), .text(Texts.Exchange.toRequest)))
                }
                if m.status != .open || m.listing.hidden {
                    return .p(.text(Texts.Exchange.notOpenNotice))
                }
                return .group(
                    .p(.text(Texts.Exchange.contactIntro)),
                    FormView.errorSummary(m.contactErrors),
                    .form(
                        .method(.post), .action(SiteURL.boerse(.listingContact(id)).path),
                        .attribute(named: "novalidate", value: "novalidate"),
                        FormView.csrfField(context.csrfToken),
                        FormView.textarea(name: "message", label: Texts.Exchange.messageLabel, value: m.contactForm.message ?? "",
                                          hint: Texts.Exchange.messageHint, maxLength: ContactForm.messageMax, rows: 4,
                                          errors: m.contactErrors),
                        contactWayFields(selected: m.contactForm.contactWay, phone: m.contactForm.phone ?? "", errors: m.contactErrors),
                        FormView.submit(Texts.Exchange.sendRequest)
                    )
                )
            }()
        )
    }

    static func contactWayFields(selected: String?, phone: String, errors: FormErrors,
                                 legend: String = Texts.Exchange.contactWayLegend) -> Node<HTML.FormContext> {
        .group(
            FormView.choices(name: "contactWay", legend: legend, kind: .radio, options: [
                .init(value: "email", label: Texts.Exchange.contactWayEmail),
                .init(value: "phone", label: Texts.Exchange.contactWayPhone),
            ], selected: [selected ?? "email"], errors: errors),
            FormView.input(name: "phone", label: Texts.Exchange.phoneLabel, kind: .tel, value: phone,
                           hint: Texts.Exchange.phoneHint, autocomplete: "tel", required: false, maxLength: 30, errors: errors)
        )
    }

    private static func manage(_ m: DetailModel, id: String, context: PageContext) -> Node<HTML.BodyContext> {
        let targets = CoreExchange.Status.allCases.filter { CoreExchange.Rules.authorMayChange(from: m.status, to: $0) }
        return .section(
            .attribute(named: "aria-labelledby", value: "verwalten"),
            .h2(.id("verwalten"), .text(Texts.Exchange.manageHeading)),
            .unwrap(m.visitorContact) { visitor in
                .p(.strong(.text(Texts.Kiosk.visitorContact + ": ")), .safeText(visitor.text))
            },
            .if(!targets.isEmpty && !m.listing.isRemoved, .form(
                .method(.post), .action(SiteURL.boerse(.listingStatus(id)).path),
                FormView.csrfField(context.csrfToken),
                FormView.choices(name: "status", legend: Texts.Exchange.statusLegend, kind: .radio, options: targets.map {
                    .init(value: $0.rawValue, label: Texts.Exchange.status($0))
                }, selected: [], errors: FormErrors()),
                FormView.submit(Texts.Exchange.statusButton)
            )),
            .p(.a(.attr("href", SiteURL.contentTranslations(.listing, id).path), .text(Texts.ContentTranslations.link))),
            .h3(.text(Texts.Exchange.requestsHeading)),
            m.requests.isEmpty ? .p(.text(Texts.Exchange.requestsEmpty)) : .ul(.class("results"), .forEach(m.requests) { r in
                .li(.a(.attr("href", (m.access.isKioskStaff && r.status == .pending ? SiteURL.boerse(.kioskRequest(r.id.uuidString.lowercased()))
                                      : SiteURL.boerse(.request(r.id))).path),
                       .safeText("\(r.requesterName): „\(ExchangeViews.excerpt(r.message, max: 60))“")),
                    .text(" – " + Texts.Exchange.requestStatus(r.status)))
            })
        )
    }

    private static func report(_ m: DetailModel, id: String, context: PageContext) -> Node<HTML.BodyContext> {
        .section(
            .class("report"), .attribute(named: "aria-labelledby", value: "melden"),
            .h2(.id("melden"), .text(Texts.Exchange.reportHeading)),
            .p(.text(Texts.Exchange.reportIntro)),
            FormView.errorSummary(m.reportErrors),
            .form(
                .method(.post), .action(SiteURL.boerse(.listingReport(id)).path), .attribute(named: "novalidate", value: "novalidate"),
                FormView.csrfField(context.csrfToken),
                reportFields(errors: m.reportErrors),
                .button(.type(.submit), .class("button button-secondary"), .text(Texts.Exchange.reportButton))
            )
        )
    }

    static func reportFields(errors: FormErrors) -> Node<HTML.FormContext> {
        .group(
            FormView.select(name: "reason", label: Texts.Exchange.reportReasonLabel, groups: [
                .init(label: Texts.Exchange.reportReasonLabel, options: Texts.Exchange.reportReasons.map {
                    .init(value: $0, label: Texts.Exchange.reportReason($0))
                }),
            ], selected: nil, placeholder: Texts.Exchange.pleaseChoose, errors: errors),
            FormView.input(name: "note", label: Texts.Exchange.reportNoteLabel, required: false, maxLength: 300, errors: errors)
        )
    }
}
