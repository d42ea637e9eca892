import Foundation
import Plot

/// The frame the place and the offer form share: back link, heading, what the item is now, notice and errors, the
/// form ending in the status choice and the submit button; for an existing item its status buttons, history and
/// public page.
enum EditFormPage {
    struct Labels {
        var title: String
        var create: String
        var publicPage: String
        /// Explains the statuses above their buttons.
        var statusHint: String?
    }

    /// `summary`: what the existing item is now; `more`: what follows its status buttons.
    static func render<Kind: EditableKind>(_ page: EditPage<Kind>, texts: Labels, context: PageContext,
                                           summary: (Kind.Item) -> Node<HTML.BodyContext>,
                                           fields: Node<HTML.FormContext>,
                                           more: (Kind.Item) -> Node<HTML.BodyContext> = { _ in .empty }) -> HTML {
        let action = page.item.map { Kind.urls.edit($0.id.uuidString) } ?? Kind.urls.new
        return Layout.page(title: texts.title, context: context, main: .group(
            .p(.a(.href(SiteURL.offersManage.path), .text(Texts.Manage.back))),
            .h1(.safeText(texts.title)),
            .unwrap(page.item, summary),
            .statusNotice(page.notice),
            FormView.errorSummary(page.errors),
            .form(
                .method(.post), .action(action.path), .attribute(named: "novalidate", value: "novalidate"),
                FormView.csrfField(context.csrfToken),
                fields,
                FormView.choices(name: "status", legend: Texts.Editing.statusLegend, kind: .radio,
                                 options: page.statuses.map { FormView.Option(value: $0.rawValue, label: Texts.Editing.statusOption($0)) },
                                 selected: [page.form.status ?? ""], hint: Texts.Editing.statusHint, errors: page.errors),
                FormView.submit(page.item == nil ? texts.create : Texts.Editing.save)
            ),
            .unwrap(page.item) { item in
                .group(statusButtons(Kind.self, item, hint: texts.statusHint, context: context), more(item),
                       links(Kind.self, item, publicPage: texts.publicPage))
            }
        ))
    }

    private static func statusButtons<Kind: EditableKind>(_ kind: Kind.Type, _ item: Kind.Item, hint: String?,
                                                          context: PageContext) -> Node<HTML.BodyContext> {
        .group(
            .h2(.text(Texts.Editing.statusHeading)),
            .p(.text(Texts.Editing.currentStatus(item.status.label))),
            .unwrap(hint) { .p(.class("hint"), .text($0)) },
            .div(.class("button-row"), .group(Kind.allStatuses.filter { $0 != item.status }.map { status in
                FormView.buttonForm(action: Kind.urls.status(item.id.uuidString).path, csrfToken: context.csrfToken,
                                    fields: [("status", status.rawValue)], label: Texts.Editing.statusAction(status),
                                    secondary: status != .published)
            }))
        )
    }

    private static func links<Kind: EditableKind>(_ kind: Kind.Type, _ item: Kind.Item,
                                                  publicPage: String) -> Node<HTML.BodyContext> {
        .group(
            .h2(.text(Texts.History.heading)),
            .p(.a(.attr("href", Kind.urls.history(item.id.uuidString).path), .text(Texts.History.link))),
            .if(item.status == .published, .p(.a(.attr("href", Kind.urls.publicPage(item.id.uuidString).path), .text(publicPage))))
        )
    }
}
