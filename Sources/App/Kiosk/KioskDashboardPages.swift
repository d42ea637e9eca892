import Foundation
import GemeinsamCore
import Plot

/// The kiosk's overview, and the page for staff without a kiosk.
enum KioskDashboardPages {
    static func noSite(context: PageContext) -> HTML {
        Layout.page(title: Texts.Kiosk.dashboardTitle, context: context, main: .group(
            .h1(.text(Texts.Kiosk.dashboardTitle)),
            .p(.class("notice"), .text(Texts.Kiosk.noSite))
        ))
    }

    private static func siteSwitcher(_ sites: [KioskSiteRow], current: KioskSiteRow, path: String) -> Node<HTML.BodyContext> {
        guard sites.count > 1 else { return .empty }
        return .nav(.attribute(named: "aria-label", value: Texts.Kiosk.switchSite),
                    .ul(.class("inline-list"), .forEach(sites) { s in
                        .li(.a(.attr("href", path + "?ort=\(s.id)"),
                               .if(s.id == current.id, .attribute(named: "aria-current", value: "page")), .safeText(s.name)))
                    }))
    }

    static func dashboard(site: KioskSiteRow, sites: [KioskSiteRow], open: [Listing], queue: [ContactRequest],
                          hours: [PendingHours], notice: String?, geography: GeographySnapshot,
                          today: CalendarDate, context: PageContext) -> HTML {
        let due = queue.filter { ($0.callbackDueOn ?? today.iso) <= today.iso }
        let later = queue.filter { ($0.callbackDueOn ?? today.iso) > today.iso }
        let titles = Dictionary(open.map { ($0.id, $0.title) }, uniquingKeysWith: { a, _ in a })
        func queueList(_ items: [ContactRequest]) -> Node<HTML.BodyContext> {
            .ul(.class("results"), .forEach(items) { r in
                .li(.a(.attr("href", SiteURL.boerse(.kioskRequest(r.id.uuidString.lowercased())).path),
                       .safeText(Texts.Kiosk.queueItem(r.listingID, title: titles[r.listingID], from: r.requesterName))),
                    .text(" – \(ExchangeViews.dateTime(r.createdAt))"),
                    .if(r.callbackAttempts > 0, .text(" – " + Texts.Kiosk.attempts(r.callbackAttempts))))
            })
        }
        return Layout.page(title: Texts.Kiosk.dashboardTitle, context: context, main: .group(
            .p(.class("eyebrow"), .text(Texts.Kiosk.title)),
            .h1(.safeText("\(Texts.Kiosk.dashboardTitle): \(site.name)")),
            siteSwitcher(sites, current: site, path: SiteURL.boerse(.kiosk).path),
            .statusNotice(notice),
            .ul(.class("actions"),
                .li(.a(.class("button-link"), .attr("href", SiteURL.boerse(.kioskIntake).path + "?ort=\(site.id)"),
                       .text(Texts.Kiosk.intakeLink))),
                .li(.a(.attr("href", SiteURL.boerse(.kioskPrint).path + "?ort=\(site.id)"), .text(Texts.Kiosk.printLink))),
                .li(.a(.href(SiteURL.boerse(.kioskConsent).path), .text(Texts.Kiosk.consentPageTitle)))),
            .section(
                .attribute(named: "aria-labelledby", value: "rueckrufe"),
                .h2(.id("rueckrufe"), .text("\(Texts.Kiosk.callbacksDue) (\(due.count))")),
                due.isEmpty ? .p(.class("empty-state"), .text(Texts.Kiosk.queueEmpty)) : queueList(due),
                .if(!later.isEmpty, .group(.h3(.text(Texts.Kiosk.tryLater)), queueList(later)))
            ),
            .section(
                .attribute(named: "aria-labelledby", value: "offen"),
                .h2(.id("offen"), .text("\(Texts.Kiosk.openItems) (\(open.count))")),
                open.isEmpty ? .p(.class("empty-state"), .text(Texts.Kiosk.openItemsEmpty))
                    : ExchangeViews.cardList(open, geography: geography, today: today, extra: { Texts.Kiosk.number($0.id) })
            ),
            .section(
                .attribute(named: "aria-labelledby", value: "stunden"),
                .h2(.id("stunden"), .text(Texts.Kiosk.confirmHoursHeading)),
                hours.isEmpty ? .p(.text(Texts.Kiosk.confirmHoursEmpty))
                    : VolunteerPages.pendingList(hours, action: SiteURL.boerse(.kioskHours), context: context)
            )
        ))
    }
}
