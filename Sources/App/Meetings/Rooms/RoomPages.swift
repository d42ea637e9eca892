import Foundation
import GemeinsamCore
import Plot

/// The room form and the public room page with its week of occupancy and the request form.
enum RoomPages {
    static func form(placeID: UUID, placeName: String, roomID: UUID?, form: RoomForm, errors: FormErrors,
                     notice: String?, context: PageContext) -> HTML {
        let t = Texts.RoomForm.self
        let title = roomID == nil ? t.newTitle(placeName) : t.editTitle(form.name ?? "")
        let action = roomID.map { SiteURL.roomEdit($0.uuidString).path } ?? SiteURL.roomNew(place: placeID.uuidString).path
        return Layout.page(title: title, context: context, main: .group(
            .p(.a(.attr("href", SiteURL.placeEdit(placeID.uuidString).path), .safeText(t.backToPlace(placeName)))),
            .h1(.safeText(title)),
            .statusNotice(notice),
            FormView.errorSummary(errors),
            .form(
                .method(.post), .action(action), .attribute(named: "novalidate", value: "novalidate"),
                FormView.csrfField(context.csrfToken),
                FormView.input(name: "name", label: t.name, value: form.name ?? "", hint: t.nameHint, maxLength: 100, errors: errors),
                FormView.input(name: "capacity", label: t.capacity, value: form.capacity ?? "", hint: t.capacityHint,
                               maxLength: 6, errors: errors),
                FormView.textarea(name: "equipment", label: t.equipment, value: form.equipment ?? "", hint: t.equipmentHint,
                                  required: false, maxLength: 500, rows: 3, errors: errors),
                .fieldset(
                    .class("field-group"),
                    .element(named: "legend", nodes: [.text(t.optionsLegend)]),
                    FormView.checkbox(name: "accessible", label: t.accessible, checked: form.accessible != nil, errors: errors),
                    FormView.checkbox(name: "bookable", label: t.bookable, checked: form.bookable != nil,
                                      hint: t.bookableHint, errors: errors)
                ),
                FormView.textarea(name: "bookingRules", label: t.bookingRules, value: form.bookingRules ?? "",
                                  hint: t.bookingRulesHint, required: false, maxLength: 2_000, rows: 5, errors: errors),
                FormView.submit(roomID == nil ? t.create : Texts.Editing.save)
            ),
            .unwrap(roomID) { id in .p(.a(.attr("href", SiteURL.room(id.uuidString).path), .text(t.toRoomPage))) }
        ))
    }

    // MARK: the room page

    static let firstHour = BookingRequestForm.earliestHour
    static let lastHour = BookingRequestForm.latestHour

    static func room(_ item: RoomQueries.RoomWithPlace, week: BookingWeek, today: CalendarDate,
                     busy: [RoomBookingRow], mayEdit: Bool, form: BookingRequestForm, errors: FormErrors,
                     actorOptions: [FormView.Option] = [], notice: String?, geography: GeographySnapshot,
                     context: PageContext) -> HTML {
        let t = Texts.Rooms.self
        let room = item.room
        let place = item.place
        return Layout.page(title: t.title(room.name, place.name), context: context, description: t.description(place.name),
                           main: .group(
            .h1(.safeText(room.name), .text(" "), .sampleBadge(room.isSample)),
            .p(.class("lead"), .text(t.inPlace + " "),
               .a(.attr("href", SiteURL.place(place.id.uuidString).path), .safeText(place.name)),
               .unwrap(geography.areas[place.areaID]) { .text(" · " + t.quartier + " " + $0.name) }),
            .if(place.status != .published, .p(.class("notice"), .text(t.placeNotPublished))),
            .statusNotice(notice),
            FormView.errorSummary(errors),
            .if(mayEdit, .ul(
                .class("inline-list"),
                .li(.a(.attr("href", SiteURL.roomEdit(item.room.id.uuidString).path), .text(t.edit))),
                .li(.a(.href(SiteURL.bookings.path), .text(t.requests)))
            )),
            .dl(
                .class("facts"),
                .dt(.text(t.address)), .dd(.safeText(place.address.isEmpty ? t.unknown : place.address)),
                .dt(.text(t.capacity)), .dd(.text(t.people(room.capacity))),
                .dt(.text(t.equipment)), .dd(.safeText(room.equipment.isEmpty ? t.unknown : room.equipment)),
                .dt(.text(t.accessible)), .dd(.text(room.accessible ? t.yes : t.no)),
                .dt(.text(t.bookable)), .dd(.text(room.bookable ? t.yes : t.notBookable)),
                .if(!place.openingHours.isEmpty, .group(.dt(.text(t.openingHours)), .dd(.safeText(place.openingHours)))),
                .dt(.text(t.contact)), .dd(.group(contact(place)))
            ),
            .if(!room.bookingRules.isEmpty, .group(.h2(.text(t.rulesHeading)), MeetingsFormat.paragraphs(room.bookingRules))),
            .h2(.id("belegung"), .text(t.occupancyHeading)),
            weekNavigation(item.room.id, week: week),
            weekGrid(week: week, today: today, busy: busy),
            busyList(busy),
            .h2(.id("anfragen"), .text(t.requestHeading)),
            requestSection(item, form: form, errors: errors, actorOptions: actorOptions, context: context)
        ))
    }

    private static func contact(_ place: PlaceRow) -> [Node<HTML.BodyContext>] {
        var parts: [Node<HTML.BodyContext>] = []
        if !place.phone.isEmpty { parts.append(.span(.safeText(Texts.Rooms.phone(place.phone)))) }
        if !place.email.isEmpty {
            if !parts.isEmpty { parts.append(.text(", ")) }
            parts.append(.a(.attr("href", "mailto:" + place.email), .safeText(place.email)))
        }
        if !place.website.isEmpty, PlaceForm.isWebAddress(place.website) {
            if !parts.isEmpty { parts.append(.text(", ")) }
            parts.append(.a(.attr("href", place.website), .safeText(Texts.Rooms.website)))
        }
        return parts.isEmpty ? [.text(Texts.Rooms.contactOnSite)] : parts
    }

    private static func weekNavigation(_ roomID: UUID, week: BookingWeek) -> Node<HTML.BodyContext> {
        let t = Texts.Rooms.self
        let base = SiteURL.room(roomID.uuidString).path
        return .div(
            .class("week-nav"),
            .p(.class("week-title"), .text(t.weekTitle(week))),
            .ul(
                .class("inline-list"),
                .li(.a(.attr("href", base + "?woche=" + week.previous.parameter + "#belegung"), .text(t.previousWeek))),
                .li(.a(.attr("href", base + "?woche=" + week.next.parameter + "#belegung"), .text(t.nextWeek)))
            ),
            .form(
                .method(.get), .action(base), .class("search-form"),
                FormView.input(name: "woche", label: t.weekInput, value: "", hint: t.weekInputHint, required: false,
                               maxLength: 12, errors: FormErrors()),
                .button(.type(.submit), .class("button button-secondary"), .text(t.show))
            )
        )
    }

    /// Occupied minutes of one hour on one day, as ranges ("belegt", or "belegt 14:30–15:00").
    static func cell(day: CalendarDate, hour: Int, busy: [RoomBookingRow]) -> (busy: Bool, text: String) {
        let from = hour * 60, to = from + 60
        var ranges: [(Int, Int)] = []
        for b in busy where b.date == day && b.startMinute < to && b.endMinute > from {
            ranges.append((max(b.startMinute, from), min(b.endMinute, to)))
        }
        guard !ranges.isEmpty else { return (false, Texts.Rooms.free) }
        ranges.sort { $0.0 < $1.0 }
        if ranges.count == 1, ranges[0].0 == from, ranges[0].1 == to { return (true, Texts.Rooms.busy) }
        let covered = ranges.reduce(into: [(Int, Int)]()) { merged, range in
            if let last = merged.last, range.0 <= last.1 { merged[merged.count - 1].1 = max(last.1, range.1) }
            else { merged.append(range) }
        }
        if covered.count == 1, covered[0].0 == from, covered[0].1 == to { return (true, Texts.Rooms.busy) }
        return (true, Texts.Rooms.busy + " " + covered.map { CalendarTime.text(minutesSinceMidnight: $0.0) + "–" + CalendarTime.text(minutesSinceMidnight: $0.1) }
            .joined(separator: ", "))
    }

    private static func weekGrid(week: BookingWeek, today: CalendarDate, busy: [RoomBookingRow]) -> Node<HTML.BodyContext> {
        let t = Texts.Rooms.self
        let days = week.days
        return .div(
            .class("table-scroll"), .attribute(named: "role", value: "region"),
            .attribute(named: "aria-labelledby", value: "wochentabelle"), .attribute(named: "tabindex", value: "0"),
            .table(
                .class("data week-grid"),
                .caption(.id("wochentabelle"), .text(t.gridCaption(week))),
                .thead(.tr(
                    .th(.attribute(named: "scope", value: "col"), .text(t.time)),
                    .group(days.map { (day) -> Node<HTML.TableRowContext> in
                        .th(.attribute(named: "scope", value: "col"), .if(day == today, .class("today")),
                            .text(day.weekday.germanShortName), .br(), .text("\(day.day).\(day.month)."),
                            .if(day == today, .span(.class("visually-hidden"), .text(" " + t.today))))
                    })
                )),
                .tbody(.group((firstHour..<lastHour).map { (hour) -> Node<HTML.TableContext> in
                    .tr(
                        .th(.attribute(named: "scope", value: "row"), .text(t.hourRange(hour))),
                        .group(days.map { (day) -> Node<HTML.TableRowContext> in
                            let state = cell(day: day, hour: hour, busy: busy)
                            return .td(.class(state.busy ? "slot-busy" : "slot-free"), .text(state.text))
                        })
                    )
                }))
            )
        )
    }

    private static func busyList(_ busy: [RoomBookingRow]) -> Node<HTML.BodyContext> {
        let t = Texts.Rooms.self
        guard !busy.isEmpty else { return .p(.text(t.noBookingsThisWeek)) }
        return .group(
            .h3(.text(t.busyListHeading)),
            .ul(.forEach(busy) { b in
                .li(.text(BookingPages.when(b, includeYear: false)))
            })
        )
    }

    private static func requestSection(_ item: RoomQueries.RoomWithPlace, form: BookingRequestForm, errors: FormErrors,
                                       actorOptions: [FormView.Option], context: PageContext) -> Node<HTML.BodyContext> {
        let t = Texts.Rooms.self
        guard item.room.bookable else { return .p(.text(t.notBookableText)) }
        guard context.user != nil else {
            return .p(.text(t.loginFirst + " "), .a(.href(SiteURL.login.path), .text(Texts.Nav.login)), .text(" "),
                      .text(t.or + " "), .a(.href(SiteURL.register.path), .text(Texts.Nav.register)), .text("."))
        }
        return .group(
            .p(.text(t.requestIntro)),
            .p(.class("hint"), .text(t.privacyNote)),
            .form(
                .method(.post), .action(SiteURL.roomRequest(item.room.id.uuidString).path),
                .attribute(named: "novalidate", value: "novalidate"),
                FormView.csrfField(context.csrfToken),
                FormView.input(name: "date", label: t.date, value: form.date ?? "", hint: t.dateHint, maxLength: 20, errors: errors),
                FormView.input(name: "startTime", label: t.from, value: form.startTime ?? "", hint: t.timeHint, maxLength: 10,
                               errors: errors),
                FormView.input(name: "endTime", label: t.to, value: form.endTime ?? "", hint: t.timeHint, maxLength: 10,
                               errors: errors),
                FormView.input(name: "purpose", label: t.purpose, value: form.purpose ?? "", hint: t.purposeHint,
                               maxLength: 300, errors: errors),
                ActorField.requester.select(options: actorOptions, selected: form.actor, errors: errors),
                FormView.submit(t.send)
            )
        )
    }
}
