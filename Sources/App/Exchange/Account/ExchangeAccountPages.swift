import Foundation
import GemeinsamCore
import Plot

/// "Meine Nachbarschaftsbörse", the notifications, and the Börse's links on the account page.
enum ExchangeAccountPages {
    static func mine(user: CurrentUser, listings: [Listing], sent: [ContactRequest], received: [ContactRequest],
                     titles: [Int: String], subscription: DigestSubscriptionRow?, blocked: [BlockedPerson],
                     digestErrors: FormErrors, notice: String?, geography: GeographySnapshot, today: CalendarDate,
                     context: PageContext) -> HTML {
        func requestList(_ items: [ContactRequest], mine: Bool) -> Node<HTML.BodyContext> {
            .ul(.class("results"), .forEach(items) { r in
                .li(.a(.attr("href", SiteURL.boerse(.request(r.id)).path),
                       .safeText((titles[r.listingID].map { "„\($0)“" } ?? Texts.Exchange.listingNumber(r.listingID))
                                 + (mine ? "" : Texts.Exchange.fromPerson(r.requesterName)))),
                    .text(" – " + Texts.Exchange.requestStatus(r.status)))
            })
        }
        let selectedCategories = Set(subscription?.categoryList.map(\.rawValue) ?? [])
        let quartier = subscription.flatMap { geography.areas[$0.areaID]?.slug } ?? user.homeAreaID.flatMap { geography.areas[$0]?.slug }
        return Layout.page(title: Texts.Exchange.myTitle, context: context, main: .group(
            .p(.class("eyebrow"), .a(.href(SiteURL.account.path), .text(Texts.Nav.account))),
            .h1(.text(Texts.Exchange.myTitle)),
            .statusNotice(notice),
            .ul(.class("actions"),
                .li(.a(.class("button-link"), .href(SiteURL.boerse(.create).path), .text(Texts.Exchange.newListing))),
                .li(.a(.href(SiteURL.boerse(.notifications).path), .text(Texts.Exchange.notificationsTitle))),
                .li(.a(.href(SiteURL.boerse(.volunteer).path), .text(Texts.Volunteer.title)))),
            .section(
                .attribute(named: "aria-labelledby", value: "eintraege"),
                .h2(.id("eintraege"), .text(Texts.Exchange.myListings)),
                listings.isEmpty ? .p(.text(Texts.Exchange.myListingsEmpty))
                    : ExchangeViews.cardList(listings, geography: geography, today: today)
            ),
            .section(
                .attribute(named: "aria-labelledby", value: "an-mich"),
                .h2(.id("an-mich"), .text(Texts.Exchange.receivedRequests)),
                received.isEmpty ? .p(.text(Texts.Exchange.requestsEmpty)) : requestList(received, mine: false)
            ),
            .section(
                .attribute(named: "aria-labelledby", value: "anfragen"),
                .h2(.id("anfragen"), .text(Texts.Exchange.myRequests)),
                sent.isEmpty ? .p(.text(Texts.Exchange.myRequestsEmpty)) : requestList(sent, mine: true)
            ),
            .section(
                .attribute(named: "aria-labelledby", value: "zusammenfassung"),
                .h2(.id("zusammenfassung"), .text(Texts.Exchange.digestHeading)),
                .p(.text(Texts.Exchange.digestIntro)),
                .if(subscription == nil, .p(.class("hint"), .text(Texts.Exchange.digestNone))),
                FormView.errorSummary(digestErrors),
                .form(
                    .method(.post), .action(SiteURL.boerse(.digest).path), .attribute(named: "novalidate", value: "novalidate"),
                    FormView.csrfField(context.csrfToken),
                    FormView.select(name: "quartier", label: Texts.Exchange.quartierLabel,
                                    groups: ExchangeViews.quartierOptions(geography), selected: quartier,
                                    placeholder: Texts.Exchange.pleaseChoose, errors: digestErrors),
                    FormView.choices(name: "categories", legend: Texts.Exchange.digestLegend, kind: .checkbox,
                                     options: ExchangeViews.categoryOptions(), selected: selectedCategories, errors: digestErrors),
                    .div(.class("button-row"),
                         .button(.type(.submit), .name("action"), .value("on"), .class("button"), .text(Texts.Exchange.digestSave)),
                         .if(subscription != nil, .button(.type(.submit), .name("action"), .value("off"),
                                                          .class("button button-secondary"), .text(Texts.Exchange.digestOff))))
                )
            ),
            .section(
                .attribute(named: "aria-labelledby", value: "gesperrt"),
                .h2(.id("gesperrt"), .text(Texts.Exchange.blockedHeading)),
                blocked.isEmpty ? .p(.text(Texts.Exchange.blockedEmpty)) : .ul(.class("results"), .forEach(blocked) { b in
                    .li(.safeText(b.name + " "),
                        .form(.method(.post), .action(SiteURL.boerse(.unblock).path), .class("inline-form"),
                              FormView.csrfField(context.csrfToken), FormView.hidden("person", b.blockedID.uuidString),
                              .button(.type(.submit), .class("button button-secondary"),
                                      .attr("aria-label", "\(Texts.Exchange.unblockButton): \(b.name)"),
                                      .text(Texts.Exchange.unblockButton))))
                })
            )
        ))
    }

    static func notifications(_ entries: [OutboxRow], context: PageContext) -> HTML {
        Layout.page(title: Texts.Exchange.notificationsTitle, context: context, main: .group(
            .p(.class("eyebrow"), .a(.href(SiteURL.account.path), .text(Texts.Nav.account))),
            .h1(.text(Texts.Exchange.notificationsTitle)),
            entries.isEmpty ? .p(.text(Texts.Exchange.notificationsEmpty)) : .ul(.class("notification-list"), .forEach(entries) { e in
                .li(.class("card"),
                    .h2(.class("notification-subject"),
                        .unwrap(e.link, { .a(.attr("href", $0), .safeText(e.subject)) }, else: .safeText(e.subject))),
                    .p(.class("listing-facts"), .text(ExchangeViews.dateTime(e.createdAt) + " – "
                        + (e.sentAt == nil ? Texts.Exchange.notificationQueued : Texts.Exchange.notificationSent))),
                    .p(.safeText(e.body.components(separatedBy: "\n\n").first ?? "")))
            })
        ))
    }
}

/// The links of the Börse on the account page.
enum ExchangeAccountLinks {
    static func section(_ user: CurrentUser) -> Node<HTML.BodyContext> {
        .group(
            .h2(.text(Texts.Exchange.accountLinksHeading)),
            .ul(
                .class("actions"),
                .li(.a(.href(SiteURL.boerse(.mine).path), .text(Texts.Exchange.myTitle))),
                .li(.a(.href(SiteURL.boerse(.notifications).path), .text(Texts.Exchange.notificationsTitle))),
                .li(.a(.href(SiteURL.boerse(.volunteer).path), .text(Texts.Volunteer.title))),
                .if(user.has(.kioskStaff), .li(.a(.href(SiteURL.boerse(.kiosk).path), .text(Texts.Kiosk.dashboardTitle)))),
                .if(user.has(.coordinator) || !user.managedAreaIDs.isEmpty,
                    .li(.a(.href(SiteURL.boerse(.moderation).path), .text(Texts.Moderation.title)))),
                .if(user.has(.coordinator) || user.isAdmin, .li(.a(.href(SiteURL.boerse(.kioskSites).path), .text(Texts.Kiosk.sitesTitle))))
            )
        )
    }
}
