import Foundation
import Plot

/// Views of Quartier and Stadtbezirk pages and their lists.
enum AreaPages {
    static func quartiereList(geography: GeographySnapshot, context: PageContext) -> HTML {
        Layout.page(title: German.Areas.quartiereTitle, context: context, main: .group(
            .h1(.text(German.Areas.quartiereTitle)),
            .p(.text(German.Areas.quartiereIntro)),
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
                    description: "\(area.name): Treffpunkte und Nachbarschaft im Quartier", main: main)
    }

    /// Everything in `<main>` of a Quartier page; the same for every visitor.
    static func quartierMain(_ area: AreaRecord, geography: GeographySnapshot, map: String?,
                             upcoming: [OfferQueries.ListItem], now: Date,
                             exchange: Node<HTML.BodyContext> = .empty) -> Node<HTML.BodyContext> {
        let district = geography.parent(of: area)
        let neighbours = geography.neighbours(of: area)
        return .group(
            .p(.class("eyebrow"), .text(German.Areas.quartier)),
            .h1(.safeText(area.name)),
            .unwrap(district) { d in
                .p(.text(German.Areas.partOf("")), .a(.attr("href", SiteURL.district(d.slug).path), .safeText(d.name)))
            },
            .div(
                .class("area-grid"),
                .section(
                    .attribute(named: "aria-labelledby", value: "angebote"),
                    .h2(.id("angebote"), .text(German.Areas.offersHeading)),
                    .if(upcoming.isEmpty, .p(.class("empty-state"), .text(German.Areas.offersEmpty))),
                    .if(!upcoming.isEmpty, .ul(.class("results"), .forEach(upcoming) { item in
                        .li(.a(.attr("href", SiteURL.offer(item.id.uuidString.lowercased()).path), .safeText(item.title)),
                            .sampleBadge(item.isSample),
                            .p(.class("offer-when"), .safeText((item.schedule.map { MeetingsFormat.when($0, now: now) } ?? "")
                                + (item.placeName.map { " – " + $0 } ?? ""))))
                    })),
                    .p(.a(.class("button-link"), .attr("href", SiteURL.quartierOffers(area.slug).path),
                          .text(German.Meetings.allOffersLink)))
                ),
                mapFigure(map)
            ),
            exchange,
            .section(
                .attribute(named: "aria-labelledby", value: "nachbarn"),
                .h2(.id("nachbarn"), .text(German.Areas.neighboursHeading)),
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
        return Layout.page(title: German.Areas.districtsTitle, context: context, main: .group(
            .h1(.text(German.Areas.districtsTitle)),
            .p(.text(German.Areas.districtsIntro)),
            .div(
                .class("area-grid"),
                .table(
                    .class("data"),
                    .caption(.text("Die 12 Stadtbezirke mit Einwohnerzahl (Stand je Bezirk siehe Bezirksseite)")),
                    .thead(.tr(.th(.attribute(named: "scope", value: "col"), "Stadtbezirk"),
                               .th(.attribute(named: "scope", value: "col"), .class("num"), "Einwohner*innen"),
                               .th(.attribute(named: "scope", value: "col"), .class("num"), "Quartiere"))),
                    .tbody(.forEach(districts) { d in
                        .tr(.th(.attribute(named: "scope", value: "row"),
                                .a(.attr("href", SiteURL.district(d.slug).path), .safeText(d.name))),
                            .td(.class("num"), .text(d.population.map(GermanFormat.integer) ?? "–")),
                            .td(.class("num"), .text(String(geography.children(of: d).count))))
                    }),
                    .tfoot(.tr(.th(.attribute(named: "scope", value: "row"), "Summe der Stadtbezirke"),
                               .td(.class("num"), .text(GermanFormat.integer(total))),
                               .td(.class("num"), .text(String(geography.all(.statisticalDistrict).count)))))
                ),
                mapFigure(map)
            )
        ))
    }

    static func district(_ area: AreaRecord, geography: GeographySnapshot, map: String?, context: PageContext) -> HTML {
        Layout.page(title: "Stadtbezirk \(area.name)", context: context, main: .group(
            .p(.class("eyebrow"), .text(German.Areas.district)),
            .h1(.safeText(area.name)),
            .div(
                .class("area-grid"),
                .section(
                    .attribute(named: "aria-labelledby", value: "quartiere"),
                    .h2(.id("quartiere"), .text(German.Areas.quartiereInDistrict)),
                    .ul(.forEach(geography.children(of: area)) { q in
                        .li(.a(.attr("href", SiteURL.quartier(q.slug).path), .safeText(q.name)))
                    }),
                    .h2(.text(German.Areas.offersHeading)),
                    .p(.class("empty-state"), .text(German.Areas.offersEmpty))
                ),
                mapFigure(map)
            ),
            .section(
                .attribute(named: "aria-labelledby", value: "nachbarn"),
                .h2(.id("nachbarn"), .text(German.Areas.neighbourDistrictsHeading)),
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
                .strong(.text(German.schematicMap)), .text(" – "), .text(German.schematicMapNote),
            ]),
        ])
    }

    private static func facts(_ area: AreaRecord) -> Node<HTML.BodyContext> {
        .section(
            .attribute(named: "aria-labelledby", value: "zahlen"),
            .h2(.id("zahlen"), .text(German.Areas.factsHeading)),
            .dl(
                .class("facts"),
                .dt(.text(German.Areas.population)),
                .dd(.unwrap(area.population, { population in
                    .group(.text(GermanFormat.integer(population)),
                           .span(.class("source"), .safeText(" (" + German.Areas.populationSource(
                               date: GermanFormat.isoDate(area.populationDate ?? ""), source: area.populationSource ?? "") + ")")))
                }, else: .text(German.Areas.populationUnknown))),
                .dt(.text(German.Areas.area)),
                .dd(.text("\(GermanFormat.decimal(area.areaKm2)) km²"))
            )
        )
    }
}
