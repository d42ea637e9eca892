import Plot

enum HomePage {
    static func render(context: PageContext) -> HTML {
        Layout.page(title: German.Home.title, context: context, main: .group(
            .h1(.text(German.Home.heading)),
            .forEach(German.Home.intro) { .p(.class("lead"), .text($0)) },
            .section(
                .class("card"), .attribute(named: "aria-labelledby", value: "finden"),
                .h2(.id("finden"), .text(German.Home.findHeading)),
                SearchPage.form(query: "", error: nil),
                .ul(.class("inline-list"),
                    .li(.a(.href(SiteURL.quartiere.path), .text(German.Home.listLink))),
                    .li(.a(.href(SiteURL.districts.path), .text(German.Home.mapLink))))
            ),
            .section(
                .attribute(named: "aria-labelledby", value: "so-gehts"),
                .h2(.id("so-gehts"), .text(German.Home.howHeading)),
                .ol(.forEach(German.Home.how) { .li(.text($0)) })
            )
        ))
    }
}

enum SearchPage {
    static func form(query: String, error: String?) -> Node<HTML.BodyContext> {
        var errors = FormErrors()
        if let error { errors.add("q", error) }
        return .form(
            .class("search-form"), .method(.get), .action(SiteURL.search.path), .attribute(named: "role", value: "search"),
            FormView.input(name: "q", label: German.Home.searchLabel, kind: .search, value: query,
                           hint: German.Home.searchHint, autocomplete: "off", maxLength: SearchQuery.maxLength,
                           errors: errors),
            FormView.submit(German.Home.searchButton)
        )
    }

    private static func streetLink(_ street: String,
                                   _ entry: (quartier: AreaRecord, subdistricts: [AreaRecord])) -> Node<HTML.BodyContext> {
        .group(
            .a(.attr("href", SiteURL.quartier(entry.quartier.slug).path), .safeText("\(street) → \(entry.quartier.name)")),
            .span(.class("source"), .safeText(" (" + German.Search.subdistricts(entry.subdistricts.map(\.code)) + ")"))
        )
    }

    static func render(query: String, outcome: SearchQuery.Outcome, context: PageContext) -> HTML {
        let shown = String(query.prefix(SearchQuery.maxLength))
        switch outcome {
        case let .invalid(message):
            return Layout.page(title: German.Search.title, context: context, main: .group(
                .h1(.text(German.Search.title)),
                form(query: shown, error: message)
            ))
        case let .results(quartiere, streets):
            return Layout.page(title: German.Search.title, context: context, main: .group(
                .h1(.safeText(German.Search.heading(shown))),
                form(query: shown, error: nil),
                .if(quartiere.isEmpty && streets.isEmpty,
                    .p(.class("notice"), .attribute(named: "role", value: "status"), .text(German.Search.noHits))),
                .if(!quartiere.isEmpty, .section(
                    .h2(.text(German.Search.quartiereHeading)),
                    .ul(.class("results"), .forEach(quartiere) { q in
                        .li(.a(.attr("href", SiteURL.quartier(q.slug).path), .safeText(q.name)))
                    })
                )),
                .if(!streets.isEmpty, .section(
                    .h2(.text(German.Search.streetsHeading)),
                    .ul(.class("results"), .forEach(streets) { hit in
                        if hit.quartiere.count == 1, let entry = hit.quartiere.first {
                            return .li(streetLink(hit.street, entry))
                        }
                        return .li(
                            .p(.safeText(German.Search.severalQuartiere(hit.street))),
                            .ul(.class("results-nested"), .forEach(hit.quartiere) { .li(streetLink(hit.street, $0)) })
                        )
                    })
                ))
            ))
        }
    }
}
