import GemeinsamCore
import Plot
import Vapor

/// `/sprachen`: every language with its share translated and reviewed, and how to report a wording problem.
enum LanguagesPage {
    @Sendable static func show(req: Request) async throws -> Response {
        let statistics = UIText.catalog.statistics()
        let contact = req.application.appConfig.contactEmail
        let t = Texts.Languages.self
        return Layout.page(title: t.title, context: req.pageContext, main: .group(
            .h1(.text(t.title)),
            .p(.text(t.intro)),
            .table(
                .caption(.text(t.tableCaption)),
                .thead(.tr(.th(.attribute(named: "scope", value: "col"), .text(t.columnLanguage)),
                           .th(.attribute(named: "scope", value: "col"), .text(t.columnTranslated)),
                           .th(.attribute(named: "scope", value: "col"), .text(t.columnReviewed)))),
                .tbody(.forEach(statistics) { row in
                    .tr(
                        .th(.attribute(named: "scope", value: "row"),
                            .a(.href(LanguagePath.path(SiteURL.languages.unprefixedPath, in: row.language)),
                               .attribute(named: "lang", value: row.language.htmlLang),
                               .attribute(named: "hreflang", value: row.language.htmlLang),
                               .text(row.language.nativeName))),
                        .td(.class("number"), .text(row.language.isSource ? t.source : percent(row.translatedShare))),
                        .td(.class("number"), .text(row.language.isSource ? t.source : percent(row.reviewedShare)))
                    )
                })
            ),
            .section(.id("melden"),
                     .h2(.text(t.reportHeading)),
                     .p(.text(t.reportText)),
                     .unwrap(contact) { address in
                         .p(.a(.href("mailto:" + address), .text(t.reportMail(address))))
                     }),
            .section(.h2(.text(t.reviewHeading)), .p(.text(t.reviewText)))
        )).response()
    }

    private static func percent(_ share: Double) -> String {
        LocalFormat(UIText.language).percent(share)
    }
}
