import Foundation
import GemeinsamCore
import Plot

/// The printed weekly notice (Aushang) of a Quartier or a place.
extension MeetingsPages {
    static func notice(title: String, monday: CalendarDate, dates: [OfferQueries.DateItem], shortAddress: String,
                       contact: PlaceWithType?, context: PageContext) -> HTML {
        let days = (0..<7).compactMap { monday.adding(days: $0) }
        let byDay = Dictionary(grouping: dates, by: \.localDate)
        let sunday = monday.adding(days: 6)!
        return HTML(
            .lang(.german),
            Layout.head(title: T.noticeHeading(title), description: nil),
            .body(
                .class("notice-page"),
                .a(.class("skip-link"), .href("#inhalt"), .text(Texts.skipLink)),
                .main(
                    .id("inhalt"),
                    .header(.class("notice-header"),
                            .p(.class("notice-brand"), .text(Texts.siteName)),
                            .h1(.safeText(T.noticeHeading(title))),
                            .p(.class("notice-range"), .text(T.noticeRange(CalendarText.dayAndMonth(monday, includeYear: false),
                                                                          CalendarText.dayAndMonth(sunday))))),
                    .if(dates.isEmpty, .p(.class("notice-empty"), .text(T.noticeEmpty))),
                    .forEach(days.filter { byDay[$0.iso] != nil }) { day in
                        .section(.class("notice-day"),
                                 .h2(.text(CalendarText.longDate(day))),
                                 .ul(.forEach(byDay[day.iso] ?? []) { item in
                                     .li(.if(item.cancelled, .class("cancelled")),
                                         .strong(.text(clockRange(item))), .text(" "), .safeText(item.title),
                                         .unwrap(item.placeName ?? (item.meetingPoint.isEmpty ? nil : item.meetingPoint)) {
                                             .span(.class("notice-place"), .safeText(" – " + $0))
                                         },
                                         .if(item.cancelled, .strong(.text(T.cancelledDate))),
                                         .if(item.isSample, .span(.class("badge badge-sample"), .text(Texts.sampleBadge))))
                                 }))
                    },
                    .footer(.class("notice-footer"),
                            .p(.text(T.noticeMore + " "), .strong(.safeText(shortAddress))),
                            .unwrap(contact) { c in
                                .p(.text(T.noticeAsk + " "), .strong(.safeText(c.phone)), .safeText(" (\(c.name))"))
                            })
                )
            )
        )
    }

    private static func clockRange(_ item: OfferQueries.DateItem) -> String {
        guard let start = EuropeBerlinTime.localDateTime(at: item.start), let end = EuropeBerlinTime.localDateTime(at: item.end) else { return "" }
        return CalendarText.timeRange(start.time, end.time)
    }
}
