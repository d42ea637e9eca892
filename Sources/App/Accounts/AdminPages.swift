import Foundation
import Plot

enum AdminPages {
    private typealias T = Texts.Admin

    static func roles(holders: [RoleQueries.Holder], form: AdminController.RoleForm, errors: FormErrors, notice: String?,
                      geography: GeographySnapshot, context: PageContext) -> HTML {
        let roleOptions = [FormView.OptionGroup(label: T.rolesGroup, options: Role.grantable.map {
            FormView.Option(value: $0.rawValue, label: $0.germanName)
        })]
        return Layout.page(title: T.rolesTitle, context: context, main: .group(
            .h1(.text(T.rolesTitle)),
            .p(.a(.href(SiteURL.adminAudit.path), .text(T.auditLink))),
            .unwrap(notice) { .p(.class("notice"), .attribute(named: "role", value: "status"), .safeText($0)) },
            FormView.errorSummary(errors),
            .form(
                .method(.post), .action(SiteURL.adminRoles.path), .attribute(named: "novalidate", value: "novalidate"),
                FormView.csrfField(context.csrfToken),
                .fieldset(
                    .element(named: "legend", nodes: [.text(T.formLegend)]),
                    FormView.input(name: "email", label: T.emailLabel, kind: .email,
                                   value: form.email ?? "", maxLength: 254, errors: errors),
                    FormView.select(name: "role", label: T.roleLabel, groups: roleOptions, selected: form.role,
                                    placeholder: T.choose, errors: errors),
                    FormView.select(name: "area", label: T.areaLabel,
                                    groups: AccountPages.quartierOptions(geography), selected: form.area,
                                    placeholder: T.noArea, errors: errors, required: false),
                    .div(.class("button-row"),
                         .button(.type(.submit), .name("action"), .value("grant"), .class("button"), .text(T.grant)),
                         .button(.type(.submit), .name("action"), .value("revoke"), .class("button button-secondary"), .text(T.revoke)))
                )
            ),
            .h2(.text(T.holdersHeading)),
            .if(holders.isEmpty, .p(.text(T.noHolders))),
            .if(!holders.isEmpty, .table(
                .class("data"),
                .caption(.text(T.holdersCaption)),
                .thead(.tr(.forEach([T.nameColumn, T.emailColumn, T.rolesColumn]) { .th(.attribute(named: "scope", value: "col"), .text($0)) })),
                .tbody(.forEach(holders) { holder in
                    .tr(.td(.safeText(holder.publicName)), .td(.safeText(holder.email)),
                        .td(.safeText(holder.grants.map { g in
                            g.role.germanName + (g.areaID.flatMap { geography.areas[$0]?.name }.map { " (\($0))" } ?? "")
                        }.joined(separator: ", "))))
                })
            ))
        ))
    }

    static func audit(rows: [RoleQueries.AuditLogEntry], context: PageContext) -> HTML {
        let formatter = DateFormatter()
        formatter.locale = Locale(identifier: "de_DE")
        formatter.timeZone = TimeZone(identifier: "Europe/Berlin")
        formatter.dateFormat = "dd.MM.yyyy HH:mm"
        return Layout.page(title: T.auditTitle, context: context, main: .group(
            .h1(.text(T.auditTitle)),
            .p(.a(.href(SiteURL.adminRoles.path), .text(T.backToRoles))),
            .if(rows.isEmpty, .p(.text(T.noEntries))),
            .if(!rows.isEmpty, .table(
                .class("data"),
                .caption(.text(T.auditCaption)),
                .thead(.tr(.forEach(T.auditColumns) { .th(.attribute(named: "scope", value: "col"), .text($0)) })),
                .tbody(.forEach(rows) { row in
                    .tr(.td(.text(formatter.string(from: Date(timeIntervalSince1970: row.at)))),
                        .td(.text(row.action == "role.grant" ? T.granted : row.action == "role.revoke" ? T.revoked : row.action)),
                        .td(.safeText(row.detail)), .td(.safeText(row.subjectEmail ?? T.deletedAccount)),
                        .td(.safeText(row.actorEmail ?? T.systemOrDeleted)))
                })
            ))
        ))
    }
}
