import GemeinsamCore
import Plot
import Vapor

/// The parts of every page that are about its language: the switch, `hreflang` alternates, the note on drafts
/// and the start page's offer of the browser's language.
enum LanguageSwitch {
    /// One `<link rel="alternate">` per language and `x-default` (German) for the page at `path` (no prefix).
    static func alternates(_ path: String) -> Node<HTML.HeadContext> {
        var links: [Node<HTML.HeadContext>] = GemeinsamCore.Language.all.map { language in
            alternate(language.htmlLang, LanguagePath.path(path, in: language))
        }
        links.append(alternate("x-default", path))
        return .group(links)
    }

    private static func alternate(_ hreflang: String, _ href: String) -> Node<HTML.HeadContext> {
        .link(.rel(.alternate), .attribute(named: "hreflang", value: hreflang), .href(href))
    }

    /// A disclosure with the page in every language, each named in itself; works without JavaScript.
    static func menu(_ context: PageContext) -> Node<HTML.BodyContext> {
        let query = context.query.map { "?" + $0 } ?? ""
        return .element(named: "details", nodes: [
            .class("language-switch"),
            .element(named: "summary", nodes: [
                .text(Texts.Languages.switchLabel + ": "),
                .span(.attribute(named: "lang", value: context.language.htmlLang), .text(context.language.nativeName)),
            ]),
            .ul(.forEach(GemeinsamCore.Language.all) { language in
                .li(.a(.href(LanguagePath.path(context.path, in: language) + query),
                       .attribute(named: "hreflang", value: language.htmlLang),
                       .attribute(named: "lang", value: language.htmlLang),
                       .if(language.direction == .rtl, .attribute(named: "dir", value: "rtl")),
                       .if(language == context.language, .attribute(named: "aria-current", value: "true")),
                       .text(language.nativeName)))
            }),
        ])
    }

    /// One line in the reader's language when the translation is still a draft, with a link to report wording.
    static func draftNotice(_ language: GemeinsamCore.Language) -> Node<HTML.BodyContext> {
        guard !language.isSource, UIText.hasDrafts(language) else { return .empty }
        return .p(.class("draft-note"), .text(Texts.Languages.draftNotice + " "),
                  .a(.href(SiteURL.languages.path + "#melden"), .text(Texts.Languages.reportLink)))
    }

    /// The start page in the browser's language, offered in that language (never a redirect).
    static func offer(_ language: GemeinsamCore.Language) -> Node<HTML.BodyContext> {
        UIText.with(language) {
            .p(.class("language-offer"), .attribute(named: "lang", value: language.htmlLang),
               .if(language.direction == .rtl, .attribute(named: "dir", value: "rtl")),
               .a(.href(SiteURL.home.path), .attribute(named: "hreflang", value: language.htmlLang),
                  .text(FallbackMarks.strip(Texts.Languages.offer))))
        }
    }
}

extension Request {
    /// On the German start page: a language the browser prefers over German that we have, if any.
    var startPageLanguageOffer: GemeinsamCore.Language? {
        guard language.isSource, url.path == "/", let header = headers.first(name: .acceptLanguage) else { return nil }
        guard let preferred = AcceptLanguage.preferredLanguage(header), !preferred.isSource else { return nil }
        return preferred
    }
}
