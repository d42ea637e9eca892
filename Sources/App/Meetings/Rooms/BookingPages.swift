import Foundation
import GemeinsamCore
import Plot

/// /buchungen: the requests a person decides on and their own requests.
enum BookingPages {
    /// `kept`: values of note fields to show again (field id → text) after an error.
    static func list(toDecide: [BookingQueries.Booking]?, mine: [BookingQueries.Booking], errors: FormErrors,
                     kept: [String: String] = [:], notice: String?, now: Date, context: PageContext) -> HTML {
        let t = Texts.Bookings.self
        return Layout.page(title: t.title, context: context, main: .group(
            .h1(.text(t.title)),
            .statusNotice(notice),
            FormView.errorSummary(errors),
            .unwrap(toDecide) { bookings in
                .group(
                    .h2(.text(t.toDecideHeading)),
                    .p(.text(t.toDecideIntro)),
                    .if(bookings.isEmpty, .p(.class("empty-state"), .text(t.nothingToDecide))),
                    .if(!bookings.isEmpty, .ul(.class("item-list"), .forEach(bookings) { booking in
                        .li(.class("item"), .group(decisionItem(booking, errors: errors, kept: kept, context: context)))
                    }))
                )
            },
            .h2(.text(t.mineHeading)),
            .if(mine.isEmpty, .p(.class("empty-state"), .text(t.noneOfMine))),
            .if(!mine.isEmpty, .group(
                .p(.text(t.mineIntro)),
                .ul(.class("item-list"), .forEach(mine) { booking in
                    .li(.class("item"), .group(ownItem(booking, now: now, context: context)))
                })
            ))
        ))
    }

    static func when(_ b: BookingQueries.Booking) -> String { when(b.row, includeYear: true) }

    /// "Di 3. Feb. 2026, 14:00–15:30 Uhr"
    static func when(_ b: RoomBookingRow, includeYear: Bool) -> String {
        (b.date.map { CalendarText.shortDate($0, includeYear: includeYear) } ?? "") + ", " + b.clockRange + " Uhr"
    }

    /// The room and place of a booking and its facts; the person who asked only for those who decide.
    private static func summary(_ b: BookingQueries.Booking, requester: Bool, statusText: String) -> [Node<HTML.BodyContext>] {
        let t = Texts.Bookings.self
        return [
            .h3(.a(.attr("href", SiteURL.room(b.roomID.uuidString).path), .safeText(b.roomName)),
                .safeText(" – " + b.placeName)),
            .dl(
                .class("facts"),
                .dt(.text(t.when)), .dd(.text(when(b))),
                .if(requester, .group(.dt(.text(t.requester)), .dd(.safeText(b.requesterName ?? Texts.History.deletedAccount)))),
                .dt(.text(t.purpose)), .dd(.safeText(b.purpose)),
                .dt(.text(t.status)), .dd(.span(.class("badge badge-\(b.status.rawValue)"), .text(statusText))),
                .if(!b.decisionNote.isEmpty, .group(.dt(.text(t.reason)), .dd(.safeText(b.decisionNote))))
            ),
        ]
    }

    private static func decisionItem(_ b: BookingQueries.Booking, errors: FormErrors, kept: [String: String],
                                     context: PageContext) -> [Node<HTML.BodyContext>] {
        let t = Texts.Bookings.self
        let noteField = "note-\(b.id.uuidString)"
        return summary(b, requester: true, statusText: b.status.label) + [
            .form(
                .method(.post), .action(SiteURL.bookingDecision(b.id.uuidString).path),
                .attribute(named: "novalidate", value: "novalidate"),
                FormView.csrfField(context.csrfToken),
                noteInput(id: noteField, label: b.status == .confirmed ? t.cancelNote : t.declineNote, value: kept[noteField] ?? "",
                          errors: errors),
                .div(
                    .class("button-row"),
                    .if(b.status == .requested,
                        .button(.type(.submit), .name("action"), .value("confirm"), .class("button"),
                                .text(t.confirm), .span(.class("visually-hidden"), .safeText(": " + when(b))))),
                    .button(.type(.submit), .name("action"), .value("decline"), .class("button button-secondary"),
                            .text(b.status == .confirmed ? t.cancelBooking : t.decline),
                            .span(.class("visually-hidden"), .safeText(": " + when(b))))
                )
            ),
        ]
    }

    /// The optional reason; every booking's field has its own id, the name is always "note".
    private static func noteInput(id: String, label: String, value: String, errors: FormErrors) -> Node<HTML.FormContext> {
        let error = errors[id]
        return .div(
            .class(error == nil ? "field" : "field field-invalid"),
            .label(.for(id), .safeText(label), .span(.class("optional"), .text(" " + Texts.optionalMark))),
            .p(.class("hint"), .id("\(id)-hint"), .text(Texts.Bookings.noteHint)),
            .unwrap(error) { .p(.class("field-error"), .id("\(id)-error"), .safeText($0)) },
            FormView.inputElement([
                ("type", "text"), ("id", id), ("name", "note"), ("value", value), ("maxlength", "300"),
                ("aria-invalid", error != nil ? "true" : nil),
                ("aria-describedby", FormView.describedBy(id, hint: "", error: error)),
            ])
        )
    }

    private static func ownItem(_ b: BookingQueries.Booking, now: Date, context: PageContext) -> [Node<HTML.BodyContext>] {
        let t = Texts.Bookings.self
        let open = (b.status == .requested || b.status == .confirmed) && b.endsAt > now.timeIntervalSince1970
        return summary(b, requester: false, statusText: b.status == .requested && !open ? t.expired : b.status.label) + [
            .if(b.status == .confirmed && open, .p(.class("hint"), .text(t.confirmedHint))),
            .if(open, FormView.buttonForm(action: SiteURL.bookingDecision(b.id.uuidString).path, csrfToken: context.csrfToken,
                                          fields: [("action", "withdraw")], label: t.withdraw, secondary: true)),
        ]
    }
}
