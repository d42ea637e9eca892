import Plot

/// Views of the account flows: "check your mail", forgotten password, new password, kiosk reset, and a plain
/// message page for links that no longer work.
enum AccountFlowPages {
    private typealias T = Texts.Account

    static func registered(context: PageContext) -> HTML {
        Layout.page(title: T.registeredTitle, context: context, main: .group(
            .h1(.text(T.registeredTitle)),
            .p(.attribute(named: "role", value: "status"), .text(T.registeredText)),
            .p(.text(T.registeredNoMail)),
            .p(.a(.href(SiteURL.login.path), .text(T.login)))
        ))
    }

    static func message(title: String, text: String, link: (SiteURL, String)? = nil, context: PageContext) -> HTML {
        Layout.page(title: title, context: context, main: .group(
            .h1(.text(title)),
            .p(.text(text)),
            .unwrap(link) { .p(.a(.href($0.0.path), .text($0.1))) }
        ))
    }

    static func forgot(email: String, errors: FormErrors, sent: Bool, context: PageContext) -> HTML {
        Layout.page(title: T.forgotTitle, context: context, main: .group(
            .h1(.text(T.forgotTitle)),
            .statusNotice(sent ? T.forgotSent : nil),
            .p(.text(T.forgotIntro)),
            FormView.errorSummary(errors),
            .form(
                .method(.post), .action(SiteURL.accounts(.forgotPassword).path),
                .attribute(named: "novalidate", value: "novalidate"),
                FormView.csrfField(context.csrfToken),
                FormView.input(name: "email", label: T.email, kind: .email, value: email, autocomplete: "email",
                               maxLength: 254, errors: errors),
                FormView.submit(T.forgotButton)
            ),
            .p(.text(T.forgotKiosk)),
            .p(.a(.href(SiteURL.login.path), .text(T.login)))
        ))
    }

    static func reset(token: String, errors: FormErrors, context: PageContext) -> HTML {
        Layout.page(title: T.resetTitle, context: context, main: .group(
            .h1(.text(T.resetTitle)),
            FormView.errorSummary(errors),
            .form(
                .method(.post), .attr("action", SiteURL.accounts(.resetPassword(token: token)).path),
                .attribute(named: "novalidate", value: "novalidate"),
                FormView.csrfField(context.csrfToken),
                FormView.input(name: "newPassword", label: T.newPassword, kind: .password, hint: T.passwordHint,
                               autocomplete: "new-password", errors: errors),
                FormView.submit(T.resetButton)
            )
        ))
    }

    static func kioskAccess(email: String, errors: FormErrors, link: String?, context: PageContext) -> HTML {
        Layout.page(title: T.kioskTitle, context: context, main: .group(
            .h1(.text(T.kioskTitle)),
            .p(.text(T.kioskIntro)),
            .unwrap(link) { link in
                .section(
                    .class("notice"), .attribute(named: "role", value: "status"), .attr("aria-labelledby", "zugang-link"),
                    .h2(.id("zugang-link"), .text(T.kioskCodeHeading)),
                    .p(.text(T.kioskCodeText)),
                    .p(.a(.class("long-link"), .attr("href", link), .safeText(link)))
                )
            },
            FormView.errorSummary(errors),
            .form(
                .method(.post), .action(SiteURL.accounts(.kioskAccess).path),
                .attribute(named: "novalidate", value: "novalidate"),
                FormView.csrfField(context.csrfToken),
                FormView.input(name: "email", label: T.kioskEmail, kind: .email, value: email, autocomplete: "off",
                               maxLength: 254, errors: errors),
                FormView.checkbox(name: "present", label: T.kioskPresent, checked: false, errors: errors),
                FormView.submit(T.kioskButton)
            )
        ))
    }
}
