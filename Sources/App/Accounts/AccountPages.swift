import Plot

/// Views of the account pages.
enum AccountPages {
    static func quartierOptions(_ geography: GeographySnapshot) -> [FormView.OptionGroup] {
        geography.all(.district).map { district in
            FormView.OptionGroup(label: "Stadtbezirk \(district.name)", options: geography.children(of: district)
                .filter { $0.kind == .statisticalDistrict }
                .map { FormView.Option(value: $0.slug, label: $0.name) })
        }
    }

    static func register(form: RegistrationForm, errors: FormErrors, geography: GeographySnapshot,
                         context: PageContext) -> HTML {
        Layout.page(title: "Konto anlegen", context: context, main: .group(
            .h1("Konto anlegen"),
            .p(.text("Mit einem Konto können Sie Ihr Quartier speichern und später Hilfe anbieten oder suchen. "
               + "Öffentlich sichtbar sind nur Ihr Vorname und der erste Buchstabe Ihres Nachnamens. "
               + "Eine Adresse brauchen wir nicht.")),
            FormView.errorSummary(errors),
            .form(
                .method(.post), .action(SiteURL.register.path), .attribute(named: "novalidate", value: "novalidate"),
                FormView.csrfField(context.csrfToken),
                FormView.input(name: "email", label: "E-Mail-Adresse", kind: .email, value: form.email ?? "",
                               hint: "Wir schreiben Ihnen nur, wenn Sie es möchten. Sie wird nie öffentlich gezeigt.",
                               autocomplete: "email", maxLength: 254, errors: errors),
                FormView.input(name: "password", label: "Passwort", kind: .password,
                               hint: "Mindestens 10 Zeichen. Gut zu merken sind drei zufällige Wörter.",
                               autocomplete: "new-password", errors: errors),
                FormView.input(name: "firstName", label: "Vorname", value: form.firstName ?? "",
                               hint: "Wird öffentlich gezeigt.", autocomplete: "given-name", maxLength: 50, errors: errors),
                FormView.input(name: "initial", label: "Erster Buchstabe des Nachnamens", value: form.initial ?? "",
                               hint: "Zum Beispiel „B“. Wird mit dem Vornamen gezeigt: „Anna B.“",
                               required: false, maxLength: 2, errors: errors),
                FormView.select(name: "homeArea", label: "Ihr Quartier", groups: quartierOptions(geography),
                                selected: form.homeArea, placeholder: "Bitte wählen",
                                hint: "Sie wissen es nicht? Suchen Sie es auf der Startseite über Ihre Straße.",
                                errors: errors),
                FormView.submit("Konto anlegen")
            ),
            .p(.text("Sie haben schon ein Konto? "), .a(.href(SiteURL.login.path), .text("Anmelden")))
        ))
    }

    static func login(email: String, errors: FormErrors, context: PageContext) -> HTML {
        Layout.page(title: "Anmelden", context: context, main: .group(
            .h1("Anmelden"),
            FormView.errorSummary(errors),
            .form(
                .method(.post), .action(SiteURL.login.path), .attribute(named: "novalidate", value: "novalidate"),
                FormView.csrfField(context.csrfToken),
                FormView.input(name: "email", label: "E-Mail-Adresse", kind: .email, value: email,
                               autocomplete: "email", maxLength: 254, errors: errors),
                FormView.input(name: "password", label: "Passwort", kind: .password,
                               autocomplete: "current-password", errors: errors),
                FormView.submit("Anmelden")
            ),
            .p(.text("Noch kein Konto? "), .a(.href(SiteURL.register.path), .text("Konto anlegen")))
        ))
    }

    static func account(user: CurrentUser, home: AreaRecord?, geography: GeographySnapshot, context: PageContext) -> HTML {
        let roles = user.grants.map { grant in
            grant.role.germanName + (grant.areaID.flatMap { geography.areas[$0] }.map { " (\($0.name))" } ?? "")
        }
        return Layout.page(title: "Mein Konto", context: context, main: .group(
            .h1("Mein Konto"),
            .p(.safeText("Hallo \(user.firstName)!")),
            .dl(
                .class("facts"),
                .dt("Öffentlicher Name"), .dd(.safeText(user.publicName)),
                .dt("E-Mail-Adresse"), .dd(.safeText(user.email)),
                .dt("Ihr Quartier"),
                .dd(.unwrap(home, { .a(.attr("href", SiteURL.quartier($0.slug).path), .safeText($0.name)) },
                            else: .text("nicht angegeben"))),
                .dt("Rollen"), .dd(.safeText((["Bewohner*in"] + roles).joined(separator: ", ")))
            ),
            ExchangeAccountLinks.section(user),
            .h2("Ihre Daten"),
            .ul(
                .class("actions"),
                .li(.a(.href(SiteURL.accountData.path), .text("Meine Daten herunterladen")), .text(" (JSON-Datei)")),
                .li(.a(.href(SiteURL.bookings.path), .text(German.Bookings.title))),
                .li(.a(.href(SiteURL.accountPassword.path), .text("Passwort ändern"))),
                .li(.a(.href(SiteURL.accountDelete.path), .text("Konto löschen")))
            ),
            .form(
                .method(.post), .action(SiteURL.logout.path),
                FormView.csrfField(context.csrfToken),
                FormView.submit("Abmelden")
            )
        ))
    }

    static func password(errors: FormErrors, done: Bool, context: PageContext) -> HTML {
        Layout.page(title: "Passwort ändern", context: context, main: .group(
            .h1("Passwort ändern"),
            .if(done, .p(.class("notice"), .attribute(named: "role", value: "status"), "Ihr Passwort wurde geändert.")),
            FormView.errorSummary(errors),
            .form(
                .method(.post), .action(SiteURL.accountPassword.path), .attribute(named: "novalidate", value: "novalidate"),
                FormView.csrfField(context.csrfToken),
                FormView.input(name: "currentPassword", label: "Bisheriges Passwort", kind: .password,
                               autocomplete: "current-password", errors: errors),
                FormView.input(name: "newPassword", label: "Neues Passwort", kind: .password,
                               hint: "Mindestens 10 Zeichen.", autocomplete: "new-password", errors: errors),
                FormView.submit("Passwort ändern")
            ),
            .p(.a(.href(SiteURL.account.path), .text("Zurück zu Mein Konto")))
        ))
    }

    static func delete(errors: FormErrors, context: PageContext) -> HTML {
        Layout.page(title: "Konto löschen", context: context, main: .group(
            .h1("Konto löschen"),
            .p(.text("Wenn Sie Ihr Konto löschen, entfernen wir Ihre E-Mail-Adresse, Ihren Namen, Ihr Quartier und Ihre Rollen. "
               + "Das lässt sich nicht rückgängig machen. Laden Sie vorher Ihre Daten herunter, wenn Sie sie behalten möchten.")),
            FormView.errorSummary(errors),
            .form(
                .method(.post), .action(SiteURL.accountDelete.path), .attribute(named: "novalidate", value: "novalidate"),
                FormView.csrfField(context.csrfToken),
                FormView.input(name: "password", label: "Zur Bestätigung: Ihr Passwort", kind: .password,
                               autocomplete: "current-password", errors: errors),
                FormView.submit("Konto endgültig löschen")
            ),
            .p(.a(.href(SiteURL.account.path), .text("Abbrechen und zurück zu Mein Konto")))
        ))
    }

    static func deleted(context: PageContext) -> HTML {
        Layout.page(title: "Konto gelöscht", context: context, main: .group(
            .h1("Ihr Konto wurde gelöscht"),
            .p("Ihre persönlichen Daten sind entfernt. Danke, dass Sie dabei waren."),
            .p(.a(.href(SiteURL.home.path), .text(German.Errors.backHome)))
        ))
    }
}
