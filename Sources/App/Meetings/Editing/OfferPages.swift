import Foundation
import GemeinsamCore
import Plot

/// The offer form (new and edit).
enum OfferPages {
    static func form(_ page: EditPage<OfferEditing>, geography: GeographySnapshot, context: PageContext) -> HTML {
        let t = Texts.OfferForm.self
        let form = page.form
        let errors = page.errors
        let categories = OfferCategory.allCases.map { FormView.Option(value: $0.rawValue, label: $0.label) }
        let audiences = Audience.allCases.map { FormView.Option(value: $0.rawValue, label: $0.label) }
        let languages = OfferLanguage.all.map { FormView.Option(value: $0.code, label: $0.label) }
        let places = page.choices.map { choice in
            FormView.Option(value: choice.id.uuidString,
                            label: choice.name + " (" + (geography.areas[choice.areaID]?.name ?? "") + ")"
                                + (choice.status == .published ? "" : " – " + t.placeNotPublished))
        }
        let weekdays = CalendarWeekday.allCases.map { FormView.Option(value: $0.icsCode, label: $0.germanName) }
        let ordinals = [("1", t.ordinalFirst), ("2", t.ordinalSecond), ("3", t.ordinalThird), ("4", t.ordinalFourth),
                        ("5", t.ordinalFifth), ("-1", t.ordinalLast)]
            .map { FormView.Option(value: $0.0, label: $0.1) }
        let texts = EditFormPage.Labels(title: page.item.map { t.editTitle($0.title) } ?? t.newTitle, create: t.create,
                                       publicPage: t.publicPage, statusHint: t.statusExplained)
        return EditFormPage.render(page, texts: texts, context: context, summary: { offer in
            .p(.sampleBadge(offer.isSample), .text(" "), .statusBadge(offer.status),
               .text(" " + CalendarText.describe(offer.schedule)))
        }, fields: .group(
            .fieldset(
                .element(named: "legend", nodes: [.text(t.aboutLegend)]),
                FormView.input(name: "title", label: t.title, value: form.title ?? "", maxLength: 150, errors: errors),
                FormView.textarea(name: "description", label: t.description, value: form.description ?? "",
                                  hint: t.descriptionHint, maxLength: OfferForm.maxDescription, rows: 8, errors: errors),
                FormView.select(name: "category", label: t.category, options: categories, selected: form.category,
                                placeholder: Texts.Editing.pleaseChoose, errors: errors)
            ),
            FormView.choices(name: "audiences", legend: t.audiences, kind: .checkbox, options: audiences,
                             selected: Set(form.audiences ?? []), hint: t.audiencesHint, errors: errors, columns: true),
            FormView.choices(name: "languages", legend: t.languages, kind: .checkbox, options: languages,
                             selected: Set(form.languages ?? []), errors: errors, columns: true),
            .fieldset(
                .element(named: "legend", nodes: [.text(t.costLegend)]),
                FormView.choices(name: "costKind", legend: t.cost, kind: .radio, options: [
                    FormView.Option(value: CostKind.free.rawValue, label: t.costFree),
                    FormView.Option(value: CostKind.amount.rawValue, label: t.costAmountOption),
                    FormView.Option(value: CostKind.donation.rawValue, label: t.costDonation),
                ], selected: [form.costKind ?? ""], errors: errors),
                FormView.input(name: "costAmount", label: t.costAmount, value: form.costAmount ?? "",
                               hint: t.costAmountHint, required: false, maxLength: 12, errors: errors),
                FormView.choices(name: "registration", legend: t.registration, kind: .radio, options: [
                    FormView.Option(value: "nein", label: t.registrationNo),
                    FormView.Option(value: "ja", label: t.registrationYes),
                ], selected: [form.registration ?? ""], errors: errors),
                FormView.textarea(name: "registrationHow", label: t.registrationHow, value: form.registrationHow ?? "",
                                  hint: t.registrationHowHint, required: false, maxLength: 500, rows: 3, errors: errors)
            ),
            .fieldset(
                .element(named: "legend", nodes: [.text(t.locationLegend)]),
                .p(.class("hint"), .text(t.locationHint)),
                FormView.select(name: "place", label: t.place, options: places, selected: form.place,
                                placeholder: t.noPlace, hint: places.isEmpty ? t.noPlacesYet : nil,
                                required: false, errors: errors),
                FormView.input(name: "meetingPoint", label: t.meetingPoint, value: form.meetingPoint ?? "",
                               hint: t.meetingPointHint, required: false, maxLength: 200, errors: errors),
                FormView.select(name: "meetingArea", label: t.meetingArea, groups: AccountPages.quartierOptions(geography),
                                selected: form.meetingArea, placeholder: Texts.Editing.pleaseChoose,
                                hint: t.meetingAreaHint, errors: errors, required: false)
            ),
            .fieldset(
                .element(named: "legend", nodes: [.text(t.organiserLegend)]),
                FormView.input(name: "organiser", label: t.organiser, value: form.organiser ?? "", hint: t.organiserHint,
                               maxLength: 150, errors: errors),
                OfferEditing.actorField.select(options: page.actorOptions, selected: form.organiserActor, errors: errors),
                FormView.textarea(name: "contact", label: t.contact, value: form.contact ?? "", hint: t.contactHint,
                                  maxLength: 300, rows: 2, errors: errors)
            ),
            .fieldset(
                .element(named: "legend", nodes: [.text(t.scheduleLegend)]),
                FormView.choices(name: "scheduleKind", legend: t.scheduleKind, kind: .radio, options: [
                    FormView.Option(value: "once", label: t.kindOnce),
                    FormView.Option(value: "weekly", label: t.kindWeekly),
                    FormView.Option(value: "monthly", label: t.kindMonthly),
                ], selected: [form.scheduleKind ?? ""], errors: errors),
                FormView.input(name: "firstDate", label: t.firstDate, value: form.firstDate ?? "", hint: t.firstDateHint,
                               maxLength: 20, errors: errors),
                FormView.input(name: "startTime", label: t.startTime, value: form.startTime ?? "", hint: t.timeHint,
                               maxLength: 10, errors: errors),
                FormView.input(name: "endTime", label: t.endTime, value: form.endTime ?? "", hint: t.timeHint,
                               maxLength: 10, errors: errors),
                FormView.choices(name: "weekdays", legend: t.weekdays, kind: .checkbox, options: weekdays,
                                 selected: Set(form.weekdays ?? []), hint: t.weekdaysHint, errors: errors, columns: true),
                FormView.input(name: "interval", label: t.interval, value: form.interval ?? "", hint: t.intervalHint,
                               required: false, maxLength: 3, errors: errors),
                .div(
                    .class("field-row"),
                    FormView.select(name: "ordinal", label: t.ordinal, options: ordinals, selected: form.ordinal,
                                    placeholder: nil, hint: t.monthlyHint, required: false, errors: errors),
                    FormView.select(name: "monthWeekday", label: t.monthWeekday, options: weekdays,
                                    selected: form.monthWeekday, placeholder: Texts.Editing.pleaseChoose,
                                    hint: t.monthlyHint, required: false, errors: errors)
                ),
                FormView.input(name: "lastDate", label: t.lastDate, value: form.lastDate ?? "", hint: t.lastDateHint,
                               required: false, maxLength: 20, errors: errors),
                FormView.textarea(name: "cancelledDates", label: t.cancelledDates, value: form.cancelledDates ?? "",
                                  hint: t.cancelledDatesHint, required: false, rows: 3, errors: errors)
            )
        ))
    }
}
