import Foundation
import GemeinsamCore
import Plot

/// The coordinators' page of kiosks and their teams.
enum KioskSitesPages {
    static func sites(sites: [KioskSiteRow], staff: [Int: [KioskQueries.StaffMember]], form: KioskSitesController.SiteForm,
                      errors: FormErrors, notice: String?, geography: GeographySnapshot, context: PageContext) -> HTML {
        Layout.page(title: German.Kiosk.sitesTitle, context: context, main: .group(
            .h1(.text(German.Kiosk.sitesTitle)),
            .p(.text(German.Kiosk.sitesIntro)),
            .statusNotice(notice),
            FormView.errorSummary(errors),
            .if(!sites.isEmpty, .table(
                .class("data"),
                .caption(.text(German.Kiosk.sitesCaption)),
                .thead(.tr(.forEach(German.Kiosk.sitesColumns) { .th(.attribute(named: "scope", value: "col"), .text($0)) })),
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
                    .element(named: "legend", nodes: [.text(German.Kiosk.staffLegend)]),
                    FormView.select(name: "site", label: German.Kiosk.siteLabel,
                                    groups: [.init(label: German.Kiosk.siteLabel, options: sites.map { .init(value: String($0.id), label: $0.name) })],
                                    selected: nil, placeholder: German.Exchange.pleaseChoose, errors: errors),
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
                                    selected: form.quartier, placeholder: German.Exchange.pleaseChoose, errors: errors),
                    FormView.input(name: "phone", label: German.Kiosk.sitePhoneLabel, kind: .tel, value: form.phone ?? "",
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
