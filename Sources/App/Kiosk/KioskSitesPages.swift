import Foundation
import GemeinsamCore
import Plot

/// The coordinators' page of kiosks and their teams.
enum KioskSitesPages {
    static func sites(sites: [KioskSiteRow], staff: [Int: [KioskQueries.StaffMember]], form: KioskSitesController.SiteForm,
                      errors: FormErrors, notice: String?, geography: GeographySnapshot, context: PageContext) -> HTML {
        Layout.page(title: Texts.Kiosk.sitesTitle, context: context, main: .group(
            .h1(.text(Texts.Kiosk.sitesTitle)),
            .p(.text(Texts.Kiosk.sitesIntro)),
            .statusNotice(notice),
            FormView.errorSummary(errors),
            .if(!sites.isEmpty, .table(
                .class("data"),
                .caption(.text(Texts.Kiosk.sitesCaption)),
                .thead(.tr(.forEach(Texts.Kiosk.sitesColumns) { .th(.attribute(named: "scope", value: "col"), .text($0)) })),
                .tbody(.forEach(sites) { s in
                    .tr(.th(.attribute(named: "scope", value: "row"), .safeText(s.name), .if(s.isSample, .group(.text(" "), .sampleBadge(true))),
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
                    .element(named: "legend", nodes: [.text(Texts.Kiosk.staffLegend)]),
                    FormView.select(name: "site", label: Texts.Kiosk.siteLabel,
                                    groups: [.init(label: Texts.Kiosk.siteLabel, options: sites.map { .init(value: String($0.id), label: $0.name) })],
                                    selected: nil, placeholder: Texts.Exchange.pleaseChoose, errors: errors),
                    FormView.input(name: "email", label: Texts.Kiosk.staffEmailLabel, kind: .email, maxLength: 254, errors: errors),
                    .div(.class("button-row"),
                         .button(.type(.submit), .name("action"), .value("add"), .class("button"), .text(Texts.Kiosk.staffAdd)),
                         .button(.type(.submit), .name("action"), .value("remove"), .class("button button-secondary"),
                                 .text(Texts.Kiosk.staffRemove)))
                )
            ),
            .form(
                .method(.post), .action(SiteURL.boerse(.kioskSites).path), .attribute(named: "novalidate", value: "novalidate"),
                FormView.csrfField(context.csrfToken),
                .fieldset(
                    .element(named: "legend", nodes: [.text(Texts.Kiosk.siteAdd)]),
                    FormView.input(name: "name", label: Texts.Kiosk.siteNameLabel, value: form.name ?? "", maxLength: 80, errors: errors),
                    FormView.input(name: "organisation", label: Texts.Kiosk.siteOrgLabel, value: form.organisation ?? "",
                                   maxLength: 120, errors: errors),
                    FormView.select(name: "quartier", label: Texts.Exchange.quartierLabel, groups: ExchangeViews.quartierOptions(geography),
                                    selected: form.quartier, placeholder: Texts.Exchange.pleaseChoose, errors: errors),
                    FormView.input(name: "phone", label: Texts.Kiosk.sitePhoneLabel, kind: .tel, value: form.phone ?? "",
                                   maxLength: 30, errors: errors),
                    FormView.input(name: "address", label: Texts.Kiosk.siteAddressLabel, value: form.address ?? "",
                                   maxLength: 120, errors: errors),
                    FormView.input(name: "openingHours", label: Texts.Kiosk.siteHoursLabel, value: form.openingHours ?? "",
                                   required: false, maxLength: 120, errors: errors),
                    FormView.submit(Texts.Kiosk.siteAdd)
                )
            )
        ))
    }
}
