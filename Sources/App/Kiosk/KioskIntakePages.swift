import Foundation
import GemeinsamCore
import Plot

/// The intake form for a visitor without an account.
enum KioskIntakePages {
    static func intake(form: KioskIntakeController.IntakeForm, errors: FormErrors, sites: [KioskSiteRow], geography: GeographySnapshot,
                       today: CalendarDate, context: PageContext) -> HTML {
        let consent = Texts.Kiosk.currentConsent
        return Layout.page(title: Texts.Kiosk.intakeTitle, context: context, main: .group(
            .p(.class("eyebrow"), .a(.href(SiteURL.boerse(.kiosk).path), .text(Texts.Kiosk.dashboardTitle))),
            .h1(.text(Texts.Kiosk.intakeTitle)),
            .p(.text(Texts.Kiosk.intakeIntro)),
            FormView.errorSummary(errors),
            .form(
                .class("intake"), .method(.post), .action(SiteURL.boerse(.kioskIntake).path),
                .attribute(named: "novalidate", value: "novalidate"),
                FormView.csrfField(context.csrfToken),
                sites.count == 1 ? FormView.hidden("site", String(sites[0].id))
                    : FormView.select(name: "site", label: Texts.Kiosk.siteLabel,
                                      groups: [.init(label: Texts.Kiosk.siteLabel, options: sites.map { .init(value: String($0.id), label: $0.name) })],
                                      selected: form.site, placeholder: Texts.Exchange.pleaseChoose, errors: errors),
                .div(.class("field-pair"),
                     FormView.input(name: "firstName", label: Texts.Kiosk.firstNameLabel, value: form.firstName ?? "",
                                    hint: Texts.Kiosk.firstNameHint, autocomplete: "off", maxLength: 50, errors: errors),
                     FormView.input(name: "initial", label: Texts.Kiosk.initialLabel, value: form.initial ?? "",
                                    autocomplete: "off", required: false, maxLength: 2, errors: errors)),
                .div(.class("field-pair"),
                     FormView.input(name: "street", label: Texts.Kiosk.streetLabel, value: form.street ?? "",
                                    hint: Texts.Kiosk.streetHint, autocomplete: "off", required: false, maxLength: 100, errors: errors),
                     FormView.select(name: "quartier", label: Texts.Kiosk.quartierOrLabel,
                                     groups: ExchangeViews.quartierOptions(geography), selected: form.quartier,
                                     placeholder: Texts.Kiosk.quartierFromStreet, hint: Texts.Kiosk.quartierOrHint,
                                     errors: errors, required: false)),
                ListingPages.listingFields(form: form.listingForm, errors: errors, geography: geography, today: today, quartier: false),
                FormView.choices(name: "reach", legend: Texts.Kiosk.reachLegend, kind: .radio, options: [
                    .init(value: "phone", label: Texts.Kiosk.reachPhone), .init(value: "visit", label: Texts.Kiosk.reachVisit),
                ], selected: Set([form.reach].compactMap { $0 }), errors: errors, columns: true),
                FormView.input(name: "phone", label: Texts.Exchange.phoneLabel, kind: .tel, value: form.phone ?? "",
                               hint: Texts.Kiosk.phoneHint, autocomplete: "off", required: false, maxLength: 30, errors: errors),
                .fieldset(
                    .class("field consent"),
                    .element(named: "legend", nodes: [.text(Texts.Kiosk.consentLegend)]),
                    .p(.id("consent-text"), .class("consent-text"), .safeText(consent.text)),
                    FormView.checkbox(name: "consent", label: Texts.Kiosk.consentLabel(consent.version), checked: form.consent == "ja",
                                      errors: errors)
                ),
                FormView.submit(Texts.Kiosk.intakeButton)
            )
        ))
    }
}
