import Foundation
import Plot

/// The place form (new and edit), with the rooms of an existing place.
enum PlacePages {
    static func form(_ page: EditPage<PlaceEditing>, rooms: [RoomRow], context: PageContext) -> HTML {
        let t = Texts.PlaceForm.self
        let form = page.form
        let errors = page.errors
        let typeOptions = page.choices.map { FormView.Option(value: $0.key, label: $0.name) }
        let texts = EditFormPage.Labels(title: page.item.map { t.editTitle($0.name) } ?? t.newTitle, create: t.create,
                                       publicPage: t.publicPage)
        return EditFormPage.render(page, texts: texts, context: context, summary: { place in
            .p(.sampleBadge(place.isSample), .text(" "), .statusBadge(place.status),
               .if(place.status == .published, .text(t.isPublished)),
               .if(place.isSample, .text(" " + t.sampleNote)))
        }, fields: .group(
            .fieldset(
                .element(named: "legend", nodes: [.text(t.aboutLegend)]),
                FormView.input(name: "name", label: t.name, value: form.name ?? "", maxLength: 150, errors: errors),
                FormView.select(name: "type", label: t.type, options: typeOptions, selected: form.type,
                                placeholder: Texts.Editing.pleaseChoose, errors: errors),
                FormView.textarea(name: "description", label: t.description, value: form.description ?? "",
                                  hint: t.descriptionHint, required: false, maxLength: 5_000, errors: errors),
                PlaceEditing.actorField.select(options: page.actorOptions, selected: form.ownerActor, errors: errors)
            ),
            .fieldset(
                .element(named: "legend", nodes: [.text(t.addressLegend)]),
                .p(.class("hint"), .text(t.addressHint)),
                FormView.input(name: "street", label: t.street, value: form.street ?? "", autocomplete: "off",
                               maxLength: 150, errors: errors),
                FormView.input(name: "postalCode", label: t.postalCode, value: form.postalCode ?? "", maxLength: 10,
                               errors: errors),
                FormView.input(name: "city", label: t.city, value: form.city ?? "", maxLength: 80, errors: errors),
                FormView.input(name: "lat", label: t.lat, value: form.lat ?? "", hint: t.latHint, maxLength: 20,
                               errors: errors),
                FormView.input(name: "lon", label: t.lon, value: form.lon ?? "", hint: t.lonHint, maxLength: 20,
                               errors: errors),
                .if(!page.areaChoices.isEmpty, FormView.select(
                    name: "area", label: t.quartier,
                    options: page.areaChoices.map { FormView.Option(value: $0.slug, label: $0.name) },
                    selected: form.area, placeholder: Texts.Editing.pleaseChoose, hint: t.quartierHint, errors: errors))
            ),
            .fieldset(
                .class("field-group"),
                .element(named: "legend", nodes: [.text(t.accessibility)]),
                .p(.class("hint"), .text(t.accessibilityHint)),
                .group(PlaceForm.facts.map { fact in
                    FormView.checkbox(name: fact.field, label: fact.label, checked: form.isChecked(fact.field), errors: errors)
                })
            ),
            .fieldset(
                .element(named: "legend", nodes: [.text(t.contactLegend)]),
                FormView.textarea(name: "openingHours", label: t.openingHours, value: form.openingHours ?? "",
                                  hint: t.openingHoursHint, required: false, maxLength: 300, rows: 3, errors: errors),
                FormView.input(name: "phone", label: t.phone, value: form.phone ?? "", autocomplete: "off",
                               required: false, maxLength: 40, errors: errors),
                FormView.input(name: "email", label: t.email, kind: .email, value: form.email ?? "", hint: t.emailHint,
                               autocomplete: "off", required: false, maxLength: 254, errors: errors),
                FormView.input(name: "website", label: t.website, value: form.website ?? "", hint: t.websiteHint,
                               autocomplete: "off", required: false, maxLength: 300, errors: errors)
            )
        ), more: { place in
            .group(
                .h2(.text(t.roomsHeading)),
                .if(rooms.isEmpty, .p(.text(t.noRooms))),
                .if(!rooms.isEmpty, .ul(.forEach(rooms) { room in
                    .li(.a(.attr("href", SiteURL.room(room.id.uuidString).path), .safeText(room.name)),
                        .text(" – "),
                        .a(.attr("href", SiteURL.roomEdit(room.id.uuidString).path), .text(Texts.Manage.edit),
                           .span(.class("visually-hidden"), .safeText(": " + room.name))))
                })),
                .p(.a(.attr("href", SiteURL.roomNew(place: place.id.uuidString).path), .text(Texts.Manage.newRoom)))
            )
        })
    }
}
