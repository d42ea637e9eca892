import Foundation
import Plot

/// The cooperations page of an actor: requests to decide, its ties (stored and derived) and the form to propose one.
enum TiesPage {
    private typealias T = Texts.Actors

    static func page(actor: ActorQueries.Actor, ties: [TieQueries.Tie], derived: [TieQueries.Tie],
                     partners: [ActorQueries.Actor], form: TieController.ProposeForm, errors: FormErrors, notice: String?,
                     context: PageContext) -> HTML {
        let idText = actor.id.uuidString.lowercased()
        let isIncoming = { (tie: TieQueries.Tie) in tie.targetID == actor.id && tie.status == .proposed }
        let incoming = ties.filter(isIncoming)
        let others = ties.filter { !isIncoming($0) }
        return Layout.page(title: T.tiesTitle(actor.name), context: context, main: .group(
            .p(ActorViews.link(actor.id, actor.name)),
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
            .if(!others.isEmpty || !derived.isEmpty, ActorViews.table(
                caption: T.cooperationsCaption(actor.name), columns: [T.partner, T.kind, T.statusLabel, T.actionLabel],
                rows: .group(.forEach(others) { ownRow($0, actor: actor, context: context) },
                             .forEach(derived) { tie in
                                 .tr(.td(.safeText(tie.other(than: actor.id).name)), .td(.text(tie.kind.label)),
                                     .td(.safeText(T.derivedBasis(tie.kind, tie.note))), .td(.text(T.derivedNoAction)))
                             }))),
            .h2(.text(T.proposeHeading)),
            FormView.errorSummary(errors),
            .if(partners.isEmpty, .p(.text(T.noPartners))),
            .if(!partners.isEmpty, proposeForm(form, partners: partners, actor: idText, errors: errors, context: context))
        ))
    }

    /// A stored tie with the button to withdraw (a proposal) or end it (a confirmed tie).
    private static func ownRow(_ tie: TieQueries.Tie, actor: ActorQueries.Actor, context: PageContext) -> Node<HTML.TableContext> {
        let other = tie.other(than: actor.id)
        let outgoing = tie.sourceID == actor.id
        let proposed = tie.status == .proposed
        return .tr(.td(.safeText(other.name)), .td(.text(tie.kind.label)),
                   .td(.text(outgoing && proposed ? T.waitingFor(other.name) : tie.status.label)),
                   .td(tie.status == .declined ? .text("–") : decisionButton(
                       tie, proposed ? "zurueckziehen" : "beenden", proposed ? T.withdraw(other.name) : T.end(other.name),
                       actor: actor.id.uuidString.lowercased(), context: context, secondary: true)))
    }

    private static func proposeForm(_ form: TieController.ProposeForm, partners: [ActorQueries.Actor], actor: String,
                                    errors: FormErrors, context: PageContext) -> Node<HTML.BodyContext> {
        .form(
            .method(.post), .action(SiteURL.actorTies(actor).path), .attribute(named: "novalidate", value: "novalidate"),
            FormView.csrfField(context.csrfToken),
            FormView.select(name: "partner", label: T.partner,
                            options: partners.map { .init(value: $0.id.uuidString.lowercased(), label: $0.name) },
                            selected: form.partner?.lowercased(), placeholder: Texts.Editing.pleaseChoose, errors: errors),
            FormView.choices(name: "kind", legend: T.kind, kind: .radio, options: ActorViews.options(TieKind.allCases, \.label),
                             selected: [form.kind ?? ""], hint: T.kindHint, errors: errors),
            FormView.input(name: "note", label: T.noteLabel, value: form.note ?? "", hint: T.noteHint, required: false,
                           maxLength: 300, errors: errors),
            FormView.submit(T.proposeButton)
        )
    }

    private static func decisionButton(_ tie: TieQueries.Tie, _ decision: String, _ label: String, actor: String,
                                       context: PageContext, secondary: Bool) -> Node<HTML.BodyContext> {
        FormView.buttonForm(action: SiteURL.tieDecision(tie.id?.uuidString.lowercased() ?? "").path, csrfToken: context.csrfToken,
                            fields: [("decision", decision), ("actor", actor)], label: label, secondary: secondary)
    }
}
