import Foundation
import GemeinsamCore
import Plot

/// Recording the call back to a visitor.
enum KioskCallbackPages {
    static func callback(_ t: ContactThread, site: KioskSiteRow, visitor: KioskQueries.VisitorContact, errors: FormErrors,
                         context: PageContext) -> HTML {
        let r = t.request
        let id = r.id.uuidString.lowercased()
        return Layout.page(title: German.Kiosk.queueItemTitle, context: context, main: .group(
            .p(.class("eyebrow"), .a(.attr("href", SiteURL.boerse(.kiosk).path + "?ort=\(site.id)"), .text(German.Kiosk.dashboardTitle))),
            .h1(.safeText(German.Kiosk.callbackHeading(t.listing.id, title: t.listing.title))),
            .dl(
                .class("facts"),
                .dt(.text(German.Kiosk.listingBy)), .dd(.safeText(t.listing.publicName)),
                .dt(.text(German.Kiosk.visitorContact)), .dd(.safeText(visitor.text)),
                .dt(.text(German.Exchange.threadFrom)), .dd(.safeText(r.requesterName)),
                .dt(.text(German.Kiosk.message)), .dd(.safeText(r.message)),
                .dt(.text(German.Kiosk.attemptsSoFar)), .dd(.text(German.Kiosk.attempts(r.callbackAttempts))),
                .unwrap(r.callbackNote) { .group(.dt(.text(German.Kiosk.note)), .dd(.safeText($0))) },
                .dt(.text(German.Exchange.factStatus)), .dd(.text(German.Exchange.requestStatus(r.status)))
            ),
            .p(.text(German.Kiosk.contactAfterAcceptance + " "),
               .a(.attr("href", SiteURL.boerse(.request(r.id)).path), .text(German.Kiosk.toThread))),
            FormView.errorSummary(errors),
            .if(r.status == .pending, .form(
                .method(.post), .action(SiteURL.boerse(.kioskRequest(id)).path), .attribute(named: "novalidate", value: "novalidate"),
                FormView.csrfField(context.csrfToken),
                FormView.choices(name: "outcome", legend: German.Kiosk.outcomeLegend, kind: .radio,
                                 options: KioskCallbackController.outcomes(visitor).map { .init(value: $0, label: German.Kiosk.outcome($0)) },
                                 selected: [], errors: errors),
                FormView.input(name: "note", label: German.Kiosk.outcomeNoteLabel, required: false, maxLength: 300, errors: errors),
                FormView.submit(German.Kiosk.outcomeButton)
            ))
        ))
    }
}
