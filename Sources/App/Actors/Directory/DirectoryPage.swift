import Foundation
import GemeinsamCore
import Plot

/// The public directory: filters, the numbered list and the map with the same numbers.
enum DirectoryPage {
    private typealias T = Texts.Actors

    static func page(actors: [ActorQueries.Actor], query: DirectoryQuery, map: String, geography: GeographySnapshot,
                     context: PageContext) -> HTML {
        Layout.page(title: T.directoryTitle, context: context, description: T.directoryIntro, main: .group(
            .h1(.text(T.directoryTitle)),
            .p(.text(T.directoryIntro)),
            .if(!query.problems.isEmpty, .div(.class("error-summary"), .attribute(named: "role", value: "alert"),
                                              .ul(.forEach(query.problems) { .li(.safeText($0)) }))),
            filterForm(query, geography: geography),
            .p(.class("result-count"), .attribute(named: "role", value: "status"),
               .text(actors.isEmpty ? T.noResults : T.resultCount(actors.count))),
            .div(
                .class("area-grid"),
                .if(!actors.isEmpty, .ol(.class("offer-list"), .forEach(actors.enumerated()) { index, actor in
                    .li(.class("offer-item"),
                        .h2(.class("offer-title"),
                            .span(.class("marker-number"), .attribute(named: "aria-hidden", value: "true"), .text("\(index + 1)")),
                            ActorViews.link(actor.id, actor.name)),
                        .p(.class("offer-meta"), .safeText(ActorViews.summary(actor, geography))),
                        .p(.safeText(actor.profile.topicList.map(\.label).joined(separator: ", "))),
                        .if(actor.isSample, .p(.sampleBadge(true))))
                })),
                ActorViews.mapFigure(map, caption: T.mapCaption)
            ),
            .h2(.text(T.moreHeading)),
            .ul(.class("actions"),
                .li(.a(.href(SiteURL.actorNew.path), .text(T.registerLink))),
                .if(context.user != nil, .li(.a(.href(SiteURL.actorsMine.path), .text(T.mineTitle)))),
                .if(context.user?.has(.coordinator) == true, .li(.a(.href(SiteURL.actorsReview.path), .text(T.reviewTitle)))),
                .if(context.user?.has(.coordinator) == true, .li(.a(.href(SiteURL.network.path), .text(Texts.Network.title)))),
                .li(.a(.href(SiteURL.actorsCSV.path), .text(T.csvLink))),
                .li(.a(.href(SiteURL.actorsGeoJSON.path), .text(T.geoJSONLink))),
                .li(.a(.href(APIURL.actors.path), .text(T.apiLink))))
        ))
    }

    private static func filterForm(_ query: DirectoryQuery, geography: GeographySnapshot) -> Node<HTML.BodyContext> {
        let f = query.filter
        return .form(
            .class("filter-form"), .method(.get), .action(SiteURL.actors.path),
            .element(named: "fieldset", nodes: [
                .element(named: "legend", nodes: [.text(T.filterLegend)]),
                .div(.class("filter-grid"),
                     .div(.class("field"),
                          .label(.attr("for", "q"), .text(T.searchLabel)),
                          .raw("<input type=\"search\" id=\"q\" name=\"q\" maxlength=\"100\" value=\"\(HTMLEscape.text(f.text))\">")),
                     FilterForm.select("thema", T.topic, [("", T.anyTopic)] + options(ActorTopic.allCases, \.label),
                                       f.topic?.rawValue ?? ""),
                     FilterForm.select("gebiet", T.area, [("", T.anyArea)] + areaOptions(geography), query.areaSlug),
                     FilterForm.select("rechtsform", T.legalForm, [("", T.anyLegalForm)] + options(LegalForm.allCases, \.label),
                                       f.legalForm?.rawValue ?? ""),
                     FilterForm.select("zielgruppe", T.audience, [("", T.anyAudience)] + options(Audience.allCases, \.label),
                                       f.audience?.rawValue ?? "")),
                .div(.class("button-row"),
                     .button(.type(.submit), .class("button"), .text(T.filterButton)),
                     .a(.class("button-link"), .href(SiteURL.actors.path), .text(T.resetFilters))),
            ])
        )
    }

    private static func options<Key: RawRepresentable<String>>(_ keys: [Key], _ label: KeyPath<Key, String>) -> [(String, String)] {
        ActorViews.options(keys, label).map { ($0.value, $0.label) }
    }

    /// Every Stadtbezirk followed by its Quartiere.
    private static func areaOptions(_ geography: GeographySnapshot) -> [(String, String)] {
        geography.all(.district).flatMap { district in
            [(district.slug, T.districtOption(district.name))]
                + geography.children(of: district).map { ($0.slug, T.quartierOption($0.name)) }
        }
    }
}
