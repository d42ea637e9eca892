import GemeinsamCore
import Plot

enum HomePage {
    /// The city's DGS video, when it has supplied one.
    struct SignLanguageVideo {
        var url: String
        var captions: String?

        init?(config: AppConfig) {
            guard let url = config.signLanguageVideoURL else { return nil }
            self.url = url
            captions = config.signLanguageCaptionsURL
        }
    }

    static func render(video: SignLanguageVideo?, context: PageContext) -> HTML {
        Layout.page(title: Texts.Home.title, context: context, main: .group(
            .h1(.text(Texts.Home.heading)),
            .forEach(Texts.Home.intro) { .p(.class("lead"), .text($0)) },
            .section(
                .class("card"), .attribute(named: "aria-labelledby", value: "finden"),
                .h2(.id("finden"), .text(Texts.Home.findHeading)),
                SearchPage.form(query: "", error: nil),
                .ul(.class("inline-list"),
                    .li(.a(.href(SiteURL.quartiere.path), .text(Texts.Home.listLink))),
                    .li(.a(.href(SiteURL.districts.path), .text(Texts.Home.mapLink))))
            ),
            .section(
                .attribute(named: "aria-labelledby", value: "so-gehts"),
                .h2(.id("so-gehts"), .text(Texts.Home.howHeading)),
                .ol(.forEach(Texts.Home.how) { .li(.text($0)) })
            ),
            accessibleSection(video)
        ))
    }

    /// BITV 2.0 § 4: the start page explains the site in Leichte Sprache and in German Sign Language.
    private static func accessibleSection(_ video: SignLanguageVideo?) -> Node<HTML.BodyContext> {
        .section(
            .attribute(named: "aria-labelledby", value: "leicht"),
            .h2(.id("leicht"), .text(Texts.Home.accessibleHeading)),
            .p(.a(.href(LanguagePath.path("/", in: .leichteSprache)),
                  .text(Texts.Home.easyLanguageLink))),
            .unwrap(video, { video in
                .element(named: "video", nodes: [
                    .attribute(named: "controls", value: "controls"), .attribute(named: "preload", value: "none"),
                    .attribute(named: "src", value: video.url), .attribute(named: "class", value: "sign-video"),
                    .attribute(named: "aria-label", value: Texts.Home.signLanguageVideoLabel),
                    .unwrap(video.captions) { captions in
                        .element(named: "track", nodes: [.attribute(named: "kind", value: "captions"),
                                                         .attribute(named: "src", value: captions),
                                                         .attribute(named: "srclang", value: "de"),
                                                         .attribute(named: "label", value: "Deutsch")])
                    },
                ])
            }, else: .p(.text(Texts.Home.signLanguagePending)))
        )
    }
}

enum SearchPage {
    static func form(query: String, error: String?) -> Node<HTML.BodyContext> {
        var errors = FormErrors()
        if let error { errors.add("q", error) }
        return .form(
            .class("search-form"), .method(.get), .action(SiteURL.search.path), .attribute(named: "role", value: "search"),
            FormView.input(name: "q", label: Texts.Home.searchLabel, kind: .search, value: query,
                           hint: Texts.Home.searchHint, autocomplete: "off", maxLength: SearchQuery.maxLength,
                           errors: errors),
            FormView.submit(Texts.Home.searchButton)
        )
    }

    private static func streetLink(_ street: String,
                                   _ entry: (quartier: AreaRecord, subdistricts: [AreaRecord])) -> Node<HTML.BodyContext> {
        .group(
            .a(.attr("href", SiteURL.quartier(entry.quartier.slug).path), .safeText("\(street) → \(entry.quartier.name)")),
            .span(.class("source"), .safeText(" (" + Texts.Search.subdistricts(entry.subdistricts.map(\.code)) + ")"))
        )
    }

    static func render(query: String, outcome: SearchQuery.Outcome, context: PageContext) -> HTML {
        let shown = String(query.prefix(SearchQuery.maxLength))
        switch outcome {
        case let .invalid(message):
            return Layout.page(title: Texts.Search.title, context: context, main: .group(
                .h1(.text(Texts.Search.title)),
                form(query: shown, error: message)
            ))
        case let .results(quartiere, streets):
            return Layout.page(title: Texts.Search.title, context: context, main: .group(
                .h1(.safeText(Texts.Search.heading(shown))),
                form(query: shown, error: nil),
                .if(quartiere.isEmpty && streets.isEmpty,
                    .p(.class("notice"), .attribute(named: "role", value: "status"), .text(Texts.Search.noHits))),
                .if(!quartiere.isEmpty, .section(
                    .h2(.text(Texts.Search.quartiereHeading)),
                    .ul(.class("results"), .forEach(quartiere) { q in
                        .li(.a(.attr("href", SiteURL.quartier(q.slug).path), .safeText(q.name)))
                    })
                )),
                .if(!streets.isEmpty, .section(
                    .h2(.text(Texts.Search.streetsHeading)),
                    .ul(.class("results"), .forEach(streets) { hit in
                        if hit.quartiere.count == 1, let entry = hit.quartiere.first {
                            return .li(streetLink(hit.street, entry))
                        }
                        return .li(
                            .p(.safeText(Texts.Search.severalQuartiere(hit.street))),
                            .ul(.class("results-nested"), .forEach(hit.quartiere) { .li(streetLink(hit.street, $0)) })
                        )
                    })
                ))
            ))
        }
    }
}
