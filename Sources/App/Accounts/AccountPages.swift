import GemeinsamCore
import Plot

/// Views of the account pages: register, log in, the account, password change, deletion.
enum AccountPages {
    private typealias T = Texts.Account

    static func quartierOptions(_ geography: GeographySnapshot) -> [FormView.OptionGroup] {
        geography.all(.district).map { district in
            FormView.OptionGroup(label: T.districtGroup(district.name), options: geography.children(of: district)
                .filter { $0.kind == .statisticalDistrict }
                .map { FormView.Option(value: $0.slug, label: $0.name) })
        }
    }

    static func register(form: RegistrationForm, errors: FormErrors, geography: GeographySnapshot,
                         context: PageContext) -> HTML {
        Layout.page(title: T.registerTitle, context: context, main: .group(
            .h1(.text(T.registerTitle)),
            .p(.text(T.registerIntro)),
            FormView.errorSummary(errors),
            .form(
                .method(.post), .action(SiteURL.register.path), .attribute(named: "novalidate", value: "novalidate"),
                FormView.csrfField(context.csrfToken),
                FormView.input(name: "email", label: T.email, kind: .email, value: form.email ?? "", hint: T.emailHint,
                               autocomplete: "email", maxLength: 254, errors: errors),
                FormView.input(name: "password", label: T.password, kind: .password, hint: T.passwordHint,
                               autocomplete: "new-password", errors: errors),
                FormView.input(name: "firstName", label: T.firstName, value: form.firstName ?? "", hint: T.firstNameHint,
                               autocomplete: "given-name", maxLength: 50, errors: errors),
                FormView.input(name: "initial", label: T.initial, value: form.initial ?? "", hint: T.initialHint,
                               required: false, maxLength: 2, errors: errors),
                FormView.select(name: "homeArea", label: T.homeArea, groups: quartierOptions(geography),
                                selected: form.homeArea, placeholder: T.choose, hint: T.homeAreaHint, errors: errors),
                FormView.submit(T.registerTitle)
            ),
            .p(.text(T.haveAccount), .a(.href(SiteURL.login.path), .text(T.login)))
        ))
    }

    static func login(email: String, errors: FormErrors, notice: String?, context: PageContext) -> HTML {
        Layout.page(title: T.loginTitle, context: context, main: .group(
            .h1(.text(T.loginTitle)),
            .statusNotice(notice),
            FormView.errorSummary(errors),
            .form(
                .method(.post), .action(SiteURL.login.path), .attribute(named: "novalidate", value: "novalidate"),
                FormView.csrfField(context.csrfToken),
                FormView.input(name: "email", label: T.email, kind: .email, value: email, autocomplete: "email",
                               maxLength: 254, errors: errors),
                FormView.input(name: "password", label: T.password, kind: .password, autocomplete: "current-password",
                               errors: errors),
                FormView.submit(T.login)
            ),
            .p(.a(.href(SiteURL.accounts(.forgotPassword).path), .text(T.forgotLink))),
            .p(.text(T.noAccount), .a(.href(SiteURL.register.path), .text(T.registerTitle)))
        ))
    }

    static func account(user: CurrentUser, home: AreaRecord?, sessions: Int, notice: String?,
                        geography: GeographySnapshot, context: PageContext) -> HTML {
        let roles = user.grants.map { grant in
            grant.role.germanName + (grant.areaID.flatMap { geography.areas[$0] }.map { " (\($0.name))" } ?? "")
        }
        return Layout.page(title: T.accountTitle, context: context, main: .group(
            .h1(.text(T.accountTitle)),
            .statusNotice(notice),
            .p(.safeText(T.hello(user.firstName))),
            .if(!user.emailVerified, unverifiedBox(context)),
            .dl(
                .class("facts"),
                .dt(.text(T.publicName)), .dd(.safeText(user.publicName)),
                .dt(.text(T.email)), .dd(.safeText(user.email)),
                .dt(.text(T.yourArea)),
                .dd(.unwrap(home, { .a(.attr("href", SiteURL.quartier($0.slug).path), .safeText($0.name)) },
                            else: .text(T.notGiven))),
                .dt(.text(T.roles)), .dd(.safeText(([Role.resident.germanName] + roles).joined(separator: ", ")))
            ),
            ExchangeAccountLinks.section(user),
            .h2(.text(T.dataHeading)),
            .ul(
                .class("actions"),
                .li(.a(.href(SiteURL.accountData.path), .text(T.download)), .text(T.downloadFormat)),
                .li(.a(.href(SiteURL.bookings.path), .text(Texts.Bookings.title))),
                .li(.a(.href(SiteURL.accountPassword.path), .text(T.changePassword))),
                .li(.a(.href(SiteURL.accountDelete.path), .text(T.deleteAccount)))
            ),
            .h2(.text(T.languageHeading)),
            .form(
                .method(.post), .action(SiteURL.accountLanguage.path),
                FormView.csrfField(context.csrfToken),
                FormView.select(name: "language", label: T.languageLabel,
                                options: GemeinsamCore.Language.all.map { FormView.Option(value: $0.code, label: $0.nativeName) },
                                selected: user.mailLanguage.code, placeholder: nil, errors: FormErrors()),
                FormView.submit(T.languageSave)
            ),
            .h2(.text(T.sessionsHeading)),
            .p(.text(T.sessionsText(sessions))),
            .form(
                .method(.post), .action(SiteURL.logout.path), .class("inline-form"),
                FormView.csrfField(context.csrfToken),
                FormView.submit(T.logout)
            ),
            .form(
                .method(.post), .action(SiteURL.accounts(.logoutEverywhere).path), .class("inline-form"),
                FormView.csrfField(context.csrfToken),
                .button(.type(.submit), .class("button button-secondary"), .attr("aria-describedby", "ueberall-hinweis"),
                        .text(T.logoutEverywhere)),
                .p(.class("hint"), .id("ueberall-hinweis"), .text(T.logoutEverywhereHint))
            )
        ))
    }

    private static func unverifiedBox(_ context: PageContext) -> Node<HTML.BodyContext> {
        .section(
            .class("notice notice-warning"), .attr("aria-labelledby", "bestaetigung"),
            .h2(.id("bestaetigung"), .text(T.unverifiedHeading)),
            .p(.text(T.unverifiedText)),
            FormView.buttonForm(action: SiteURL.accounts(.resendVerification).path, csrfToken: context.csrfToken,
                                fields: [], label: T.resendButton, secondary: true)
        )
    }

    static func password(errors: FormErrors, done: Bool, context: PageContext) -> HTML {
        Layout.page(title: T.passwordTitle, context: context, main: .group(
            .h1(.text(T.passwordTitle)),
            .statusNotice(done ? T.passwordChanged : nil),
            FormView.errorSummary(errors),
            .form(
                .method(.post), .action(SiteURL.accountPassword.path), .attribute(named: "novalidate", value: "novalidate"),
                FormView.csrfField(context.csrfToken),
                FormView.input(name: "currentPassword", label: T.currentPassword, kind: .password,
                               autocomplete: "current-password", errors: errors),
                FormView.input(name: "newPassword", label: T.newPassword, kind: .password, hint: T.newPasswordHint,
                               autocomplete: "new-password", errors: errors),
                FormView.submit(T.changePassword)
            ),
            .p(.a(.href(SiteURL.account.path), .text(T.backToAccount)))
        ))
    }

    static func delete(errors: FormErrors, context: PageContext) -> HTML {
        Layout.page(title: T.deleteTitle, context: context, main: .group(
            .h1(.text(T.deleteTitle)),
            .p(.text(T.deleteIntro)),
            FormView.errorSummary(errors),
            .form(
                .method(.post), .action(SiteURL.accountDelete.path), .attribute(named: "novalidate", value: "novalidate"),
                FormView.csrfField(context.csrfToken),
                FormView.input(name: "password", label: T.deleteConfirm, kind: .password, autocomplete: "current-password",
                               errors: errors),
                FormView.submit(T.deleteButton)
            ),
            .p(.a(.href(SiteURL.account.path), .text(T.cancelDelete)))
        ))
    }

    static func deleted(context: PageContext) -> HTML {
        Layout.page(title: T.deletedTitle, context: context, main: .group(
            .h1(.text(T.deletedHeading)),
            .p(.text(T.deletedText)),
            .p(.a(.href(SiteURL.home.path), .text(Texts.Errors.backHome)))
        ))
    }
}
