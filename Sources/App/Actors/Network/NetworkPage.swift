import Foundation
import GemeinsamCore
import Plot

/// The network page for coordinators: the network map, the city map, groups, brokers, hotspots and introductions.
/// Every picture has a table next to it, and every table a CSV download.
enum NetworkPage {
    private typealias T = Texts.Network

    static func page(_ model: NetworkModel, cityMap: String, located: [Int], geography: GeographySnapshot,
                     context: PageContext) -> HTML {
        let a = model.analysis
        return Layout.page(title: T.title, context: context, main: .group(
            .h1(.text(T.title)),
            .p(.text(T.intro)),
            .p(.a(.href(SiteURL.actorsReview.path), .text(Texts.Actors.reviewTitle)), .text(" · "),
               .a(.href(SiteURL.actors.path), .text(Texts.Actors.directoryTitle))),
            .ul(.class("summary-list"),
                .li(.text(T.actorCount(a.graph.nodeCount))),
                .li(.text(T.tieCount(model.tieCount, edges: a.graph.edgeCount))),
                .li(.text(T.groupCount(a.components.count))),
                .li(.text(T.communityCount(a.communities.count, modularity: DisplayFormat.decimal(a.communities.modularity, digits: 2))))),
            .if(a.graph.nodeCount == 0, .p(.class("notice"), .text(T.empty))),
            .nav(.attribute(named: "aria-label", value: T.contentsLabel),
                 .ul(.class("actions"),
                     .li(.a(.href("#netzkarte"), .text(T.mapHeading))), .li(.a(.href("#stadtkarte"), .text(T.cityHeading))),
                     .li(.a(.href("#gruppen"), .text(T.groupsHeading))), .li(.a(.href("#vermittler"), .text(T.brokersHeading))),
                     .li(.a(.href("#hotspots"), .text(T.hotspotsHeading))), .li(.a(.href("#vorschlaege"), .text(T.introductionsHeading))))),
            networkMap(model),
            cityMapSection(model, cityMap: cityMap, located: located, geography: geography),
            groups(model),
            brokers(model),
            hotspots(model, geography: geography),
            introductions(model)
        ))
    }

    private static func networkMap(_ model: NetworkModel) -> Node<HTML.BodyContext> {
        let a = model.analysis
        let ids = a.graph.ids
        let groupNumber = model.groupNumber
        let brokerNodes = Set(model.brokers.map(\.node))
        return .group(
            .h2(.id("netzkarte"), .text(T.mapHeading)),
            .p(.text(T.mapIntro)),
            .element(named: "figure", nodes: [
                .class("network-figure"), .raw(NetworkSVG.svg(model)),
                .element(named: "figcaption", nodes: [.text(T.mapCaption)]),
            ]),
            ActorViews.table(caption: T.actorsCaption, columns: T.actorsTableHeader, rows: .forEach(model.nodesByName) { v in
                let community = a.communities.communityOf[v]
                return .tr(.th(.attr("scope", "row"), actorLink(model, ids[v])),
                           .td(.text(String(groupNumber[a.components.componentOf[v]] ?? 0))),
                           .td(.span(.class("swatch"), .attr("style", "background:" + Network.communityColor(community)),
                                     .attribute(named: "aria-hidden", value: "true")),
                               .text(" \(community + 1)")),
                           .td(.text(String(a.degree[v]))),
                           .td(.text(DisplayFormat.decimal(a.betweenness[v], digits: 3))),
                           .td(.text(DisplayFormat.decimal(a.closeness[v], digits: 3))),
                           .td(.text(brokerNodes.contains(v) ? T.yes : "")))
            }),
            csvLink(.actors)
        )
    }

    private static func cityMapSection(_ model: NetworkModel, cityMap: String, located: [Int],
                                       geography: GeographySnapshot) -> Node<HTML.BodyContext> {
        let ids = model.analysis.graph.ids
        return .group(
            .h2(.id("stadtkarte"), .text(T.cityHeading)),
            .div(.class("area-grid"),
                 ActorViews.mapFigure(cityMap, caption: T.cityCaption),
                 ActorViews.table(caption: T.cityTableCaption, columns: [T.number, T.actor, T.quartier, T.degree],
                                  rows: .forEach(located.enumerated()) { i, v in
                    let quartier = model.actor(ids[v])?.homeAreaID.flatMap { geography.areas[$0]?.name }
                    return .tr(.td(.text("\(i + 1)")), .th(.attr("scope", "row"), actorLink(model, ids[v])),
                               .td(.safeText(quartier ?? "–")), .td(.text(String(model.analysis.degree[v]))))
                 }))
        )
    }

    private static func groups(_ model: NetworkModel) -> Node<HTML.BodyContext> {
        .group(
            .h2(.id("gruppen"), .text(T.groupsHeading)),
            .p(.text(model.analysis.components.count > 1 ? T.groupsIntro : T.oneGroup)),
            ActorViews.table(caption: T.groupsCaption, columns: [T.group, T.size, T.members], rows: .forEach(model.groups) { group in
                .tr(.td(.text(String(group.number))), .td(.text(String(group.members.count))),
                    .td(.safeText(group.members.joined(separator: ", "))))
            }),
            csvLink(.groups)
        )
    }

    private static func brokers(_ model: NetworkModel) -> Node<HTML.BodyContext> {
        .group(
            .h2(.id("vermittler"), .text(T.brokersHeading)),
            .p(.text(T.brokersIntro)),
            .if(model.brokers.isEmpty, .p(.text(T.noBrokers))),
            .if(!model.brokers.isEmpty, ActorViews.table(
                caption: T.brokersCaption, columns: [T.actor, T.betweenness, T.reason], rows: .forEach(model.brokers) { b in
                    .tr(.th(.attr("scope", "row"), actorLink(model, b.id)), .td(.text(DisplayFormat.decimal(b.betweenness, digits: 3))),
                        .td(.safeText(b.reason)))
                })),
            csvLink(.brokers)
        )
    }

    private static func hotspots(_ model: NetworkModel, geography: GeographySnapshot) -> Node<HTML.BodyContext> {
        .group(
            .h2(.id("hotspots"), .text(T.hotspotsHeading)),
            .p(.text(T.hotspotsIntro)),
            .if(model.hotspots.isEmpty, .p(.text(T.noHotspots))),
            .if(!model.hotspots.isEmpty, ActorViews.table(
                caption: T.hotspotsCaption, columns: T.hotspotsTableHeader, rows: .forEach(model.hotspots) { spot in
                    let quartier = geography.area(kind: .statisticalDistrict, slug: spot.id)
                    return .tr(.th(.attr("scope", "row"), .unwrap(quartier, { .a(.attr("href", SiteURL.quartier($0.slug).path), .safeText($0.name)) },
                                                                    else: .safeText(spot.id))),
                               .td(.text(String(spot.actorCount))), .td(.text(String(spot.internalTieCount))),
                               .td(.text(DisplayFormat.decimal(spot.actorsPerKm2, digits: 2))),
                               .td(.text(DisplayFormat.decimal(spot.tiesPerKm2, digits: 2))))
                })),
            csvLink(.hotspots)
        )
    }

    private static func introductions(_ model: NetworkModel) -> Node<HTML.BodyContext> {
        .group(
            .h2(.id("vorschlaege"), .text(T.introductionsHeading)),
            .p(.text(T.introductionsIntro)),
            .if(model.introductions.isEmpty, .p(.text(T.noIntroductions))),
            .if(!model.introductions.isEmpty, ActorViews.table(
                caption: T.introductionsCaption, columns: [T.actor, T.actor, T.reason], rows: .forEach(model.introductions) { intro in
                    .tr(.td(actorLink(model, intro.first)), .td(actorLink(model, intro.second)), .td(.safeText(intro.reason)))
                })),
            csvLink(.introductions)
        )
    }

    private static func actorLink(_ model: NetworkModel, _ id: String) -> Node<HTML.BodyContext> {
        .a(.attr("href", SiteURL.actor(id).path), .safeText(model.name(id)))
    }

    private static func csvLink(_ table: NetworkCSV.Table) -> Node<HTML.BodyContext> {
        .p(.a(.attr("href", SiteURL.networkCSV(table.rawValue).path), .text(T.csvLink(table))))
    }
}
