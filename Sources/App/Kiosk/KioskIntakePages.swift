import Foundation
import GemeinsamCore
import Plot

/// The intake form for a visitor without an account.
enum KioskIntakePages {
    static func intake(form: KioskIntakeController.IntakeForm, errors: FormErrors, sites: [KioskSiteRow], geography: GeographySnapshot,
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
                                      selected: form.site, placeholder: German.Exchange.pleaseChoose, errors: errors),
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
                                     placeholder: German.Kiosk.quartierFromStreet, hint: German.Kiosk.quartierOrHint,
                                     errors: errors, required: false)),
                ListingPages.listingFields(form: form.listingForm, errors: errors, geography: geography, today: today, quartier: false),
                FormView.choices(name: "reach", legend: German.Kiosk.reachLegend, kind: .radio, options: [
                    .init(value: "phone", label: German.Kiosk.reachPhone), .init(value: "visit", label: German.Kiosk.reachVisit),
                ], selected: Set([form.reach].compactMap { $0 }), errors: errors, columns: true),
                FormView.input(name: "phone", label: German.Exchange.phoneLabel, kind: .tel, value: form.phone ?? "",
                               hint: German.Kiosk.phoneHint, autocomplete: "off", required: false, maxLength: 30, errors: errors),
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
}
