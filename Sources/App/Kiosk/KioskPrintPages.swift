import Foundation
import GemeinsamCore
import Plot

/// The printed notice and the consent texts.
enum KioskPrintPages {
    static func printNotice(site: KioskSiteRow, listings: [Listing], geography: GeographySnapshot, today: CalendarDate,
                            context: PageContext) -> HTML {
        Layout.page(title: German.Kiosk.printTitle, context: context, main: .group(
            .div(.class("print-sheet"),
                 .h1(.safeText(German.Kiosk.printHeading(site.name))),
                 .p(.text(German.Kiosk.printAsOf(GermanCalendarText.longDate(today)) + " " + German.Kiosk.printFooter(site.name, site.phone))),
                 .p(.class("screen-only"), .text(German.Volunteer.printHint)),
                 listings.isEmpty ? .p(.text(German.Exchange.emptyList)) : .table(
                    .class("data print-table"),
                    .caption(.text(German.Kiosk.printCaption)),
                    .thead(.tr(.forEach(German.Kiosk.printColumns) { .th(.attribute(named: "scope", value: "col"), .text($0)) })),
                    .tbody(.forEach(listings) { c in
                        .tr(.td(.text(String(c.id))), .td(.text(German.Exchange.kind(c.kind))),
                            .td(.strong(.safeText(c.title)), .br(), .safeText(ExchangeViews.excerpt(c.body, max: 160))),
                            .td(.safeText([c.publicName, geography.areas[c.areaID]?.name ?? "",
                                           German.Exchange.timing(c.timeframe, note: c.timingNote),
                                           c.isSample ? German.sampleBadge : nil].compactMap { $0 }.joined(separator: ", "))))
                    })
                 ))
        ))
    }

    static func consent(context: PageContext) -> HTML {
        Layout.page(title: German.Kiosk.consentPageTitle, context: context, main: .group(
            .h1(.text(German.Kiosk.consentPageTitle)),
            .p(.text(German.Kiosk.consentIntro)),
            .forEach(German.Kiosk.consentTexts.reversed()) { c in
                .section(.h2(.text(German.Kiosk.consentVersion(c.version))), .p(.safeText(c.text)))
            }
        ))
    }
}
