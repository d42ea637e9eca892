import GemeinsamCore
import Plot
import Vapor

/// What every page needs from the request: who is logged in and the form token.
struct PageContext: Sendable {
    var user: CurrentUser?
    var csrfToken: String
    /// The address without language prefix.
    var path: String
    var language: GemeinsamCore.Language = .german
    /// The query string, kept when the reader switches language.
    var query: String? = nil
    /// A language the browser asks for that this German page also exists in (only on the start page).
    var languageOffer: GemeinsamCore.Language? = nil
}

extension Request {
    var pageContext: PageContext {
        PageContext(user: currentUser, csrfToken: csrfToken, path: url.path, language: language,
                    query: url.query, languageOffer: startPageLanguageOffer)
    }
}

/// The frame around every page: skip link, header with navigation, main landmark, footer.
enum Layout {
    static func page(title: String, context: PageContext, description: String? = nil,
                     main: Node<HTML.BodyContext>) -> HTML {
        HTML(
            .attribute(named: "lang", value: context.language.htmlLang),
            .if(context.language.direction == .rtl, .attribute(named: "dir", value: "rtl")),
            head(title: title, description: description ?? Texts.tagline, alternates: context.path),
            .body(
                .a(.class("skip-link"), .href("#inhalt"), .text(Texts.skipLink)),
                header(context),
                .main(.id("inhalt"), .attribute(named: "tabindex", value: "-1"),
                      LanguageSwitch.draftNotice(context.language), main),
                footer()
            )
        )
    }

    /// The one `<head>` of every page. Every value is escaped here; never use Plot's `.title()`/`.description()`,
    /// which also write og/twitter meta tags with the value unescaped in an attribute (`MarkupInjectionTests` checks).
    static func head(title: String, description: String?, alternates path: String? = nil) -> Node<HTML.DocumentContext> {
        .head(
            .meta(.charset(.utf8)),
            .meta(.name("viewport"), .content("width=device-width, initial-scale=1")),
            .element(named: "title", nodes: [.safeText("\(title) – \(Texts.siteName)")]),
            .unwrap(description) { .meta(.name("description"), .attr("content", $0)) },
            .link(.rel(.stylesheet), .href(SiteURL.stylesheet.path), .attribute(named: "media", value: "all")),
            .unwrap(path, LanguageSwitch.alternates)
        )
    }

    private static func header(_ context: PageContext) -> Node<HTML.BodyContext> {
        let user = context.user
        return .header(
            .class("site-header"),
            .unwrap(context.languageOffer, LanguageSwitch.offer),
            .div(
                .class("wrap header-inner"),
                .a(.class("site-name"), .href(SiteURL.home.path), .text(Texts.siteName)),
                LanguageSwitch.menu(context),
                .nav(
                    .attribute(named: "aria-label", value: Texts.Nav.label),
                    .ul(
                        navItem(Texts.Nav.quartiere, .quartiere, context),
                        navItem(Texts.Nav.districts, .districts, context),
                        .if(user.flatMap(EditScope.init(user:)) != nil, navItem(Texts.Editing.navManage, .offersManage, context)),
                        navItem(Texts.Exchange.navLabel, .boerse(.overview), context),
                        .if(user?.has(.kioskStaff) == true, navItem(Texts.Kiosk.title, .boerse(.kiosk), context)),
                        navItem(Texts.Monitor.surveyNav, .survey, context),
                        navItem(Texts.Actors.nav, .actors, context),
                        .if(user?.has(.coordinator) == true, navItem(Texts.Network.nav, .network, context)),
                        .if(user?.has(.coordinator) == true || user?.has(.areaManager) == true,
                            navItem(Texts.Monitor.nav, .monitor, context)),
                        .if(user?.has(.kioskStaff) == true, navItem(Texts.Monitor.kioskNav, .kioskSurvey, context)),
                        .if(user?.isAdmin == true, navItem(Texts.Nav.admin, .adminRoles, context)),
                        .if(user == nil, navItem(Texts.Nav.login, .login, context)),
                        .if(user == nil, navItem(Texts.Nav.register, .register, context)),
                        .if(user != nil, navItem(Texts.Nav.account, .account, context))
                    )
                )
            )
        )
    }

    private static func navItem(_ label: String, _ url: SiteURL, _ context: PageContext) -> Node<HTML.ListContext> {
        .li(.a(.href(url.path), .if(context.path == url.unprefixedPath, .attribute(named: "aria-current", value: "page")),
               .text(label)))
    }

    private static func footer() -> Node<HTML.BodyContext> {
        .footer(
            .class("site-footer"),
            .div(
                .class("wrap"),
                .nav(
                    .attribute(named: "aria-label", value: Texts.Nav.footer),
                    .ul(
                        .li(.a(.href(SiteURL.imprint.path), .text(Texts.Nav.imprint))),
                        .li(.a(.href(SiteURL.privacy.path), .text(Texts.Nav.privacy))),
                        .li(.a(.href(SiteURL.accessibility.path), .text(Texts.Nav.accessibility)))
                    )
                ),
                .p(.text(Texts.footerAbout)),
                .p(.a(.href(SiteURL.languages.path), .text(Texts.Languages.footerLink)))
            )
        )
    }
}

extension HTML {
    /// An HTML response with the given status.
    func response(_ status: HTTPResponseStatus = .ok) -> Response {
        var headers = HTTPHeaders()
        headers.contentType = .html
        return Response(status: status, headers: headers, body: .init(string: render()))
    }
}
