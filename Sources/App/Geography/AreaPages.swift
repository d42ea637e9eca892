import Foundation
import Plot

/// Views of Quartier and Stadtbezirk pages and their lists.
enum AreaPages {
    static func quartiereList(geography: GeographySnapshot, context: PageContext) -> HTML {
        Layout.page(title: Texts.Areas.quartiereTitle, context: context, main: .group(
            .h1(.text(Texts.Areas.quartiereTitle)),
            .p(.text(Texts.Areas.quartiereIntro)),
            .div(.class("columns"), .forEach(geography.all(.district)) { district in
                .section(
                    .class("column-block"),
                    .h2(.a(.attr("href", SiteURL.district(district.slug).path), .safeText(district.name))),
                    .ul(.forEach(geography.children(of: district)) { q in
                        .li(.a(.attr("href", SiteURL.quartier(q.slug).path), .safeText(q.name)))
                    })
                )
            })
        ))
    }

    static func quartier(_ area: AreaRecord, geography: GeographySnapshot, map: String?,
                         upcoming: [OfferQueries.ListItem], now: Date, context: PageContext,
                         exchange: Node<HTML.BodyContext> = .empty) -> HTML {
        quartier(area, main: .raw(quartierMain(area, geography: geography, map: map, upcoming: upcoming, now: now,
                                               exchange: exchange).render()), context: context)
    }

    /// The page around its main content (which the controller caches, see `RenderCache`).
    static func quartier(_ area: AreaRecord, main: Node<HTML.BodyContext>, context: PageContext) -> HTML {
        Layout.page(title: area.name, context: context,
                    description: UIText.text("areaPages.quartier", ["area": "\(area.name)"]), main: main)
    }

    /// Everything in `<main>` of a Quartier page; the same for every visitor.
    static func quartierMain(_ area: AreaRecord, geography: GeographySnapshot, map: String?,
                             upcoming: [OfferQueries.ListItem], now: Date,
                             exchange: Node<HTML.BodyContext> = .empty) -> Node<HTML.BodyContext> {
        let district = geography.parent(of: area)
        let neighbours = geography.neighbours(of: area)
        return .group(
            .p(.class("eyebrow"), .text(Texts.Areas.quartier)),
            .h1(.safeText(area.name)),
            .unwrap(district) { d in
                .p(.text(Texts.Areas.partOf("")), .a(.attr("href", SiteURL.district(d.slug).path), .safeText(d.name)))
            },
            .div(
                .class("area-grid"),
                .section(
                    .attribute(named: "aria-labelledby", value: "angebote"),
                    .h2(.id("angebote"), .text(Texts.Areas.offersHeading)),
                    .if(upcoming.isEmpty, .p(.class("empty-state"), .text(Texts.Areas.offersEmpty))),
                    .if(!upcoming.isEmpty, .ul(.class("results"), .forEach(upcoming) { item in
                        .li(.a(.attr("href", SiteURL.offer(item.id.uuidString.lowercased()).path), .safeText(item.title)),
                            .sampleBadge(item.isSample),
                            .p(.class("offer-when"), .safeText((item.schedule.map { MeetingsFormat.when($0, now: now) } ?? "")
                                + (item.placeName.map { " – " + $0 } ?? ""))))
                    })),
                    .p(.a(.class("button-link"), .attr("href", SiteURL.quartierOffers(area.slug).path),
                          .text(Texts.Meetings.allOffersLink)))
                ),
                mapFigure(map)
            ),
            exchange,
            .section(
                .attribute(named: "aria-labelledby", value: "nachbarn"),
                .h2(.id("nachbarn"), .text(Texts.Areas.neighboursHeading)),
                .ul(.class("inline-list"), .forEach(neighbours) { n in
                    .li(.a(.attr("href", SiteURL.quartier(n.slug).path), .safeText(n.name)))
                })
            ),
            facts(area)
        )
    }

    static func districtsOverview(geography: GeographySnapshot, map: String, context: PageContext) -> HTML {
        let districts = geography.all(.district)
        let total = districts.compactMap(\.population).reduce(0, +)
        return Layout.page(title: Texts.Areas.districtsTitle, context: context, main: .group(
            .h1(.text(Texts.Areas.districtsTitle)),
            .p(.text(Texts.Areas.districtsIntro)),
            .div(
                .class("area-grid"),
                .table(
                    .class("data"),
                    .caption(.text(UIText.text("areaPages.districtsOverview.1"))),
                    .thead(.tr(.th(.attribute(named: "scope", value: "col"), .text(UIText.text("areaPages.districtsOverview.2"))),
                               .th(.attribute(named: "scope", value: "col"), .class("num"), .text(UIText.text("areaPages.districtsOverview.3"))),
                               .th(.attribute(named: "scope", value: "col"), .class("num"), "Quartiere"))),
                    .tbody(.forEach(districts) { d in
                        .tr(.th(.attribute(named: "scope", value: "row"),
                                .a(.attr("href", SiteURL.district(d.slug).path), .safeText(d.name))),
                            .td(.class("num"), .text(d.population.map(DisplayFormat.integer) ?? "–")),
                            .td(.class("num"), .text(String(geography.children(of: d).count))))
                    }),
                    .tfoot(.tr(.th(.attribute(named: "scope", value: "row"), .text(UIText.text("areaPages.districtsOverview.4"))),
                               .td(.class("num"), .text(DisplayFormat.integer(total))),
                               .td(.class("num"), .text(String(geography.all(.statisticalDistrict).count)))))
                ),
                mapFigure(map)
            )
        ))
    }

    static func district(_ area: AreaRecord, geography: GeographySnapshot, map: String?, context: PageContext) -> HTML {
        Layout.page(title: UIText.text("areaPages.district", ["area": "\(area.name)"]), context: context, main: .group(
            .p(.class("eyebrow"), .text(Texts.Areas.district)),
            .h1(.safeText(area.name)),
            .div(
                .class("area-grid"),
                .section(
                    .attribute(named: "aria-labelledby", value: "quartiere"),
                    .h2(.id("quartiere"), .text(Texts.Areas.quartiereInDistrict)),
                    .ul(.forEach(geography.children(of: area)) { q in
                        .li(.a(.attr("href", SiteURL.quartier(q.slug).path), .safeText(q.name)))
                    }),
                    .h2(.text(Texts.Areas.offersHeading)),
                    .p(.class("empty-state"), .text(Texts.Areas.offersEmpty))
                ),
                mapFigure(map)
            ),
            .section(
                .attribute(named: "aria-labelledby", value: "nachbarn"),
                .h2(.id("nachbarn"), .text(Texts.Areas.neighbourDistrictsHeading)),
                .ul(.class("inline-list"), .forEach(geography.neighbours(of: area)) { n in
                    .li(.a(.attr("href", SiteURL.district(n.slug).path), .safeText(n.name)))
                })
            ),
            facts(area)
        ))
    }

    static func mapFigure(_ svg: String?) -> Node<HTML.BodyContext> {
        guard let svg else { return .empty }
        return .element(named: "figure", nodes: [
            .class("map-figure"),
            .raw(svg),
            .element(named: "figcaption", nodes: [
                .strong(.text(Texts.schematicMap)), .text(" – "), .text(Texts.schematicMapNote),
            ]),
        ])
    }

    private static func facts(_ area: AreaRecord) -> Node<HTML.BodyContext> {
        .section(
            .attribute(named: "aria-labelledby", value: "zahlen"),
            .h2(.id("zahlen"), .text(Texts.Areas.factsHeading)),
            .dl(
                .class("facts"),
                .dt(.text(Texts.Areas.population)),
                .dd(.unwrap(area.population, { population in
                    .group(.text(DisplayFormat.integer(population)),
                           .span(.class("source"), .safeText(" (" + Texts.Areas.populationSource(
                               date: DisplayFormat.isoDate(area.populationDate ?? ""), source: area.populationSource ?? "") + ")")))
                }, else: .text(Texts.Areas.populationUnknown))),
                .dt(.text(Texts.Areas.area)),
                .dd(.text("\(DisplayFormat.decimal(area.areaKm2)) km²"))
            )
        )
    }
}
