import Foundation
import GemeinsamCore
import Plot

enum VolunteerPages {
    static func overview(overview o: CoreExchange.Hours.Overview, matches: [FormView.Option],
                         toConfirm: [PendingHours], actors: [FormView.Option], form: VolunteerController.LogForm,
                         errors: FormErrors, notice: String?, context: PageContext) -> HTML {
        let base = SiteURL.boerse(.volunteer).path
        return Layout.page(title: German.Volunteer.title, context: context, main: .group(
            .p(.class("eyebrow"), .a(.href(SiteURL.account.path), .text(German.Nav.account))),
            .h1(.text(German.Volunteer.title)),
            .p(.text(German.Volunteer.intro)),
            .statusNotice(notice),
            .section(
                .attribute(named: "aria-labelledby", value: "bestaetigen"),
                .h2(.id("bestaetigen"), .text(German.Volunteer.toConfirmHeading)),
                toConfirm.isEmpty ? .p(.text(German.Volunteer.toConfirmEmpty))
                    : pendingList(toConfirm, action: SiteURL.boerse(.volunteerConfirm), context: context)
            ),
            .section(
                .attribute(named: "aria-labelledby", value: "eintragen"),
                .h2(.id("eintragen"), .text(German.Volunteer.logHeading)),
                matches.isEmpty ? .p(.text(German.Volunteer.noMatches)) : .group(
                    FormView.errorSummary(errors),
                    .form(
                        .method(.post), .action(base), .attribute(named: "novalidate", value: "novalidate"),
                        FormView.csrfField(context.csrfToken),
                        FormView.select(name: "match", label: German.Volunteer.matchLabel,
                                        groups: [.init(label: German.Volunteer.matchLabel, options: matches)],
                                        selected: form.match, placeholder: German.Exchange.pleaseChoose, errors: errors),
                        FormView.input(name: "date", label: German.Volunteer.dateLabel, value: form.date ?? "",
                                       hint: German.Volunteer.dateHint, inputMode: "numeric", maxLength: 10, errors: errors),
                        FormView.input(name: "duration", label: German.Volunteer.durationLabel, value: form.duration ?? "",
                                       hint: German.Volunteer.durationHint, inputMode: "numeric", maxLength: 8, errors: errors),
                        FormView.input(name: "activity", label: German.Volunteer.activityLabel, value: form.activity ?? "",
                                       hint: German.Volunteer.activityHint, maxLength: 200, errors: errors),
                        FormView.input(name: "organisation", label: German.Volunteer.organisationLabel,
                                       value: form.organisation ?? "", hint: German.Volunteer.organisationHint, required: false,
                                       maxLength: 120, errors: errors),
                        FormView.select(name: "actor", label: German.Volunteer.actorLabel, options: actors,
                                              selected: form.actor?.lowercased(), placeholder: German.Volunteer.actorNone,
                                              hint: German.Volunteer.actorHint, required: false, errors: errors),
                        FormView.submit(German.Volunteer.logButton)
                    )
                )
            ),
            .section(
                .attribute(named: "aria-labelledby", value: "jahr"),
                .h2(.id("jahr"), .text(German.Volunteer.yearHeading(o.year))),
                .form(.class("search-form"), .method(.get), .action(base),
                      FormView.input(name: "jahr", label: German.Volunteer.yearLabel, value: String(o.year),
                                     inputMode: "numeric", maxLength: 4, errors: FormErrors()),
                      FormView.submit(German.Volunteer.showYear)),
                .dl(.class("facts"),
                    .dt(.text(German.Volunteer.confirmedTotal)),
                    .dd(.text(German.Volunteer.hoursWithDecimal(CoreExchange.Hours.clock(o.confirmedMinutes),
                                                                CoreExchange.Hours.decimalHours(o.confirmedMinutes)))),
                    .dt(.text(German.Volunteer.pendingTotal)),
                    .dd(.text(German.Volunteer.hours(CoreExchange.Hours.clock(o.pendingMinutes))))),
                .if(!o.organisations.isEmpty, .table(
                    .class("data"),
                    .caption(.text(German.Volunteer.byOrganisation)),
                    .thead(.tr(.th(.attribute(named: "scope", value: "col"), .text(German.Volunteer.organisationLabel)),
                               .th(.attribute(named: "scope", value: "col"), .class("num"), .text(German.Volunteer.confirmedColumn)),
                               .th(.attribute(named: "scope", value: "col"), .class("num"), .text(German.Volunteer.openColumn)),
                               .th(.attribute(named: "scope", value: "col"), .text(German.Volunteer.certificateLink)))),
                    .tbody(.forEach(o.organisations) { org in
                        .tr(.th(.attribute(named: "scope", value: "row"), .safeText(org.organisation)),
                            .td(.class("num"), .text(CoreExchange.Hours.clock(org.confirmedMinutes))),
                            .td(.class("num"), .text(CoreExchange.Hours.clock(org.pendingMinutes))),
                            .td(org.confirmedEntries > 0
                                ? .a(.attr("href", SiteURL.boerse(.volunteerCertificate).path + "?jahr=\(o.year)&organisation="
                                           + QueryText.escape(org.organisation)),
                                     .safeText(German.Volunteer.certificateLinkText(org.organisation, year: o.year)))
                                : .text("–")))
                    })
                )),
                .p(.a(.attr("href", SiteURL.boerse(.volunteerCSV).path + "?jahr=\(o.year)"), .text(German.Volunteer.csvLink))),
                .h3(.text(German.Volunteer.entriesHeading)),
                o.entries.isEmpty ? .p(.text(German.Volunteer.entriesEmpty)) : .table(
                    .class("data"),
                    .caption(.text(German.Volunteer.entriesCaption(o.year))),
                    .thead(.tr(.th(.attribute(named: "scope", value: "col"), .text(German.Volunteer.dateLabel)),
                               .th(.attribute(named: "scope", value: "col"), .class("num"), .text(German.Volunteer.durationLabel)),
                               .th(.attribute(named: "scope", value: "col"), .text(German.Volunteer.activityLabel)),
                               .th(.attribute(named: "scope", value: "col"), .text(German.Volunteer.organisationLabel)),
                               .th(.attribute(named: "scope", value: "col"), .text(German.Exchange.factStatus)))),
                    .tbody(.forEach(o.entries) { e in
                        .tr(.td(.text(FormInput.dateText(e.date))), .td(.class("num"), .text(CoreExchange.Hours.clock(e.minutes))),
                            .td(.safeText(e.activity)), .td(.safeText(e.organisation)),
                            .td(.safeText(German.Volunteer.state(e.state) + (e.confirmedBy.map { " (\($0))" } ?? ""))))
                    })
                )
            )
        ))
    }

    /// Hours waiting for this person's (or this kiosk's) confirmation, each with its two buttons.
    static func pendingList(_ entries: [PendingHours], action: SiteURL,
                            context: PageContext) -> Node<HTML.BodyContext> {
        .ul(.class("results"), .forEach(entries) { e in
            .li(.safeText(German.Volunteer.pendingEntry(e.helperName, date: FormInput.dateText(e.date),
                                                        hours: CoreExchange.Hours.clock(e.minutes), activity: e.activity)),
                .form(.method(.post), .action(action.path), .class("inline-form"),
                      FormView.csrfField(context.csrfToken), FormView.hidden("entry", e.id.uuidString),
                      .button(.type(.submit), .name("decision"), .value("confirm"), .class("button"),
                              .text(German.Volunteer.confirmButton)),
                      .text(" "),
                      .button(.type(.submit), .name("decision"), .value("reject"), .class("button button-secondary"),
                              .text(German.Volunteer.rejectButton))))
        })
    }

    static func certificate(_ c: CoreExchange.Hours.Certificate, user: CurrentUser, context: PageContext) -> HTML {
        Layout.page(title: German.Volunteer.certificateTitle, context: context, main: .group(
            .div(.class("print-sheet certificate"),
                 .h1(.text(German.Volunteer.certificateTitle)),
                 .p(.class("screen-only"), .text(German.Volunteer.printHint + " "),
                    .a(.href(SiteURL.boerse(.volunteer).path), .text(German.Volunteer.backToOverview))),
                 .dl(.class("facts"),
                     .dt(.text(German.Volunteer.organisationLabel)), .dd(.safeText(c.organisation)),
                     .dt(.text(German.Volunteer.yearLabel)), .dd(.text(String(c.year))),
                     .dt(.text(German.Volunteer.volunteer)), .dd(.safeText(user.publicName),
                                                                 .span(.class("fill-in"), .text(German.Volunteer.fullNameBlank)))),
                 .p(.safeText(German.Volunteer.certificateIntro(name: user.publicName, organisation: c.organisation, year: c.year))),
                 .table(
                    .class("data"),
                    .caption(.text(German.Volunteer.confirmedTimes)),
                    .thead(.tr(.th(.attribute(named: "scope", value: "col"), .text(German.Volunteer.dateLabel)),
                               .th(.attribute(named: "scope", value: "col"), .class("num"), .text(German.Volunteer.durationHoursColumn)),
                               .th(.attribute(named: "scope", value: "col"), .text(German.Volunteer.activityLabel)),
                               .th(.attribute(named: "scope", value: "col"), .text(German.Volunteer.confirmedByColumn)))),
                    .tbody(.forEach(c.entries) { e in
                        .tr(.td(.text(FormInput.dateText(e.date))), .td(.class("num"), .text(CoreExchange.Hours.clock(e.minutes))),
                            .td(.safeText(e.activity)), .td(.safeText(e.confirmedBy ?? "")))
                    }),
                    .tfoot(.tr(.th(.attribute(named: "scope", value: "row"), .text(German.Volunteer.sum)),
                               .td(.class("num"), .text(CoreExchange.Hours.clock(c.totalMinutes))),
                               .td(.attribute(named: "colspan", value: "2"),
                                   .text(German.Volunteer.certificateTotal(CoreExchange.Hours.clock(c.totalMinutes),
                                                                           CoreExchange.Hours.decimalHours(c.totalMinutes))))))
                 ),
                 .p(.text(German.Volunteer.certificateNote)),
                 .p(.class("signature"), .text(German.Volunteer.certificateSignature)))
        ))
    }
}
