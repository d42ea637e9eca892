import Foundation
import Plot

enum AdminPages {
    static func roles(holders: [RoleQueries.Holder], form: AdminController.RoleForm, errors: FormErrors, notice: String?,
                      geography: GeographySnapshot, context: PageContext) -> HTML {
        let roleOptions = [FormView.OptionGroup(label: "Rollen", options: Role.grantable.map {
            FormView.Option(value: $0.rawValue, label: $0.germanName)
        })]
        return Layout.page(title: "Rollen verwalten", context: context, main: .group(
            .h1("Rollen verwalten"),
            .p(.a(.href(SiteURL.adminAudit.path), .text("Protokoll der Rollenänderungen"))),
            .unwrap(notice) { .p(.class("notice"), .attribute(named: "role", value: "status"), .safeText($0)) },
            FormView.errorSummary(errors),
            .form(
                .method(.post), .action(SiteURL.adminRoles.path), .attribute(named: "novalidate", value: "novalidate"),
                FormView.csrfField(context.csrfToken),
                .fieldset(
                    .element(named: "legend", nodes: [.text("Rolle vergeben oder entziehen")]),
                    FormView.input(name: "email", label: "E-Mail-Adresse des Kontos", kind: .email,
                                   value: form.email ?? "", maxLength: 254, errors: errors),
                    FormView.select(name: "role", label: "Rolle", groups: roleOptions, selected: form.role,
                                    placeholder: "Bitte wählen", errors: errors),
                    FormView.select(name: "area", label: "Quartier (nur für Quartiersmanagement)",
                                    groups: AccountPages.quartierOptions(geography), selected: form.area,
                                    placeholder: "kein Quartier", errors: errors, required: false),
                    .div(.class("button-row"),
                         .button(.type(.submit), .name("action"), .value("grant"), .class("button"), "Vergeben"),
                         .button(.type(.submit), .name("action"), .value("revoke"), .class("button button-secondary"), "Entziehen"))
                )
            ),
            .h2("Wer hat welche Rolle?"),
            .if(holders.isEmpty, .p("Noch niemand hat eine besondere Rolle.")),
            .if(!holders.isEmpty, .table(
                .class("data"),
                .caption("Konten mit Rollen"),
                .thead(.tr(.th(.attribute(named: "scope", value: "col"), "Name"),
                           .th(.attribute(named: "scope", value: "col"), "E-Mail-Adresse"),
                           .th(.attribute(named: "scope", value: "col"), "Rollen"))),
                .tbody(.forEach(holders) { holder in
                    .tr(.td(.safeText(holder.publicName)), .td(.safeText(holder.email)),
                        .td(.safeText(holder.grants.map { g in
                            g.role.germanName + (g.areaID.flatMap { geography.areas[$0]?.name }.map { " (\($0))" } ?? "")
                        }.joined(separator: ", "))))
                })
            ))
        ))
    }

    static func audit(rows: [RoleQueries.AuditRow], context: PageContext) -> HTML {
        let formatter = DateFormatter()
        formatter.locale = Locale(identifier: "de_DE")
        formatter.timeZone = TimeZone(identifier: "Europe/Berlin")
        formatter.dateFormat = "dd.MM.yyyy HH:mm"
        return Layout.page(title: "Protokoll der Rollenänderungen", context: context, main: .group(
            .h1("Protokoll der Rollenänderungen"),
            .p(.a(.href(SiteURL.adminRoles.path), .text("Zurück zu Rollen verwalten"))),
            .if(rows.isEmpty, .p("Noch keine Einträge.")),
            .if(!rows.isEmpty, .table(
                .class("data"),
                .caption("Die letzten 200 Änderungen, neueste zuerst"),
                .thead(.tr(.th(.attribute(named: "scope", value: "col"), "Zeitpunkt"),
                           .th(.attribute(named: "scope", value: "col"), "Änderung"),
                           .th(.attribute(named: "scope", value: "col"), "Rolle"),
                           .th(.attribute(named: "scope", value: "col"), "Konto"),
                           .th(.attribute(named: "scope", value: "col"), "durch"))),
                .tbody(.forEach(rows) { row in
                    .tr(.td(.text(formatter.string(from: row.at))),
                        .td(.text(row.action == "role.grant" ? "vergeben" : row.action == "role.revoke" ? "entzogen" : row.action)),
                        .td(.safeText(row.detail)), .td(.safeText(row.subject)), .td(.safeText(row.actor)))
                })
            ))
        ))
    }
}
