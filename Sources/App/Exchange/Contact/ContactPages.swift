import Foundation
import GemeinsamCore
import Plot

enum ContactPages {
    static func thread(_ t: ContactThread, messages: [MessageRow], revealed: RevealedContacts?, notice: String?,
                       replyErrors: FormErrors, acceptErrors: FormErrors, accept: ContactForm, context: PageContext) -> HTML {
        let r = t.request
        let id = r.id.uuidString.lowercased()
        let listing = t.listing
        let me = context.user?.id
        func sideName(_ m: MessageRow) -> String {
            if m.senderID != nil, m.senderID == me { return Texts.Exchange.youSide }
            switch m.senderSide {
            case "requester": return r.requesterName
            case "kiosk": return Texts.Exchange.kioskSide + (listing.kioskName.map { " \($0)" } ?? "")
            default: return listing.publicName
            }
        }
        return Layout.page(title: Texts.Exchange.threadTitle, context: context, main: .group(
            .p(.class("eyebrow"), .a(.href(SiteURL.boerse(.mine).path), .text(Texts.Exchange.myTitle))),
            .h1(.safeText(Texts.Exchange.threadHeading(listing.title))),
            .statusNotice(notice),
            .dl(
                .class("facts"),
                .dt(.text(Texts.Exchange.threadListing)), .dd(.a(.attr("href", SiteURL.listing(listing.id).path), .safeText(listing.title)),
                                           .safeText(" (\(Texts.Exchange.kind(listing.kind)), \(listing.publicName))")),
                .dt(.text(Texts.Exchange.threadFrom)), .dd(.safeText(t.isRequester ? Texts.Exchange.youSide : r.requesterName)),
                .dt(.text(Texts.Exchange.threadSent)), .dd(.text(ExchangeViews.dateTime(r.createdAt))),
                .dt(.text(Texts.Exchange.factStatus)), .dd(.strong(.text(Texts.Exchange.requestStatus(r.status)))),
                .unwrap(listing.kioskName) { .group(.dt(.text(Texts.Exchange.factVia)), .dd(.safeText($0))) }
            ),
            .section(
                .attribute(named: "aria-labelledby", value: "kontaktdaten"),
                .h2(.id("kontaktdaten"), .text(Texts.Exchange.contactDataHeading)),
                contacts(t, revealed: revealed)
            ),
            .if(t.isAuthor && !t.listing.isKiosk && r.status == .pending, acceptForm(id: id, accept: accept, errors: acceptErrors,
                                                                                    context: context)),
            .if(t.isKioskStaff && r.status == .pending, .p(.a(.class("button-link"),
                                                               .attr("href", SiteURL.boerse(.kioskRequest(id)).path),
                                                               .text(Texts.Exchange.recordCallback)))),
            .section(
                .attribute(named: "aria-labelledby", value: "nachrichten"),
                .h2(.id("nachrichten"), .text(Texts.Exchange.messagesHeading)),
                .ol(.class("thread"),
                    .li(.class("thread-message"), .p(.class("thread-meta"), .safeText("\(t.isRequester ? Texts.Exchange.youSide : r.requesterName), \(ExchangeViews.dateTime(r.createdAt))")),
                        .p(.safeText(r.message))),
                    .forEach(messages) { m in
                        .li(.class("thread-message"),
                            .p(.class("thread-meta"), .safeText("\(sideName(m)), \(ExchangeViews.dateTime(m.createdAt))")),
                            m.hidden && m.senderID != me ? .p(.class("hint"), .text(Texts.Exchange.hiddenMessage))
                                : .group(.forEach(m.body.split(separator: "\n").map(String.init)) { .p(.safeText($0)) }),
                            .if(m.senderID != me && !m.hidden, reportMessageForm(m, context: context)))
                    }),
                r.isOpenThread ? replyForm(id: id, errors: replyErrors, context: context)
                    : .p(.class("notice"), .text(Texts.Exchange.threadClosed))
            ),
            .if(t.isRequester && r.isOpenThread, .form(
                .method(.post), .action(SiteURL.boerse(.requestWithdraw(id)).path), FormView.csrfField(context.csrfToken),
                .button(.type(.submit), .class("button button-secondary"), .text(Texts.Exchange.withdrawButton)))),
            .if(r.status == .accepted, .p(.a(.href(SiteURL.boerse(.volunteer).path), .text(Texts.Exchange.logHoursLink)))),
            .if((t.isRequester && t.listing.authorID != nil) || t.isAuthor, .section(
                .class("report"), .attribute(named: "aria-labelledby", value: "sperren"),
                .h2(.id("sperren"), .text(Texts.Exchange.blockHeading)),
                .p(.text(Texts.Exchange.blockIntro)),
                .form(.method(.post), .action(SiteURL.boerse(.requestBlock(id)).path), FormView.csrfField(context.csrfToken),
                      .button(.type(.submit), .class("button button-secondary"), .text(Texts.Exchange.blockButton)))
            )),
            ExchangeViews.safetyBox()
        ))
    }

    private static func way(_ w: RevealedContacts.Way) -> Node<HTML.BodyContext> {
        switch w.kind {
        case "phone": .group(.text(Texts.Exchange.phoneWay + ": "), .a(.attr("href", "tel:" + w.value.filter { $0.isNumber || $0 == "+" }), .safeText(w.value)))
        case "email": .group(.text(Texts.Exchange.emailWay + ": "), .a(.attr("href", "mailto:" + w.value), .safeText(w.value)))
        default: .safeText(w.value)
        }
    }

    private static func contacts(_ t: ContactThread, revealed: RevealedContacts?) -> Node<HTML.BodyContext> {
        guard let revealed else { return .p(.text(Texts.Exchange.contactHiddenUntilAccepted)) }
        if t.isRequester {
            return .dl(.class("facts contact-data"),
                       .dt(.text(Texts.Exchange.theirContactHeading)), .dd(way(revealed.author)),
                       .dt(.text(Texts.Exchange.yourContactHeading)), .dd(way(revealed.requester)))
        }
        if t.isAuthor {
            return .dl(.class("facts contact-data"),
                       .dt(.text(Texts.Exchange.theirContactHeading)), .dd(way(revealed.requester)),
                       .dt(.text(Texts.Exchange.yourContactHeading)), .dd(way(revealed.author)))
        }
        // kiosk staff: pass the requester's way on to the visitor
        return .dl(.class("facts contact-data"),
                   .dt(.text(Texts.Exchange.requesterContactHeading)), .dd(way(revealed.requester)),
                   .dt(.text(Texts.Exchange.passedOnHeading)), .dd(way(revealed.author)))
    }

    private static func acceptForm(id: String, accept: ContactForm, errors: FormErrors, context: PageContext) -> Node<HTML.BodyContext> {
        .section(
            .attribute(named: "aria-labelledby", value: "annehmen"),
            .h2(.id("annehmen"), .text(Texts.Exchange.acceptLegend)),
            .p(.text(Texts.Exchange.acceptIntro)),
            FormView.errorSummary(errors),
            .form(
                .method(.post), .action(SiteURL.boerse(.requestAccept(id)).path), .attribute(named: "novalidate", value: "novalidate"),
                FormView.csrfField(context.csrfToken),
                ListingDetailPages.contactWayFields(selected: accept.contactWay, phone: accept.phone ?? "", errors: errors,
                                              legend: Texts.Exchange.acceptWayLegend),
                FormView.submit(Texts.Exchange.acceptButton)
            ),
            .form(
                .method(.post), .action(SiteURL.boerse(.requestDecline(id)).path), FormView.csrfField(context.csrfToken),
                .button(.type(.submit), .class("button button-secondary"), .text(Texts.Exchange.declineButton))
            )
        )
    }

    private static func replyForm(id: String, errors: FormErrors, context: PageContext) -> Node<HTML.BodyContext> {
        .group(
            FormView.errorSummary(errors),
            .form(
                .method(.post), .action(SiteURL.boerse(.requestMessage(id)).path), .attribute(named: "novalidate", value: "novalidate"),
                FormView.csrfField(context.csrfToken),
                FormView.textarea(name: "body", label: Texts.Exchange.replyLabel, value: "", hint: Texts.Exchange.messageHint,
                                  maxLength: ContactForm.messageMax, rows: 4, errors: errors),
                FormView.submit(Texts.Exchange.replyButton)
            )
        )
    }

    private static func reportMessageForm(_ m: MessageRow, context: PageContext) -> Node<HTML.BodyContext> {
        let id = m.id.uuidString.lowercased()
        return .details(
            .summary(.text(Texts.Exchange.reportMessage)),
            .form(
                .method(.post), .action(SiteURL.boerse(.messageReport(id)).path),
                FormView.csrfField(context.csrfToken),
                FormView.plainSelect(name: "reason", id: "reason-\(id)", label: Texts.Exchange.reportReasonLabel,
                                     options: Texts.Exchange.reportReasons.map { .init(value: $0, label: Texts.Exchange.reportReason($0)) },
                                     selected: nil, placeholder: Texts.Exchange.pleaseChoose),
                .button(.type(.submit), .class("button button-secondary"), .text(Texts.Exchange.reportButton))
            )
        )
    }
}
