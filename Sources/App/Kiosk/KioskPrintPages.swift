import Foundation
import GemeinsamCore
import Plot

/// The printed notice and the consent texts.
enum KioskPrintPages {
    static func printNotice(site: KioskSiteRow, listings: [Listing], geography: GeographySnapshot, today: CalendarDate,
                            context: PageContext) -> HTML {
        Layout.page(title: Texts.Kiosk.printTitle, context: context, main: .group(
            .div(.class("print-sheet"),
                 .h1(.safeText(Texts.Kiosk.printHeading(site.name))),
                 .p(.text(Texts.Kiosk.printAsOf(CalendarText.longDate(today)) + " " + Texts.Kiosk.printFooter(site.name, site.phone))),
                 .p(.class("screen-only"), .text(Texts.Volunteer.printHint)),
                 listings.isEmpty ? .p(.text(Texts.Exchange.emptyList)) : .table(
                    .class("data print-table"),
                    .caption(.text(Texts.Kiosk.printCaption)),
                    .thead(.tr(.forEach(Texts.Kiosk.printColumns) { .th(.attribute(named: "scope", value: "col"), .text($0)) })),
                    .tbody(.forEach(listings) { c in
                        .tr(.td(.text(String(c.id))), .td(.text(Texts.Exchange.kind(c.kind))),
                            .td(.strong(.safeText(c.title)), .br(), .safeText(ExchangeViews.excerpt(c.body, max: 160))),
                            .td(.safeText([c.publicName, geography.areas[c.areaID]?.name ?? "",
                                           Texts.Exchange.timing(c.timeframe, note: c.timingNote),
                                           c.isSample ? Texts.sampleBadge : nil].compactMap { $0 }.joined(separator: ", "))))
                    })
                 ))
        ))
    }

    static func consent(context: PageContext) -> HTML {
        Layout.page(title: Texts.Kiosk.consentPageTitle, context: context, main: .group(
            .h1(.text(Texts.Kiosk.consentPageTitle)),
            .p(.text(Texts.Kiosk.consentIntro)),
            .forEach(Texts.Kiosk.consentTexts.reversed()) { c in
                .section(.h2(.text(Texts.Kiosk.consentVersion(c.version))), .p(.safeText(c.text)))
            }
        ))
    }
}
