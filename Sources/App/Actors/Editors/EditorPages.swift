import Foundation
import Plot

/// The editors page of an actor with its open invitations, and the page of an invitation.
enum EditorPages {
    private typealias T = Texts.Actors

    static func editors(actor: ActorQueries.Actor, editors: [ActorQueries.Editor], invitations: [ActorInvitationRow],
                        email: String, errors: FormErrors, notice: String?, context: PageContext) -> HTML {
        let idText = actor.id.uuidString.lowercased()
        let action = SiteURL.actorEditorRemove(idText).path
        return Layout.page(title: T.editorsTitle(actor.name), context: context, main: .group(
            .p(ActorViews.link(actor.id, actor.name)),
            .h1(.safeText(T.editorsTitle(actor.name))),
            .statusNotice(notice),
            .p(.text(T.editorsIntro)),
            ActorViews.table(caption: T.editorsCaption, columns: [T.nameLabel, T.actionLabel], rows: .forEach(editors) { editor in
                .tr(.td(.safeText(editor.publicName + (editor.userID == context.user?.id ? " " + T.you : ""))),
                    .td(editors.count > 1
                        ? FormView.buttonForm(action: action, csrfToken: context.csrfToken,
                                              fields: [("user", editor.userID.uuidString.lowercased())],
                                              label: T.removeEditor(editor.publicName), secondary: true)
                        : .text(T.lastEditorNote)))
            }),
            .if(!invitations.isEmpty, .group(
                .h2(.text(T.openInvitations)),
                .ul(.forEach(invitations) { invitation in
                    .li(.safeText(T.invitationLine(invitation.email, until: DisplayFormat.date(invitation.expiry))), .text(" "),
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
                ? .p(.text(T.invitationLogin + " "), .a(.href(SiteURL.login.path), .text(Texts.Nav.login)), .text(" · "),
                     .a(.href(SiteURL.register.path), .text(Texts.Nav.register)))
                : FormView.buttonForm(action: SiteURL.actorInvitation(token).path, csrfToken: context.csrfToken, fields: [],
                                      label: T.invitationAccept)
        ))
    }
}
