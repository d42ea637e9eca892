import Plot
import Vapor

/// What every page needs from the request: who is logged in and the form token.
struct PageContext: Sendable {
    var user: CurrentUser?
    var csrfToken: String
    var path: String
}

extension Request {
    var pageContext: PageContext {
        PageContext(user: currentUser, csrfToken: csrfToken, path: url.path)
    }
}

/// The frame around every page: skip link, header with navigation, main landmark, footer.
enum Layout {
    static func page(title: String, context: PageContext, description: String? = nil,
                     main: Node<HTML.BodyContext>) -> HTML {
        HTML(
            .lang(.german),
            head(title: title, description: description ?? German.tagline),
            .body(
                .a(.class("skip-link"), .href("#inhalt"), .text(German.skipLink)),
                header(context),
                .main(.id("inhalt"), .attribute(named: "tabindex", value: "-1"), main),
                footer()
            )
        )
    }

    /// The one `<head>` of every page. Every value is escaped here; never use Plot's `.title()`/`.description()`,
    /// which also write og/twitter meta tags with the value unescaped in an attribute (`MarkupInjectionTests` checks).
    static func head(title: String, description: String?) -> Node<HTML.DocumentContext> {
        .head(
            .meta(.charset(.utf8)),
            .meta(.name("viewport"), .content("width=device-width, initial-scale=1")),
            .element(named: "title", nodes: [.safeText("\(title) – \(German.siteName)")]),
            .unwrap(description) { .meta(.name("description"), .attr("content", $0)) },
            .link(.rel(.stylesheet), .href(SiteURL.stylesheet.path), .attribute(named: "media", value: "all"))
        )
    }

    private static func header(_ context: PageContext) -> Node<HTML.BodyContext> {
        let user = context.user
        return .header(
            .class("site-header"),
            .div(
                .class("wrap header-inner"),
                .a(.class("site-name"), .href(SiteURL.home.path), .text(German.siteName)),
                .nav(
                    .attribute(named: "aria-label", value: German.Nav.label),
                    .ul(
                        navItem(German.Nav.quartiere, .quartiere, context),
                        navItem(German.Nav.districts, .districts, context),
                        .if(user.flatMap(EditScope.init(user:)) != nil, navItem(German.Editing.navManage, .offersManage, context)),
                        navItem(German.Exchange.navLabel, .boerse(.overview), context),
                        .if(user?.has(.kioskStaff) == true, navItem(German.Kiosk.title, .boerse(.kiosk), context)),
                        navItem(German.Monitor.surveyNav, .survey, context),
                        navItem(German.Actors.nav, .actors, context),
                        .if(user?.has(.coordinator) == true, navItem(German.Network.nav, .network, context)),
                        .if(user?.has(.coordinator) == true || user?.has(.areaManager) == true,
                            navItem(German.Monitor.nav, .monitor, context)),
                        .if(user?.has(.kioskStaff) == true, navItem(German.Monitor.kioskNav, .kioskSurvey, context)),
                        .if(user?.isAdmin == true, navItem(German.Nav.admin, .adminRoles, context)),
                        .if(user == nil, navItem(German.Nav.login, .login, context)),
                        .if(user == nil, navItem(German.Nav.register, .register, context)),
                        .if(user != nil, navItem(German.Nav.account, .account, context))
                    )
                )
            )
        )
    }

    private static func navItem(_ label: String, _ url: SiteURL, _ context: PageContext) -> Node<HTML.ListContext> {
        .li(.a(.href(url.path), .if(context.path == url.path, .attribute(named: "aria-current", value: "page")),
               .text(label)))
    }

    private static func footer() -> Node<HTML.BodyContext> {
        .footer(
            .class("site-footer"),
            .div(
                .class("wrap"),
                .nav(
                    .attribute(named: "aria-label", value: German.Nav.footer),
                    .ul(
                        .li(.a(.href(SiteURL.imprint.path), .text(German.Nav.imprint))),
                        .li(.a(.href(SiteURL.privacy.path), .text(German.Nav.privacy))),
                        .li(.a(.href(SiteURL.accessibility.path), .text(German.Nav.accessibility)))
                    )
                ),
                .p(.text("Gemeinsam ist freie Software für Städte gegen Einsamkeit. Beispielinhalte sind als „Beispiel“ gekennzeichnet."))
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
