import Foundation
import GemeinsamCore
import Plot

enum KioskPages {
    static func noSite(context: PageContext) -> HTML {
        Layout.page(title: German.Kiosk.dashboardTitle, context: context, main: .group(
            .h1(.text(German.Kiosk.dashboardTitle)),
            .p(.class("notice"), .text(German.Kiosk.noSite))
        ))
    }

    private static func siteSwitcher(_ sites: [KioskSite], current: KioskSite, path: String) -> Node<HTML.BodyContext> {
        guard sites.count > 1 else { return .empty }
        return .nav(.attribute(named: "aria-label", value: "Kiosk wechseln"),
                    .ul(.class("inline-list"), .forEach(sites) { s in
                        .li(.a(.attr("href", path + "?ort=\(s.id)"),
                               .if(s.id == current.id, .attribute(named: "aria-current", value: "page")), .safeText(s.name)))
                    }))
    }

    static func dashboard(site: KioskSite, sites: [KioskSite], open: [ListingCard], queue: [ContactRequestRecord],
                          hours: [VolunteerQueries.PendingEntry], notice: String?, geography: GeographySnapshot,
                          today: CalendarDate, context: PageContext) -> HTML {
        let due = queue.filter { ($0.callbackDueOn ?? today.iso) <= today.iso }
        let later = queue.filter { ($0.callbackDueOn ?? today.iso) > today.iso }
        let titles = Dictionary(open.map { ($0.id, $0.title) }, uniquingKeysWith: { a, _ in a })
        func queueList(_ items: [ContactRequestRecord]) -> Node<HTML.BodyContext> {
            .ul(.class("results"), .forEach(items) { r in
                .li(.a(.attr("href", SiteURL.boerse(.kioskRequest(r.id.uuidString.lowercased())).path),
                       .safeText("Nr. \(r.listingID)\(titles[r.listingID].map { " „\($0)“" } ?? ""): Anfrage von \(r.requesterName)")),
                    .text(" – \(ExchangeViews.dateTime(r.createdAt))"),
                    .if(r.callbackAttempts > 0, .text(" – " + German.Kiosk.attempts(r.callbackAttempts))))
            })
        }
        return Layout.page(title: German.Kiosk.dashboardTitle, context: context, main: .group(
            .p(.class("eyebrow"), .text(German.Kiosk.title)),
            .h1(.safeText("\(German.Kiosk.dashboardTitle): \(site.name)")),
            siteSwitcher(sites, current: site, path: SiteURL.boerse(.kiosk).path),
            .unwrap(notice) { ExchangeViews.notice($0) },
            .ul(.class("actions"),
                .li(.a(.class("button-link"), .attr("href", SiteURL.boerse(.kioskIntake).path + "?ort=\(site.id)"),
                       .text(German.Kiosk.intakeLink))),
                .li(.a(.attr("href", SiteURL.boerse(.kioskPrint).path + "?ort=\(site.id)"), .text(German.Kiosk.printLink))),
                .li(.a(.href(SiteURL.boerse(.kioskConsent).path), .text(German.Kiosk.consentPageTitle)))),
            .section(
                .attribute(named: "aria-labelledby", value: "rueckrufe"),
                .h2(.id("rueckrufe"), .text("\(German.Kiosk.callbacksDue) (\(due.count))")),
                due.isEmpty ? .p(.class("empty-state"), .text(German.Kiosk.queueEmpty)) : queueList(due),
                .if(!later.isEmpty, .group(.h3(.text("Später erneut versuchen")), queueList(later)))
            ),
            .section(
                .attribute(named: "aria-labelledby", value: "offen"),
                .h2(.id("offen"), .text("\(German.Kiosk.openItems) (\(open.count))")),
                open.isEmpty ? .p(.class("empty-state"), .text(German.Kiosk.openItemsEmpty))
                    : ExchangeViews.cardList(open, geography: geography, today: today, extra: { "Nr. \($0.id)" })
            ),
            .section(
                .attribute(named: "aria-labelledby", value: "stunden"),
                .h2(.id("stunden"), .text(German.Kiosk.confirmHoursHeading)),
                hours.isEmpty ? .p(.text(German.Kiosk.confirmHoursEmpty)) : .ul(.class("results"), .forEach(hours) { e in
                    .li(.safeText("\(e.helperName): \(ExchangeSupport.germanDate(e.date)), \(CoreExchange.Hours.clock(e.minutes)) Std. – \(e.activity)"),
                        .form(.method(.post), .action(SiteURL.boerse(.kioskHours).path), .class("inline-form"),
                              FormView.csrfField(context.csrfToken), FormView.hidden("entry", e.id.uuidString),
                              .button(.type(.submit), .name("decision"), .value("confirm"), .class("button"),
                                      .text(German.Volunteer.confirmButton)),
                              .text(" "),
                              .button(.type(.submit), .name("decision"), .value("reject"), .class("button button-secondary"),
                                      .text(German.Volunteer.rejectButton))))
                })
            )
        ))
    }

    static func intake(form: KioskController.IntakeForm, errors: FormErrors, sites: [KioskSite], geography: GeographySnapshot,
                       today: CalendarDate, context: PageContext) -> HTML {
        let consent = German.Kiosk.currentConsent
        return Layout.page(title: German.Kiosk.intakeTitle, context: context, main: .group(
            .p(.class("eyebrow"), .a(.href(SiteURL.boerse(.kiosk).path), .text(German.Kiosk.dashboardTitle))),
            .h1(.text(German.Kiosk.intakeTitle)),
            .p(.text(German.Kiosk.intakeIntro)),
            FormView.errorSummary(errors),
            .form(
                .class("intake"), .method(.post), .action(SiteURL.boerse(.kioskIntake).path),
                .attribute(named: "novalidate", value: "novalidate"),
                FormView.csrfField(context.csrfToken),
                sites.count == 1 ? FormView.hidden("site", String(sites[0].id))
                    : FormView.select(name: "site", label: German.Kiosk.siteLabel,
                                      groups: [.init(label: German.Kiosk.siteLabel, options: sites.map { .init(value: String($0.id), label: $0.name) })],
                                      selected: form.site, placeholder: "Bitte wählen", errors: errors),
                .div(.class("field-pair"),
                     FormView.input(name: "firstName", label: German.Kiosk.firstNameLabel, value: form.firstName ?? "",
                                    hint: German.Kiosk.firstNameHint, autocomplete: "off", maxLength: 50, errors: errors),
                     FormView.input(name: "initial", label: German.Kiosk.initialLabel, value: form.initial ?? "",
                                    autocomplete: "off", required: false, maxLength: 2, errors: errors)),
                .div(.class("field-pair"),
                     FormView.input(name: "street", label: German.Kiosk.streetLabel, value: form.street ?? "",
                                    hint: German.Kiosk.streetHint, autocomplete: "off", required: false, maxLength: 100, errors: errors),
                     FormView.select(name: "quartier", label: German.Kiosk.quartierOrLabel,
                                     groups: ExchangeViews.quartierOptions(geography), selected: form.quartier,
                                     placeholder: "aus der Straße bestimmen", hint: German.Kiosk.quartierOrHint,
                                     errors: errors, required: false)),
                ListingPages.listingFields(form: form.listingForm, errors: errors, geography: geography, today: today, quartier: false),
                FormView.radios(name: "reach", legend: German.Kiosk.reachLegend, options: [
                    .init(value: "phone", label: German.Kiosk.reachPhone), .init(value: "visit", label: German.Kiosk.reachVisit),
                ], selected: form.reach, errors: errors, inline: true),
                FormView.typedInput(name: "phone", label: German.Exchange.phoneLabel, type: "tel", value: form.phone ?? "",
                                    hint: "Nur bei „Per Telefon“. Sieht nur das Kiosk-Team.", autocomplete: "off",
                                    required: false, maxLength: 30, errors: errors),
                .fieldset(
                    .class("field consent"),
                    .element(named: "legend", nodes: [.text(German.Kiosk.consentLegend)]),
                    .p(.id("consent-text"), .class("consent-text"), .safeText(consent.text)),
                    FormView.checkbox(name: "consent", label: German.Kiosk.consentLabel(consent.version), checked: form.consent == "ja",
                                      errors: errors)
                ),
                FormView.submit(German.Kiosk.intakeButton)
            )
        ))
    }

    static func callback(_ t: ContactController.Thread, site: KioskSite, visitor: (kind: String?, phone: String?), errors: FormErrors,
                         context: PageContext) -> HTML {
        let r = t.request
        let id = r.id.uuidString.lowercased()
        var options = ["acceptKiosk", "decline", "notReached"]
        if visitor.phone != nil { options.insert("acceptPhone", at: 0) }
        return Layout.page(title: German.Kiosk.queueItemTitle, context: context, main: .group(
            .p(.class("eyebrow"), .a(.attr("href", SiteURL.boerse(.kiosk).path + "?ort=\(site.id)"), .text(German.Kiosk.dashboardTitle))),
            .h1(.safeText("\(German.Kiosk.queueItemTitle): Nr. \(t.listing.id) „\(t.listing.card.title)“")),
            .dl(
                .class("facts"),
                .dt(.text("Eintrag von")), .dd(.safeText(t.listing.card.publicName)),
                .dt(.text(German.Kiosk.visitorContact)),
                .dd(.safeText(visitor.kind == "phone" ? (visitor.phone ?? "–") : German.Kiosk.visitorVisits)),
                .dt(.text("Anfrage von")), .dd(.safeText(r.requesterName)),
                .dt(.text("Nachricht")), .dd(.safeText(r.message)),
                .dt(.text("Bisher")), .dd(.text(German.Kiosk.attempts(r.callbackAttempts))),
                .unwrap(r.callbackNote) { .group(.dt(.text("Notiz")), .dd(.safeText($0))) },
                .dt(.text("Stand")), .dd(.text(German.Exchange.requestStatus(r.status.rawValue)))
            ),
            .p(.text("Die Kontaktdaten der anfragenden Person sehen Sie, sobald die Anfrage angenommen ist. "),
               .a(.attr("href", SiteURL.boerse(.request(r.id)).path), .text("Zur Anfrage mit Nachrichten"))),
            FormView.errorSummary(errors),
            .if(r.status == .pending, .form(
                .method(.post), .action(SiteURL.boerse(.kioskRequest(id)).path), .attribute(named: "novalidate", value: "novalidate"),
                FormView.csrfField(context.csrfToken),
                FormView.radios(name: "outcome", legend: German.Kiosk.outcomeLegend, options: options.map {
                    .init(value: $0, label: German.Kiosk.outcome($0))
                }, selected: nil, errors: errors),
                FormView.input(name: "note", label: German.Kiosk.outcomeNoteLabel, required: false, maxLength: 300, errors: errors),
                FormView.submit(German.Kiosk.outcomeButton)
            ))
        ))
    }

    static func printNotice(site: KioskSite, cards: [ListingCard], geography: GeographySnapshot, today: CalendarDate,
                            context: PageContext) -> HTML {
        Layout.page(title: German.Kiosk.printTitle, context: context, main: .group(
            .div(.class("print-sheet"),
                 .h1(.safeText(German.Kiosk.printHeading(site.name))),
                 .p(.text("Stand: \(GermanCalendarText.longDate(today)). \(German.Kiosk.printFooter(site.name, site.phone))")),
                 .p(.class("screen-only"), .text(German.Volunteer.printHint)),
                 cards.isEmpty ? .p(.text(German.Exchange.emptyList)) : .table(
                    .class("data print-table"),
                    .caption(.text("Offene Einträge in der Nähe")),
                    .thead(.tr(.th(.attribute(named: "scope", value: "col"), "Nr."),
                               .th(.attribute(named: "scope", value: "col"), "Art"),
                               .th(.attribute(named: "scope", value: "col"), "Was"),
                               .th(.attribute(named: "scope", value: "col"), "Wer, wo, wann"))),
                    .tbody(.forEach(cards) { c in
                        .tr(.td(.text(String(c.id))), .td(.text(German.Exchange.kind(c.kind))),
                            .td(.strong(.safeText(c.title)), .br(), .safeText(ExchangeViews.excerpt(c.body, max: 160))),
                            .td(.safeText([c.publicName, geography.areas[c.areaID]?.name ?? "",
                                           German.Exchange.timing(c.timing, note: c.timingNote),
                                           c.isSample ? German.sampleBadge : nil].compactMap { $0 }.joined(separator: ", "))))
                    })
                 ))
        ))
    }

    static func consent(context: PageContext) -> HTML {
        Layout.page(title: German.Kiosk.consentPageTitle, context: context, main: .group(
            .h1(.text(German.Kiosk.consentPageTitle)),
            .p(.text("Diese Einwilligung liest das Kiosk-Team vor oder zeigt sie, bevor es einen Eintrag aufnimmt. Jede gespeicherte Einwilligung verweist auf ihre Fassung.")),
            .forEach(German.Kiosk.consentTexts.reversed()) { c in
                .section(.h2(.text("Fassung \(c.version)")), .p(.safeText(c.text)))
            }
        ))
    }

    static func sites(sites: [KioskSite], staff: [Int: [(id: UUID, email: String)]], form: KioskController.SiteForm,
                      errors: FormErrors, notice: String?, geography: GeographySnapshot, context: PageContext) -> HTML {
        Layout.page(title: German.Kiosk.sitesTitle, context: context, main: .group(
            .h1(.text(German.Kiosk.sitesTitle)),
            .p(.text(German.Kiosk.sitesIntro)),
            .unwrap(notice) { ExchangeViews.notice($0) },
            FormView.errorSummary(errors),
            .if(!sites.isEmpty, .table(
                .class("data"),
                .caption(.text("Kioske und ihr Team")),
                .thead(.tr(.th(.attribute(named: "scope", value: "col"), "Kiosk"),
                           .th(.attribute(named: "scope", value: "col"), "Quartier"),
                           .th(.attribute(named: "scope", value: "col"), "Kontakt"),
                           .th(.attribute(named: "scope", value: "col"), "Team"))),
                .tbody(.forEach(sites) { s in
                    .tr(.th(.attribute(named: "scope", value: "row"), .safeText(s.name), .if(s.isSample, .group(.text(" "), ExchangeViews.sampleBadge(true))),
                            .br(), .span(.class("source"), .safeText(s.organisation))),
                        .td(.safeText(geography.areas[s.areaID]?.name ?? "–")),
                        .td(.safeText("\(s.address), \(s.phone)")),
                        .td(.safeText((staff[s.id] ?? []).map(\.email).joined(separator: ", "))))
                })
            )),
            .form(
                .method(.post), .action(SiteURL.boerse(.kioskSiteStaff).path), .attribute(named: "novalidate", value: "novalidate"),
                FormView.csrfField(context.csrfToken),
                .fieldset(
                    .element(named: "legend", nodes: [.text(German.Kiosk.staffLegend)]),
                    FormView.select(name: "site", label: German.Kiosk.siteLabel,
                                    groups: [.init(label: German.Kiosk.siteLabel, options: sites.map { .init(value: String($0.id), label: $0.name) })],
                                    selected: nil, placeholder: "Bitte wählen", errors: errors),
                    FormView.input(name: "email", label: German.Kiosk.staffEmailLabel, kind: .email, maxLength: 254, errors: errors),
                    .div(.class("button-row"),
                         .button(.type(.submit), .name("action"), .value("add"), .class("button"), .text(German.Kiosk.staffAdd)),
                         .button(.type(.submit), .name("action"), .value("remove"), .class("button button-secondary"),
                                 .text(German.Kiosk.staffRemove)))
                )
            ),
            .form(
                .method(.post), .action(SiteURL.boerse(.kioskSites).path), .attribute(named: "novalidate", value: "novalidate"),
                FormView.csrfField(context.csrfToken),
                .fieldset(
                    .element(named: "legend", nodes: [.text(German.Kiosk.siteAdd)]),
                    FormView.input(name: "name", label: German.Kiosk.siteNameLabel, value: form.name ?? "", maxLength: 80, errors: errors),
                    FormView.input(name: "organisation", label: German.Kiosk.siteOrgLabel, value: form.organisation ?? "",
                                   maxLength: 120, errors: errors),
                    FormView.select(name: "quartier", label: German.Exchange.quartierLabel, groups: ExchangeViews.quartierOptions(geography),
                                    selected: form.quartier, placeholder: "Bitte wählen", errors: errors),
                    FormView.typedInput(name: "phone", label: German.Kiosk.sitePhoneLabel, type: "tel", value: form.phone ?? "",
                                        maxLength: 30, errors: errors),
                    FormView.input(name: "address", label: German.Kiosk.siteAddressLabel, value: form.address ?? "",
                                   maxLength: 120, errors: errors),
                    FormView.input(name: "openingHours", label: German.Kiosk.siteHoursLabel, value: form.openingHours ?? "",
                                   required: false, maxLength: 120, errors: errors),
                    FormView.submit(German.Kiosk.siteAdd)
                )
            )
        ))
    }
}
