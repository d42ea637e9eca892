import Foundation
import Plot

/// The editors page with invitations, the invitation page, and the cooperations page of an actor.
enum ActorEditorPages {
    private typealias T = German.Actors

    static func editors(actor: ActorQueries.Actor, editors: [ActorQueries.Editor], invitations: [ActorQueries.Invitation],
                        email: String, errors: FormErrors, notice: String?, context: PageContext) -> HTML {
        let idText = actor.id.uuidString.lowercased()
        let action = SiteURL.actorEditorRemove(idText).path
        return Layout.page(title: T.editorsTitle(actor.name), context: context, main: .group(
            .p(.a(.attr("href", SiteURL.actor(idText).path), .safeText(actor.name))),
            .h1(.safeText(T.editorsTitle(actor.name))),
            .statusNotice(notice),
            .p(.text(T.editorsIntro)),
            .div(.class("table-scroll"), MonitorPages.scrollRegion(T.editorsCaption), .table(
                .class("data-table"),
                .caption(.text(T.editorsCaption)),
                .thead(.tr(.th(.attr("scope", "col"), .text(T.nameLabel)), .th(.attr("scope", "col"), .text(T.actionLabel)))),
                .tbody(.forEach(editors) { editor in
                    .tr(.td(.safeText(editor.publicName + (editor.userID == context.user?.id ? " " + T.you : ""))),
                        .td(editors.count > 1
                            ? FormView.buttonForm(action: action, csrfToken: context.csrfToken,
                                                  fields: [("user", editor.userID.uuidString.lowercased())],
                                                  label: T.removeEditor(editor.publicName), secondary: true)
                            : .text(T.lastEditorNote)))
                })
            )),
            .if(!invitations.isEmpty, .group(
                .h2(.text(T.openInvitations)),
                .ul(.forEach(invitations) { invitation in
                    .li(.safeText(T.invitationLine(invitation.email, until: GermanFormat.date(invitation.expiresAt))), .text(" "),
                        FormView.buttonForm(action: action, csrfToken: context.csrfToken,
                                            fields: [("invitation", invitation.id.uuidString.lowercased())],
                                            label: T.withdrawInvitation(invitation.email), secondary: true))
                })
            )),
            .h2(.text(T.inviteHeading)),
            FormView.errorSummary(errors),
            .form(
                .method(.post), .action(SiteURL.actorEditors(idText).path), .attribute(named: "novalidate", value: "novalidate"),
                FormView.csrfField(context.csrfToken),
                FormView.input(name: "email", label: T.inviteEmail, kind: .email, value: email, hint: T.inviteHint,
                               autocomplete: "off", maxLength: 254, errors: errors),
                FormView.submit(T.inviteButton)
            )
        ))
    }

    static func invitation(actor: ActorQueries.Actor, token: String, context: PageContext) -> HTML {
        Layout.page(title: T.invitationTitle(actor.name), context: context, main: .group(
            .h1(.safeText(T.invitationTitle(actor.name))),
            .p(.text(T.invitationIntro)),
            context.user == nil
                ? .p(.text(T.invitationLogin + " "), .a(.href(SiteURL.login.path), .text(German.Nav.login)), .text(" · "),
                     .a(.href(SiteURL.register.path), .text(German.Nav.register)))
                : FormView.buttonForm(action: SiteURL.actorInvitation(token).path, csrfToken: context.csrfToken, fields: [],
                                      label: T.invitationAccept)
        ))
    }

    static func ties(actor: ActorQueries.Actor, ties: [TieQueries.Tie], derived: [TieQueries.Tie],
                     partners: [ActorQueries.Actor], form: TieController.ProposeForm, errors: FormErrors, notice: String?,
                     context: PageContext) -> HTML {
        let idText = actor.id.uuidString.lowercased()
        let incoming = ties.filter { $0.targetID == actor.id && $0.status == .proposed }
        let others = ties.filter { !($0.targetID == actor.id && $0.status == .proposed) }
        return Layout.page(title: T.tiesTitle(actor.name), context: context, main: .group(
            .p(.a(.attr("href", SiteURL.actor(idText).path), .safeText(actor.name))),
            .h1(.safeText(T.tiesTitle(actor.name))),
            .statusNotice(notice),
            .p(.text(T.tiesIntro)),
            .h2(.text(T.incomingHeading(incoming.count))),
            .if(incoming.isEmpty, .p(.text(T.noIncoming))),
            .if(!incoming.isEmpty, .ul(.forEach(incoming) { tie in
                .li(.safeText(T.incomingLine(tie.sourceName, kind: tie.kind)),
                    .if(!tie.note.isEmpty, .safeText(" – „" + tie.note + "“")),
                    .div(.class("button-row"),
                         decisionButton(tie, "bestaetigen", T.confirm(tie.sourceName), actor: idText, context: context, secondary: false),
                         decisionButton(tie, "ablehnen", T.decline(tie.sourceName), actor: idText, context: context, secondary: true)))
            })),
            .h2(.text(T.ownTiesHeading)),
            .if(others.isEmpty && derived.isEmpty, .p(.text(T.noCooperations))),
            .if(!others.isEmpty || !derived.isEmpty, .div(.class("table-scroll"), MonitorPages.scrollRegion(T.cooperationsCaption(actor.name)), .table(
                .class("data-table"),
                .caption(.text(T.cooperationsCaption(actor.name))),
                .thead(.tr(.th(.attr("scope", "col"), .text(T.partner)), .th(.attr("scope", "col"), .text(T.kind)),
                           .th(.attr("scope", "col"), .text(T.statusLabel)), .th(.attr("scope", "col"), .text(T.actionLabel)))),
                .tbody(
                    .forEach(others) { tie in
                        let other = tie.other(than: actor.id)
                        let outgoing = tie.sourceID == actor.id
                        return .tr(.td(.safeText(other.name)), .td(.text(tie.kind.label)),
                                   .td(.text(outgoing && tie.status == .proposed ? T.waitingFor(other.name) : tie.status.label)),
                                   .td(tie.status == .declined ? .text("–") : decisionButton(
                                       tie, tie.status == .proposed ? "zurueckziehen" : "beenden",
                                       tie.status == .proposed ? T.withdraw(other.name) : T.end(other.name),
                                       actor: idText, context: context, secondary: true)))
                    },
                    .forEach(derived) { tie in
                        let other = tie.other(than: actor.id)
                        return .tr(.td(.safeText(other.name)), .td(.text(tie.kind.label)),
                                   .td(.safeText(T.derivedBasis(tie.kind, tie.note))), .td(.text(T.derivedNoAction)))
                    }
                )
            ))),
            .h2(.text(T.proposeHeading)),
            FormView.errorSummary(errors),
            .if(partners.isEmpty, .p(.text(T.noPartners))),
            .if(!partners.isEmpty, .form(
                .method(.post), .action(SiteURL.actorTies(idText).path), .attribute(named: "novalidate", value: "novalidate"),
                FormView.csrfField(context.csrfToken),
                FormView.select(name: "partner", label: T.partner,
                                      options: partners.map { .init(value: $0.id.uuidString.lowercased(), label: $0.name) },
                                      selected: form.partner?.lowercased(), placeholder: German.Editing.pleaseChoose, errors: errors),
                FormView.choices(name: "kind", legend: T.kind, kind: .radio,
                                 options: TieKind.allCases.map { .init(value: $0.rawValue, label: $0.label) },
                                 selected: [form.kind ?? ""], hint: T.kindHint, errors: errors),
                FormView.input(name: "note", label: T.noteLabel, value: form.note ?? "", hint: T.noteHint, required: false,
                               maxLength: 300, errors: errors),
                FormView.submit(T.proposeButton)
            ))
        ))
    }

    private static func decisionButton(_ tie: TieQueries.Tie, _ decision: String, _ label: String, actor: String,
                                       context: PageContext, secondary: Bool) -> Node<HTML.BodyContext> {
        FormView.buttonForm(action: SiteURL.tieDecision(tie.id?.uuidString.lowercased() ?? "").path, csrfToken: context.csrfToken,
                            fields: [("decision", decision), ("actor", actor)], label: label, secondary: secondary)
    }
}
