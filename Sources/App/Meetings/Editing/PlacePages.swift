import Foundation
import Plot

/// The place form (new and edit), with the status buttons and the rooms of an existing place.
enum PlacePages {
    static func form(place: PlaceWithType?, form: PlaceForm, errors: FormErrors,
                     types: [PlaceTypeRow], areaChoices: [AreaRecord], actorOptions: [FormView.Option] = [],
                     statuses: [PublicationStatus],
                     rooms: [RoomRow], geography: GeographySnapshot, notice: String?,
                     context: PageContext) -> HTML {
        let t = German.PlaceForm.self
        let title = place.map { t.editTitle($0.name) } ?? t.newTitle
        let action = place.map { SiteURL.placeEdit($0.id.uuidString).path } ?? SiteURL.placeNew.path
        let typeOptions = types.map { FormView.Option(value: $0.key, label: $0.name) }
        return Layout.page(title: title, context: context, main: .group(
            .p(.a(.href(SiteURL.offersManage.path), .text(German.Manage.back))),
            .h1(.safeText(title)),
            .unwrap(place) { place in
                .p(.sampleBadge(place.isSample), .text(" "), .statusBadge(place.status),
                   .if(place.status == .published, .text(t.isPublished)),
                   .if(place.isSample, .text(" " + t.sampleNote)))
            },
            .statusNotice(notice),
            FormView.errorSummary(errors),
            .form(
                .method(.post), .action(action), .attribute(named: "novalidate", value: "novalidate"),
                FormView.csrfField(context.csrfToken),
                .fieldset(
                    .element(named: "legend", nodes: [.text(t.aboutLegend)]),
                    FormView.input(name: "name", label: t.name, value: form.name ?? "", maxLength: 150, errors: errors),
                    FormView.select(name: "type", label: t.type, options: typeOptions, selected: form.type,
                                          placeholder: German.Editing.pleaseChoose, errors: errors),
                    FormView.textarea(name: "description", label: t.description, value: form.description ?? "",
                                      hint: t.descriptionHint, required: false, maxLength: 5_000, errors: errors),
                    .if(!actorOptions.isEmpty, FormView.select(
                        name: "ownerActor", label: German.Actors.placeActorLabel, options: actorOptions,
                        selected: form.ownerActor?.lowercased(), placeholder: German.Actors.choiceNone,
                        hint: German.Actors.placeActorHint, required: false, errors: errors))
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
                    .if(!areaChoices.isEmpty, FormView.select(
                        name: "area", label: t.quartier,
                        options: areaChoices.map { FormView.Option(value: $0.slug, label: $0.name) },
                        selected: form.area, placeholder: German.Editing.pleaseChoose, hint: t.quartierHint, errors: errors))
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
                ),
                FormView.choices(name: "status", legend: German.Editing.statusLegend, kind: .radio,
                                 options: statuses.map { FormView.Option(value: $0.rawValue, label: German.Editing.statusOption($0)) },
                                 selected: [form.status ?? ""], hint: German.Editing.statusHint, errors: errors),
                FormView.submit(place == nil ? t.create : German.Editing.save)
            ),
            .unwrap(place) { place in
                .group(
                    .h2(.text(German.Editing.statusHeading)),
                    .p(.text(German.Editing.currentStatus(place.status.label))),
                    .div(.class("button-row"), .group(PlaceEditController.allStatuses.filter { $0 != place.status }.map { status in
                        FormView.buttonForm(action: SiteURL.placeStatus(place.id.uuidString).path, csrfToken: context.csrfToken,
                                            fields: [("status", status.rawValue)], label: German.Editing.statusAction(status),
                                            secondary: status != .published)
                    })),
                    .h2(.text(t.roomsHeading)),
                    .if(rooms.isEmpty, .p(.text(t.noRooms))),
                    .if(!rooms.isEmpty, .ul(.forEach(rooms) { room in
                        .li(.a(.attr("href", SiteURL.room(room.id.uuidString).path), .safeText(room.name)),
                            .text(" – "),
                            .a(.attr("href", SiteURL.roomEdit(room.id.uuidString).path), .text(German.Manage.edit),
                               .span(.class("visually-hidden"), .safeText(": " + room.name))))
                    })),
                    .p(.a(.attr("href", SiteURL.roomNew(place: place.id.uuidString).path), .text(German.Manage.newRoom))),
                    .h2(.text(German.History.heading)),
                    .p(.a(.attr("href", SiteURL.placeHistory(place.id.uuidString).path), .text(German.History.link))),
                    .if(place.status == .published,
                        .p(.a(.attr("href", SiteURL.place(place.id.uuidString).path), .text(t.publicPage))))
                )
            }
        ))
    }
}
