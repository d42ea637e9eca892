import Foundation
import GemeinsamCore
import Plot

/// Recording the call back to a visitor.
enum KioskCallbackPages {
    static func callback(_ t: ContactThread, site: KioskSiteRow, visitor: KioskQueries.VisitorContact, errors: FormErrors,
                         context: PageContext) -> HTML {
        let r = t.request
        let id = r.id.uuidString.lowercased()
        return Layout.page(title: Texts.Kiosk.queueItemTitle, context: context, main: .group(
            .p(.class("eyebrow"), .a(.attr("href", SiteURL.boerse(.kiosk).path + "?ort=\(site.id)"), .text(Texts.Kiosk.dashboardTitle))),
            .h1(.safeText(Texts.Kiosk.callbackHeading(t.listing.id, title: t.listing.title))),
            .dl(
                .class("facts"),
                .dt(.text(Texts.Kiosk.listingBy)), .dd(.safeText(t.listing.publicName)),
                .dt(.text(Texts.Kiosk.visitorContact)), .dd(.safeText(visitor.text)),
                .dt(.text(Texts.Exchange.threadFrom)), .dd(.safeText(r.requesterName)),
                .dt(.text(Texts.Kiosk.message)), .dd(.safeText(r.message)),
                .dt(.text(Texts.Kiosk.attemptsSoFar)), .dd(.text(Texts.Kiosk.attempts(r.callbackAttempts))),
                .unwrap(r.callbackNote) { .group(.dt(.text(Texts.Kiosk.note)), .dd(.safeText($0))) },
                .dt(.text(Texts.Exchange.factStatus)), .dd(.text(Texts.Exchange.requestStatus(r.status)))
            ),
            .p(.text(Texts.Kiosk.contactAfterAcceptance + " "),
               .a(.attr("href", SiteURL.boerse(.request(r.id)).path), .text(Texts.Kiosk.toThread))),
            FormView.errorSummary(errors),
            .if(r.status == .pending, .form(
                .method(.post), .action(SiteURL.boerse(.kioskRequest(id)).path), .attribute(named: "novalidate", value: "novalidate"),
                FormView.csrfField(context.csrfToken),
                FormView.choices(name: "outcome", legend: Texts.Kiosk.outcomeLegend, kind: .radio,
                                 options: KioskCallbackController.outcomes(visitor).map { .init(value: $0, label: Texts.Kiosk.outcome($0)) },
                                 selected: [], errors: errors),
                FormView.input(name: "note", label: Texts.Kiosk.outcomeNoteLabel, required: false, maxLength: 300, errors: errors),
                FormView.submit(Texts.Kiosk.outcomeButton)
            ))
        ))
    }
}
