import Foundation
import GemeinsamCore
import Plot

/// The coordinators' review: submitted entries with approve and reject, and the rejected ones.
enum ReviewPage {
    private typealias T = Texts.Actors

    static func page(submitted: [ActorQueries.Actor], changes: [ActorChanges.Pending], rejected: [ActorQueries.Actor], errors: [UUID: String],
                     geography: GeographySnapshot, notice: String?, context: PageContext) -> HTML {
        Layout.page(title: T.reviewTitle, context: context, main: .group(
            .h1(.text(T.reviewTitle)),
            .statusNotice(notice),
            .p(.text(T.reviewIntro)),
            .if(!errors.isEmpty, .div(.class("error-summary"), .attribute(named: "role", value: "alert"), .attribute(named: "tabindex", value: "-1"),
                                      .h2(.text(Texts.Errors.summaryHeading)),
                                      .ul(.forEach(errors.keys.sorted { $0.uuidString < $1.uuidString }) { id in
                                          .li(.a(.attr("href", "#grund-" + id.uuidString.lowercased()), .safeText(errors[id] ?? "")))
                                      }))),
            .h2(.text(T.reviewSubmitted(submitted.count))),
            .if(submitted.isEmpty, .p(.text(T.reviewNothing))),
            .forEach(submitted) { actor in reviewItem(actor, error: errors[actor.id], geography: geography, context: context) },
            .h2(.text(T.changesHeading(changes.count))),
            .if(changes.isEmpty, .p(.text(T.changesNothing))),
            .forEach(changes) { changeItem($0, context: context) },
            .if(!rejected.isEmpty, .group(
                .h2(.text(T.reviewRejected)),
                .ul(.forEach(rejected) { actor in
                    .li(ActorViews.link(actor.id, actor.name), .safeText(" – " + actor.rejectionReason))
                })
            ))
        ))
    }

    private static func changeItem(_ pending: ActorChanges.Pending, context: PageContext) -> Node<HTML.BodyContext> {
        let idText = pending.actor.id.uuidString.lowercased()
        let action = SiteURL.actorChangeDecision(idText).path
        let new = pending.proposal.profile
        return .element(named: "section", nodes: [
            .class("review-item"), .attr("aria-labelledby", "aenderung-" + idText),
            .h3(.id("aenderung-" + idText), ActorViews.link(pending.actor.id, pending.actor.name)),
            .p(.safeText(T.changedFields(ActorChanges.changedFields(pending)))),
            .if(new.name != pending.actor.name, .p(.safeText(T.nameLabel + ": " + new.name))),
            .if(new.description != pending.actor.profile.description,
                .p(.safeText(Texts.ActorForm.description + ": " + String(new.description.prefix(400))))),
            .if(new.website != pending.actor.profile.website, .p(.safeText(T.websiteLabel + ": " + new.website))),
            FormView.buttonForm(action: action, csrfToken: context.csrfToken, fields: [("decision", "uebernehmen")],
                                label: T.changeAccept + ": " + pending.actor.name),
            FormView.buttonForm(action: action, csrfToken: context.csrfToken, fields: [("decision", "verwerfen")],
                                label: T.changeDiscard + ": " + pending.actor.name, secondary: true),
        ])
    }

    private static func reviewItem(_ actor: ActorQueries.Actor, error: String?, geography: GeographySnapshot,
                                   context: PageContext) -> Node<HTML.BodyContext> {
        let idText = actor.id.uuidString.lowercased()
        let field = "grund-" + idText
        let action = SiteURL.actorDecision(idText).path
        return .element(named: "section", nodes: [
            .class("review-item"), .attr("aria-labelledby", "titel-" + idText),
            .h3(.id("titel-" + idText), ActorViews.link(actor.id, actor.name)),
            .p(.safeText(ActorViews.summary(actor, geography))),
            .p(.safeText(String(actor.profile.description.prefix(400)))),
            .p(.safeText(T.topicsLabel + ": " + actor.profile.topicList.map(\.label).joined(separator: ", "))),
            FormView.buttonForm(action: action, csrfToken: context.csrfToken, fields: [("decision", "freigeben")],
                                label: T.approve + ": " + actor.name),
            .form(
                .method(.post), .action(action), .class("reject-form"),
                FormView.csrfField(context.csrfToken),
                FormView.inputElement([("type", "hidden"), ("name", "decision"), ("value", "ablehnen")]),
                .div(.class(error == nil ? "field field-wide" : "field field-wide field-invalid"),
                     .label(.attr("for", field), .text(T.reasonLabel)),
                     .p(.class("hint"), .id(field + "-hint"), .text(T.reasonHint)),
                     .unwrap(error) { .p(.class("field-error"), .id(field + "-error"), .safeText($0)) },
                     .element(named: "textarea", nodes: [
                        .attr("id", field), .attr("name", "reason"), .attr("rows", "3"), .attr("maxlength", "1000"),
                        .attr("aria-describedby", FormView.describedBy(field, hint: T.reasonHint, error: error) ?? ""),
                        .if(error != nil, .attribute(named: "aria-invalid", value: "true")),
                     ])),
                .button(.type(.submit), .class("button button-secondary"), .safeText(T.reject + ": " + actor.name))
            ),
        ])
    }
}
