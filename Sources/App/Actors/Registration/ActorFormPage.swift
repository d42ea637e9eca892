import Foundation
import GemeinsamCore
import Plot

/// The actor form for registering and editing.
enum ActorFormPage {
    private typealias T = Texts.Actors
    private typealias F = Texts.ActorForm

    static func page(actor: ActorQueries.Actor?, form: ActorForm, errors: FormErrors, areaChoices: [AreaRecord],
                     geography: GeographySnapshot, context: PageContext) -> HTML {
        let title = actor.map { F.editTitle($0.name) } ?? F.newTitle
        let action = actor.map { SiteURL.actorEdit($0.id.uuidString.lowercased()).path } ?? SiteURL.actorNew.path
        return Layout.page(title: title, context: context, main: .group(
            .p(.a(.href(SiteURL.actorsMine.path), .text(T.mineTitle))),
            .h1(.safeText(title)),
            .if(actor == nil, .p(.text(F.newIntro))),
            FormView.errorSummary(errors),
            .form(
                .method(.post), .action(action), .attribute(named: "novalidate", value: "novalidate"),
                FormView.csrfField(context.csrfToken),
                about(form, errors: errors),
                place(form, errors: errors, areaChoices: areaChoices),
                workAreas(form, errors: errors, geography: geography),
                contact(form, errors: errors),
                FormView.submit(actor == nil ? F.submit : Texts.Editing.save)
            )
        ))
    }

    private static func about(_ form: ActorForm, errors: FormErrors) -> Node<HTML.FormContext> {
        .group(
            .fieldset(
                .element(named: "legend", nodes: [.text(F.aboutLegend)]),
                FormView.input(name: "name", label: F.name, value: form.name ?? "", autocomplete: "organization",
                               maxLength: 150, errors: errors),
                FormView.select(name: "legalForm", label: F.legalForm, options: ActorViews.options(LegalForm.allCases, \.label),
                                selected: form.legalForm, placeholder: Texts.Editing.pleaseChoose, errors: errors),
                FormView.textarea(name: "description", label: F.description, value: form.description ?? "",
                                  hint: F.descriptionHint, maxLength: 5_000, errors: errors),
                FormView.input(name: "foundedYear", label: F.foundedYear, value: form.foundedYear ?? "", hint: F.foundedYearHint,
                               required: false, maxLength: 4, errors: errors),
                FormView.select(name: "size", label: F.size, options: ActorViews.options(ActorSize.allCases, \.label),
                                selected: form.size, placeholder: Texts.Editing.pleaseChoose, errors: errors)
            ),
            FormView.choices(name: "topics", legend: F.topics, kind: .checkbox, options: ActorViews.options(ActorTopic.allCases, \.label),
                             selected: Set(form.topics ?? []), hint: F.topicsHint, errors: errors, columns: true),
            FormView.choices(name: "audiences", legend: F.audiences, kind: .checkbox,
                             options: ActorViews.options(Audience.allCases, \.label),
                             selected: Set(form.audiences ?? []), errors: errors, columns: true)
        )
    }

    private static func place(_ form: ActorForm, errors: FormErrors, areaChoices: [AreaRecord]) -> Node<HTML.FormContext> {
        .fieldset(
            .element(named: "legend", nodes: [.text(F.placeLegend)]),
            FormView.choices(name: "place", legend: F.placeQuestion, kind: .radio,
                             options: [.init(value: "fest", label: F.placeFixed), .init(value: "ohne", label: F.placeNone)],
                             selected: [form.place ?? ""], errors: errors),
            .p(.class("hint"), .text(F.addressHint)),
            FormView.input(name: "street", label: F.street, value: form.street ?? "", hint: F.streetHint,
                           autocomplete: "off", maxLength: 150, errors: errors),
            FormView.input(name: "postalCode", label: F.postalCode, value: form.postalCode ?? "", required: false,
                           maxLength: 10, errors: errors),
            FormView.input(name: "lat", label: Texts.PlaceForm.lat, value: form.lat ?? "", hint: F.coordinatesHint,
                           required: false, maxLength: 20, errors: errors),
            FormView.input(name: "lon", label: Texts.PlaceForm.lon, value: form.lon ?? "", required: false,
                           maxLength: 20, errors: errors),
            .if(!areaChoices.isEmpty, FormView.select(
                name: "area", label: Texts.PlaceForm.quartier,
                options: areaChoices.map { FormView.Option(value: $0.slug, label: $0.name) },
                selected: form.area, placeholder: Texts.Editing.pleaseChoose, hint: F.quartierHint,
                errors: errors))
        )
    }

    /// The Quartiere as checkboxes, one collapsible group per Stadtbezirk (open where one is chosen).
    private static func workAreas(_ form: ActorForm, errors: FormErrors, geography: GeographySnapshot) -> Node<HTML.FormContext> {
        let selected = Set(form.workAreas ?? [])
        return .fieldset(
            .class(errors["workAreas"] == nil ? "field-group" : "field-group field-invalid"),
            .element(named: "legend", nodes: [.text(F.workAreas)]),
            .p(.class("hint"), .id("workAreas-hint"), .text(F.workAreasHint)),
            .unwrap(errors["workAreas"]) { .p(.class("field-error"), .id("workAreas-error"), .safeText($0)) },
            .group(geography.all(.district).enumerated().map { index, district in
                let quartiere = geography.children(of: district)
                return .element(named: "details", nodes: [
                    .if(quartiere.contains { selected.contains($0.slug) } || errors["workAreas"] != nil,
                        .attribute(named: "open", value: "open")),
                    .element(named: "summary", nodes: [.text(T.districtOption(district.name))]),
                    .div(.class("choices choices-columns"), .group(quartiere.enumerated().map { i, q in
                        // the first checkbox carries the field's name as id, for the error summary's link
                        let id = index == 0 && i == 0 ? "workAreas" : "workAreas-\(q.slug)"
                        return .div(.class("choice"),
                                    FormView.inputElement([("type", "checkbox"), ("id", id), ("name", "workAreas"), ("value", q.slug),
                                                           ("checked", selected.contains(q.slug) ? "checked" : nil)]),
                                    .label(.for(id), .safeText(q.name)))
                    })),
                ])
            })
        )
    }

    private static func contact(_ form: ActorForm, errors: FormErrors) -> Node<HTML.FormContext> {
        .fieldset(
            .element(named: "legend", nodes: [.text(F.contactLegend)]),
            .p(.class("hint"), .text(F.contactHint)),
            FormView.input(name: "contactEmail", label: F.email, kind: .email, value: form.contactEmail ?? "",
                           autocomplete: "off", required: false, maxLength: 254, errors: errors),
            FormView.input(name: "contactPhone", label: F.phone, value: form.contactPhone ?? "", autocomplete: "off",
                           required: false, maxLength: 40, errors: errors),
            FormView.input(name: "website", label: F.website, value: form.website ?? "", hint: Texts.PlaceForm.websiteHint,
                           autocomplete: "off", required: false, maxLength: 300, errors: errors)
        )
    }
}
