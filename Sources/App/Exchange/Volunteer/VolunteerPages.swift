import Foundation
import GemeinsamCore
import Plot

enum VolunteerPages {
    static func overview(overview o: CoreExchange.Hours.Overview, matches: [FormView.Option],
                         toConfirm: [PendingHours], actors: [FormView.Option], form: VolunteerController.LogForm,
                         errors: FormErrors, notice: String?, context: PageContext) -> HTML {
        let base = SiteURL.boerse(.volunteer).path
        return Layout.page(title: Texts.Volunteer.title, context: context, main: .group(
            .p(.class("eyebrow"), .a(.href(SiteURL.account.path), .text(Texts.Nav.account))),
            .h1(.text(Texts.Volunteer.title)),
            .p(.text(Texts.Volunteer.intro)),
            .statusNotice(notice),
            .section(
                .attribute(named: "aria-labelledby", value: "bestaetigen"),
                .h2(.id("bestaetigen"), .text(Texts.Volunteer.toConfirmHeading)),
                toConfirm.isEmpty ? .p(.text(Texts.Volunteer.toConfirmEmpty))
                    : pendingList(toConfirm, action: SiteURL.boerse(.volunteerConfirm), context: context)
            ),
            .section(
                .attribute(named: "aria-labelledby", value: "eintragen"),
                .h2(.id("eintragen"), .text(Texts.Volunteer.logHeading)),
                matches.isEmpty ? .p(.text(Texts.Volunteer.noMatches)) : .group(
                    FormView.errorSummary(errors),
                    .form(
                        .method(.post), .action(base), .attribute(named: "novalidate", value: "novalidate"),
                        FormView.csrfField(context.csrfToken),
                        FormView.select(name: "match", label: Texts.Volunteer.matchLabel,
                                        groups: [.init(label: Texts.Volunteer.matchLabel, options: matches)],
                                        selected: form.match, placeholder: Texts.Exchange.pleaseChoose, errors: errors),
                        FormView.input(name: "date", label: Texts.Volunteer.dateLabel, value: form.date ?? "",
                                       hint: Texts.Volunteer.dateHint, inputMode: "numeric", maxLength: 10, errors: errors),
                        FormView.input(name: "duration", label: Texts.Volunteer.durationLabel, value: form.duration ?? "",
                                       hint: Texts.Volunteer.durationHint, inputMode: "numeric", maxLength: 8, errors: errors),
                        FormView.input(name: "activity", label: Texts.Volunteer.activityLabel, value: form.activity ?? "",
                                       hint: Texts.Volunteer.activityHint, maxLength: 200, errors: errors),
                        FormView.input(name: "organisation", label: Texts.Volunteer.organisationLabel,
                                       value: form.organisation ?? "", hint: Texts.Volunteer.organisationHint, required: false,
                                       maxLength: 120, errors: errors),
                        FormView.select(name: "actor", label: Texts.Volunteer.actorLabel, options: actors,
                                              selected: form.actor?.lowercased(), placeholder: Texts.Volunteer.actorNone,
                                              hint: Texts.Volunteer.actorHint, required: false, errors: errors),
                        FormView.submit(Texts.Volunteer.logButton)
                    )
                )
            ),
            .section(
                .attribute(named: "aria-labelledby", value: "jahr"),
                .h2(.id("jahr"), .text(Texts.Volunteer.yearHeading(o.year))),
                .form(.class("search-form"), .method(.get), .action(base),
                      FormView.input(name: "jahr", label: Texts.Volunteer.yearLabel, value: String(o.year),
                                     inputMode: "numeric", maxLength: 4, errors: FormErrors()),
                      FormView.submit(Texts.Volunteer.showYear)),
                .dl(.class("facts"),
                    .dt(.text(Texts.Volunteer.confirmedTotal)),
                    .dd(.text(Texts.Volunteer.hoursWithDecimal(CoreExchange.Hours.clock(o.confirmedMinutes),
                                                                CoreExchange.Hours.decimalHours(o.confirmedMinutes)))),
                    .dt(.text(Texts.Volunteer.pendingTotal)),
                    .dd(.text(Texts.Volunteer.hours(CoreExchange.Hours.clock(o.pendingMinutes))))),
                .if(!o.organisations.isEmpty, .table(
                    .class("data"),
                    .caption(.text(Texts.Volunteer.byOrganisation)),
                    .thead(.tr(.th(.attribute(named: "scope", value: "col"), .text(Texts.Volunteer.organisationLabel)),
                               .th(.attribute(named: "scope", value: "col"), .class("num"), .text(Texts.Volunteer.confirmedColumn)),
                               .th(.attribute(named: "scope", value: "col"), .class("num"), .text(Texts.Volunteer.openColumn)),
                               .th(.attribute(named: "scope", value: "col"), .text(Texts.Volunteer.certificateLink)))),
                    .tbody(.forEach(o.organisations) { org in
                        .tr(.th(.attribute(named: "scope", value: "row"), .safeText(org.organisation)),
                            .td(.class("num"), .text(CoreExchange.Hours.clock(org.confirmedMinutes))),
                            .td(.class("num"), .text(CoreExchange.Hours.clock(org.pendingMinutes))),
                            .td(org.confirmedEntries > 0
                                ? .a(.attr("href", SiteURL.boerse(.volunteerCertificate).path + "?jahr=\(o.year)&organisation="
                                           + QueryText.escape(org.organisation)),
                                     .safeText(Texts.Volunteer.certificateLinkText(org.organisation, year: o.year)))
                                : .text("–")))
                    })
                )),
                .p(.a(.attr("href", SiteURL.boerse(.volunteerCSV).path + "?jahr=\(o.year)"), .text(Texts.Volunteer.csvLink))),
                .h3(.text(Texts.Volunteer.entriesHeading)),
                o.entries.isEmpty ? .p(.text(Texts.Volunteer.entriesEmpty)) : .table(
                    .class("data"),
                    .caption(.text(Texts.Volunteer.entriesCaption(o.year))),
                    .thead(.tr(.th(.attribute(named: "scope", value: "col"), .text(Texts.Volunteer.dateLabel)),
                               .th(.attribute(named: "scope", value: "col"), .class("num"), .text(Texts.Volunteer.durationLabel)),
                               .th(.attribute(named: "scope", value: "col"), .text(Texts.Volunteer.activityLabel)),
                               .th(.attribute(named: "scope", value: "col"), .text(Texts.Volunteer.organisationLabel)),
                               .th(.attribute(named: "scope", value: "col"), .text(Texts.Exchange.factStatus)))),
                    .tbody(.forEach(o.entries) { e in
                        .tr(.td(.text(FormInput.dateText(e.date))), .td(.class("num"), .text(CoreExchange.Hours.clock(e.minutes))),
                            .td(.safeText(e.activity)), .td(.safeText(e.organisation)),
                            .td(.safeText(Texts.Volunteer.state(e.state) + (e.confirmedBy.map { " (\($0))" } ?? ""))))
                    })
                )
            )
        ))
    }

    /// Hours waiting for this person's (or this kiosk's) confirmation, each with its two buttons.
    static func pendingList(_ entries: [PendingHours], action: SiteURL,
                            context: PageContext) -> Node<HTML.BodyContext> {
        .ul(.class("results"), .forEach(entries) { e in
            .li(.safeText(Texts.Volunteer.pendingEntry(e.helperName, date: FormInput.dateText(e.date),
                                                        hours: CoreExchange.Hours.clock(e.minutes), activity: e.activity)),
                .form(.method(.post), .action(action.path), .class("inline-form"),
                      FormView.csrfField(context.csrfToken), FormView.hidden("entry", e.id.uuidString),
                      .button(.type(.submit), .name("decision"), .value("confirm"), .class("button"),
                              .text(Texts.Volunteer.confirmButton)),
                      .text(" "),
                      .button(.type(.submit), .name("decision"), .value("reject"), .class("button button-secondary"),
                              .text(Texts.Volunteer.rejectButton))))
        })
    }

    static func certificate(_ c: CoreExchange.Hours.Certificate, user: CurrentUser, context: PageContext) -> HTML {
        Layout.page(title: Texts.Volunteer.certificateTitle, context: context, main: .group(
            .div(.class("print-sheet certificate"),
                 .h1(.text(Texts.Volunteer.certificateTitle)),
                 .p(.class("screen-only"), .text(Texts.Volunteer.printHint + " "),
                    .a(.href(SiteURL.boerse(.volunteer).path), .text(Texts.Volunteer.backToOverview))),
                 .dl(.class("facts"),
                     .dt(.text(Texts.Volunteer.organisationLabel)), .dd(.safeText(c.organisation)),
                     .dt(.text(Texts.Volunteer.yearLabel)), .dd(.text(String(c.year))),
                     .dt(.text(Texts.Volunteer.volunteer)), .dd(.safeText(user.publicName),
                                                                 .span(.class("fill-in"), .text(Texts.Volunteer.fullNameBlank)))),
                 .p(.safeText(Texts.Volunteer.certificateIntro(name: user.publicName, organisation: c.organisation, year: c.year))),
                 .table(
                    .class("data"),
                    .caption(.text(Texts.Volunteer.confirmedTimes)),
                    .thead(.tr(.th(.attribute(named: "scope", value: "col"), .text(Texts.Volunteer.dateLabel)),
                               .th(.attribute(named: "scope", value: "col"), .class("num"), .text(Texts.Volunteer.durationHoursColumn)),
                               .th(.attribute(named: "scope", value: "col"), .text(Texts.Volunteer.activityLabel)),
                               .th(.attribute(named: "scope", value: "col"), .text(Texts.Volunteer.confirmedByColumn)))),
                    .tbody(.forEach(c.entries) { e in
                        .tr(.td(.text(FormInput.dateText(e.date))), .td(.class("num"), .text(CoreExchange.Hours.clock(e.minutes))),
                            .td(.safeText(e.activity)), .td(.safeText(e.confirmedBy ?? "")))
                    }),
                    .tfoot(.tr(.th(.attribute(named: "scope", value: "row"), .text(Texts.Volunteer.sum)),
                               .td(.class("num"), .text(CoreExchange.Hours.clock(c.totalMinutes))),
                               .td(.attribute(named: "colspan", value: "2"),
                                   .text(Texts.Volunteer.certificateTotal(CoreExchange.Hours.clock(c.totalMinutes),
                                                                           CoreExchange.Hours.decimalHours(c.totalMinutes))))))
                 ),
                 .p(.text(Texts.Volunteer.certificateNote)),
                 .p(.class("signature"), .text(Texts.Volunteer.certificateSignature)))
        ))
    }
}
